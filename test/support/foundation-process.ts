import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';
import { sleep } from './foundation-wait';

export const MAIN_JS = join(__dirname, '..', '..', 'dist', 'src', 'main.js');

/** A port that was free a moment ago on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface Service {
  child: ChildProcess;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * `node dist/src/main.js` with exactly the environment given on top of a copy of this
 * process's, minus the variables that would point it at the test database or other services.
 */
export function spawnService(env: Record<string, string>): Service {
  if (!existsSync(MAIN_JS)) throw new Error(`${MAIN_JS} is missing: run \`npm run build\` first`);
  const base = { ...process.env };
  for (const name of [
    'DATABASE_URL',
    'REDIS_URL',
    'ANTHROPIC_API_KEY',
    'ANTHROPIC_BASE_URL',
    'ADMIN_API_KEY',
    'PORT',
    'HOST',
    'DATA_DIR',
    'RATE_LIMIT_PER_MINUTE',
    'AI_RATE_LIMIT_PER_MINUTE',
    'LOG_LEVEL',
    'DEMO_DATA',
    'KEY_CACHE_TTL_MS',
    'AI_TIMEOUT_MS',
    'ANTHROPIC_MODEL',
    'DATA_ENCRYPTION_KEY',
    'WEBHOOK_ALLOW_INSECURE_TARGETS',
  ]) {
    delete base[name];
  }
  const child = spawn(process.execPath, [MAIN_JS], {
    env: { ...base, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    // 'close', not 'exit': only then has everything the process wrote been read.
    child.once('close', (code, signal) => resolve({ code, signal }));
  });
  return { child, output: () => text, exited };
}

/** The exit, or null if the process is still running after `timeoutMs`. */
export async function waitForExit(
  service: Service,
  timeoutMs: number,
): Promise<{ code: number | null; signal: NodeJS.Signals | null } | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  try {
    return await Promise.race([service.exited, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Polls GET /health until it answers 200; false if the process exits or time runs out. */
export async function waitForHealthy(
  service: Service,
  url: string,
  timeoutMs: number,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void service.exited.then(() => (exited = true));
  while (Date.now() < deadline && !exited) {
    try {
      const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) return true;
    } catch {
      /* not listening yet */
    }
    await sleep(250);
  }
  return false;
}

/** Sends SIGKILL unless it has exited already, and waits (bounded) for the exit. */
export async function killHard(service: Service | null | undefined): Promise<void> {
  if (!service || service.child.exitCode !== null || service.child.signalCode !== null) return;
  service.child.kill('SIGKILL');
  await waitForExit(service, 5_000);
}

/**
 * After a service on the embedded database was killed, its PostgreSQL still runs (a real
 * service's next start stops it). A spec that will not start again stops it here, then
 * removes the folder, so that no server outlives the run.
 */
export async function removeDataDir(dataDir: string): Promise<void> {
  const pidFile = join(dataDir, 'pg', 'postmaster.pid');
  const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').split('\n')[0]) : 0;
  if (pid > 0) {
    try {
      process.kill(pid, 'SIGINT');
      for (let i = 0; i < 100; i++) {
        process.kill(pid, 0);
        await sleep(100);
      }
    } catch {
      /* gone */
    }
  }
  rmSync(dataDir, { recursive: true, force: true });
}
