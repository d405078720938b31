import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { BenchConfig } from './config';
import { BulkFigures } from './backlog';
import { LoadFigures } from './load';
import { ProfileSummary } from './profiles';
import { RescanFigures } from './rescan';
import { ExportFigures } from './export';
import { WebhookFigures } from './webhooks';

export type CaseId =
  | 'health'
  | 'queue-small'
  | 'queue-large'
  | 'upsert'
  | 'explain-uncached'
  | 'explain-cached'
  | 'backlog-small'
  | 'backlog-large'
  | 'reference-upsert';

export type RunKindLabel = 'server' | 'embedded' | 'reference';

export interface CaseResult {
  run: RunKindLabel;
  id: CaseId;
  label: string;
  connections: number;
  figures: LoadFigures;
  warmup: { completed: number; non2xx: number; errors: number } | null;
  memory: {
    /** max(VmHWM at the end, largest VmRSS sample): the figure in the table. */
    peakMb: number | null;
    hwmMb: number | null;
    sampledMaxMb: number;
    /** false when VmHWM could not be reset, i.e. it is the process's lifetime peak. */
    perCase: boolean;
    samples: number[];
  };
  profile?: ProfileSummary | null;
  checks?: Check[];
}

export interface RunSummary {
  run: RunKindLabel;
  description: string;
  /** VmHWM over the whole life of the process: start-up, imports, seed and every case. */
  lifetimePeakRssMb: number | null;
  warningLines: number;
  outputTail: string;
  queuePlans?: Record<string, string[]>;
  lifetimeCheck?: Check;
  /** Embedded run: the PostgreSQL processes the service started, not in its own RSS. */
  postgres?: { peakMb: number; processes: number };
  /** The cases that are not autocannon runs, each with its own checks. */
  rescan?: RescanFigures;
  bulk?: BulkFigures;
  exports?: ExportFigures[];
  webhooks?: WebhookFigures;
}

export interface Check {
  name: string;
  target: string;
  actual: string;
  /** null: shown for information, not a verdict (e.g. embedded vs a server reference). */
  met: boolean | null;
}

export const TARGETS = {
  upsertVsReference: 0.6,
  upsertP99Ms: 50,
  queueLargeVsSmall: 1.5,
  backlogLargeVsSmall: 1.5,
  explainUncachedRps: 2_000,
  explainCachedRps: 3_000,
  peakRssMb: 300,
};

// ---------------------------------------------------------------------------------------------
// Targets

export function evaluate(results: CaseResult[], runs: RunSummary[]): void {
  for (const result of results) result.checks = checksFor(result, results);
  for (const run of runs) {
    if (run.run !== 'reference') run.lifetimeCheck = rssCheck(run.lifetimePeakRssMb);
  }
}

function checksFor(result: CaseResult, all: CaseResult[]): Check[] {
  const checks: Check[] = [errorsCheck(result.figures)];
  if (result.run !== 'reference') checks.push(rssCheck(result.memory.peakMb));
  const rps = result.figures.requestsPerSec;
  switch (result.id) {
    case 'queue-large':
      checks.push(queueCheck(result, all));
      break;
    case 'backlog-large':
      checks.push(backlogCheck(result, all));
      break;
    case 'upsert':
      checks.push(upsertRatioCheck(result, all), upsertP99Check(result.figures));
      break;
    case 'explain-uncached':
      checks.push(minRps('uncached explain', TARGETS.explainUncachedRps, rps));
      break;
    case 'explain-cached':
      checks.push(minRps('cached explain', TARGETS.explainCachedRps, rps));
      break;
  }
  return checks;
}

function errorsCheck(f: LoadFigures): Check {
  const bad = f.non2xx + f.errors;
  return { name: 'errors', target: 'no non-2xx/errors', actual: `${bad}`, met: bad === 0 };
}

function rssCheck(peakMb: number | null): Check {
  const max = TARGETS.peakRssMb;
  if (peakMb === null) return { name: 'RSS', target: `≤ ${max} MB`, actual: 'n/a', met: null };
  return { name: 'RSS', target: `≤ ${max} MB`, actual: `${peakMb} MB`, met: peakMb <= max };
}

/** Throughput, not latency: both pages run at the same concurrency, so req/s is the cost per page. */
function queueCheck(result: CaseResult, all: CaseResult[]): Check {
  const small = all.find((r) => r.run === result.run && r.id === 'queue-small');
  const target = `small ÷ large req/s ≤ ${TARGETS.queueLargeVsSmall}`;
  if (!small) return { name: 'queue ratio', target, actual: 'n/a', met: null };
  const ratio = small.figures.requestsPerSec / Math.max(1, result.figures.requestsPerSec);
  // p50 shown too, for information: with few distinct latency values it moves in steps.
  const p50Ratio = result.figures.latencyMs.p50 / Math.max(0.01, small.figures.latencyMs.p50);
  return {
    name: 'queue ratio',
    target,
    actual: `${ratio.toFixed(2)}×; p50 large ÷ small ${p50Ratio.toFixed(2)}×`,
    met: ratio <= TARGETS.queueLargeVsSmall,
  };
}

/** The tenant-wide page, same reading as the queue check: req/s at equal concurrency. */
function backlogCheck(result: CaseResult, all: CaseResult[]): Check {
  const small = all.find((r) => r.run === result.run && r.id === 'backlog-small');
  const target = `small ÷ large req/s ≤ ${TARGETS.backlogLargeVsSmall}`;
  if (!small) return { name: 'backlog ratio', target, actual: 'n/a', met: null };
  const ratio = small.figures.requestsPerSec / Math.max(1, result.figures.requestsPerSec);
  const p50Ratio = result.figures.latencyMs.p50 / Math.max(0.01, small.figures.latencyMs.p50);
  return {
    name: 'backlog ratio',
    target,
    actual: `${ratio.toFixed(2)}×; p50 large ÷ small ${p50Ratio.toFixed(2)}×`,
    met: ratio <= TARGETS.backlogLargeVsSmall,
  };
}

