/**
 * The bare minimum of the service's hot routes, bare Fastify and a `pg` pool, with no auth,
 * rate limit or validation; the bench runs it as its own child process on the same database
 * and reports the service's throughput as a ratio to this one.
 *
 * - The remediation upsert: the same SQL as the service (BEGIN; SELECT ... FOR UPDATE on the
 *   item; UPDATE status/owner with version + 1 and updated_at; COMMIT), without history or audit.
 * - The default queue page of a scan and the default tenant backlog page: the SQL the service's
 *   repositories run (recorded from them by the bench, see reference-sql.ts, and handed over in
 *   REFERENCE_SQL), mapped to the same JSON with the service's own mappers. The backlog page
 *   also reads the tenant's SLA policy, as the service does on every request; the bench's
 *   tenants keep the default policy.
 *
 * Env: PORT, DATABASE_URL, TENANT_ID (the upsert's tenant; pages take `x-tenant-id`), POOL_SIZE
 * (the service's pool size, for a fair ratio), REFERENCE_SQL (JSON of ReferenceSql).
 */
import Fastify from 'fastify';
import { Pool } from 'pg';
import { toPage } from '../src/common/pagination';
import { withSla } from '../src/remediation/mappers';
import { RemediationItemEntity } from '../src/remediation/remediation-item.entity';
import { DEFAULT_SLA_RULES } from '../src/remediation/sla';
import { MARKERS, RecordedQuery, ReferenceSql } from './reference-sql';

interface UpsertBody {
  remediationId: string;
  status: string;
  owner?: string | null;
}

const LOCK_ITEM = `SELECT * FROM remediation_items
  WHERE tenant_id = $1 AND scan_id = $2 AND remediation_id = $3
  FOR UPDATE`;

const UPDATE_ITEM = `UPDATE remediation_items
    SET status = $4, owner = $5, version = version + 1, updated_at = now()
  WHERE tenant_id = $1 AND scan_id = $2 AND remediation_id = $3
  RETURNING *`;

const tenantId = process.env.TENANT_ID ?? 'bench';
const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.POOL_SIZE ?? 10),
  connectionTimeoutMillis: 3_000,
});
// An idle connection dropped by the server must not take the process down.
pool.on('error', () => undefined);

async function upsert(scanId: string, body: UpsertBody): Promise<Record<string, unknown> | null> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const params = [tenantId, scanId, body.remediationId];
    const locked = await client.query({ name: 'ref_lock', text: LOCK_ITEM, values: params });
    if (locked.rowCount === 0) {
      await client.query('ROLLBACK');
      return null;
    }
    const updated = await client.query({
      name: 'ref_update',
      text: UPDATE_ITEM,
      values: [...params, body.status, body.owner ?? null],
    });
    await client.query('COMMIT');
    return updated.rows[0] as Record<string, unknown>;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

const PAGE_SIZE = 50;
const sql = JSON.parse(process.env.REFERENCE_SQL ?? 'null') as ReferenceSql | null;

const statementNames = new Map<string, string>();
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (name === undefined) {
    name = `ref_${statementNames.size}`;
    statementNames.set(text, name);
  }
  return name;
}

/** The recorded statement with this request's tenant, scan and time in place of the markers. */
async function run<T>(
  query: RecordedQuery,
  values: { tenant: string; scan?: string; now?: Date },
): Promise<T[]> {
  const byMarker = new Map<unknown, unknown>([
    [MARKERS.tenant, values.tenant],
    [MARKERS.scan, values.scan],
    [MARKERS.now, values.now],
  ]);
  const params = query.params.map((p) => (byMarker.has(p) ? byMarker.get(p) : p));
  // Named, as the service runs its hot statements: parsed once per connection.
  const result = await pool.query({
    name: statementName(query.sql),
    text: query.sql,
    values: params,
  });
  return result.rows as T[];
}

async function queuePage(tenant: string, scan: string) {
  // The service's page statement reads the tenant's SLA policy too (each row carries it); the
  // bench's tenants keep the defaults.
  const rules = DEFAULT_SLA_RULES;
  const now = new Date();
  const rows = await run<RemediationItemEntity>(sql!.queuePage, { tenant, scan });
  const page = toPage(rows, PAGE_SIZE, (last) => ({ after: last.position }));
  return {
    count: page.rows.length,
    items: page.rows.map((row) => withSla(row, rules, now)),
    nextCursor: page.nextCursor,
  };
}

type BacklogRow = RemediationItemEntity & { sortKey: string | null };

async function backlogPage(tenant: string) {
  await run(sql!.slaPolicy, { tenant });
  const rules = DEFAULT_SLA_RULES;
  const now = new Date();
  const rows = await run<BacklogRow>(sql!.backlogPage, { tenant, now });
  const page = toPage(rows, PAGE_SIZE, (last) => ({
    sort: 'position',
    key: last.sortKey,
    scanId: last.scanId,
    position: last.position,
  }));
  return {
    count: page.rows.length,
    items: page.rows.map((row) => withSla(row, rules, now)),
    nextCursor: page.nextCursor,
  };
}

function tenantOf(headers: Record<string, string | string[] | undefined>): string {
  const given = headers['x-tenant-id'];
  return typeof given === 'string' ? given : tenantId;
}

async function main(): Promise<void> {
  const app = Fastify({ logger: false });
  if (sql) {
    app.get<{ Params: { scanId: string } }>('/tenant/scans/:scanId/remediation', (request) =>
      queuePage(tenantOf(request.headers), request.params.scanId),
    );
    app.get('/tenant/remediation', (request) => backlogPage(tenantOf(request.headers)));
  }
  app.get('/health', (_request, reply) => reply.send({ status: 'ok' }));
  app.post<{ Params: { scanId: string }; Body: UpsertBody }>(
    '/tenant/scans/:scanId/remediation',
    async (request, reply) => {
      const item = await upsert(request.params.scanId, request.body);
      if (!item) return reply.code(404).send({ status: 404, error: 'not_found' });
      return { item };
    },
  );
  const shutdown = async (): Promise<void> => {
    await app.close();
    await pool.end();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown());
  process.once('SIGINT', () => void shutdown());
  await app.listen({ port: Number(process.env.PORT ?? 3100), host: '127.0.0.1' });
}

main().catch((error: Error) => {
  console.error(`reference server failed: ${error.stack ?? error.message}`);
  process.exit(1);
});
