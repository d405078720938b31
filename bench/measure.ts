import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { BenchConfig } from './config';
import { cpuPerRequest, cpuSnapshot, cpuText } from './cpu-time';
import { LoadFigures, LoadSpec, medianOfWindows, runLoad } from './load';
import { readMemoryMb, resetPeak, round1, RssSampler } from './memory';
import { Child, freePort, spawnNode, waitForHttp } from './processes';
import { CaseProfiler } from './profiles';
import { CaseId, CaseResult, RunKindLabel } from './report';

/**
 * The service's Node flags as `npm start` and the Dockerfile give them. The reference server
 * runs with them too: a ratio to it measures the code above the database, and V8's young
 * generation (which Node 24 sizes larger by default than the service's 16 MB) changes the
 * throughput of both by up to a quarter.
 */
const SERVICE_NODE_FLAGS = ['--max-old-space-size=512', '--max-semi-space-size=16'];

/** A process under load: the service, or the reference server. */
export class Target {
  private lifetimePeakMb: number | null = null;

  constructor(
    readonly run: RunKindLabel,
    readonly child: Child,
    readonly baseUrl: string,
  ) {}

  /** VmHWM only grows until it is reset: read it before every reset and at the end. */
  observePeak(): void {
    const hwm = readMemoryMb(this.child.pid, 'VmHWM');
    if (hwm !== null) this.lifetimePeakMb = Math.max(this.lifetimePeakMb ?? 0, hwm);
  }

  get lifetimePeak(): number | null {
    return this.lifetimePeakMb === null ? null : round1(this.lifetimePeakMb);
  }
}

export interface CaseSpec {
  id: CaseId;
  label: string;
  load: LoadSpec;
}

const START_TIMEOUT_MS = 90_000;

/** The built service, configured for the bench: limits out of the way, offline explainer. */
export async function startService(
  config: BenchConfig,
  run: RunKindLabel,
  database: {
    DATABASE_URL: string;
    REDIS_URL: string;
    DATA_DIR?: string;
    DATA_ENCRYPTION_KEY?: string;
  },
  profiler: CaseProfiler | null,
): Promise<{ target: Target; adminKey: string }> {
  const port = await freePort();
  const adminKey = `bench-admin-${randomBytes(16).toString('hex')}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...profilerEnv(profiler),
    ...database,
    PORT: String(port),
    HOST: '127.0.0.1',
    ADMIN_API_KEY: adminKey,
    // High enough never to answer 429 during a case: the bench measures the work, not the limiter.
    RATE_LIMIT_PER_MINUTE: '1000000',
    AI_RATE_LIMIT_PER_MINUTE: '1000000',
    AI_TENANT_RATE_LIMIT_PER_MINUTE: '1000000',
    // Empty means unset: the offline explainer, whatever the caller's environment holds.
    ANTHROPIC_API_KEY: '',
    LOG_LEVEL: 'warn',
    // The webhook case delivers to a plain-HTTP receiver on 127.0.0.1.
    WEBHOOK_ALLOW_INSECURE_TARGETS: 'true',
    DEMO_DATA: 'false',
  };
  const main = join(config.repoRoot, 'dist', 'src', 'main.js');
  const child = spawnNode(
    `service (${run})`,
    [...SERVICE_NODE_FLAGS, ...preload(config, profiler), main],
    env,
    config.repoRoot,
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHttp(`${baseUrl}/health`, child, START_TIMEOUT_MS);
  return { target: new Target(run, child, baseUrl), adminKey };
}

export async function startReferenceServer(
  config: BenchConfig,
  env: { DATABASE_URL: string; TENANT_ID: string; POOL_SIZE: string; REFERENCE_SQL: string },
  profiler: CaseProfiler | null,
): Promise<Target> {
  const port = await freePort();
  const script = join(config.repoRoot, 'dist', 'bench', 'reference-server.js');
  const child = spawnNode(
    'reference server',
    [...SERVICE_NODE_FLAGS, ...preload(config, profiler), script],
    { ...process.env, ...profilerEnv(profiler), ...env, PORT: String(port) },
    config.repoRoot,
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHttp(`${baseUrl}/health`, child, START_TIMEOUT_MS);
  return new Target('reference', child, baseUrl);
}

function preload(config: BenchConfig, profiler: CaseProfiler | null): string[] {
  return profiler ? ['-r', join(config.repoRoot, 'dist', 'bench', 'cpu-profiler.js')] : [];
}

function profilerEnv(profiler: CaseProfiler | null): NodeJS.ProcessEnv {
  return profiler ? { BENCH_CPU_PROF_DIR: profiler.directory } : {};
}

/**
 * Warm-up (unmeasured), then `config.repeat` measured windows one after another, with VmRSS
 * sampled throughout and VmHWM read at the end; the figures are the windows' median, with
 * their min–max spread. With a profiler, the measured windows only are profiled.
 */
export async function measureCase(
  config: BenchConfig,
  target: Target,
  spec: CaseSpec,
  profiler: CaseProfiler | null,
): Promise<CaseResult> {
  const pid = target.child.pid;
  target.observePeak();
  const perCase = resetPeak(pid);
  const warm = config.warmupSec > 0 ? await runLoad(spec.load, config.warmupSec) : null;
  const profileLabel = `${target.run}-${spec.id}`;
  if (profiler) await profiler.start(target.child, profileLabel);
  const sampler = new RssSampler(pid);
  sampler.start();
  const cpuBefore = cpuSnapshot(pid);
  const windows: LoadFigures[] = [];
  for (let w = 0; w < config.repeat; w++)
    windows.push(await runLoad(spec.load, config.durationSec));
  const cpu = cpuPerRequest(
    cpuBefore,
    cpuSnapshot(pid),
    windows.reduce((sum, w) => sum + w.completed, 0),
  );
  const { figures, spread } = medianOfWindows(windows);
  const sampled = sampler.stop();
  const profile = profiler ? await profiler.stop(target.child, profileLabel) : undefined;
  const hwm = readMemoryMb(pid, 'VmHWM');
  target.observePeak();
  if (target.child.hasExited()) {
    throw new Error(
      `${target.child.name} died during "${spec.label}":\n${target.child.outputTail()}`,
    );
  }
  const result: CaseResult = {
    run: target.run,
    id: spec.id,
    label: spec.label,
    connections: spec.load.connections,
    figures,
    spread,
    windows,
    warmup: warm && { completed: warm.completed, non2xx: warm.non2xx, errors: warm.errors },
    memory: {
      peakMb: hwm === null ? null : round1(Math.max(hwm, sampled.maxMb)),
      hwmMb: hwm === null ? null : round1(hwm),
      sampledMaxMb: sampled.maxMb,
      perCase,
      samples: sampled.samples,
    },
    cpu,
    profile,
  };
  logCase(result);
  return result;
}

function logCase(r: CaseResult): void {
  const f = r.figures;
  const s = r.spread;
  const range = (pair: [number, number]) =>
    r.windows.length > 1 ? ` (${pair[0]}–${pair[1]})` : '';
  console.log(
    `bench: [${r.run}] ${r.label}: median of ${r.windows.length}: ` +
      `${f.requestsPerSec}${range(s.requestsPerSec)} req/s, p50 ${f.latencyMs.p50}${range(s.p50)} ms, ` +
      `p99 ${f.latencyMs.p99}${range(s.p99)} ms, ${f.non2xx} non-2xx, ${f.errors} errors, ` +
      `peak RSS ${r.memory.peakMb ?? 'n/a'} MB${cpuText(r.cpu)}`,
  );
}
