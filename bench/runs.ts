/**
 * The runs of the bench: the service on a PostgreSQL server (with the reference server next to
 * it), and the service on its embedded database.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { POOL_SIZE } from '../src/database/data-source-options';
import { adminServerUrl, BenchConfig } from './config';
import {
  benchPool,
  embeddedDatabaseUrl,
  explainQueuePage,
  recreateDatabase,
  settleAfterSeeding,
} from './database';
import { cachedExplain, rotatingUpserts, uncachedExplains } from './fixtures';
import { LoadSpec } from './load';
import { CaseSpec, measureTurns, startReferenceServer, startService, Target } from './measure';
import { atExit, runCommand, sleep, stopChild } from './processes';
import { CaseProfiler } from './profiles';
import { PostgresMemorySampler } from './memory';
import { CaseId, CaseResult, RunSummary } from './report';
import { measureRescan, printRescan } from './rescan';
import { BenchTenant, createBenchTenant, importScan, issueKey, seedLargeScan } from './seed';
import {
  BACKLOG_ITEMS_PER_SCAN,
  BACKLOG_SCANS,
  BACKLOG_SMALL_ITEMS,
  BacklogTenants,
  backlogCases,
  bulkLine,
  measureBulk,
  setUpBacklogTenants,
} from './backlog';
import { exportLine, measureExport } from './export';
import { measureWebhooks, webhookLine } from './webhooks';
import { healthUnderHostileBodies, hostileLine } from './hostile';
import { pgbenchLine, runPgbench } from './pgbench';
import { referenceSql } from './reference-sql';

const SMALL_SCAN = 500;
const IMPORT_CAP = 5_000;
const LARGE_SCAN = 50_000;
const START_SERVICES_TIMEOUT_MS = 300_000;

export interface RunOutcome {
  summaries: RunSummary[];
  results: CaseResult[];
}

interface Scans {
  small: string;
  large: string;
  largeLabel: string;
  writable: string;
}

// ---------------------------------------------------------------------------------------------
// Cases

function serviceCases(
  config: BenchConfig,
  baseUrl: string,
  apiKey: string,
  scans: Scans,
): CaseSpec[] {
  const load = (spec: Omit<LoadSpec, 'baseUrl' | 'connections'>): LoadSpec => ({
    baseUrl,
    connections: config.connections,
    ...spec,
  });
  const auth = { 'x-api-key': apiKey };
  const queue = (scanId: string) => `/tenant/scans/${scanId}/remediation`;
  return [
    { id: 'health', label: 'GET /health', load: load({ method: 'GET', path: '/health' }) },
    {
      id: 'queue-small',
      label: `GET queue page (50), ${SMALL_SCAN}-item scan`,
      load: load({ method: 'GET', path: queue(scans.small), headers: auth }),
    },
    {
      id: 'queue-large',
      label: `GET queue page (50), ${scans.largeLabel}`,
      load: load({ method: 'GET', path: queue(scans.large), headers: auth }),
    },
    {
      id: 'upsert',
      label: `POST remediation upsert, ${IMPORT_CAP.toLocaleString('en-US')} items rotating`,
      load: load({
        method: 'POST',
        path: queue(scans.writable),
        headers: auth,
        body: rotatingUpserts(IMPORT_CAP),
      }),
    },
    {
      id: 'explain-uncached',
      label: 'POST ai/explain offline, uncached',
      load: load({
        method: 'POST',
        path: '/tenant/ai/explain',
        headers: auth,
        body: uncachedExplains(),
      }),
    },
    {
      id: 'explain-cached',
      label: 'POST ai/explain offline, cached',
      load: load({
        method: 'POST',
        path: '/tenant/ai/explain',
        headers: auth,
        body: cachedExplain(),
      }),
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Runs

export async function serverDatabase(config: BenchConfig): Promise<string> {
  if (!config.serverUrl) {
    console.log('bench: starting PostgreSQL and Redis (scripts/start-services.sh)');
    const script = join(config.repoRoot, 'scripts', 'start-services.sh');
    await withRetries(3, () =>
      runCommand('bash', [script], config.repoRoot, START_SERVICES_TIMEOUT_MS),
    );
  }
  return withRetries(3, () => recreateDatabase(adminServerUrl(config), config.databaseName));
}

/** Other suites (the fault tests) stop and start the same local server; a start can collide. */
async function withRetries<T>(attempts: number, action: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await action();
    } catch (error) {
      if (attempt >= attempts) throw error;
      console.log(`bench: attempt ${attempt} failed, retrying in 3 s`);
      await sleep(3_000);
    }
  }
}

