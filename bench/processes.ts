import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A child process with the tail of its output, for the error message when it dies. */
export interface Child {
  name: string;
  pid: number;
  process: ChildProcess;
  exited: Promise<number | null>;
  hasExited(): boolean;
  outputTail(): string;
  warningLines(): number;
}

const OUTPUT_TAIL_LINES = 40;
const running = new Set<Child>();

export function spawnNode(
  name: string,
  nodeArgs: string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
): Child {
  const proc = spawn(process.execPath, nodeArgs, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  if (proc.pid === undefined) throw new Error(`${name} did not start`);
  const tail: string[] = [];
  let warnings = 0;
  const collect = (chunk: Buffer): void => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      if (isWarning(line)) warnings += 1;
      tail.push(line);
      if (tail.length > OUTPUT_TAIL_LINES) tail.shift();
    }
  };
  proc.stdout?.on('data', collect);
  proc.stderr?.on('data', collect);
  let done = false;
  const exited = new Promise<number | null>((resolve) => {
    proc.once('exit', (code) => {
      done = true;
      running.delete(child);
      resolve(code);
    });
  });
  const child: Child = {
    name,
    pid: proc.pid,
    process: proc,
    exited,
    hasExited: () => done,
    outputTail: () => tail.join('\n'),
    warningLines: () => warnings,
  };
  running.add(child);
  return child;
}

/**
 * The service logs JSON lines; at LOG_LEVEL=warn only its start-up line is below warn (main.ts
 * always announces where it listens). Anything else it prints under load is worth a look.
 */
function isWarning(line: string): boolean {
  try {
    const level = (JSON.parse(line) as { level?: unknown }).level;
    return level !== 'info' && level !== 'debug';
  } catch {
    return true;
  }
}

/** SIGTERM for a clean shutdown (and a written CPU profile), SIGKILL if it takes too long. */
export async function stopChild(child: Child, graceMs = 10_000): Promise<void> {
  if (child.hasExited()) return;
  child.process.kill('SIGTERM');
  const timer = setTimeout(() => child.process.kill('SIGKILL'), graceMs);
  await child.exited;
  clearTimeout(timer);
}

const exitTasks = new Set<() => void>();

/** A synchronous clean-up (e.g. a temporary folder) that also runs when the bench is cut short. */
export function atExit(task: () => void): () => void {
  exitTasks.add(task);
  return () => exitTasks.delete(task);
}

/** Synchronous, for process 'exit': nothing may outlive the bench. */
export function killAllNow(): void {
  for (const child of running) child.process.kill('SIGKILL');
  for (const task of exitTasks) task();
}

export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((child) => stopChild(child, 5_000)));
}

/** Polls until `url` answers 200; fails at once if the child dies first. */
export async function waitForHttp(url: string, child: Child, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.hasExited()) {
      throw new Error(`${child.name} exited during start-up:\n${child.outputTail()}`);
    }
    if (await answers200(url)) return;
    await sleep(200);
  }
  throw new Error(
    `${child.name} did not answer ${url} within ${timeoutMs} ms:\n${child.outputTail()}`,
  );
}

async function answers200(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    await res.arrayBuffer();
    return res.status === 200;
  } catch {
    return false;
  }
}

/** Runs a command to completion, with a time limit; rejects with its output on failure. */
export function runCommand(
  command: string,
  args: string[],
  cwd: string,
  timeoutMs: number,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const proc = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    proc.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    proc.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const timer = setTimeout(() => proc.kill('SIGKILL'), timeoutMs);
    proc.once('error', reject);
    proc.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else reject(new Error(`${command} ${args.join(' ')} failed (${code ?? signal}):\n${output}`));
    });
  });
}

/** A port that was free a moment ago, on the loopback interface only. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Set on a signal: the errors of the runs being cut short are expected, not news. */
let interrupted = false;

export function wasInterrupted(): boolean {
  return interrupted;
}

/** Whatever happens (signal, deadline, exit), no child outlives the bench. */
export function installCleanup(deadlineMs: number): void {
  process.on('exit', killAllNow);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      interrupted = true;
      console.error(`\nbench: ${signal}, stopping the child processes`);
      void stopAll().finally(() => process.exit(130));
    });
  }
  setTimeout(() => {
    console.error(`bench: still running after ${deadlineMs / 1000} s, giving up`);
    killAllNow();
    process.exit(2);
  }, deadlineMs).unref();
}
