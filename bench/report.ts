import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { BenchConfig } from './config';
import { BulkFigures } from './backlog';
import { LoadFigures, Spread } from './load';
import { ProfileSummary } from './profiles';
import { RescanFigures } from './rescan';
import { ExportFigures } from './export';
import { WebhookFigures } from './webhooks';
import { HostileBodiesResult } from './hostile';
import { CpuPerRequest } from './cpu-time';
import { PgbenchFigures } from './pgbench';

export type CaseId =
  | 'health'
  | 'queue-small'
  | 'queue-large'
  | 'upsert'
  | 'explain-uncached'
  | 'explain-cached'
  | 'backlog-small'
  | 'backlog-large'
  | 'reference-upsert'
  | 'reference-queue-small'
  | 'reference-queue-large'
  | 'reference-backlog-small'
  | 'reference-backlog-large';

/** The service's page cases and the reference case that serves the same SQL and JSON. */
export const PAGE_REFERENCES: Partial<Record<CaseId, CaseId>> = {
  'queue-small': 'reference-queue-small',
  'queue-large': 'reference-queue-large',
  'backlog-small': 'reference-backlog-small',
  'backlog-large': 'reference-backlog-large',
};

export type RunKindLabel = 'server' | 'embedded' | 'reference';

export interface CaseResult {
  run: RunKindLabel;
  id: CaseId;
  label: string;
  connections: number;
  /** The median of the measured windows (counts summed over them). */
  figures: LoadFigures;
  spread: Spread;
  windows: LoadFigures[];
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
  /** CPU time per request of the measured windows (cpu-time.ts); null off Linux. */
  cpu?: CpuPerRequest | null;
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
  lifetimeChecks?: Check[];
  /** Embedded run: the PostgreSQL processes the service started, not in its own RSS. */
  postgres?: { peakMb: number; processes: number };
  /** The cases that are not autocannon runs, each with its own checks. */
  rescan?: RescanFigures;
  bulk?: BulkFigures;
  exports?: ExportFigures[];
  webhooks?: WebhookFigures;
  /** /health while clients send wide and keyless bodies (issue 9). */
  hostile?: HostileBodiesResult;
  /** Reference run: PostgreSQL's own ceiling for the upsert's statements. */
  pgbench?: PgbenchFigures;
  /** Reference run: whether each reference page sent the same JSON as the service. */
  sameJson?: Record<string, string>;
}

export interface Check {
  /** Which issue sets the goal (#15, or #8/#11/#13 where they differ). */
  name: string;
  target: string;
  actual: string;
  /** null: shown for information, not a verdict (e.g. embedded vs a server reference). */
  met: boolean | null;
}

/**
 * The goals, with the issue that sets each. Issue 15 (second pass) sets most; where an earlier
 * issue of this round sets a different threshold for the same figure, both are verdicts.
 */
export const TARGETS = {
  upsertVsReference: 0.75, // #15
  upsertP99Ms: 50, // #15
  pageVsReference: 0.6, // #15
  queueLargeVsSmall: 1.5, // #15
  backlogLargeVsSmall: 1.5, // #11, #15
  explainUncachedRps: [
    { issue: '#15', min: 2_500 },
    { issue: '#13', min: 2_000 },
  ],
  explainCachedRps: 5_000, // #15
  peakRssMb: [
    { issue: '#15', max: 250 },
    { issue: '#8', max: 300 },
  ],
  embeddedVsServer: 1.2, // #8, #15
};

// ---------------------------------------------------------------------------------------------
// Targets

export function evaluate(results: CaseResult[], runs: RunSummary[]): void {
  for (const result of results) result.checks = checksFor(result, results, runs);
  for (const run of runs) {
    if (run.run !== 'reference') run.lifetimeChecks = rssChecks(run.lifetimePeakRssMb);
  }
}

function checksFor(result: CaseResult, all: CaseResult[], runs: RunSummary[]): Check[] {
  const checks: Check[] = [errorsCheck(result.figures)];
  if (result.run !== 'reference') checks.push(...rssChecks(result.memory.peakMb));
  const rps = result.figures.requestsPerSec;
  const reference = PAGE_REFERENCES[result.id];
  if (reference) checks.push(pageRatioCheck(result, all, reference));
  switch (result.id) {
    case 'queue-large':
      checks.push(flatCheck('queue flat', result, all, 'queue-small', TARGETS.queueLargeVsSmall));
      break;
    case 'backlog-large':
      checks.push(
        flatCheck('backlog flat', result, all, 'backlog-small', TARGETS.backlogLargeVsSmall),
      );
      break;
    case 'upsert':
      checks.push(upsertRatioCheck(result, all), upsertP99Check(result.figures));
      checks.push(pgbenchShare(result, runs));
      break;
    case 'explain-uncached':
      for (const goal of TARGETS.explainUncachedRps) {
        checks.push(minRps(`uncached ${goal.issue}`, goal.issue, goal.min, rps));
      }
      break;
    case 'explain-cached':
      checks.push(minRps('cached #15', '#15', TARGETS.explainCachedRps, rps));
      break;
  }
  return checks;
}