/** A run whose service is started and its data seeded, ready for the cases. */
interface PreparedRun {
  target: Target;
  adminKey: string;
  pool: Pool;
  tenant: BenchTenant;
  scans: Scans;
  backlog: BacklogTenants;
  specs: CaseSpec[];
  description: string;
  results: CaseResult[];
  summary?: RunSummary;
  /** The server run's reference server, beside its service until the load cases are done. */
  reference?: ReferenceBeside;
  /** The server run's database, for pgbench at the end. */
  databaseUrl?: string;
  /** The embedded run's PostgreSQL processes' memory. */
  postgres?: PostgresMemorySampler;
  /** Stops what the run started (the reference included); safe to call twice. */
  stop: () => Promise<void>;
}

interface ReferenceBeside {
  target: Target;
  /** Its cases by the service case each is compared with. */
  specs: Map<CaseId, CaseSpec>;
  referenceScan: string;
  sameJson: Record<string, string>;
  results: CaseResult[];
  summary?: RunSummary;
}

/**
 * The runs of `config.runs` side by side. Each service is started and its data seeded first;
 * then every load case is measured in turns across the services and, for the cases it has, the
 * reference, window by window (`measureTurns`); then the single-request cases, one kind at a
 * time across the services. A ratio between two targets (the service and the reference, the
 * embedded run and the server run) thus compares figures taken seconds apart: on this 2-core VM
 * throughput drifts by up to 30 % over minutes, and measured one whole run after the other the
 * upsert's ratio to the reference gave 0.49–0.97 for one build. Last, with every service
 * stopped, pgbench on the server database.
 */
export async function allRuns(
  config: BenchConfig,
  profiler: CaseProfiler | null,
): Promise<RunOutcome> {
  const runs: PreparedRun[] = [];
  try {
    for (const run of config.runs) {
      runs.push(
        run === 'server'
          ? await prepareServer(config, profiler)
          : await prepareEmbedded(config, profiler),
      );
    }
    await measureLoadCases(config, runs, profiler);
    for (const run of runs) await summariseLoadCases(run);
    await measureSingleRequestCases(runs);
    for (const run of runs) {
      if (run.postgres) run.summary!.postgres = run.postgres.stop();
      await run.stop();
    }
    const server = runs.find((r) => r.reference);
    if (server) await measurePgbench(config, server);
    return {
      summaries: runs.flatMap((r) => [r.summary!, ...(r.reference ? [r.reference.summary!] : [])]),
      results: runs.flatMap((r) => [...r.results, ...(r.reference?.results ?? [])]),
    };
  } finally {
    for (const run of runs) await run.stop();
  }
}

