import { Client, Pool } from 'pg';
import { DataSource } from 'typeorm';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PASSWORD_FILE, PG_DIR } from '../src/database/embedded-postgres';
import { SqlRecorder } from './reference-sql';
import { RemediationItemsRepository } from '../src/remediation/remediation-items.repository';

const CONNECT_TIMEOUT_MS = 10_000;

/**
 * Drops and recreates `name` on the server that `serverUrl` points at (connecting to the
 * database named there), so that every bench starts from an empty schema. Returns its URL.
 */
export async function recreateDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new Client({
    connectionString: serverUrl,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  client.on('error', reportIdleError);
  await client.connect();
  try {
    // FORCE (PostgreSQL 13+) ends the sessions of an earlier, interrupted bench.
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
    const version = await client.query<{ server_version: string }>('SHOW server_version');
    console.log(
      `bench: database ${name} recreated on PostgreSQL ${version.rows[0].server_version}`,
    );
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export function benchPool(url: string): Pool {
  const pool = new Pool({
    connectionString: url,
    max: 2,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  pool.on('error', reportIdleError);
  return pool;
}

/**
 * An idle connection that the server drops (e.g. another suite restarting the local server)
 * emits 'error'; unhandled, that would kill the bench and leave its children behind.
 */
function reportIdleError(error: Error): void {
  console.error(`bench: database connection lost: ${error.message}`);
}

/**
 * The queue page exactly as the service sends it: the repository itself builds the SQL
 * (through a stand-in data source that only records it), so the plan cannot drift from the code.
 */
async function queuePageSql(tenantId: string, scanId: string, limit: number) {
  const recorder = new SqlRecorder();
  const repository = new RemediationItemsRepository(recorder as unknown as DataSource);
  await repository.page(tenantId, scanId, {}, limit, 0);
  return recorder.last();
}

/**
 * After seeding, what PostgreSQL would otherwise do during the first cases: autovacuum would
 * vacuum and analyse the 150,000 new rows within a minute, and the checkpointer would write
 * their pages out at its next checkpoint, both competing with the cases for the two cores.
 * CHECKPOINT needs a superuser (or pg_checkpoint): on a given server without it, skipped.
 */
export async function settleAfterSeeding(pool: Pool): Promise<void> {
  await pool.query('VACUUM ANALYZE');
  await pool.query('CHECKPOINT').catch(() => undefined);
}

/** EXPLAIN ANALYZE of the default queue page (limit 50 + 1 to know whether a next page exists). */
export async function explainQueuePage(
  pool: Pool,
  tenantId: string,
  scanId: string,
): Promise<string[]> {
  const { sql, params } = await queuePageSql(tenantId, scanId, 51);
  const { rows } = await pool.query<{ 'QUERY PLAN': string }>(
    `EXPLAIN (ANALYZE, BUFFERS) ${sql}`,
    params,
  );
  return rows.map((row) => row['QUERY PLAN']);
}

/**
 * The URL of the embedded database a service started in `dataDir`: its unix socket and the
 * password it keeps there (the bench runs as the same user as the service).
 */
export function embeddedDatabaseUrl(dataDir: string): string {
  const password = readFileSync(join(dataDir, PASSWORD_FILE), 'utf8').trim();
  const socketDir = join(dataDir, PG_DIR);
  return `postgresql://postgres:${encodeURIComponent(password)}@localhost:5432/postgres?host=${encodeURIComponent(socketDir)}`;
}
