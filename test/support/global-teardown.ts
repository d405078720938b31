import { rmSync } from 'node:fs';
import { EmbeddedPostgres } from '../../src/database/embedded-postgres';

export default async function globalTeardown(): Promise<void> {
  const started = (
    globalThis as { __EMBEDDED_PG__?: { embedded: EmbeddedPostgres; dataDir: string } }
  ).__EMBEDDED_PG__;
  if (!started) return;
  await started.embedded.stop();
  rmSync(started.dataDir, { recursive: true, force: true });
}
