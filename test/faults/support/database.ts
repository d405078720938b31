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

/**
 * A database of its own on the same server, for a scenario whose background work is global:
 * every service instance on a database claims any tenant's webhook deliveries and sweeps any
 * tenant's SLA breaches, so another process on the shared database (an in-process app of
 * another suite, started without WEBHOOK_ALLOW_INSECURE_TARGETS) would take this scenario's
 * deliveries. The service creates the schema (migrations) when it starts on it.
 */
export class ScratchDatabase {
  private constructor(
    private readonly serverUrl: string,
    readonly name: string,
    readonly url: string,
  ) {}

  static async create(serverUrl: string, label: string): Promise<ScratchDatabase> {
    const base = new URL(serverUrl);
    const name = `${base.pathname.slice(1) || 'postgres'}_fault_${label}_${Date.now().toString(36)}`
      .toLowerCase()
      .replace(/[^a-z0-9_]/g, '_');
    await withDatabase(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return new ScratchDatabase(serverUrl, name, url.toString());
  }

  /** For afterAll, once the services on it are stopped. */
  async drop(): Promise<void> {
    await withDatabase(this.serverUrl, (client) =>
      client.query(`DROP DATABASE IF EXISTS "${this.name}" WITH (FORCE)`),
    );
  }
}
