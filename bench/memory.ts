import { readFileSync, writeFileSync } from 'node:fs';

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
