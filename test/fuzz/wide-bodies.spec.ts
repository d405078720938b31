/**
 * Wide objects and keyless large bodies against the real app, with a /health probe beside
 * them (issue 9): one request must not freeze the service. Every hostile request gets the
 * envelope (never a 5xx), and /health keeps answering 200 while they run (its p50/p99 are printed; the goal is a p99
 * under 100 ms).
 *
 *   FUZZ_SEED=...        change the seed
 *   FUZZ_WIDE_ROUNDS=n   hostile requests (default 60)
 */
import { connect } from 'node:net';
import { tenantWithKeys, TenantKeys } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { Prng } from './support/prng';
import { sendRaw } from './support/transport';
import { longArray, wideObject } from './support/values';

const SEED = process.env.FUZZ_SEED?.trim() || 'pqc-fuzz-2026';
const ROUNDS = Number(process.env.FUZZ_WIDE_ROUNDS ?? 60);
const CONCURRENCY = 3;
const PROBE_INTERVAL_MS = 20;
const P99_GOAL_MS = 100;

interface Hostile {
  label: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: Buffer;
  keyless?: boolean;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** A keyless upload announcing `bytes`, sent whole, on its own connection; resolves with the status. */
function keylessUpload(t: TestApp, bytes: number): Promise<number> {
  const { port } = new URL(t.url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), '127.0.0.1');
    let received = '';
    socket.on('data', (data) => {
      received += data.toString();
      const status = /^HTTP\/1\.1 (\d{3})/.exec(received);
      if (status) {
        socket.destroy();
        resolve(Number(status[1]));
      }
    });
    socket.on('error', () => resolve(received ? Number(received.slice(9, 12)) : 0));
    socket.write(
      'POST /tenant/scans HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n' +
        `Content-Length: ${bytes}\r\n\r\n`,
    );
    socket.write(Buffer.alloc(bytes, 0x20));
  });
}

describe('wide bodies fuzz, with a /health latency probe', () => {
  let t: TestApp;
  let keys: TenantKeys;
  let scanId: string;

  beforeAll(async () => {
    t = await startTestApp();
    keys = await tenantWithKeys(t.url);
    const scan = await sendRaw(
      t.url,
      {
        method: 'POST',
        url: '/tenant/scans',
        headers: { authorization: `Bearer ${keys.operator}`, 'content-type': 'application/json' },
        body: Buffer.from(JSON.stringify({ findings: [{ title: 'RSA-1024 certificate' }] })),
      },
      undefined,
      30_000,
    );
    scanId = JSON.parse(scan.text).scan.scanId;
  });
  afterAll(() => t?.close());

  /** Built before the probe starts, so that the client's own JSON work is not measured. */
  function hostileRequests(rng: Prng): Hostile[] {
    const json = (key: string, url: string, value: unknown, label: string): Hostile => ({
      label,
      method: 'POST',
      url,
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: Buffer.from(JSON.stringify(value)),
    });
    const makers: (() => Hostile)[] = [
      () =>
        json(
          keys.operator,
          '/tenant/scans',
          {
            findings: [
              { title: 'RSA-1024', details: wideObject(rng, rng.pick([20_000, 200_000])) },
            ],
          },
          'wide details',
        ),
      () =>
        json(
          keys.viewer,
          '/tenant/ai/explain',
          { finding: wideObject(rng, 60_000) },
          'wide finding',
        ),
      () =>
        json(
          keys.operator,
          `/tenant/scans/${scanId}/remediation`,
          { remediationId: 'rem_001', status: 'open', ...wideObject(rng, 50_000) },
          'unknown fields',
        ),
      () =>
        json(
          keys.operator,
          '/tenant/scans',
          { findings: longArray(rng, rng.pick([6_000, 100_000])) },
          'long findings array',
        ),
      () =>
        json(
          keys.operator,
          '/tenant/scans',
          {
            cbom: {
              bomFormat: 'CycloneDX',
              specVersion: '1.6',
              metadata: wideObject(rng, 100_000),
            },
          },
          'wide cbom',
        ),
      () => ({
        label: 'keyless 8 MB',
        method: 'POST',
        url: '/tenant/scans',
        headers: {},
        body: Buffer.alloc(0),
        keyless: true,
      }),
    ];
    return Array.from({ length: ROUNDS }, () => rng.pick(makers)());
  }

  it('answers every wide or keyless body with the envelope while /health stays fast', async () => {
    const rng = new Prng(`${SEED}:wide`);
    const requests = hostileRequests(rng);
    const latencies: number[] = [];
    const healthStatuses = new Set<number>();
    let running = true;
    const probe = (async () => {
      while (running) {
        const res = await sendRaw(
          t.url,
          { method: 'GET', url: '/health', headers: {} },
          undefined,
          10_000,
        );
        latencies.push(res.ms);
        healthStatuses.add(res.status);
        await new Promise((resolve) => setTimeout(resolve, PROBE_INTERVAL_MS));
      }
    })();

    const failures: string[] = [];
    let next = 0;
    const worker = async () => {
      while (next < requests.length) {
        const req = requests[next++];
        if (req.keyless) {
          const status = await keylessUpload(t, 8_000_000);
          if (status !== 401) failures.push(`${req.label}: ${status}`);
          continue;
        }
        const res = await sendRaw(t.url, req, undefined, 60_000);
        const body = res.text
          ? (JSON.parse(res.text) as { status?: number; requestId?: string })
          : {};
        if (res.status >= 500 || res.status === 0) failures.push(`${req.label}: ${res.status}`);
        else if (res.status >= 400 && (body.status !== res.status || !body.requestId)) {
          failures.push(`${req.label}: ${res.status} without the envelope`);
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    running = false;
    await probe;

    const p50 = percentile(latencies, 50);
    const p99 = percentile(latencies, 99);
    console.log(
      `wide bodies: ${requests.length} hostile requests, ${latencies.length} health probes, ` +
        `p50 ${p50} ms, p99 ${p99} ms, max ${Math.max(...latencies)} ms`,
    );
    expect(failures).toEqual([]);
    // Every probe answered, and answered healthy: nothing froze the service.
    expect(latencies.length).toBeGreaterThan(0);
    expect([...healthStatuses]).toEqual([200]);
    // The latency goal (p99 under P99_GOAL_MS) is a speed goal, never asserted here: in Jest
    // the app, the probe and the senders share one event loop, so these figures include the
    // senders' own work. `npm run bench` measures it (its hostile case: service, probe and
    // senders in processes of their own, ~200 probes).
    if (p99 >= P99_GOAL_MS) {
      console.log(
        `wide bodies: p99 ${p99} ms in-process (goal ${P99_GOAL_MS} ms, measured by npm run bench)`,
      );
    }
  });
});
