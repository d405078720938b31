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
    runExtendedQueriesAtomically(server);
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

/** Extended-protocol messages that PostgreSQL only acts on as a group, at the next Sync. */
const GROUPED_MESSAGE_TYPES = new Set([0x50, 0x42, 0x44, 0x45, 0x43, 0x48]); // P B D E C H

type Enqueue = (
  handlerId: number,
  message: Uint8Array,
  onData: (data: Uint8Array) => void,
) => Promise<number>;

/**
 * pglite-socket 0.2.17 queues each protocol message of each connection separately. When a
 * transaction begins on one connection between another connection's Parse and Bind, that
 * other connection's Bind later runs against the statement the transaction parsed, so a
 * query gets another query's result (seen here: a tenant insert followed by a lookup from a
 * parallel request came back empty, and the socket hung). Holding Parse/Bind/Describe/
 * Execute/Close until their Sync and queueing the group as one message makes every
 * extended query atomic. The package versions are pinned exactly for this reason.
 */
function runExtendedQueriesAtomically(server: PGLiteSocketServer): void {
  const queue = (server as unknown as { queryQueue: { enqueue: Enqueue } }).queryQueue;
  const enqueue: Enqueue = queue.enqueue.bind(queue);
  const pending = new Map<number, Uint8Array[]>();
  queue.enqueue = (handlerId, message, onData) => {
    const type = message[0];
    if (GROUPED_MESSAGE_TYPES.has(type)) {
      pending.set(handlerId, [...(pending.get(handlerId) ?? []), message]);
      return Promise.resolve(0);
    }
    // A Sync (or anything else) closes the group; it all runs as one queue item.
    const group = pending.get(handlerId);
    pending.delete(handlerId);
    return enqueue(handlerId, group ? Buffer.concat([...group, message]) : message, onData);
  };
}
