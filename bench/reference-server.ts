/**
 * The bare minimum of the remediation upsert: bare Fastify and a `pg` pool doing the same SQL
 * as the service (BEGIN; SELECT ... FOR UPDATE on the item; UPDATE status/owner with
 * version + 1 and updated_at; COMMIT), with no auth, rate limit, validation, history or audit.
 * The bench runs it as its own child process on the same database and reports the service's
 * upsert throughput as a ratio to this one.
 *
 * Env: PORT, DATABASE_URL, TENANT_ID, POOL_SIZE (the service's pool size, for a fair ratio).
 */
import Fastify from 'fastify';
import { Pool } from 'pg';

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
    const locked = await client.query(LOCK_ITEM, params);
    if (locked.rowCount === 0) {
      await client.query('ROLLBACK');
      return null;
    }
    const updated = await client.query(UPDATE_ITEM, [...params, body.status, body.owner ?? null]);
    await client.query('COMMIT');
    return updated.rows[0] as Record<string, unknown>;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function main(): Promise<void> {
  const app = Fastify({ logger: false });
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
