import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import { EntityManager } from 'typeorm';

/**
 * Distinct statement texts this process prepares. The hot statements have few shapes (the
 * upsert's SET list depends on which fields change); past this many, a statement runs unprepared
 * so that no connection holds an unbounded number of plans.
 */
const MAX_PREPARED_TEXTS = 64;
const names = new Map<string, string>();

/**
 * Runs a hot statement as a named prepared statement on whichever pooled connection takes it:
 * PostgreSQL parses and analyses its text once per connection, not once per request (the
 * upsert's CTE statement is several kilobytes). node-postgres prepares a name on a connection
 * the first time that connection sees it, and again after a reconnect. Inside a transaction
 * (a manager with its own query runner) the statement runs as usual on that transaction's
 * connection. Errors are node-postgres' own (SQLSTATE in `code`), which the error filter maps
 * as it maps TypeORM's.
 */
export async function queryPrepared<T>(
  manager: EntityManager,
  text: string,
  values: unknown[],
): Promise<T[]> {
  const name = manager.queryRunner ? null : statementName(text);
  if (name === null) return manager.query(text, values);
  const pool = (manager.connection.driver as unknown as { master: Pool }).master;
  const result = await pool.query({ name, text, values });
  return result.rows as T[];
}

function statementName(text: string): string | null {
  let name = names.get(text);
  if (name === undefined) {
    if (names.size >= MAX_PREPARED_TEXTS) return null;
    name = `pqc_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
}