function upsertRatioCheck(result: CaseResult, all: CaseResult[]): Check {
  const reference = all.find((r) => r.id === 'reference-upsert');
  const target = `≥ ${TARGETS.upsertVsReference}× reference req/s`;
  if (!reference) return { name: 'vs reference', target, actual: 'n/a', met: null };
  const ratio = result.figures.requestsPerSec / Math.max(1, reference.figures.requestsPerSec);
  return {
    name: 'vs reference',
    target,
    actual: `${ratio.toFixed(2)}×`,
    // The reference runs on the server database: a verdict only for the server run.
    met: result.run === 'server' ? ratio >= TARGETS.upsertVsReference : null,
  };
}

function upsertP99Check(f: LoadFigures): Check {
  const max = TARGETS.upsertP99Ms;
  return {
    name: 'p99',
    target: `p99 ≤ ${max} ms`,
    actual: `${f.latencyMs.p99} ms`,
    met: f.latencyMs.p99 <= max,
  };
}

function minRps(name: string, min: number, rps: number): Check {
  return {
    name,
    target: `≥ ${min.toLocaleString('en-US')} req/s`,
    actual: `${rps}`,
    met: rps >= min,
  };
}

export function missedChecks(checks: Check[] = []): Check[] {
  return checks.filter((c) => c.met === false);
}

// ---------------------------------------------------------------------------------------------
// The table

const HEADERS = [
  'run',
  'case',
  'conns',
  'req/s',
  'p50 ms',
  'p99 ms',
  'non-2xx/err',
  'peak RSS MB',
  'target (actual)',
  'verdict',
];
const RIGHT_ALIGNED = new Set([2, 3, 4, 5, 6, 7]);

export function renderTable(results: CaseResult[], runs: RunSummary[]): string {
  const rows: string[][] = [];
  for (const run of runs) {
    for (const result of results.filter((r) => r.run === run.run)) rows.push(caseRow(result));
    if (run.lifetimeCheck) rows.push(lifetimeRow(run));
  }
  const widths = HEADERS.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, i) => (RIGHT_ALIGNED.has(i) ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(HEADERS), rule, ...rows.map(line)].join('\n');
}

function caseRow(result: CaseResult): string[] {
  const f = result.figures;
  const checks = result.checks ?? [];
  const specific = checks.filter((c) => c.name !== 'errors' && c.name !== 'RSS');
  return [
    result.run,
    result.label,
    String(result.connections),
    f.requestsPerSec.toLocaleString('en-US'),
    ms(f.latencyMs.p50),
    ms(f.latencyMs.p99),
    `${f.non2xx}/${f.errors}`,
    result.memory.peakMb === null ? 'n/a' : result.memory.peakMb.toFixed(1),
    specific.map((c) => `${c.target} (${c.actual})`).join('; ') || '—',
    verdict(checks),
  ];
}

function lifetimeRow(run: RunSummary): string[] {
  const check = run.lifetimeCheck!;
  const peak = run.lifetimePeakRssMb === null ? 'n/a' : run.lifetimePeakRssMb.toFixed(1);
  return [
    run.run,
    'whole service process (setup + all cases)',
    '',
    '',
    '',
    '',
    '',
    peak,
    '—',
    verdict([check]),
  ];
}

function verdict(checks: Check[]): string {
  const missed = missedChecks(checks);
  if (missed.length > 0) return `MISSED: ${missed.map((c) => c.name).join(', ')}`;
  return checks.some((c) => c.met === true) ? 'met' : 'info';
}

function ms(value: number): string {
  return value < 10 ? value.toFixed(2) : value.toFixed(1);
}

// ---------------------------------------------------------------------------------------------
// JSON

export interface Report {
  startedAt: string;
  finishedAt: string;
  totalSeconds: number;
  config: Omit<BenchConfig, 'repoRoot' | 'serverUrl' | 'redisUrl'> & {
    redis: boolean;
    givenServer: boolean;
  };
  host: {
    node: string;
    cpus: number;
    cpuModel: string;
    memoryMb: number;
    platform: string;
    /** 1-minute load average before and after: other work on the host skews every figure. */
    loadAverage: { start: number; end: number };
  };
  targets: typeof TARGETS;
  runs: RunSummary[];
  cases: CaseResult[];
}

export function buildReport(
  config: BenchConfig,
  startedAt: Date,
  loadAtStart: number,
  runs: RunSummary[],
  cases: CaseResult[],
): Report {
  const finishedAt = new Date();
  const { repoRoot: _root, serverUrl, redisUrl, ...rest } = config;
  return {
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    totalSeconds: Math.round((finishedAt.getTime() - startedAt.getTime()) / 1000),
    config: { ...rest, redis: redisUrl !== null, givenServer: serverUrl !== null },
    host: {
      node: process.version,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryMb: Math.round(totalmem() / 1024 / 1024),
      platform: `${process.platform} ${process.arch}`,
      loadAverage: { start: loadAtStart, end: round2(loadavg()[0]) },
    },
    targets: TARGETS,
    runs,
    cases,
  };
}

/** bench/results/<ISO timestamp>.json (colons become dashes, for every file system). */
export function writeReport(report: Report, repoRoot: string): string {
  const dir = join(repoRoot, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${report.startedAt.replace(/:/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return relative(repoRoot, file);
}

export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
