/**
 * The tenant's backlog cases: the tenant-wide queue page on a tenant with 100,000 current items
 * in 50 scans against a tenant with one 500-item scan, and bulk changes of 200 items (items/s
 * compared with the single upsert case of the same run).
 */
import { Pool } from 'pg';
import { BenchConfig } from './config';
import { rotatingBulks } from './fixtures';
import { LoadSpec } from './load';
import { CaseSpec } from './measure';
import { createBenchTenant, importScan, seedLargeScan } from './seed';

export const BACKLOG_SMALL_ITEMS = 500;
export const BACKLOG_SCANS = 50;
export const BACKLOG_ITEMS_PER_SCAN = 2_000;
export const BULK_SIZE = 200;
/** A bulk takes a while: a few in flight keep the service busy, 32 would time out. */
const BULK_CONNECTIONS = 4;

export interface BacklogTenants {
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
  return { smallKey: small.apiKey, largeKey: large.apiKey, largeScans };
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
  const bulkLoad = (spec: Omit<LoadSpec, 'baseUrl' | 'connections'>): LoadSpec => ({
    ...load(spec),
    connections: Math.min(config.connections, BULK_CONNECTIONS),
  });
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
    {
      id: 'bulk',
      label: `POST remediation bulk of ${BULK_SIZE}, partial, windows rotating`,
      load: bulkLoad({
        method: 'POST',
        path: '/tenant/remediation/bulk',
        headers: { 'x-api-key': tenants.largeKey },
        body: rotatingBulks(tenants.largeScans, BACKLOG_ITEMS_PER_SCAN, BULK_SIZE),
      }),
    },
  ];
}
