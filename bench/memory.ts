import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const KIB_PER_MB = 1024;

/** VmRSS (now) or VmHWM (peak since start, or since the last reset) in MB; null once gone. */
export function readMemoryMb(pid: number, field: 'VmRSS' | 'VmHWM'): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return match ? Number(match[1]) / KIB_PER_MB : null;
  } catch {
    return null;
  }
}

/**
 * Writing 5 to clear_refs resets VmHWM to the current RSS (Linux ≥ 4.0), so that each case
 * reports its own peak instead of the largest one so far. Needs the right to write there
 * (same user or root); when refused, VmHWM stays the process's lifetime peak.
 */
export function resetPeak(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** Samples VmRSS while a case runs: a second opinion on VmHWM, and a trace for the JSON. */
export class RssSampler {
  private timer: NodeJS.Timeout | undefined;
  private maxMb = 0;
  private readonly samples: number[] = [];

  constructor(
    private readonly pid: number,
    private readonly intervalMs = 250,
  ) {}

  start(): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
  }

  stop(): { maxMb: number; samples: number[] } {
    clearInterval(this.timer);
    this.sample();
    return { maxMb: round1(this.maxMb), samples: this.samples.map(round1) };
  }

  private sample(): void {
    const rss = readMemoryMb(this.pid, 'VmRSS');
    if (rss === null) return;
    this.maxMb = Math.max(this.maxMb, rss);
    this.samples.push(rss);
  }
}

export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * The embedded run's PostgreSQL: the service's child postmaster and its backends, reported
 * apart from the service's own RSS. Summed as PSS (shared buffers counted once, not once per
 * backend as a sum of RSS would), sampled like the service.
 */
export class PostgresMemorySampler {
  private timer: NodeJS.Timeout | undefined;
  private maxMb = 0;
  private maxProcesses = 0;

  constructor(
    private readonly servicePid: number,
    private readonly intervalMs = 500,
  ) {}

  start(): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
  }

  stop(): { peakMb: number; processes: number } {
    clearInterval(this.timer);
    this.sample();
    return { peakMb: round1(this.maxMb), processes: this.maxProcesses };
  }

  private sample(): void {
    const pids = descendants(this.servicePid);
    let total = 0;
    for (const pid of pids) total += readPssMb(pid) ?? readMemoryMb(pid, 'VmRSS') ?? 0;
    this.maxMb = Math.max(this.maxMb, total);
    this.maxProcesses = Math.max(this.maxProcesses, pids.length);
  }
}

/**
 * The command name and the fields after it of /proc/<pid>/stat (`fields[0]` is field 3, the
 * state); null once the process is gone.
 */
export function procStat(pid: number): { name: string; fields: string[] } | null {
  try {
    // The command name (field 2) may hold spaces; the fields after its ')' are fixed.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return {
      name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
      fields: stat.slice(stat.lastIndexOf(')') + 2).split(' '),
    };
  } catch {
    return null;
  }
}

function parentOf(pid: number): number | null {
  const stat = procStat(pid);
  return stat ? Number(stat.fields[1]) : null;
}

function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const parent = parentOf(Number(name));
    if (parent === null) continue;
    children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
  }
  const found: number[] = [];
  const queue = [...(children.get(root) ?? [])];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    found.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

function readPssMb(pid: number): number | null {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const match = /^Pss:\s+(\d+) kB/m.exec(rollup);
    return match ? Number(match[1]) / KIB_PER_MB : null;
  } catch {
    return null;
  }
}