function errorsCheck(f: LoadFigures): Check {
  const bad = f.non2xx + f.errors;
  return { name: 'errors', target: 'no non-2xx/errors', actual: `${bad}`, met: bad === 0 };
}

/** One check per issue that sets a ceiling on the service's peak RSS. */
export function rssChecks(peakMb: number | null): Check[] {
  return TARGETS.peakRssMb.map(({ issue, max }) => ({
    name: `RSS ${issue}`,
    target: `${issue} ≤ ${max} MB`,
    actual: peakMb === null ? 'n/a' : `${peakMb} MB`,
    met: peakMb === null ? null : peakMb <= max,
  }));
}

/**
 * Throughput, not latency: both pages run at the same concurrency, so req/s is the cost per
 * page. #11/#15: small ÷ large ≤ 1.5.
 */
function flatCheck(
  name: string,
  result: CaseResult,
  all: CaseResult[],
  smallId: CaseId,
  max: number,
): Check {
  const small = all.find((r) => r.run === result.run && r.id === smallId);
  const target = `#15 small ÷ large req/s ≤ ${max}`;
  if (!small) return { name, target, actual: 'n/a', met: null };
  const ratio = small.figures.requestsPerSec / Math.max(1, result.figures.requestsPerSec);
  // p50 shown too, for information: with few distinct latency values it moves in steps.
  const p50Ratio = result.figures.latencyMs.p50 / Math.max(0.01, small.figures.latencyMs.p50);
  return {
    name,
    target,
    actual: `${ratio.toFixed(2)}×; p50 large ÷ small ${p50Ratio.toFixed(2)}×`,
    met: ratio <= max,
  };
}

/** #15: a page ≥ 0.6× the bare Fastify + pg server running the same SQL and sending the same JSON. */
function pageRatioCheck(result: CaseResult, all: CaseResult[], referenceId: CaseId): Check {
  const reference = all.find((r) => r.id === referenceId);
  const target = `#15 ≥ ${TARGETS.pageVsReference}× reference req/s`;
  const name = 'vs reference';
  if (!reference) return { name, target, actual: 'n/a', met: null };
  const ratio = result.figures.requestsPerSec / Math.max(1, reference.figures.requestsPerSec);
  return {
    name,
    target,
    actual: `${ratio.toFixed(2)}× of ${reference.figures.requestsPerSec}`,
    // The reference runs on the server database: a verdict only for the server run.
    met: result.run === 'server' ? ratio >= TARGETS.pageVsReference : null,
  };
}

function upsertRatioCheck(result: CaseResult, all: CaseResult[]): Check {
  const reference = all.find((r) => r.id === 'reference-upsert');
  const target = `#15 ≥ ${TARGETS.upsertVsReference}× reference req/s`;
  if (!reference) return { name: 'vs reference', target, actual: 'n/a', met: null };
  const ratio = result.figures.requestsPerSec / Math.max(1, reference.figures.requestsPerSec);
  return {
    name: 'vs reference',
    target,
    actual: `${ratio.toFixed(2)}× of ${reference.figures.requestsPerSec}`,
    // The reference runs on the server database: a verdict only for the server run.
    met: result.run === 'server' ? ratio >= TARGETS.upsertVsReference : null,
  };
}

/** For information: how much of PostgreSQL's own ceiling for the transaction the service uses. */
function pgbenchShare(result: CaseResult, runs: RunSummary[]): Check {
  const pgbench = runs.find((r) => r.pgbench)?.pgbench;
  const name = 'pgbench share';
  const target = 'share of pgbench tps (info)';
  if (!pgbench || pgbench.tps === null) {
    return { name, target, actual: pgbench?.skipped ?? 'n/a', met: null };
  }
  const share = result.figures.requestsPerSec / Math.max(1, pgbench.tps);
  return {
    name,
    target,
    actual: `${Math.round(share * 100)}% of ${pgbench.tps} tps`,
    met: null,
  };
}

function upsertP99Check(f: LoadFigures): Check {
  const max = TARGETS.upsertP99Ms;
  return {
    name: 'p99',
    target: `#15 p99 ≤ ${max} ms`,
    actual: `${f.latencyMs.p99} ms`,
    met: f.latencyMs.p99 <= max,
  };
}

