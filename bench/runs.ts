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
import {
  CaseSpec,
  measureCase,
  measurePair,
  startReferenceServer,
  startService,
  Target,
} from './measure';
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
import { exportLine, ExportFigures, measureExport } from './export';
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

async function measureAll(
  config: BenchConfig,
  target: Target,
  specs: CaseSpec[],
  profiler: CaseProfiler | null,
): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  // One after another: cases must not compete for the same CPUs.
  for (const spec of specs) results.push(await measureCase(config, target, spec, profiler));
  return results;
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

export async function serverRun(
  config: BenchConfig,
  profiler: CaseProfiler | null,
): Promise<RunOutcome> {
  const databaseUrl = await serverDatabase(config);
  const pool = benchPool(databaseUrl);
  try {
    const database = {
      DATABASE_URL: databaseUrl,
      REDIS_URL: config.redisUrl ?? '',
      // Webhook secrets are encrypted at rest; a server database needs the key given.
      DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    };
    const { target, adminKey } = await startService(config, 'server', database, profiler);
    let service: ServerCases;
    try {
      service = await serverCases(config, target, adminKey, databaseUrl, pool, profiler);
    } finally {
      await stopChild(target.child);
    }
    const { reference } = service;
    // Last, alone on the machine: PostgreSQL's own ceiling for the upsert's statements.
    reference.summary.pgbench = await runPgbench(
      config,
      databaseUrl,
      pool,
      service.tenant.tenantId,
      service.referenceScan,
      IMPORT_CAP,
    );
    const rps = (results: CaseResult[], id: string) =>
      results.find((r) => r.id === id)?.figures.requestsPerSec;
    console.log(
      pgbenchLine(
        reference.summary.pgbench,
        rps(service.results, 'upsert'),
        rps(reference.results, 'reference-upsert'),
      ),
    );
    return {
      summaries: [service.summary, reference.summary],
      results: [...service.results, ...reference.results],
    };
  } finally {
    await pool.end();
  }
}

interface ServerCases {
  results: CaseResult[];
  summary: RunSummary;
  tenant: BenchTenant;
  referenceScan: string;
  /** The reference server's cases, measured in turns with the service's (measurePair). */
  reference: { results: CaseResult[]; summary: RunSummary };
}

async function serverCases(
  config: BenchConfig,
  target: Target,
  adminKey: string,
  databaseUrl: string,
  pool: Pool,
  profiler: CaseProfiler | null,
): Promise<ServerCases> {
  const tenant = await createBenchTenant(target.baseUrl, adminKey);
  console.log('bench: [server] importing scans, seeding the 50,000-item scan and the backlogs');
  const small = await importScan(target.baseUrl, tenant, SMALL_SCAN, 'bench: small');
  const writable = await importScan(target.baseUrl, tenant, IMPORT_CAP, 'bench: upserts');
  const referenceScan = await importScan(target.baseUrl, tenant, IMPORT_CAP, 'bench: reference');
  const large = await seedLargeScan(pool, tenant.tenantId, LARGE_SCAN);
  const backlog = await setUpBacklogTenants(target.baseUrl, adminKey, pool);
  await settleAfterSeeding(pool);
  const scans = { small, large, writable, largeLabel: '50,000-item scan (SQL seed)' };
  const specs = [
    ...serviceCases(config, target.baseUrl, tenant.apiKey, scans),
    ...backlogCases(config, target.baseUrl, backlog),
  ];
  const tenantIds = {
    bench: tenant.tenantId,
    small: backlog.smallTenantId,
    large: backlog.largeTenantId,
  };
  const reference = await startReferenceServer(
    config,
    await referenceEnv(databaseUrl, tenant),
    profiler,
  );
  let measured: { service: CaseResult[]; reference: CaseResult[] };
  let referenceSummary: RunSummary;
  try {
    const referenceSpecs = referenceCases(config, reference, tenantIds, {
      small,
      large,
      referenceScan,
    });
    const sameJson = await comparePages(target, tenant, backlog, reference, tenantIds, scans);
    measured = await measureWithReference(
      config,
      target,
      specs,
      reference,
      referenceSpecs,
      profiler,
    );
    const description =
      `bare Fastify + pg (pool ${POOL_SIZE}), same server database, no auth/validation; ` +
      'upsert without history/audit; pages with the service SQL and mappers; ' +
      'measured in turns with the service, window by window';
    referenceSummary = runSummary(reference, 'reference', description);
    referenceSummary.sameJson = sameJson;
  } finally {
    await stopChild(reference.child);
  }
  const results = measured.service;
  const queuePlans = {
    [`${SMALL_SCAN} items`]: await explainQueuePage(pool, tenant.tenantId, small),
    [`${LARGE_SCAN} items`]: await explainQueuePage(pool, tenant.tenantId, large),
  };
  const summary = runSummary(target, 'server', describeServer(config), queuePlans);
  const scanIds = { large, writable };
  await singleRequestCases(target, pool, adminKey, tenant, scanIds, backlog, summary, results);
  return {
    results,
    summary,
    tenant,
    referenceScan,
    reference: { results: measured.reference, summary: referenceSummary },
  };
}

/**
 * The service's cases in order; each one that has a reference case is measured in turns with
 * it, window by window, so that their ratio compares like with like.
 */
