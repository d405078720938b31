/**
 * The webhook case: an endpoint subscribed to remediation.changed on a receiver in this
 * process (127.0.0.1, plain HTTP: the service runs with WEBHOOK_ALLOW_INSECURE_TARGETS=true),
 * which timestamps every arrival.
 *
 * - Latency at idle: single upserts one at a time, each changing an item, a pause between
 *   them; enqueue-to-delivery = arrival − the moment the upsert was sent (an upper bound: the
 *   event commits with the upsert, a few ms later). Goal: p50 ≤ 2 s.
 * - Delivery throughput: WEBHOOK_EVENTS deliveries of a real event (copied from the idle phase)
 *   committed at once with SQL, the way the service writes them, and announced with the
 *   service's NOTIFY; deliveries/s = events ÷ (last arrival − commit). Through the API the
 *   writes, not the deliveries, would set the pace (every change is a transaction with
 *   history and audit; the upsert and bulk cases measure those). Goal: ≥ 500/s.
 * - End to end, for information: atomic bulks of 200 through the API, a few in flight, and
 *   the time until the last of their events has arrived.
 */
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { Pool } from 'pg';
import { newId } from '../src/common/ids';
import { remediationIdFor } from '../src/scans/scan-backlog';
import { DELIVERY_CHANNEL } from '../src/webhooks/webhook-events.service';
import { checkText } from './export';
import { sleep } from './processes';
import { Check } from './report';
import { call } from './seed';

export const WEBHOOK_TARGETS = { deliveriesPerSec: 500, idleP50Ms: 2_000 };
const IDLE_EVENTS = 30;
const IDLE_PAUSE_MS = 100;
const BULK_SIZE = 200;
const BULKS_IN_FLIGHT = 4;
export const WEBHOOK_EVENTS = 5_000;
const END_TO_END_EVENTS = 1_000;
const ARRIVAL_TIMEOUT_MS = 30_000;

export interface WebhookFigures {
  idle: { events: number; p50Ms: number; p90Ms: number; maxMs: number };
  throughput: { events: number; totalMs: number; deliveriesPerSec: number };
  endToEnd: {
    events: number;
    enqueueMs: number;
    totalMs: number;
    eventsPerSec: number;
  };
  duplicates: number;
  checks: Check[];
}

/** Arrival times (performance.now()) and the webhook-id of every request it receives. */
export class Receiver {
  readonly arrivals: { at: number; id: string }[] = [];
  private server: Server | undefined;

  async start(): Promise<string> {
    this.server = createServer((req: IncomingMessage, res: ServerResponse) => {
      req.resume();
      req.on('end', () => {
        this.arrivals.push({ at: performance.now(), id: String(req.headers['webhook-id']) });
        res.writeHead(204).end();
      });
    });
    this.server.keepAliveTimeout = 30_000;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}/hook`;
  }

  async waitFor(count: number, timeoutMs = ARRIVAL_TIMEOUT_MS): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.arrivals.length < count) {
      if (Date.now() > deadline) {
        throw new Error(`webhook receiver: ${this.arrivals.length} of ${count} deliveries arrived`);
      }
      await sleep(2);
    }
  }

  stop(): Promise<void> {
    this.server?.closeAllConnections();
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

export async function measureWebhooks(
  baseUrl: string,
  pool: Pool,
  tenantId: string,
  adminKey: string,
  scanId: string,
  itemCount: number,
): Promise<WebhookFigures> {
  const receiver = new Receiver();
  const url = await receiver.start();
  try {
    const body = JSON.stringify({ url, events: ['remediation.changed'], description: 'bench' });
    const created = await call<{ webhook: { webhookId: string } }>(
      baseUrl,
      '/tenant/webhooks',
      adminKey,
      body,
      201,
    );
    const idle = await idleLatency(baseUrl, adminKey, scanId, receiver);
    const endpoint = { tenantId, endpointId: created.webhook.webhookId };
    const throughput = await deliveryThroughput(pool, endpoint, receiver);
    const endToEnd = await endToEndThroughput(baseUrl, adminKey, scanId, itemCount, receiver);
    const ids = receiver.arrivals.map((a) => a.id);
    const duplicates = ids.length - new Set(ids).size;
    return { idle, throughput, endToEnd, duplicates, checks: checks(idle, throughput, duplicates) };
  } finally {
    await receiver.stop();
  }
}

async function idleLatency(baseUrl: string, key: string, scanId: string, receiver: Receiver) {
  const latencies: number[] = [];
  for (let i = 0; i < IDLE_EVENTS; i++) {
    const before = receiver.arrivals.length;
    const sent = performance.now();
    // A new owner every time: the upsert always changes the item, so it always emits.
    const upsert = JSON.stringify({
      remediationId: remediationIdFor(1 + i),
      status: 'in_progress',
      owner: `hook-idle-${i}@bench.example`,
    });
    await call(baseUrl, `/tenant/scans/${scanId}/remediation`, key, upsert, 200);
    await receiver.waitFor(before + 1);
    latencies.push(receiver.arrivals[before].at - sent);
    await sleep(IDLE_PAUSE_MS);
  }
  const sorted = latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]);
  return { events: IDLE_EVENTS, p50Ms: at(0.5), p90Ms: at(0.9), maxMs: at(1) };
}

/** WEBHOOK_EVENTS copies of the latest real event, each with its pending delivery, in one commit. */
async function deliveryThroughput(
  pool: Pool,
  endpoint: { tenantId: string; endpointId: string },
  receiver: Receiver,
) {
  const eventIds = Array.from({ length: WEBHOOK_EVENTS }, () => newId('msg'));
  const deliveryIds = Array.from({ length: WEBHOOK_EVENTS }, () => newId('dlv'));
  const before = receiver.arrivals.length;
  const client = await pool.connect();
  let committed: number;
  try {
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO webhook_events (id, tenant_id, type, body, created_at)
       SELECT e.id, src.tenant_id, src.type, src.body, now()
         FROM unnest($2::text[]) AS e(id),
              (SELECT tenant_id, type, body FROM webhook_events
                WHERE tenant_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1) AS src`,
      [endpoint.tenantId, eventIds],
    );
    await client.query(
      `INSERT INTO webhook_deliveries (id, tenant_id, endpoint_id, event_id, event_type, status,
                                       attempt_count, attempts, next_attempt_at, created_at, updated_at)
       SELECT d.id, $1, $2, d.event_id, 'remediation.changed', 'pending', 0, '[]'::jsonb, now(), now(), now()
         FROM unnest($3::text[], $4::text[]) AS d(id, event_id)`,
      [endpoint.tenantId, endpoint.endpointId, deliveryIds, eventIds],
    );
    await client.query(`SELECT pg_notify($1, '')`, [DELIVERY_CHANNEL]);
    committed = performance.now();
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
  await receiver.waitFor(before + WEBHOOK_EVENTS);
  const totalMs = receiver.arrivals[receiver.arrivals.length - 1].at - committed;
  return {
    events: WEBHOOK_EVENTS,
    totalMs: Math.round(totalMs),
    deliveriesPerSec: Math.round((WEBHOOK_EVENTS / totalMs) * 1000),
  };
}

