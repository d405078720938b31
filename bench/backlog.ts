/**
 * The tenant's backlog cases: the tenant-wide queue page on a tenant with 100,000 current items
 * in 50 scans against a tenant with one 500-item scan (autocannon); a bulk change of 200 items
 * against 200 single upserts, timed request by request.
 */
import { Pool } from 'pg';
import { BenchConfig } from './config';
import { remediationIdFor } from '../src/scans/scan-backlog';
import { checkText } from './export';
import { LoadSpec } from './load';
import { CaseSpec } from './measure';
import { Check } from './report';
import { call, createBenchTenant, importScan, seedLargeScan } from './seed';

export const BACKLOG_SMALL_ITEMS = 500;
export const BACKLOG_SCANS = 50;
export const BACKLOG_ITEMS_PER_SCAN = 2_000;
export const BULK_SIZE = 200;
const BULK_ROUNDS = 3;

export interface BacklogTenants {
  smallTenantId: string;
  largeTenantId: string;
  smallKey: string;
  largeKey: string;
  largeScans: string[];
}

/**
 * Two more tenants, so that each backlog holds exactly its own items. The large one is
 * seeded with SQL (the API caps an import at 5,000 findings): 50 scans, all current.
 */
export async function setUpBacklogTenants(
  baseUrl: string,
  adminKey: string,
  pool: Pool,
): Promise<BacklogTenants> {
  const small = await createBenchTenant(baseUrl, adminKey, 'bench-backlog-small');
  await importScan(baseUrl, small, BACKLOG_SMALL_ITEMS, 'bench: small backlog');
  const large = await createBenchTenant(baseUrl, adminKey, 'bench-backlog-large');
  const largeScans: string[] = [];
  for (let i = 0; i < BACKLOG_SCANS; i++) {
    largeScans.push(await seedLargeScan(pool, large.tenantId, BACKLOG_ITEMS_PER_SCAN));
  }
  return {
    smallTenantId: small.tenantId,
    largeTenantId: large.tenantId,
    smallKey: small.apiKey,
    largeKey: large.apiKey,
    largeScans,
  };
}

export function backlogCases(
  config: BenchConfig,
  baseUrl: string,
  tenants: BacklogTenants,
): CaseSpec[] {
  const load = (spec: Omit<LoadSpec, 'baseUrl' | 'connections'>): LoadSpec => ({
    baseUrl,
    connections: config.connections,
    ...spec,
  });
  const total = (BACKLOG_SCANS * BACKLOG_ITEMS_PER_SCAN).toLocaleString('en-US');
  return [
    {
      id: 'backlog-small',
      label: `GET tenant backlog page (50), ${BACKLOG_SMALL_ITEMS}-item tenant`,
      load: load({
        method: 'GET',
        path: '/tenant/remediation',
        headers: { 'x-api-key': tenants.smallKey },
      }),
    },
    {
      id: 'backlog-large',
      label: `GET tenant backlog page (50), ${total} items in ${BACKLOG_SCANS} scans`,
      load: load({
        method: 'GET',
        path: '/tenant/remediation',
        headers: { 'x-api-key': tenants.largeKey },
      }),
    },
  ];
}

export interface BulkFigures {
  rounds: number;
  bulkMs: number[];
  singlesMs: number[];
  bulkItemsPerSec: number;
  singleItemsPerSec: number;
  ratio: number;
  checks: Check[];
}

/**
 * A client with 200 changes to make: one bulk request (partial mode) against 200 single
 * upserts one after another, on windows of 200 items of the large backlog that no one else
 * touches, each change a real one (a new owner). Alternated, BULK_ROUNDS times; items/s from
 * the medians. Goal: bulk ≥ 3× singles.
 */
export async function measureBulk(baseUrl: string, tenants: BacklogTenants): Promise<BulkFigures> {
  const scanId = tenants.largeScans[0];
  const key = tenants.largeKey;
  const bulkMs: number[] = [];
  const singlesMs: number[] = [];
  for (let round = 0; round < BULK_ROUNDS; round++) {
    const owner = `bulk-bench-${round}@bench.example`;
    const bulkWindow = windowOf(2 * round);
    const body = JSON.stringify({
      items: bulkWindow.map((remediationId) => ({ scanId, remediationId })),
      changes: { status: 'in_progress', owner },
    });
    bulkMs.push(
      await timed(async () => {
        const res = await call<{ succeeded: number }>(
          baseUrl,
          '/tenant/remediation/bulk',
          key,
          body,
          200,
        );
        if (res.succeeded !== BULK_SIZE) throw new Error(`bulk changed ${res.succeeded} items`);
      }),
    );
    singlesMs.push(
      await timed(async () => {
        for (const remediationId of windowOf(2 * round + 1)) {
          const upsert = JSON.stringify({ remediationId, status: 'in_progress', owner });
          await call(baseUrl, `/tenant/scans/${scanId}/remediation`, key, upsert, 200);
        }
      }),
    );
  }
  const bulkItemsPerSec = Math.round((BULK_SIZE / median(bulkMs)) * 1000);
  const singleItemsPerSec = Math.round((BULK_SIZE / median(singlesMs)) * 1000);
  const ratio = Math.round((bulkItemsPerSec / singleItemsPerSec) * 100) / 100;
  const min = 3;
  const checks: Check[] = [
    {
      name: 'bulk ratio',
      target: `#15 bulk items/s ≥ ${min}× single upserts`,
      actual: `${ratio}×`,
      met: ratio >= min,
    },
  ];
  return {
    rounds: BULK_ROUNDS,
    bulkMs,
    singlesMs,
    bulkItemsPerSec,
    singleItemsPerSec,
    ratio,
    checks,
  };
}

/** Window w: items w×200+1 .. (w+1)×200 of a 2,000-item scan. */
function windowOf(w: number): string[] {
  return Array.from({ length: BULK_SIZE }, (_, k) => remediationIdFor(1 + w * BULK_SIZE + k));
}

export function bulkLine(run: string, f: BulkFigures): string {
  return (
    `bench: [${run}] bulk of ${BULK_SIZE} vs ${BULK_SIZE} single upserts one after another ` +
    `(${f.rounds} rounds, medians): ${f.bulkItemsPerSec} vs ${f.singleItemsPerSec} items/s; ` +
    `bulk ${f.bulkMs.join('/')} ms, singles ${f.singlesMs.join('/')} ms (${checkText(f.checks)})`
  );
}

async function timed(action: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await action();
  return Math.round(Number(process.hrtime.bigint() - start) / 1e6);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
