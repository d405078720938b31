/**
 * `npm run bench:soak` (#15; not in CI): BENCH_SOAK_MINUTES (10) of mixed traffic against the
 * service on the server database, to find what only time shows (a leak, a growing table or
 * cache, a slowing queue). Closed loop: BENCH_SOAK_CONNECTIONS (8) workers, each cycling over
 * queue pages, tenant backlog pages, upserts and explanations (cached and uncached); beside them
 * a bulk change of 50 items every 5 s and a rescan import of 1,000 findings every 10 s, each
 * one at a time on its own schedule. Every change is a `remediation.changed` webhook, delivered
 * to a receiver in this process.
 *
 * Per minute: requests, p50/p99 over every request, the service's peak RSS, errors, webhook
 * arrivals. Verdict: the last minute's RSS and p99 at most 10 % above the second minute's (the
 * first is warm-up), zero errors, and after the load every delivery delivered.
 */
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { randomBytes } from 'node:crypto';
import { remediationIdFor } from '../src/scans/scan-backlog';
import { BenchConfig, loadBenchConfig, numberVar } from './config';
import { benchPool } from './database';
import { cachedExplain, importBody, rotatingUpserts, uncachedExplains } from './fixtures';
import { startService, Target } from './measure';
import { readMemoryMb, round1 } from './memory';
import { installCleanup, sleep, stopAll, stopChild, wasInterrupted } from './processes';
import { serverDatabase } from './runs';
import { call, createBenchTenant, importScan, issueKey } from './seed';
import { Receiver } from './webhooks';

const WRITABLE_ITEMS = 2_000;
const SMALL_SCAN = 500;
const BULK_ITEMS = 50;
const BULK_EVERY_MS = 5_000;
const RESCAN_FINDINGS = 1_000;
const RESCAN_EVERY_MS = 10_000;
const RESCAN_TARGET = 'soak-rescan.bench.example';
const REQUEST_TIMEOUT_MS = 60_000;
const DRAIN_TIMEOUT_MS = 120_000;
/** Last minute against the second: at most this much higher. */
const MAX_GROWTH = 0.1;

interface Op {
  kind: string;
  method: 'GET' | 'POST';
  path: string;
  key: string;
  body?: () => string;
}

interface Minute {
  minute: number;
  requests: number;
  errors: number;
  p50Ms: number;
  p99Ms: number;
  peakRssMb: number | null;
  webhooksArrived: number;
  byKind: Record<string, { requests: number; p99Ms: number }>;
}

/** Latencies and errors per minute since the start, by kind of request. */
class Recorder {
  readonly latencies: { kind: string; ms: number }[][] = [];
  readonly errors: number[] = [];
  readonly rss: number[] = [];
  readonly errorSamples: string[] = [];

  constructor(private readonly start: number) {}

  minuteOf(at = performance.now()): number {
    return Math.floor((at - this.start) / 60_000);
  }

  record(kind: string, ms: number, error?: string): void {
    const m = this.minuteOf();
    (this.latencies[m] ??= []).push({ kind, ms });
    if (error) {
      this.errors[m] = (this.errors[m] ?? 0) + 1;
      if (this.errorSamples.length < 10) this.errorSamples.push(`${kind}: ${error}`);
    }
  }

  sampleRss(mb: number | null): void {
    if (mb === null) return;
    const m = this.minuteOf();
    this.rss[m] = Math.max(this.rss[m] ?? 0, mb);
  }

  /** `arrivals`: the receiver's arrival times (performance.now()). */
  minutes(count: number, arrivals: { at: number }[]): Minute[] {
    return Array.from({ length: count }, (_, m) => {
      const all = this.latencies[m] ?? [];
      const kinds = [...new Set(all.map((l) => l.kind))];
      return {
        minute: m + 1,
        requests: all.length,
        errors: this.errors[m] ?? 0,
        p50Ms: percentile(
          all.map((l) => l.ms),
          0.5,
        ),
        p99Ms: percentile(
          all.map((l) => l.ms),
          0.99,
        ),
        peakRssMb: this.rss[m] === undefined ? null : round1(this.rss[m]),
        webhooksArrived: arrivals.filter((a) => this.minuteOf(a.at) === m).length,
        byKind: Object.fromEntries(
          kinds.map((k) => {
            const ms = all.filter((l) => l.kind === k).map((l) => l.ms);
            return [k, { requests: ms.length, p99Ms: percentile(ms, 0.99) }];
          }),
        ),
      };
    });
  }
}

