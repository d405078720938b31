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
import { benchPool, embeddedDatabaseUrl, explainQueuePage, recreateDatabase } from './database';
import { cachedExplain, rotatingUpserts, uncachedExplains } from './fixtures';
import { LoadSpec } from './load';
import { CaseSpec, measureCase, startReferenceServer, startService, Target } from './measure';
import { atExit, runCommand, sleep, stopChild } from './processes';
import { CaseProfiler } from './profiles';
import { PostgresMemorySampler } from './memory';
import { CaseResult, RunSummary } from './report';
import { measureRescan, printRescan } from './rescan';
import { BenchTenant, createBenchTenant, importScan, issueKey, seedLargeScan } from './seed';
import {
  BacklogTenants,
  backlogCases,
  bulkLine,
  measureBulk,
  setUpBacklogTenants,
} from './backlog';
import { exportLine, ExportFigures, measureExport } from './export';
import { measureWebhooks, webhookLine } from './webhooks';

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

async function serverDatabase(config: BenchConfig): Promise<string> {
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
    let service: {
      results: CaseResult[];
      summary: RunSummary;
      tenant: BenchTenant;
      referenceScan: string;
    };
    try {
      service = await serverCases(config, target, adminKey, pool, profiler);
    } finally {
      await stopChild(target.child);
    }
    const reference = await referenceRun(config, databaseUrl, service, profiler);
    return {
      summaries: [service.summary, reference.summary],
      results: [...service.results, reference.result],
    };
  } finally {
    await pool.end();
  }
}

async function serverCases(
  config: BenchConfig,
  target: Target,
  adminKey: string,
  pool: Pool,
  profiler: CaseProfiler | null,
) {
  const tenant = await createBenchTenant(target.baseUrl, adminKey);
  console.log('bench: [server] importing scans, seeding the 50,000-item scan and the backlogs');
  const small = await importScan(target.baseUrl, tenant, SMALL_SCAN, 'bench: small');
  const writable = await importScan(target.baseUrl, tenant, IMPORT_CAP, 'bench: upserts');
  const referenceScan = await importScan(target.baseUrl, tenant, IMPORT_CAP, 'bench: reference');
  const large = await seedLargeScan(pool, tenant.tenantId, LARGE_SCAN);
  const backlog = await setUpBacklogTenants(target.baseUrl, adminKey, pool);
  // Autovacuum would analyse the new rows within a minute in production; the bench is sooner.
  await pool.query('ANALYZE');
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
  const summary = runSummary(target, 'server', describeServer(config), queuePlans);
  await singleRequestCases(target, pool, adminKey, tenant, { large, writable }, backlog, summary);
  return { results, summary, tenant, referenceScan };
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
): Promise<void> {
  const run = target.run;
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
}

function describeServer(config: BenchConfig): string {
  const where = config.serverUrl ? 'BENCH_DATABASE_URL' : 'local, scripts/start-services.sh';
  const redis = config.redisUrl ? 'rate-limit counters in Redis' : 'rate-limit counters in process';
  return `PostgreSQL server (${where}), database ${config.databaseName}; ${redis}`;
}

async function referenceRun(
  config: BenchConfig,
  databaseUrl: string,
  service: { tenant: BenchTenant; referenceScan: string },
  profiler: CaseProfiler | null,
): Promise<{ result: CaseResult; summary: RunSummary }> {
  const env = {
    DATABASE_URL: databaseUrl,
    TENANT_ID: service.tenant.tenantId,
    // The service's own pool size: the ratio compares the layers above the pool.
    POOL_SIZE: String(POOL_SIZE),
  };
  const target = await startReferenceServer(config, env, profiler);
  try {
    const spec: CaseSpec = {
      id: 'reference-upsert',
      label: `REFERENCE bare Fastify + pg upsert, ${IMPORT_CAP.toLocaleString('en-US')} items rotating`,
      load: {
        baseUrl: target.baseUrl,
        connections: config.connections,
        method: 'POST',
        path: `/tenant/scans/${service.referenceScan}/remediation`,
        body: rotatingUpserts(IMPORT_CAP),
      },
    };
    const result = await measureCase(config, target, spec, profiler);
    const description = `bare Fastify + pg (pool ${POOL_SIZE}), same server database, no auth/validation/history`;
    return { result, summary: runSummary(target, 'reference', description) };
  } finally {
    await stopChild(target.child);
  }
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
    await pool.query('ANALYZE');
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
    await singleRequestCases(target, pool, adminKey, tenant, { large, writable }, backlog, summary);
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