function minRps(name: string, issue: string, min: number, rps: number): Check {
  return {
    name,
    target: `${issue} ≥ ${min.toLocaleString('en-US')} req/s`,
    actual: `${rps}`,
    met: rps >= min,
  };
}

// ---------------------------------------------------------------------------------------------
// Embedded against server (#8, #15: within 1.2× on every case)

export interface RunComparison {
  case: string;
  unit: string;
  server: number;
  embedded: number;
  /** How many times worse embedded is (1 = equal; below 1: embedded is better). */
  ratio: number;
  met: boolean;
}

/**
 * Every case of both runs: req/s of the autocannon cases (embedded ≥ server ÷ 1.2), and the
 * single-request cases by their main figure (items/s, deliveries/s, or time: embedded ≤ 1.2×).
 */
export function compareRuns(results: CaseResult[], runs: RunSummary[]): RunComparison[] {
  const server = runs.find((r) => r.run === 'server');
  const embedded = runs.find((r) => r.run === 'embedded');
  if (!server || !embedded) return [];
  const rows: RunComparison[] = [];
  const add = (label: string, unit: string, s?: number, e?: number, higherIsBetter = true) => {
    if (s === undefined || e === undefined) return;
    const ratio = higherIsBetter ? s / Math.max(0.001, e) : e / Math.max(0.001, s);
    const rounded = Math.round(ratio * 100) / 100;
    rows.push({
      case: label,
      unit,
      server: s,
      embedded: e,
      ratio: rounded,
      met: rounded <= TARGETS.embeddedVsServer,
    });
  };
  for (const e of results.filter((r) => r.run === 'embedded')) {
    const s = results.find((r) => r.run === 'server' && r.id === e.id);
    add(e.label, 'req/s', s?.figures.requestsPerSec, e.figures.requestsPerSec);
  }
  add('bulk of 200', 'items/s', server.bulk?.bulkItemsPerSec, embedded.bulk?.bulkItemsPerSec);
  add(
    'single upserts one after another',
    'items/s',
    server.bulk?.singleItemsPerSec,
    embedded.bulk?.singleItemsPerSec,
  );
  add(
    'rescan (median)',
    'ms',
    server.rescan?.rescanMedianMs,
    embedded.rescan?.rescanMedianMs,
    false,
  );
  for (const se of server.exports ?? []) {
    const ee = embedded.exports?.find((x) => x.format === se.format);
    add(`export of ${se.items} as ${se.format}`, 'ms', se.ms, ee?.ms, false);
  }
  add(
    'webhook deliveries',
    'deliveries/s',
    server.webhooks?.throughput.deliveriesPerSec,
    embedded.webhooks?.throughput.deliveriesPerSec,
  );
  return rows;
}

export function renderComparison(rows: RunComparison[]): string {
  const max = TARGETS.embeddedVsServer;
  const lines = [
    `Embedded against server (#8, #15: within ${max}×; req/s: embedded ≥ server ÷ ${max}):`,
  ];
  for (const r of rows) {
    lines.push(
      `  ${r.case}: server ${r.server} ${r.unit}, embedded ${r.embedded} ${r.unit}, ` +
        `${r.ratio}× ${r.met ? 'met' : 'MISSED'}`,
    );
  }
  return lines.join('\n');
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
  'req/s (min–max)',
  'p50 ms (min–max)',
  'p99 ms (min–max)',
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
    if (run.lifetimeChecks) rows.push(lifetimeRow(run));
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
  const s = result.spread;
  const many = result.windows.length > 1;
  const checks = result.checks ?? [];
  const specific = checks.filter((c) => c.name !== 'errors' && !c.name.startsWith('RSS'));
  const rate = (v: number) => v.toLocaleString('en-US');
  const withRange = (value: number, pair: [number, number], format: (v: number) => string) =>
    many ? `${format(value)} (${format(pair[0])}–${format(pair[1])})` : format(value);
  return [
    result.run,
    result.label,
    String(result.connections),
    withRange(f.requestsPerSec, s.requestsPerSec, rate),
    withRange(f.latencyMs.p50, s.p50, ms),
    withRange(f.latencyMs.p99, s.p99, ms),
    `${f.non2xx}/${f.errors}`,
    result.memory.peakMb === null ? 'n/a' : result.memory.peakMb.toFixed(1),
    specific.map((c) => `${c.target} (${c.actual})`).join('; ') || '—',
    verdict(checks),
  ];
}

function lifetimeRow(run: RunSummary): string[] {
  const checks = run.lifetimeChecks!;
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
    verdict(checks),
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
  /** #8, #15: the embedded run against the server run, case by case. */
  embeddedVsServer: RunComparison[];
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
    embeddedVsServer: compareRuns(cases, runs),
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
