import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';

/**
 * One embedded PostgreSQL for the whole run, started here and its URL handed to the specs.
 * Its data and unix socket live in a fresh folder under the temp dir, so that Jest runs in
 * other checkouts never share one (and the socket path stays far below the 107-byte limit).
 * With DATABASE_URL set, the specs use that server instead.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    process.env.TEST_DATABASE_KIND = 'server';
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'pqc-test-db-'));
  // Room for several app instances (pool of 10 each) in parallel workers. A throwaway
  // database: commits need not wait for the disk (a shared CI disk makes that the bottleneck).
  const embedded = await startEmbeddedPostgres(dataDir, 100, { durable: false });
  (globalThis as { __EMBEDDED_PG__?: unknown }).__EMBEDDED_PG__ = { embedded, dataDir };
  process.env.DATABASE_URL = embedded.url;
  process.env.TEST_DATABASE_KIND = 'embedded';
}