function percentile(values: number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return round1(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]);
}

async function send(baseUrl: string, op: Op, recorder: Recorder): Promise<void> {
  const started = performance.now();
  let error: string | undefined;
  try {
    const res = await fetch(`${baseUrl}${op.path}`, {
      method: op.method,
      headers: {
        authorization: `Bearer ${op.key}`,
        ...(op.body ? { 'content-type': 'application/json' } : {}),
      },
      body: op.body?.(),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await res.text();
    if (res.status < 200 || res.status >= 300) error = `HTTP ${res.status} ${text.slice(0, 200)}`;
  } catch (e) {
    error = (e as Error).message;
  }
  recorder.record(op.kind, performance.now() - started, error);
}

async function timedCall(kind: string, recorder: Recorder, action: () => Promise<unknown>) {
  const started = performance.now();
  try {
    await action();
    recorder.record(kind, performance.now() - started);
  } catch (e) {
    recorder.record(kind, performance.now() - started, (e as Error).message.slice(0, 200));
  }
}

interface Setup {
  target: Target;
  operatorKey: string;
  smallScan: string;
  writableScan: string;
  receiver: Receiver;
}

async function setUp(config: BenchConfig, databaseUrl: string): Promise<Setup> {
  const database = {
    DATABASE_URL: databaseUrl,
    REDIS_URL: config.redisUrl ?? '',
    DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  };
  const { target, adminKey } = await startService(config, 'server', database, null);
  const tenant = await createBenchTenant(target.baseUrl, adminKey, 'soak');
  const smallScan = await importScan(target.baseUrl, tenant, SMALL_SCAN, 'soak: queue');
  const writableScan = await importScan(target.baseUrl, tenant, WRITABLE_ITEMS, 'soak: writes');
  await importScan(target.baseUrl, tenant, RESCAN_FINDINGS, 'soak: rescan baseline', RESCAN_TARGET);
  const receiver = new Receiver();
  const url = await receiver.start();
  const tenantAdmin = await issueKey(target.baseUrl, adminKey, tenant.tenantId, 'admin');
  const hook = JSON.stringify({ url, events: ['remediation.changed'], description: 'soak' });
  await call(target.baseUrl, '/tenant/webhooks', tenantAdmin, hook, 201);
  return { target, operatorKey: tenant.apiKey, smallScan, writableScan, receiver };
}

function interactiveOps(s: Setup): Op[] {
  const key = s.operatorKey;
  const queue: Op = {
    kind: 'queue page',
    method: 'GET',
    path: `/tenant/scans/${s.smallScan}/remediation`,
    key,
  };
  const backlog: Op = { kind: 'backlog page', method: 'GET', path: '/tenant/remediation', key };
  const upsert: Op = {
    kind: 'upsert',
    method: 'POST',
    path: `/tenant/scans/${s.writableScan}/remediation`,
    key,
    body: rotatingUpserts(WRITABLE_ITEMS),
  };
  const cached = cachedExplain();
  const explain: Op[] = [
    { kind: 'explain', method: 'POST', path: '/tenant/ai/explain', key, body: uncachedExplains() },
    { kind: 'explain', method: 'POST', path: '/tenant/ai/explain', key, body: () => cached },
  ];
  // A steady mix, the same every cycle: reads, writes, explanations.
  return [queue, upsert, backlog, upsert, queue, explain[0], upsert, backlog, explain[1], queue];
}

/** `action` every `everyMs` until `until`, one at a time; a slot missed while busy is skipped. */
async function every(
  everyMs: number,
  firstAfterMs: number,
  until: number,
  action: () => Promise<void>,
): Promise<void> {
  let next = performance.now() + firstAfterMs;
  for (;;) {
    await sleep(Math.max(0, next - performance.now()));
    if (performance.now() >= until) return;
    await action();
    next = Math.max(next + everyMs, performance.now());
  }
}

/** Bulks and rescans, each on its own schedule beside the interactive workers. */
async function periodicWork(s: Setup, recorder: Recorder, until: number): Promise<void> {
  const base = s.target.baseUrl;
  let bulks = 0;
  const bulk = async () => {
    const b = bulks++;
    const items = Array.from({ length: BULK_ITEMS }, (_, k) => ({
      scanId: s.writableScan,
      remediationId: remediationIdFor(1 + ((b * BULK_ITEMS + k) % WRITABLE_ITEMS)),
    }));
    const body = JSON.stringify({
      items,
      changes: { status: 'in_progress', owner: `soak-bulk-${b}@bench.example` },
    });
    await timedCall('bulk', recorder, () =>
      call(base, '/tenant/remediation/bulk', s.operatorKey, body, 200),
    );
  };
  const rescan = async () => {
    const body = importBody(RESCAN_FINDINGS, 'soak: rescan', RESCAN_TARGET);
    await timedCall('rescan import', recorder, () =>
      call(base, '/tenant/scans', s.operatorKey, body, 201),
    );
  };
  await Promise.all([
    every(BULK_EVERY_MS, 0, until, bulk),
    every(RESCAN_EVERY_MS, RESCAN_EVERY_MS / 2, until, rescan),
  ]);
}

async function main(): Promise<void> {
  const config = loadBenchConfig();
  const minutes = Math.round(numberVar(process.env, 'BENCH_SOAK_MINUTES', 10, 2, 240));
  const connections = Math.round(numberVar(process.env, 'BENCH_SOAK_CONNECTIONS', 8, 1, 256));
  installCleanup((minutes * 60 + 600) * 1000);
  const startedAt = new Date();
  // Its own database: a soak and a bench may run one after the other without a clash.
  const soakConfig = { ...config, databaseName: `${config.databaseName}_soak` };
  const databaseUrl = await serverDatabase(soakConfig);
  const setup = await setUp(soakConfig, databaseUrl);
  const { target, receiver } = setup;
  const pool = benchPool(databaseUrl);
  try {
    console.log(
      `soak: ${minutes} min of mixed traffic, ${connections} connections + bulks and rescans, ` +
        `against ${target.baseUrl}`,
    );
    const start = performance.now();
    const recorder = new Recorder(start);
    const until = start + minutes * 60_000;
    let reported = 0;
    const sampler = setInterval(() => {
      recorder.sampleRss(readMemoryMb(target.child.pid, 'VmRSS'));
      const m = recorder.minuteOf();
      if (m > reported && m <= minutes) {
        printMinute(recorder.minutes(m, receiver.arrivals)[m - 1]);
        reported = m;
      }
    }, 1_000);
    const ops = interactiveOps(setup);
    const worker = async (offset: number) => {
      for (let i = offset; performance.now() < until; i++) {
        await send(target.baseUrl, ops[i % ops.length], recorder);
      }
    };
    await Promise.all([
      ...Array.from({ length: connections }, (_, w) => worker(w)),
      periodicWork(setup, recorder, until),
    ]);
    clearInterval(sampler);
    const perMinute = recorder.minutes(minutes, receiver.arrivals);
    if (reported < minutes) printMinute(perMinute[minutes - 1]);
    const deliveries = await drain(pool, target.child.hasExited.bind(target.child));
    const ids = receiver.arrivals.map((a) => a.id);
    const duplicates = ids.length - new Set(ids).size;
    const verdicts = verdictsOf(perMinute, deliveries, duplicates);
    printVerdicts(verdicts, recorder.errorSamples);
    const file = writeResults(config, startedAt, {
      minutes,
      connections,
      perMinute,
      deliveries,
      duplicates,
      verdicts,
      errorSamples: recorder.errorSamples,
    });
    console.log(`\nResults: ${file}`);
    if (target.child.warningLines() > 0) {
      console.log(`service: ${target.child.warningLines()} warning/error lines; the last ones:`);
      console.log(target.child.outputTail().split('\n').slice(-5).join('\n'));
    }
  } finally {
    await receiver.stop();
    await pool.end();
    await stopChild(target.child);
  }
}

function printMinute(m: Minute): void {
  const rate = Math.round(m.requests / 60);
  console.log(
    `soak: minute ${m.minute}: ${m.requests} requests (${rate}/s), p50 ${m.p50Ms} ms, ` +
      `p99 ${m.p99Ms} ms, peak RSS ${m.peakRssMb ?? 'n/a'} MB, ${m.errors} errors, ` +
      `${m.webhooksArrived} webhooks arrived`,
  );
}

/** Waits until no delivery is pending (the service keeps delivering after the load stops). */
async function drain(
  pool: ReturnType<typeof benchPool>,
  exited: () => boolean,
): Promise<Record<string, number>> {
  const deadline = Date.now() + DRAIN_TIMEOUT_MS;
  for (;;) {
    const { rows } = await pool.query<{ status: string; count: number }>(
      `SELECT status, count(*)::int AS count FROM webhook_deliveries GROUP BY status`,
    );
    const counts = Object.fromEntries(rows.map((r) => [r.status, r.count]));
    if (!counts.pending || Date.now() > deadline || exited()) return counts;
    await sleep(1_000);
  }
}

interface Verdict {
  name: string;
  target: string;
  actual: string;
  met: boolean;
}

function verdictsOf(
  minutes: Minute[],
  deliveries: Record<string, number>,
  duplicates: number,
): Verdict[] {
  const second = minutes[1];
  const last = minutes[minutes.length - 1];
  const growth = (a: number, b: number) => (b - a) / Math.max(0.001, a);
  const pct = (x: number) => `${x >= 0 ? '+' : ''}${Math.round(x * 100)}%`;
  const rssGrowth = growth(second.peakRssMb ?? 0, last.peakRssMb ?? 0);
  const p99Growth = growth(second.p99Ms, last.p99Ms);
  const errors = minutes.reduce((sum, m) => sum + m.errors, 0);
  const undelivered = Object.entries(deliveries)
    .filter(([status]) => status !== 'delivered')
    .reduce((sum, [, count]) => sum + count, 0);
  return [
    {
      name: 'RSS',
      target: `last minute ≤ second + ${MAX_GROWTH * 100}%`,
      actual: `${second.peakRssMb} → ${last.peakRssMb} MB (${pct(rssGrowth)})`,
      met: rssGrowth <= MAX_GROWTH,
    },
    {
      name: 'p99',
      target: `last minute ≤ second + ${MAX_GROWTH * 100}%`,
      actual: `${second.p99Ms} → ${last.p99Ms} ms (${pct(p99Growth)})`,
      met: p99Growth <= MAX_GROWTH,
    },
    { name: 'errors', target: '0', actual: String(errors), met: errors === 0 },
    {
      name: 'webhooks',
      target: 'every delivery delivered after the load',
      actual: `${JSON.stringify(deliveries)}; ${duplicates} repeated webhook-ids at the receiver (info)`,
      met: undelivered === 0,
    },
  ];
}

function printVerdicts(verdicts: Verdict[], errorSamples: string[]): void {
  console.log('');
  for (const v of verdicts) {
    console.log(`soak: ${v.name}: ${v.target}: ${v.actual}: ${v.met ? 'met' : 'MISSED'}`);
  }
  if (errorSamples.length > 0) console.log(`soak: first errors:\n  ${errorSamples.join('\n  ')}`);
}

function writeResults(config: BenchConfig, startedAt: Date, body: object): string {
  const dir = join(config.repoRoot, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `soak-${startedAt.toISOString().replace(/:/g, '-')}.json`);
  writeFileSync(
    file,
    `${JSON.stringify({ startedAt: startedAt.toISOString(), ...body }, null, 2)}\n`,
  );
  return relative(config.repoRoot, file);
}

main().then(
  () => process.exit(0),
  async (error: Error) => {
    if (wasInterrupted()) return;
    console.error(`soak failed: ${error.stack ?? error.message}`);
    await stopAll();
    process.exit(1);
  },
);
