import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { procStat } from './memory';

/**
 * CPU time per request of a case, read from /proc before and after each of its measured
 * windows. On this 2-core VM throughput moves by up to 30 % from run to run, CPU time per
 * request far less; and it says where a request's time goes: the service process (all its threads, GC helpers
 * included), its main thread (the one that runs JavaScript) with the time it waited for a CPU
 * while ready to run, and PostgreSQL (every `postgres` process on the machine).
 */
export interface CpuPerRequest {
  processMs: number;
  mainThreadMs: number;
  /** Ready to run but waiting for a CPU: the cores were busy with something else. */
  mainThreadWaitMs: number;
  postgresMs: number;
}

export interface CpuSnapshot {
  processSec: number;
  mainRunSec: number;
  mainWaitSec: number;
  postgresSec: number;
}

const TICKS_PER_SEC = clockTicks();

function clockTicks(): number {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
}

/** Null when /proc cannot be read (not Linux, or the process is gone). */
export function cpuSnapshot(pid: number): CpuSnapshot | null {
  const process = procStat(pid);
  const main = mainThreadSchedstat(pid);
  if (!process || !main) return null;
  return {
    processSec: cpuSecondsOf(process.fields),
    mainRunSec: main.runSec,
    mainWaitSec: main.waitSec,
    postgresSec: postgresCpuSeconds(),
  };
}

/** Nothing spent yet: the start of a sum of windows' CPU time (addCpu). */
export const ZERO_CPU: CpuSnapshot = {
  processSec: 0,
  mainRunSec: 0,
  mainWaitSec: 0,
  postgresSec: 0,
};

/**
 * The CPU time of one more window added to a sum: a case measured in windows alternating with
 * another target's counts its own windows only (PostgreSQL's time is every backend's). Null
 * once a snapshot could not be read.
 */
export function addCpu(
  sum: CpuSnapshot | null,
  before: CpuSnapshot | null,
  after: CpuSnapshot | null,
): CpuSnapshot | null {
  if (!sum || !before || !after) return null;
  return {
    processSec: sum.processSec + after.processSec - before.processSec,
    mainRunSec: sum.mainRunSec + after.mainRunSec - before.mainRunSec,
    mainWaitSec: sum.mainWaitSec + after.mainWaitSec - before.mainWaitSec,
    postgresSec: sum.postgresSec + after.postgresSec - before.postgresSec,
  };
}

export function cpuPerRequest(
  before: CpuSnapshot | null,
  after: CpuSnapshot | null,
  requests: number,
): CpuPerRequest | null {
  if (!before || !after || requests <= 0) return null;
  const perRequestMs = (from: number, to: number) =>
    Math.round(((to - from) * 1_000_000) / requests) / 1000;
  return {
    processMs: perRequestMs(before.processSec, after.processSec),
    mainThreadMs: perRequestMs(before.mainRunSec, after.mainRunSec),
    mainThreadWaitMs: perRequestMs(before.mainWaitSec, after.mainWaitSec),
    postgresMs: perRequestMs(before.postgresSec, after.postgresSec),
  };
}

export function cpuText(cpu: CpuPerRequest | null | undefined): string {
  if (!cpu) return '';
  return (
    `, CPU per request: service ${cpu.processMs} ms (main thread ${cpu.mainThreadMs} ms, ` +
    `${cpu.mainThreadWaitMs} ms waiting for a core), PostgreSQL ${cpu.postgresMs} ms`
  );
}

/** utime + stime (fields 14 and 15 of stat: all threads of the process). */
function cpuSecondsOf(fields: string[]): number {
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SEC;
}

/** The main thread's time on a CPU and waiting on a run queue, in nanoseconds in the file. */
function mainThreadSchedstat(pid: number): { runSec: number; waitSec: number } | null {
  try {
    const [run, wait] = readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ');
    return { runSec: Number(run) / 1e9, waitSec: Number(wait) / 1e9 };
  } catch {
    return null;
  }
}

/**
 * Every `postgres` process's own time plus the time of its children that have exited
 * (cutime + cstime, fields 16 and 17): a backend that closes during a case moves its time to
 * the postmaster's children's time instead of dropping out of the sum.
 */
function postgresCpuSeconds(): number {
  let total = 0;
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = procStat(Number(name));
    if (!stat?.name.startsWith('postgres')) continue;
    total += cpuSecondsOf(stat.fields);
    total += (Number(stat.fields[13]) + Number(stat.fields[14])) / TICKS_PER_SEC;
  }
  return total;
}
