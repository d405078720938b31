/**
 * PostgreSQL's own ceiling for the upsert (#15): pgbench running the statements the service
 * runs for one upsert (the item read with its tenant's SLA policy; the write checked against
 * the version read, with its history, audit entry and webhook event CTEs, in one statement),
 * prepared as the service prepares them, on random items of a 5,000-item scan, at the bench's
 * concurrency, for the same windows as the autocannon cases. The statements come from the
 * service's repository itself (recorded, as database.ts does for the plans), so they cannot
 * drift from the code; the version of the read item goes into the write as it does in the
 * service (pgbench's \gset).
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { Clock } from '../src/common/clock';
import { RemediationEvents } from '../src/remediation/remediation-events';
import { RemediationItemEntity } from '../src/remediation/remediation-item.entity';
import { RemediationItemsRepository } from '../src/remediation/remediation-items.repository';
import { WebhookEventsService } from '../src/webhooks/webhook-events.service';
import { BenchConfig } from './config';
import { median } from './load';
import { runCommand } from './processes';
import { SqlRecorder } from './reference-sql';

export interface PgbenchFigures {
  /** Median tps of the measured windows; null when skipped. */
  tps: number | null;
  windowsTps: number[];
  spread: [number, number] | null;
  latencyAvgMs: number | null;
  failed: number;
  clients: number;
  durationSec: number;
  binary: string | null;
  statements: string[];
  /** Why it did not run (no pgbench on this host, or no key to act as). */
  skipped?: string;
}

