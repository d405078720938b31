/**
 * `npm run bench`: the service under load, on a PostgreSQL server and on the embedded database,
 * next to a bare Fastify + pg reference for the upsert and the two pages, and pgbench for the
 * upsert's statements. Prints one table with the targets of issue 15 (and of 8, 11 and 13
 * where they differ), then the embedded run against the server run, and writes the figures to
 * bench/results/<timestamp>.json.
 *
 * The load comes from this process (autocannon); the service and the reference server are
 * child processes, so neither competes with the load generator's event loop (they do share
 * the machine's CPUs, which is why the host's CPU count goes into the JSON).
 *
 * Env: BENCH_DURATION (s per measured window, 5), BENCH_REPEAT (measured windows per case, 3;
 * the figures are their median), BENCH_WARMUP (s, 2, once per case), BENCH_CONNECTIONS (32),
 * BENCH_RUNS (server,embedded), BENCH_DATABASE_URL (a server to use instead of the local one
 * that scripts/start-services.sh starts; the bench drops and recreates BENCH_DATABASE_NAME,
 * default pqc_bench, on it), BENCH_REDIS_URL, BENCH_CPU_PROF=1 (a CPU profile of every
 * measured run, summarised for the cases that miss a target), BENCH_DEADLINE (s).
 */
import 'reflect-metadata';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBenchConfig } from './config';
import { printReport } from './print';
import { installCleanup, wasInterrupted, stopAll } from './processes';
import { CaseProfiler } from './profiles';
import { buildReport, evaluate, round2, writeReport } from './report';
import { allRuns } from './runs';

/** The figures are only comparable on an otherwise idle host; say so when it is not. */
function warnIfBusy(load: number): void {
  const cores = cpus().length;
  if (load > cores * 0.25) {
    console.log(
      `bench: warning: 1-minute load average is ${load} on ${cores} CPUs before the bench; ` +
        'other processes will skew the figures',
    );
  }
}

async function main(): Promise<void> {
  const config = loadBenchConfig();
  installCleanup(config.deadlineMs);
  const startedAt = new Date();
  const loadAtStart = round2(loadavg()[0]);
  warnIfBusy(loadAtStart);
  const profiler = config.cpuProfile
    ? // Outside the repository: bench/results/ keeps only the JSON under version control.
      new CaseProfiler(
        join(tmpdir(), `pqc-bench-prof-${startedAt.toISOString().replace(/:/g, '-')}`),
        config.repoRoot,
      )
    : null;
  const { summaries, results } = await allRuns(config, profiler);
  evaluate(results, summaries);
  const report = buildReport(config, startedAt, loadAtStart, summaries, results);
  const file = writeReport(report, config.repoRoot);
  printReport(results, summaries, file, report.totalSeconds);
}

main().then(
  () => process.exit(0),
  async (error: Error) => {
    if (wasInterrupted()) return;
    console.error(`bench failed: ${error.stack ?? error.message}`);
    await stopAll();
    process.exit(1);
  },
);
