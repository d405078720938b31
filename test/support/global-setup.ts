import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';

/**
 * PGlite cannot start inside a Jest worker, so the embedded database is started here, once,
 * and its URL handed to the specs. With DATABASE_URL set, the specs use that server instead.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    process.env.TEST_DATABASE_KIND = 'server';
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'pqc-test-db-'));
  const embedded = await startEmbeddedPostgres(dataDir, 40);
  (globalThis as { __EMBEDDED_PG__?: unknown }).__EMBEDDED_PG__ = embedded;
  process.env.DATABASE_URL = embedded.url;
  process.env.TEST_DATABASE_KIND = 'embedded';
}