/** Changes through the API: the time until every event they caused has arrived. */
async function endToEndThroughput(
  baseUrl: string,
  key: string,
  scanId: string,
  itemCount: number,
  receiver: Receiver,
) {
  const bulks = END_TO_END_EVENTS / BULK_SIZE;
  const before = receiver.arrivals.length;
  const start = performance.now();
  let next = 0;
  const worker = async () => {
    for (let b = next++; b < bulks; b = next++) await sendBulk(baseUrl, key, scanId, itemCount, b);
  };
  await Promise.all(Array.from({ length: BULKS_IN_FLIGHT }, worker));
  const enqueued = performance.now();
  await receiver.waitFor(before + END_TO_END_EVENTS);
  const totalMs = receiver.arrivals[receiver.arrivals.length - 1].at - start;
  return {
    events: END_TO_END_EVENTS,
    enqueueMs: Math.round(enqueued - start),
    totalMs: Math.round(totalMs),
    eventsPerSec: Math.round((END_TO_END_EVENTS / totalMs) * 1000),
  };
}

/** Bulk `b` changes items b×200+1 .. (b+1)×200 (wrapping round the scan), new owner each. */
async function sendBulk(
  baseUrl: string,
  key: string,
  scanId: string,
  itemCount: number,
  b: number,
) {
  const items = Array.from({ length: BULK_SIZE }, (_, k) => ({
    scanId,
    remediationId: remediationIdFor(1 + ((b * BULK_SIZE + k) % itemCount)),
  }));
  const body = JSON.stringify({
    items,
    changes: { status: 'in_progress', owner: `hook-bulk-${b}@bench.example` },
    atomic: true,
  });
  const res = await call<{ succeeded: number }>(
    baseUrl,
    '/tenant/remediation/bulk',
    key,
    body,
    200,
  );
  if (res.succeeded !== BULK_SIZE) {
    throw new Error(`webhook bench: bulk ${b} changed ${res.succeeded} of ${BULK_SIZE} items`);
  }
}

function checks(
  idle: WebhookFigures['idle'],
  throughput: WebhookFigures['throughput'],
  duplicates: number,
): Check[] {
  const t = WEBHOOK_TARGETS;
  return [
    {
      name: 'deliveries/s',
      target: `#15 ≥ ${t.deliveriesPerSec} deliveries/s`,
      actual: `${throughput.deliveriesPerSec}`,
      met: throughput.deliveriesPerSec >= t.deliveriesPerSec,
    },
    {
      name: 'idle p50',
      target: `#15 enqueue-to-delivery p50 ≤ ${t.idleP50Ms} ms at idle`,
      actual: `${idle.p50Ms} ms`,
      met: idle.p50Ms <= t.idleP50Ms,
    },
    {
      name: 'once',
      target: 'each event delivered once',
      actual: `${duplicates} duplicates`,
      met: duplicates === 0,
    },
  ];
}

export function webhookLine(run: string, f: WebhookFigures): string {
  const t = f.throughput;
  const e = f.endToEnd;
  return (
    `bench: [${run}] webhooks to 127.0.0.1: idle enqueue-to-delivery over ${f.idle.events} ` +
    `upserts p50 ${f.idle.p50Ms} ms, p90 ${f.idle.p90Ms} ms, max ${f.idle.maxMs} ms; ` +
    `${t.events.toLocaleString('en-US')} deliveries committed at once, all delivered in ` +
    `${t.totalMs} ms = ${t.deliveriesPerSec} deliveries/s; end to end through the API ` +
    `(info): ${e.events} events from atomic bulks of ${BULK_SIZE}, ${BULKS_IN_FLIGHT} in ` +
    `flight, enqueued in ${e.enqueueMs} ms, all delivered after ${e.totalMs} ms = ` +
    `${e.eventsPerSec}/s (${checkText(f.checks)})`
  );
}