async function prepareServer(
  config: BenchConfig,
  profiler: CaseProfiler | null,
): Promise<PreparedRun> {
  const databaseUrl = await serverDatabase(config);
  const pool = benchPool(databaseUrl);
  const database = {
    DATABASE_URL: databaseUrl,
    REDIS_URL: config.redisUrl ?? '',
    // Webhook secrets are encrypted at rest; a server database needs the key given.
    DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  };
  let service: Target | null = null;
  let reference: Target | null = null;
  const stop = once(async () => {
    if (reference) await stopChild(reference.child);
    if (service) await stopChild(service.child);
    await pool.end();
  });
  try {
    const started = await startService(config, 'server', database, profiler);
    service = started.target;
    const data = await seed(service, started.adminKey, pool, true);
    const tenantIds = {
      bench: data.tenant.tenantId,
      small: data.backlog.smallTenantId,
      large: data.backlog.largeTenantId,
    };
    const env = await referenceEnv(databaseUrl, data.tenant);
    reference = await startReferenceServer(config, env, profiler);
    const referenceScan = data.referenceScan!;
    const sameJson = await comparePages(
      service,
      data.tenant,
      data.backlog,
      reference,
      tenantIds,
      data.scans,
    );
    return {
      ...data,
      target: service,
      adminKey: started.adminKey,
      pool,
      specs: runCases(config, service, data),
      description: describeServer(config),
      results: [],
      reference: {
        target: reference,
        specs: referenceCases(config, reference, tenantIds, { ...data.scans, referenceScan }),
        referenceScan,
        sameJson,
        results: [],
      },
      databaseUrl,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function prepareEmbedded(
  config: BenchConfig,
  profiler: CaseProfiler | null,
): Promise<PreparedRun> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pqc-bench-embedded-'));
  const removeDataDir = () => rmSync(dataDir, { recursive: true, force: true });
  const forget = atExit(removeDataDir);
  let service: Target | null = null;
  let postgres: PostgresMemorySampler | null = null;
  // The bench seeds and explains through the service's own socket and password.
  let pool: Pool | null = null;
  const stop = once(async () => {
    postgres?.stop();
    await pool?.end();
    if (service) await stopChild(service.child);
    forget();
    removeDataDir();
  });
  try {
    const database = { DATABASE_URL: '', REDIS_URL: '', DATA_DIR: dataDir };
    const started = await startService(config, 'embedded', database, profiler);
    service = started.target;
    postgres = new PostgresMemorySampler(service.child.pid);
    postgres.start();
    pool = benchPool(embeddedDatabaseUrl(dataDir));
    const data = await seed(service, started.adminKey, pool, false);
    return {
      ...data,
      target: service,
      adminKey: started.adminKey,
      pool,
      specs: runCases(config, service, data),
      description:
        'embedded PostgreSQL started by the service in DATA_DIR (unix socket); rate-limit counters in process',
      results: [],
      postgres,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The same data in every run: three imported scans, the 50,000-item scan and the backlogs. */
async function seed(
  target: Target,
  adminKey: string,
  pool: Pool,
  withReferenceScan: boolean,
): Promise<{
  tenant: BenchTenant;
  scans: Scans;
  backlog: BacklogTenants;
  referenceScan?: string;
}> {
  const base = target.baseUrl;
  const tenant = await createBenchTenant(base, adminKey);
  console.log(
    `bench: [${target.run}] importing scans, seeding the 50,000-item scan and the backlogs`,
  );
  const small = await importScan(base, tenant, SMALL_SCAN, 'bench: small');
  const writable = await importScan(base, tenant, IMPORT_CAP, 'bench: upserts');
  const referenceScan = withReferenceScan
    ? await importScan(base, tenant, IMPORT_CAP, 'bench: reference')
    : undefined;
  const large = await seedLargeScan(pool, tenant.tenantId, LARGE_SCAN);
  const backlog = await setUpBacklogTenants(base, adminKey, pool);
  await settleAfterSeeding(pool);
  const scans = { small, large, writable, largeLabel: '50,000-item scan (SQL seed)' };
  return { tenant, scans, backlog, referenceScan };
}

function runCases(
  config: BenchConfig,
  target: Target,
  data: { tenant: BenchTenant; scans: Scans; backlog: BacklogTenants },
): CaseSpec[] {
  return [
    ...serviceCases(config, target.baseUrl, data.tenant.apiKey, data.scans),
    ...backlogCases(config, target.baseUrl, data.backlog),
  ];
}

/**
 * Every load case, in order, measured in turns across the runs' services and the reference
 * case that matches it, if any.
 */
async function measureLoadCases(
  config: BenchConfig,
  runs: PreparedRun[],
  profiler: CaseProfiler | null,
): Promise<void> {
  const cases = runs[0]?.specs.length ?? 0;
  for (let i = 0; i < cases; i++) {
    const turns: { target: Target; spec: CaseSpec; into: CaseResult[] }[] = [];
    for (const run of runs) {
      const spec = run.specs[i];
      turns.push({ target: run.target, spec, into: run.results });
      const reference = run.reference;
      const counterpart = reference?.specs.get(spec.id);
      if (reference && counterpart) {
        turns.push({ target: reference.target, spec: counterpart, into: reference.results });
      }
    }
    const results = await measureTurns(config, turns, profiler);
    results.forEach((result, t) => turns[t].into.push(result));
  }
}

/** The run's summary as its load cases left it; the reference stops here. */
async function summariseLoadCases(run: PreparedRun): Promise<void> {
  const { pool, tenant, scans } = run;
  const queuePlans = {
    [`${SMALL_SCAN} items`]: await explainQueuePage(pool, tenant.tenantId, scans.small),
    [`${LARGE_SCAN} items`]: await explainQueuePage(pool, tenant.tenantId, scans.large),
  };
  run.summary = runSummary(run.target, run.target.run, run.description, queuePlans);
  const reference = run.reference;
  if (!reference) return;
  const description =
    `bare Fastify + pg (pool ${POOL_SIZE}), same server database, no auth/validation; ` +
    'upsert without history/audit; pages with the service SQL and mappers; ' +
    'measured in turns with the service';
  reference.summary = runSummary(reference.target, 'reference', description);
  reference.summary.sameJson = reference.sameJson;
  await stopChild(reference.target.child);
}

async function measurePgbench(config: BenchConfig, server: PreparedRun): Promise<void> {
  const reference = server.reference!;
  // A pool of its own: the run's pool ended with the run.
  const pool = benchPool(server.databaseUrl!);
  try {
    reference.summary!.pgbench = await runPgbench(
      config,
      server.databaseUrl!,
      pool,
      server.tenant.tenantId,
      reference.referenceScan,
      IMPORT_CAP,
    );
  } finally {
    await pool.end();
  }
  const rps = (results: CaseResult[], id: string) =>
    results.find((r) => r.id === id)?.figures.requestsPerSec;
  console.log(
    pgbenchLine(
      reference.summary!.pgbench,
      rps(server.results, 'upsert'),
      rps(reference.results, 'reference-upsert'),
    ),
  );
}

function once(action: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | null = null;
  return () => (done ??= action());
}

interface PagePath {
  name: string;
  url: string;
  /** Whose page: the bench tenant's scans, or one of the backlog tenants. */
  key: 'bench' | 'small' | 'large';
}

function pagePaths(baseUrl: string, scans: { small: string; large: string }): PagePath[] {
  return [
    {
      name: 'queue-small',
      url: `${baseUrl}/tenant/scans/${scans.small}/remediation`,
      key: 'bench',
    },
    {
      name: 'queue-large',
      url: `${baseUrl}/tenant/scans/${scans.large}/remediation`,
      key: 'bench',
    },
    { name: 'backlog-small', url: `${baseUrl}/tenant/remediation`, key: 'small' },
    { name: 'backlog-large', url: `${baseUrl}/tenant/remediation`, key: 'large' },
  ];
}

async function fetchPages(
  paths: PagePath[],
  headersOf: (p: PagePath) => Record<string, string>,
): Promise<Record<string, unknown>> {
  const pages: Record<string, unknown> = {};
  for (const p of paths) {
    const res = await fetch(p.url, { headers: headersOf(p), signal: AbortSignal.timeout(30_000) });
    pages[p.name] = res.status === 200 ? await res.json() : `HTTP ${res.status}`;
  }
  return pages;
}

/** Where two JSON values first differ (a path and both values), or null when they are equal. */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  if (a === b) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return `${path}: ${JSON.stringify(a)?.slice(0, 80)} vs ${JSON.stringify(b)?.slice(0, 80)}`;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: array vs object`;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const diff = firstDifference(
      (a as Record<string, unknown>)[key],
      (b as Record<string, unknown>)[key],
      `${path}.${key}`,
    );
    if (diff) return diff;
  }
  // Same members in another order would serialise differently: compare the order too.
  const order = (x: object) => Object.keys(x).join(',');
  if (!Array.isArray(a) && order(a) !== order(b)) return `${path}: members in another order`;
  return null;
}

/**
 * The cases timed request by request rather than under autocannon: bulk, rescan, export, webhooks
 * (last: once the endpoint exists, every change is also a delivery), /health under hostile
 * bodies. One kind at a time across the runs, so that the embedded run's figure and the server
 * run's are taken close together.
 */
async function measureSingleRequestCases(runs: PreparedRun[]): Promise<void> {
  const steps = runs.map(singleRequestSteps);
  for (let i = 0; i < (steps[0]?.length ?? 0); i++) {
    for (const runSteps of steps) await runSteps[i]();
  }
}

function singleRequestSteps(run: PreparedRun): (() => Promise<void>)[] {
  const { target, pool, adminKey, tenant, scans, backlog } = run;
  const summary = run.summary!;
  const name = target.run;
  const peaks = run.results.map((r) => r.memory.peakMb).filter((p): p is number => p !== null);
  const loadPeakMb = peaks.length > 0 ? Math.max(...peaks) : null;
  const exportOf = (format: 'ndjson' | 'csv') => async () => {
    const figures = await measureExport(
      target.baseUrl,
      tenant.apiKey,
      target.child.pid,
      {
        small: { scanId: scans.writable, items: IMPORT_CAP },
        large: { scanId: scans.large, items: LARGE_SCAN },
      },
      format,
      loadPeakMb,
    );
    console.log(exportLine(name, figures));
    summary.exports = [...(summary.exports ?? []), figures];
  };
  return [
    async () => {
      summary.bulk = await measureBulk(target.baseUrl, backlog);
      console.log(bulkLine(name, summary.bulk));
    },
    async () => {
      summary.rescan = await measureRescan(target.baseUrl, tenant, IMPORT_CAP);
      printRescan(name, summary.rescan);
    },
    exportOf('ndjson'),
    exportOf('csv'),
    async () => {
      const tenantAdminKey = await issueKey(target.baseUrl, adminKey, tenant.tenantId, 'admin');
      summary.webhooks = await measureWebhooks(
        target.baseUrl,
        pool,
        tenant.tenantId,
        tenantAdminKey,
        scans.writable,
        IMPORT_CAP,
      );
      console.log(webhookLine(name, summary.webhooks));
    },
    async () => {
      // Every hostile body is refused, so none of them is a change to deliver.
      summary.hostile = await healthUnderHostileBodies(
        target.baseUrl,
        { operator: tenant.apiKey, viewer: tenant.apiKey },
        scans.writable,
      );
      console.log(hostileLine(name, summary.hostile));
    },
  ];
}

function describeServer(config: BenchConfig): string {
  const where = config.serverUrl ? 'BENCH_DATABASE_URL' : 'local, scripts/start-services.sh';
  const redis = config.redisUrl ? 'rate-limit counters in Redis' : 'rate-limit counters in process';
  return `PostgreSQL server (${where}), database ${config.databaseName}; ${redis}`;
}

async function referenceEnv(
  databaseUrl: string,
  tenant: BenchTenant,
): Promise<{ DATABASE_URL: string; TENANT_ID: string; POOL_SIZE: string; REFERENCE_SQL: string }> {
  return {
    DATABASE_URL: databaseUrl,
    TENANT_ID: tenant.tenantId,
    // The service's own pool size: the ratio compares the layers above the pool.
    POOL_SIZE: String(POOL_SIZE),
    REFERENCE_SQL: JSON.stringify(await referenceSql()),
  };
}

type TenantIds = Record<PagePath['key'], string>;

/**
 * The reference's default pages against the service's, before either is loaded (the cases
 * change neither: upserts write other scans). Prints where they differ, if they do.
 */
async function comparePages(
  service: Target,
  tenant: BenchTenant,
  backlog: BacklogTenants,
  reference: Target,
  tenantIds: TenantIds,
  scans: { small: string; large: string },
): Promise<Record<string, string>> {
  const ours = await fetchPages(pagePaths(service.baseUrl, scans), (p) => ({
    'x-api-key':
      p.key === 'small' ? backlog.smallKey : p.key === 'large' ? backlog.largeKey : tenant.apiKey,
  }));
  const theirs = await fetchPages(pagePaths(reference.baseUrl, scans), (p) => ({
    'x-tenant-id': tenantIds[p.key],
  }));
  const sameJson: Record<string, string> = {};
  for (const [name, body] of Object.entries(theirs)) {
    const diff = firstDifference(ours[name], body);
    sameJson[name] = diff ? `differs at ${diff}` : 'same';
    if (diff) console.log(`bench: [reference] ${name}: JSON differs from the service's: ${diff}`);
  }
  return sameJson;
}

/** The reference's cases by the service case each is compared with. */
function referenceCases(
  config: BenchConfig,
  target: Target,
  tenantIds: TenantIds,
  scans: { small: string; large: string; referenceScan: string },
): Map<CaseId, CaseSpec> {
  const load = (path: string, tenantId: string, body?: () => string): LoadSpec => ({
    baseUrl: target.baseUrl,
    connections: config.connections,
    method: body ? 'POST' : 'GET',
    path,
    headers: { 'x-tenant-id': tenantId },
    body,
  });
  const queue = (scanId: string) => `/tenant/scans/${scanId}/remediation`;
  const total = (BACKLOG_SCANS * BACKLOG_ITEMS_PER_SCAN).toLocaleString('en-US');
  return new Map<CaseId, CaseSpec>([
    [
      'upsert',
      {
        id: 'reference-upsert',
        label: `REFERENCE bare Fastify + pg upsert, ${IMPORT_CAP.toLocaleString('en-US')} items rotating`,
        load: load(queue(scans.referenceScan), tenantIds.bench, rotatingUpserts(IMPORT_CAP)),
      },
    ],
    [
      'queue-small',
      {
        id: 'reference-queue-small',
        label: `REFERENCE queue page (50), ${SMALL_SCAN}-item scan`,
        load: load(queue(scans.small), tenantIds.bench),
      },
    ],
    [
      'queue-large',
      {
        id: 'reference-queue-large',
        label: `REFERENCE queue page (50), 50,000-item scan`,
        load: load(queue(scans.large), tenantIds.bench),
      },
    ],
    [
      'backlog-small',
      {
        id: 'reference-backlog-small',
        label: `REFERENCE tenant backlog page (50), ${BACKLOG_SMALL_ITEMS}-item tenant`,
        load: load('/tenant/remediation', tenantIds.small),
      },
    ],
    [
      'backlog-large',
      {
        id: 'reference-backlog-large',
        label: `REFERENCE tenant backlog page (50), ${total} items`,
        load: load('/tenant/remediation', tenantIds.large),
      },
    ],
  ]);
}

function runSummary(
  target: Target,
  run: RunSummary['run'],
  description: string,
  queuePlans?: Record<string, string[]>,
): RunSummary {
  target.observePeak();
  return {
    run,
    description,
    lifetimePeakRssMb: target.lifetimePeak,
    warningLines: target.child.warningLines(),
    outputTail: target.child.outputTail(),
    queuePlans,
  };
}
