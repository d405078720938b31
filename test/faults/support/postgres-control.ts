import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { Client } from 'pg';
import { sleep } from './env';

/**
 * Stops and starts the local PostgreSQL cluster (Debian's pg_ctlcluster, as root), the one that
 * DATABASE_URL names. Only a server on this machine can be stopped, so anything else is refused.
 */
export class PostgresControl {
  private stoppedByUs = false;

  constructor(
    readonly databaseUrl: string,
    readonly version = process.env.PG_VERSION?.trim() || newestInstalledVersion(),
    readonly cluster = 'main',
  ) {
    const host = new URL(databaseUrl).hostname;
    if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host)) {
      throw new Error(
        `DATABASE_URL points at ${host}; the fault suite stops and starts PostgreSQL and needs a local server`,
      );
    }
  }

  /** pg_ctlcluster stop -m fast: open sessions are terminated, like a crash of the database. */
  async stop(): Promise<void> {
    this.stoppedByUs = true;
    await run('pg_ctlcluster', [this.version, this.cluster, 'stop', '-m', 'fast']);
  }

  async start(): Promise<void> {
    await this.startCluster();
    await this.waitUntilAcceptingQueries(30_000);
    this.stoppedByUs = false;
  }

  async isRunning(): Promise<boolean> {
    try {
      await run('pg_ctlcluster', [this.version, this.cluster, 'status']);
      return true;
    } catch {
      return false;
    }
  }

  /** For afterAll/finally: whatever happened, leave PostgreSQL running if we stopped it. */
  async ensureRunning(): Promise<void> {
    if (!this.stoppedByUs && (await this.isRunning())) return;
    await this.startCluster();
    await this.waitUntilAcceptingQueries(30_000);
    this.stoppedByUs = false;
  }

  /** Starts the cluster; fine if it is running already (another process may have started it). */
  private async startCluster(): Promise<void> {
    if (await this.isRunning()) return;
    try {
      await run('pg_ctlcluster', [this.version, this.cluster, 'start']);
    } catch (error) {
      if (!(await this.isRunning())) throw error;
    }
  }

  async waitUntilAcceptingQueries(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let lastError: unknown;
    while (Date.now() < deadline) {
      const client = new Client({
        connectionString: this.databaseUrl,
        connectionTimeoutMillis: 2_000,
      });
      try {
        await client.connect();
        await client.query('SELECT 1');
        return;
      } catch (error) {
        lastError = error;
      } finally {
        await client.end().catch(() => undefined);
      }
      await sleep(200);
    }
    throw new Error(
      `PostgreSQL did not accept queries within ${timeoutMs} ms: ${String(lastError)}`,
    );
  }
}

function newestInstalledVersion(): string {
  const versions = readdirSync('/usr/lib/postgresql')
    .filter((name) => /^\d+$/.test(name))
    .sort((a, b) => Number(a) - Number(b));
  if (versions.length === 0) throw new Error('no PostgreSQL under /usr/lib/postgresql');
  return versions[versions.length - 1];
}

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: 60_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} ${args.join(' ')}: ${error.message} ${stderr}`));
      else resolve(stdout);
    });
  });
}
