import { Pool } from 'pg';
import { newId } from '../src/common/ids';
import { remediationIdFor } from '../src/scans/scan-backlog';
import { FINDING_TEMPLATES, HOST_COUNT, importBody } from './fixtures';

export const BENCH_TENANT_ID = 'bench';

export interface BenchTenant {
  tenantId: string;
  /** Operator: reads the queue, writes remediation, asks for explanations. */
  apiKey: string;
}

const SETUP_TIMEOUT_MS = 120_000;

export async function call<T>(
  baseUrl: string,
  path: string,
  key: string,
  body: string,
  expected: number,
): Promise<T> {
  const res = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body,
    signal: AbortSignal.timeout(SETUP_TIMEOUT_MS),
  });
  const text = await res.text();
  if (res.status !== expected) {
    throw new Error(`POST ${path}: expected ${expected}, got ${res.status}: ${text.slice(0, 500)}`);
  }
  return JSON.parse(text) as T;
}

/** A fresh tenant and an operator key, through the admin API as an operator would. */
export async function createBenchTenant(
  baseUrl: string,
  adminKey: string,
  tenantId = BENCH_TENANT_ID,
): Promise<BenchTenant> {
  const tenant = JSON.stringify({ name: `Benchmark tenant ${tenantId}`, tenantId });
  await call(baseUrl, '/admin/tenants', adminKey, tenant, 201);
  return { tenantId, apiKey: await issueKey(baseUrl, adminKey, tenantId, 'operator') };
}

/** Another key of a tenant (the webhook case needs an admin one). */
export async function issueKey(
  baseUrl: string,
  adminKey: string,
  tenantId: string,
  role: 'operator' | 'admin',
): Promise<string> {
  const keyBody = JSON.stringify({ label: `bench ${role}`, role });
  const issued = await call<{ apiKey: string }>(
    baseUrl,
    `/admin/tenants/${tenantId}/keys`,
    adminKey,
    keyBody,
    201,
  );
  return issued.apiKey;
}

export async function importScan(
  baseUrl: string,
  tenant: BenchTenant,
  findingCount: number,
  label: string,
  rescanTarget?: string,
): Promise<string> {
  const body = importBody(findingCount, label, rescanTarget);
  const res = await call<{ scan: { scanId: string } }>(
    baseUrl,
    '/tenant/scans',
    tenant.apiKey,
    body,
    201,
  );
  return res.scan.scanId;
}

/** Status mix of a backlog in progress: half open, the rest spread over the other states. */
const SEED_STATUSES = [
  'open',
  'in_progress',
  'open',
  'blocked',
  'open',
  'done',
  'open',
  'accepted_risk',
];

/**
 * A scan larger than the API accepts (it caps an import at 5,000 findings), written straight
 * into the tables in one transaction with generate_series: rows as an import would write them
 * (ids f_NNN / rem_NNN zero-padded to three digits, positions 1..n), with a mixed status.
 */
export async function seedLargeScan(pool: Pool, tenantId: string, count: number): Promise<string> {
  const scanId = newId('scan');
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await insertScanRow(client, scanId, tenantId, count);
    await insertFindings(client, scanId, tenantId, count);
    await insertItems(client, scanId);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
  await checkIds(pool, scanId, count);
  return scanId;
}

type Queryable = Pick<Pool, 'query'>;

async function insertScanRow(db: Queryable, scanId: string, tenantId: string, count: number) {
  await db.query(
    `INSERT INTO scans (id, tenant_id, target, label, status, format, finding_count, readiness_score,
                        readiness_band, created_by_key_id, target_key)
     VALUES ($1, $2, 'bench.example', 'bench: SQL seed', 'completed', 'native', $3, 0, 'critical', NULL,
             'bench.example')`,
    [scanId, tenantId, count],
  );
}

/** 'f_' || lpad(...) alone would truncate 5-digit numbers to 3 digits; greatest() keeps them. */
const PADDED = (n: string): string => `lpad(${n}::text, greatest(3, length(${n}::text)), '0')`;

async function insertFindings(db: Queryable, scanId: string, tenantId: string, count: number) {
  const t = FINDING_TEMPLATES;
  await db.query(
    `INSERT INTO findings (scan_id, tenant_id, finding_id, position, title, severity, category, algorithm,
                           key_size, asset_id, host, port, quantum_vulnerable, fingerprint, fingerprint_quality)
     SELECT $1, $2, 'f_' || ${PADDED('g')}, g,
            ($4::text[])[i] || ' #' || g, ($5::text[])[i], ($6::text[])[i], ($7::text[])[i],
            ($8::int[])[i], 'host-' || (g % $9) || '.bench.example:443', 'host-' || (g % $9) || '.bench.example',
            443, ($10::boolean[])[i],
            -- A unique stand-in per finding: the bench seeds backlogs, not rescans.
            'fp1_' || md5($1 || '/' || g), 'strong'
       FROM generate_series(1, $3::int) AS g, LATERAL (SELECT 1 + g % cardinality($4::text[]) AS i) AS pick`,
    [
      scanId,
      tenantId,
      count,
      t.map((f) => f.title),
      t.map((f) => f.severity),
      t.map((f) => f.category),
      t.map((f) => f.algorithm ?? null),
      t.map((f) => f.keySize ?? null),
      HOST_COUNT,
      t.map((f) => f.quantumVulnerable),
    ],
  );
}

async function insertItems(db: Queryable, scanId: string) {
  await db.query(
    `INSERT INTO remediation_items (scan_id, tenant_id, remediation_id, position, finding_id, asset_id, title,
                                    severity, status, owner, notes, resolved_at, updated_at, version,
                                    fingerprint, fingerprint_quality, location, first_seen_at)
     SELECT f.scan_id, f.tenant_id, 'rem_' || ${PADDED('f.position')}, f.position, f.finding_id, f.asset_id,
            f.title, f.severity, s.status,
            CASE WHEN s.status <> 'open' THEN 'owner-' || (f.position % 17) || '@bench.example' END,
            CASE WHEN s.status = 'accepted_risk' THEN 'bench seed: compensating control in place' END,
            CASE WHEN s.status = 'done' THEN now() END,
            now(), 1, f.fingerprint, f.fingerprint_quality, 'asset:' || lower(f.asset_id), now()
       FROM findings f,
            LATERAL (SELECT ($2::text[])[1 + f.position % cardinality($2::text[])] AS status) AS s
      WHERE f.scan_id = $1`,
    [scanId, SEED_STATUSES],
  );
}

/** The service finds items by id: the SQL padding must agree with remediationIdFor. */
async function checkIds(db: Queryable, scanId: string, count: number): Promise<void> {
  const positions = [1, 999, 1000, count];
  const { rows } = await db.query<{ position: number; remediation_id: string }>(
    `SELECT position, remediation_id FROM remediation_items WHERE scan_id = $1 AND position = ANY($2::int[])`,
    [scanId, positions],
  );
  const wrong = rows.filter((r) => r.remediation_id !== remediationIdFor(r.position));
  if (rows.length !== positions.length || wrong.length > 0) {
    throw new Error(
      `seeded remediation ids disagree with remediationIdFor: ${JSON.stringify(rows)}`,
    );
  }
}