async function measureWithReference(
  config: BenchConfig,
  service: Target,
  specs: CaseSpec[],
  reference: Target,
  referenceSpecs: Map<CaseId, CaseSpec>,
  profiler: CaseProfiler | null,
): Promise<{ service: CaseResult[]; reference: CaseResult[] }> {
  const measured = { service: [] as CaseResult[], reference: [] as CaseResult[] };
  for (const spec of specs) {
    const counterpart = referenceSpecs.get(spec.id);
    if (!counterpart) {
      measured.service.push(await measureCase(config, service, spec, profiler));
      continue;
    }
    const [ours, theirs] = await measurePair(
      config,
      { target: service, spec },
      { target: reference, spec: counterpart },
      profiler,
    );
    measured.service.push(ours);
    measured.reference.push(theirs);
  }
  return measured;
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
 * (last: once the endpoint exists, every change is also a delivery).
 */
async function singleRequestCases(
  target: Target,
  pool: Pool,
  adminKey: string,
  tenant: BenchTenant,
  scans: { large: string; writable: string },
  backlog: BacklogTenants,
  summary: RunSummary,
  loadResults: CaseResult[],
): Promise<void> {
  const run = target.run;
  const peaks = loadResults.map((r) => r.memory.peakMb).filter((p): p is number => p !== null);
  const loadPeakMb = peaks.length > 0 ? Math.max(...peaks) : null;
  summary.bulk = await measureBulk(target.baseUrl, backlog);
  console.log(bulkLine(run, summary.bulk));
  summary.rescan = await measureRescan(target.baseUrl, tenant, IMPORT_CAP);
  printRescan(run, summary.rescan);
  const exports: ExportFigures[] = [];
  for (const format of ['ndjson', 'csv'] as const) {
    const pid = target.child.pid;
    const figures = await measureExport(
      target.baseUrl,
      tenant.apiKey,
      pid,
      {
        small: { scanId: scans.writable, items: IMPORT_CAP },
        large: { scanId: scans.large, items: LARGE_SCAN },
      },
      format,
      loadPeakMb,
    );
    console.log(exportLine(run, figures));
    exports.push(figures);
  }
  summary.exports = exports;
  const tenantAdminKey = await issueKey(target.baseUrl, adminKey, tenant.tenantId, 'admin');
  summary.webhooks = await measureWebhooks(
    target.baseUrl,
    pool,
    tenant.tenantId,
    tenantAdminKey,
    scans.writable,
    IMPORT_CAP,
  );
  console.log(webhookLine(run, summary.webhooks));
  // Every hostile body is refused, so none of them is a change to deliver.
  summary.hostile = await healthUnderHostileBodies(
    target.baseUrl,
    { operator: tenant.apiKey, viewer: tenant.apiKey },
    scans.writable,
  );
  console.log(hostileLine(run, summary.hostile));
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

export async function embeddedRun(
  config: BenchConfig,
  profiler: CaseProfiler | null,
): Promise<RunOutcome> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pqc-bench-embedded-'));
  const removeDataDir = () => rmSync(dataDir, { recursive: true, force: true });
  const forget = atExit(removeDataDir);
  try {
    const outcome = await embeddedCases(config, dataDir, profiler);
    return { summaries: [outcome.summary], results: outcome.results };
  } finally {
    forget();
    removeDataDir();
  }
}

/** The same cases and data as the server run, on the PostgreSQL the service starts itself. */
async function embeddedCases(config: BenchConfig, dataDir: string, profiler: CaseProfiler | null) {
  const database = { DATABASE_URL: '', REDIS_URL: '', DATA_DIR: dataDir };
  const { target, adminKey } = await startService(config, 'embedded', database, profiler);
  const postgres = new PostgresMemorySampler(target.child.pid);
  postgres.start();
  // The bench seeds and explains through the service's own socket and password.
  const pool = benchPool(embeddedDatabaseUrl(dataDir));
  try {
    const tenant = await createBenchTenant(target.baseUrl, adminKey);
    console.log('bench: [embedded] importing scans, seeding the 50,000-item scan and the backlogs');
    const small = await importScan(target.baseUrl, tenant, SMALL_SCAN, 'bench: small');
    const writable = await importScan(target.baseUrl, tenant, IMPORT_CAP, 'bench: upserts');
    const large = await seedLargeScan(pool, tenant.tenantId, LARGE_SCAN);
    const backlog = await setUpBacklogTenants(target.baseUrl, adminKey, pool);
    await settleAfterSeeding(pool);
    const scans = { small, large, writable, largeLabel: '50,000-item scan (SQL seed)' };
    const specs = [
      ...serviceCases(config, target.baseUrl, tenant.apiKey, scans),
      ...backlogCases(config, target.baseUrl, backlog),
    ];
    const results = await measureAll(config, target, specs, profiler);
    const queuePlans = {
      [`${SMALL_SCAN} items`]: await explainQueuePage(pool, tenant.tenantId, small),
      [`${LARGE_SCAN} items`]: await explainQueuePage(pool, tenant.tenantId, large),
    };
    const description =
      'embedded PostgreSQL started by the service in DATA_DIR (unix socket); rate-limit counters in process';
    const summary = runSummary(target, 'embedded', description, queuePlans);
    const scanIds = { large, writable };
    await singleRequestCases(target, pool, adminKey, tenant, scanIds, backlog, summary, results);
    summary.postgres = postgres.stop();
    return { results, summary };
  } finally {
    postgres.stop();
    await pool.end();
    await stopChild(target.child);
  }
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