/** `which pgbench`, then the Debian/Ubuntu layout. */
export function findPgbench(): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, 'pgbench'))) return join(dir, 'pgbench');
  }
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  for (const version of versions) {
    const candidate = join(root, version, 'bin', 'pgbench');
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/** The item of pgbench's random position, as remediationIdFor names it (rem_001, rem_1234). */
const ITEM_ID = `('rem_' || lpad(:i::text, greatest(3, length(:i::text)), '0'))`;

/** The read item's version, as pgbench's \gset names it after the read. */
const VERSION_MARKER = '\u0000version';

/** The upsert's two statements with the repository's SQL; $n become pgbench variables. */
async function upsertStatements(
  actor: { keyId: string; label: string },
  tenantId: string,
  scanId: string,
): Promise<{
  statements: string[];
  variables: Record<string, string>;
}> {
  const recorder = new SqlRecorder();
  const repository = new RemediationItemsRepository(recorder as unknown as DataSource);
  const key = { tenantId, scanId, remediationId: '\u0000item' };
  await repository.findOne(key);
  // The event CTEs as the service builds them (no endpoint exists: nothing is stored).
  const events = new RemediationEvents(
    new WebhookEventsService(new Clock(), null as never, null as never, null as never),
  );
  const read = { ...key, findingId: 'f_001', status: 'open', version: VERSION_MARKER };
  const changes = { status: 'in_progress' as const, owner: 'pgbench@bench.example' };
  const history = {
    status: { from: 'open', to: 'in_progress' },
    owner: { from: null, to: 'pgbench@bench.example' },
  };
  await repository.updateIfVersion(
    read as unknown as RemediationItemEntity,
    changes,
    actor,
    history,
    (param, source) =>
      events.changedCtes(param, { ...read, ...changes, version: 0 }, history, source),
  );
  const variables: Record<string, string> = {};
  const statements = recorder.queries.map(({ sql, params }) =>
    sql.replace(/\$(\d+)/g, (_, n: string) => {
      const value = params[Number(n) - 1];
      // The item varies per transaction, and its version with it; the rest is the same for all.
      if (value === key.remediationId) return ITEM_ID;
      if (value === VERSION_MARKER) return ':read_version';
      variables[`p${n}`] = value instanceof Date ? value.toISOString() : String(value);
      return `:p${n}`;
    }),
  );
  // The read's columns become variables (read_version among them) for the write.
  statements[0] = `${statements[0].trim()} \\gset read_`;
  return { statements, variables };
}

/** An information figure: a failure is reported in its line and the JSON, not fatal to the bench. */
export async function runPgbench(
  config: BenchConfig,
  databaseUrl: string,
  pool: Pool,
  tenantId: string,
  scanId: string,
  itemCount: number,
): Promise<PgbenchFigures> {
  try {
    return await pgbench(config, databaseUrl, pool, tenantId, scanId, itemCount);
  } catch (error) {
    return {
      ...emptyFigures(config),
      binary: findPgbench(),
      statements: [],
      skipped: `pgbench failed: ${(error as Error).message.slice(0, 500)}`,
    };
  }
}

function emptyFigures(config: BenchConfig) {
  return {
    clients: config.connections,
    durationSec: config.durationSec,
    tps: null,
    windowsTps: [],
    spread: null,
    latencyAvgMs: null,
    failed: 0,
  };
}

async function pgbench(
  config: BenchConfig,
  databaseUrl: string,
  pool: Pool,
  tenantId: string,
  scanId: string,
  itemCount: number,
): Promise<PgbenchFigures> {
  const base = emptyFigures(config);
  const binary = findPgbench();
  if (!binary) {
    return { ...base, binary, statements: [], skipped: 'pgbench not found on this host: skipped' };
  }
  // The key that made the service's upserts: the audit and history rows name a real key.
  const { rows } = await pool.query<{ key_id: string; label: string }>(
    `SELECT updated_by_key_id AS key_id, updated_by_label AS label FROM remediation_items
      WHERE tenant_id = $1 AND updated_by_key_id IS NOT NULL LIMIT 1`,
    [tenantId],
  );
  if (rows.length === 0) {
    return { ...base, binary, statements: [], skipped: 'no upsert by a key to copy: skipped' };
  }
  const actor = { keyId: rows[0].key_id, label: rows[0].label };
  // As during the upsert case, no endpoint of the tenant is enabled (the webhooks case, which
  // ran since, left its own): the event CTEs find no subscriber and store nothing.
  await pool.query(`UPDATE webhook_endpoints SET enabled = false WHERE tenant_id = $1`, [tenantId]);
  const { statements, variables } = await upsertStatements(actor, tenantId, scanId);
  const dir = mkdtempSync(join(tmpdir(), 'pqc-bench-pgbench-'));
  try {
    const script = join(dir, 'upsert.sql');
    const body = [
      `\\set i random(1, ${itemCount})`,
      // A \\gset ends its command itself; the others end with a semicolon.
      ...statements.map((s) => (s.includes('\\gset') ? s : `${s.trim()};`)),
    ].join('\n');
    writeFileSync(script, `${body}\n`);
    const args = (seconds: number) => [
      '-n',
      // The service runs both as named prepared statements (database/prepared.ts).
      '-M',
      'prepared',
      '-c',
      String(config.connections),
      '-j',
      String(Math.min(config.connections, cpus().length)),
      '-T',
      String(seconds),
      '-f',
      script,
      ...Object.entries(variables).flatMap(([name, value]) => ['-D', `${name}=${value}`]),
      databaseUrl,
    ];
    const timeout = (seconds: number) => (seconds + 60) * 1000;
    if (config.warmupSec > 0) {
      await runCommand(binary, args(config.warmupSec), dir, timeout(config.warmupSec));
    }
    const windows: { tps: number; latencyMs: number; failed: number }[] = [];
    for (let w = 0; w < config.repeat; w++) {
      const output = await runCommand(
        binary,
        args(config.durationSec),
        dir,
        timeout(config.durationSec),
      );
      windows.push(parseOutput(output));
    }
    const tps = windows.map((w) => w.tps);
    const latencies = windows.map((w) => w.latencyMs).filter((ms) => Number.isFinite(ms));
    return {
      ...base,
      binary,
      statements: statements.map((s) => s.trim()),
      tps: Math.round(median(tps)),
      windowsTps: tps,
      spread: [Math.min(...tps), Math.max(...tps)],
      latencyAvgMs: latencies.length > 0 ? median(latencies) : null,
      failed: windows.reduce((sum, w) => sum + w.failed, 0),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function parseOutput(output: string): { tps: number; latencyMs: number; failed: number } {
  const tps = /^tps = ([\d.]+)/m.exec(output);
  // A window too short for the connections to open completes nothing and prints no tps.
  if (!tps && /^number of transactions actually processed: 0$/m.test(output)) {
    return { tps: 0, latencyMs: NaN, failed: 0 };
  }
  if (!tps) throw new Error(`pgbench printed no tps:\n${output.slice(-2000)}`);
  const latency = /^latency average = ([\d.]+) ms/m.exec(output);
  const failed = /^number of failed transactions: (\d+)/m.exec(output);
  return {
    tps: Math.round(Number(tps[1])),
    latencyMs: latency ? Number(latency[1]) : NaN,
    failed: failed ? Number(failed[1]) : 0,
  };
}

export function pgbenchLine(f: PgbenchFigures, serviceRps?: number, referenceRps?: number): string {
  if (f.tps === null) return `bench: [reference] pgbench, the upsert's statements: ${f.skipped}`;
  const share = (rps?: number) =>
    rps === undefined ? 'n/a' : `${Math.round((rps / Math.max(1, f.tps!)) * 100)}%`;
  const spread = f.windowsTps.length > 1 ? ` (${f.spread![0]}–${f.spread![1]})` : '';
  return (
    `bench: [reference] pgbench, the upsert's statements (the item read; the versioned ` +
    `write with history, audit and event CTEs; prepared) at ${f.clients} clients, median of ` +
    `${f.windowsTps.length}: ${f.tps}${spread} tps, latency average ${f.latencyAvgMs} ms, ` +
    `${f.failed} failed; service upsert ${serviceRps ?? 'n/a'} req/s = ${share(serviceRps)} of ` +
    `it, bare reference ${referenceRps ?? 'n/a'} req/s = ${share(referenceRps)}`
  );
}
