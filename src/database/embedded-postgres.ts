import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * PGlite (Postgres compiled to WASM) persisted under `dataDir`, served on 127.0.0.1 by
 * pglite-socket so that the ordinary `pg` driver and TypeORM use it exactly like a server.
 * A lock file keeps a second process from opening the same data folder, which PGlite
 * cannot share.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  maxConnections: number,
): Promise<EmbeddedPostgres> {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const lockFile = join(dataDir, 'pglite.lock');
  acquireLock(lockFile);
  try {
    const db = await PGlite.create({ dataDir: join(dataDir, 'pgdata') });
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections });
    await server.start();
    const url = `postgresql://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable`;
    return {
      url,
      stop: async () => {
        await server.stop();
        await db.close();
        rmSync(lockFile, { force: true });
      },
    };
  } catch (error) {
    rmSync(lockFile, { force: true });
    throw error;
  }
}

function acquireLock(lockFile: string): void {
  try {
    writeFileSync(lockFile, String(process.pid), { flag: 'wx', mode: 0o600 });
    return;
  } catch {
    const owner = Number(readFileSync(lockFile, 'utf8'));
    if (owner && owner !== process.pid && isAlive(owner)) {
      throw new Error(
        `DATA_DIR is in use by process ${owner}; the embedded database serves one process. ` +
          'Set DATABASE_URL to run several instances.',
      );
    }
    writeFileSync(lockFile, String(process.pid), { mode: 0o600 });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
