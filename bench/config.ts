import { resolve } from 'node:path';

export type RunKind = 'server' | 'embedded';

export interface BenchConfig {
  /** Seconds of each measured run. */
  durationSec: number;
  /** Seconds of unmeasured load before each measured run (JIT, pools, caches). */
  warmupSec: number;
  /** Measured windows per autocannon case (after one warm-up); the figures are their median. */
  repeat: number;
  connections: number;
  runs: RunKind[];
  /** A server to use instead of the local one that scripts/start-services.sh starts. */
  serverUrl: string | null;
  redisUrl: string | null;
  /** The dedicated database the bench drops and recreates on that server. */
  databaseName: string;
  /** Per-case CPU profiles of the service (and the reference server). */
  cpuProfile: boolean;
  /** Everything is killed and the bench fails after this long. */
  deadlineMs: number;
  repoRoot: string;
}

const LOCAL_SERVER_URL = 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
const LOCAL_REDIS_URL = 'redis://127.0.0.1:6379';
/** Per run: start, setup and stop of the service; generous, and only a bound. */
const RUN_OVERHEAD_SEC = 90;
/**
 * The autocannon cases of the server run (8 of the service, 5 of the reference, pgbench) and
 * of the embedded run (8), plus two each for bulk, rescan, export and webhooks.
 */
const CASES_PER_RUN = 16;

export function loadBenchConfig(env: NodeJS.ProcessEnv = process.env): BenchConfig {
  const durationSec = numberVar(env, 'BENCH_DURATION', 5, 1, 600);
  const warmupSec = numberVar(env, 'BENCH_WARMUP', 2, 0, 60);
  const repeat = Math.round(numberVar(env, 'BENCH_REPEAT', 3, 1, 15));
  const runs = runsVar(env.BENCH_RUNS);
  const serverUrl = env.BENCH_DATABASE_URL?.trim() || null;
  const perRunSec = RUN_OVERHEAD_SEC + CASES_PER_RUN * (repeat * durationSec + warmupSec + 15);
  return {
    durationSec,
    warmupSec,
    repeat,
    connections: numberVar(env, 'BENCH_CONNECTIONS', 32, 1, 1024),
    runs,
    serverUrl,
    // Our own local server comes with Redis; a given server only with a given Redis.
    redisUrl: env.BENCH_REDIS_URL?.trim() || (serverUrl ? null : LOCAL_REDIS_URL),
    databaseName: databaseNameVar(env.BENCH_DATABASE_NAME),
    cpuProfile: env.BENCH_CPU_PROF === '1' || env.BENCH_CPU_PROF === 'true',
    deadlineMs: numberVar(env, 'BENCH_DEADLINE', 120 + runs.length * perRunSec, 30, 7200) * 1000,
    // Compiled to dist/bench/, run from anywhere.
    repoRoot: resolve(__dirname, '..', '..'),
  };
}

export function adminServerUrl(config: BenchConfig): string {
  return config.serverUrl ?? LOCAL_SERVER_URL;
}

export function numberVar(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new Error(`${name} must be a number between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}

function runsVar(raw: string | undefined): RunKind[] {
  if (!raw?.trim()) return ['server', 'embedded'];
  const runs = raw.split(',').map((r) => r.trim());
  const invalid = runs.filter((r) => r !== 'server' && r !== 'embedded');
  if (invalid.length > 0 || runs.length === 0) {
    throw new Error(`BENCH_RUNS must list server and/or embedded, got "${raw}"`);
  }
  return runs as RunKind[];
}

function databaseNameVar(raw: string | undefined): string {
  const name = raw?.trim() || 'pqc_bench';
  // It is interpolated into DROP/CREATE DATABASE, which take no parameters.
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) {
    throw new Error(`BENCH_DATABASE_NAME must be a plain lower-case identifier, got "${name}"`);
  }
  return name;
}
