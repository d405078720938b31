import { Client } from 'pg';

/**
 * Direct SQL for the fault specs: to read back what the service really stored (row counts the
 * API does not expose) and, where a spec says so, to move a schedule instead of waiting for it.
 */
export async function withDatabase<T>(
  databaseUrl: string,
  fn: (client: Client) => Promise<T>,
): Promise<T> {
  const client = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function queryRows<T = Record<string, unknown>>(
  databaseUrl: string,
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  return withDatabase(
    databaseUrl,
    async (client) => (await client.query(text, values)).rows as T[],
  );
}

/** A single count(*) (or any single integer) as a number. */
export async function queryCount(
  databaseUrl: string,
  text: string,
  values: unknown[] = [],
): Promise<number> {
  const [row] = await queryRows<{ n: string | number }>(databaseUrl, text, values);
  return Number(row.n);
}
