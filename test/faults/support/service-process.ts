import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { sleep } from './env';

const ROOT = join(__dirname, '..', '..', '..');
const MAIN = join(ROOT, 'dist', 'src', 'main.js');
const START_TIMEOUT_MS = 30_000;
const STOP_GRACE_MS = 5_000;
const KEPT_LOG_LINES = 400;

/** Every process this suite started, so that none outlives it (see killAllServices). */
const running = new Set<ChildProcess>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Last resort if a spec's afterAll never ran (Jest itself crashing): no orphans.
  process.on('exit', () => {
    for (const child of running) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  });
}

/** A free TCP port on 127.0.0.1, chosen by the kernel. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * The real service (node dist/src/main.js) as a child process on 127.0.0.1. Keeps its last log
 * lines for failure messages; can be stopped, killed with any signal, and started again on the
 * same port with the same environment.
 */
export class ServiceProcess {
  readonly url: string;
  private child: ChildProcess | null = null;
  private readonly lines: string[] = [];
  /** Error-level lines are kept apart (bounded), so that floods of warnings cannot push them out. */
  private readonly errorLines: string[] = [];

  private constructor(
    readonly name: string,
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  /** Starts the service and resolves once GET /health answers 200. */
  static async start(name: string, env: Record<string, string>): Promise<ServiceProcess> {
    const service = new ServiceProcess(name, await freePort(), env);
    await service.spawnAndWait();
    return service;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get isRunning(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The last log lines (stdout and stderr), for assertion messages. */
  logTail(count = 40): string {
    return this.lines.slice(-count).join('\n');
  }

  /** Log lines (parsed JSON) that match; error-level lines are all kept, others only the last few. */
  logEntries(predicate: (entry: Record<string, unknown>) => boolean): Record<string, unknown>[] {
    // An error line is kept in both lists while it is still among the last lines: count it once.
    return [...new Set([...this.errorLines, ...this.lines])].flatMap((line) => {
      try {
        const entry = JSON.parse(line) as Record<string, unknown>;
        return predicate(entry) ? [entry] : [];
      } catch {
        return [];
      }
    });
  }

  async restart(): Promise<void> {
    if (this.isRunning) throw new Error(`${this.name} is still running`);
    await this.spawnAndWait();
  }

  /** Sends a signal and waits (bounded) for the process to be gone. */
  async kill(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || !this.isRunning) return;
    const exited = once(child, 'exit');
    child.kill(signal);
    let timer: NodeJS.Timeout | undefined;
    const gone = await Promise.race([
      exited.then(() => true),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), STOP_GRACE_MS))),
    ]);
    clearTimeout(timer);
    if (!gone && signal !== 'SIGKILL') await this.kill('SIGKILL');
  }

  /** SIGTERM (graceful shutdown), then SIGKILL if it does not exit in time. */
  async stop(): Promise<void> {
    await this.kill('SIGTERM');
  }

  private async spawnAndWait(): Promise<void> {
    if (!existsSync(MAIN)) {
      throw new Error(
        `${MAIN} is missing: the fault suite runs the built service, run npm run build`,
      );
    }
    installExitHook();
    const child = spawn(process.execPath, [MAIN], {
      cwd: ROOT,
      env: {
        ...process.env,
        // Never a real model, whatever the developer's shell exports; specs opt in explicitly.
        ANTHROPIC_API_KEY: '',
        ANTHROPIC_BASE_URL: '',
        DEMO_DATA: 'false',
        LOG_LEVEL: 'warn',
        ...this.env,
        PORT: String(this.port),
        HOST: '127.0.0.1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    running.add(child);
    child.on('exit', () => running.delete(child));
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => {
        this.lines.push(line);
        if (/"level":"(error|fatal)"/.test(line) && this.errorLines.length < KEPT_LOG_LINES) {
          this.errorLines.push(line);
        }
        if (this.lines.length > KEPT_LOG_LINES)
          this.lines.splice(0, this.lines.length - KEPT_LOG_LINES);
      });
    }
    let listening = false;
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.includes('"msg":"listening"')) listening = true;
    });
    const deadline = Date.now() + START_TIMEOUT_MS;
    while (Date.now() < deadline) {
      if (!this.isRunning) {
        throw new Error(
          `${this.name} exited during start (code ${child.exitCode}, signal ${child.signalCode}):\n${this.logTail()}`,
        );
      }
      // main.ts logs "listening" once migrations ran and the port is open. /health is a public
      // route, limited per client IP, and every process on this Redis counts 127.0.0.1 alike:
      // a 429 there is an answer too.
      if (listening) {
        try {
          const res = await fetch(`${this.url}/health`, { signal: AbortSignal.timeout(2_000) });
          await res.text();
          if (res.status === 200 || res.status === 429) return;
        } catch {
          /* not accepting yet */
        }
      }
      await sleep(100);
    }
    await this.kill('SIGKILL');
    throw new Error(
      `${this.name} did not become healthy within ${START_TIMEOUT_MS} ms:\n${this.logTail()}`,
    );
  }
}

/** For afterAll: stops every service process this suite started, whatever state the test left. */
export async function stopAll(services: (ServiceProcess | undefined)[]): Promise<void> {
  await Promise.all(services.map((service) => (service ? service.stop() : Promise.resolve())));
  for (const child of running) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}
