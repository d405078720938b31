import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { BenchConfig } from './config';
import { addCpu, cpuPerRequest, cpuSnapshot, CpuSnapshot, cpuText, ZERO_CPU } from './cpu-time';
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
 * Cases of several targets (the service and the reference, or the server run's and the embedded
 * run's services) measured in turns, window by window (A B C, C B A, A B C, ...), so that a ratio
 * between two of them compares windows taken within seconds of each other rather than minutes
 * apart: on this 2-core VM throughput drifts by up to 30 % over minutes. Each process is idle
 * while another is loaded; its CPU time per request counts its own windows only. With a
 * profiler, each profile spans every target's windows (the others' as idle time). Each
 * target warms up first (unmeasured); its figures are the median of its windows, with their
 * min–max spread, and its peak memory is read from the warm-up on.
 */
export async function measureTurns(
  config: BenchConfig,
  turns: { target: Target; spec: CaseSpec }[],
  profiler: CaseProfiler | null,
): Promise<CaseResult[]> {
  const recordings: CaseRecording[] = [];
  for (const { target, spec } of turns) {
    recordings.push(await CaseRecording.begin(config, target, spec, profiler));
  }
  for (let w = 0; w < config.repeat; w++) {
    const order = w % 2 === 0 ? recordings : [...recordings].reverse();
    for (const recording of order) await recording.window(config.durationSec);
  }
  const results: CaseResult[] = [];
  for (const recording of recordings) results.push(await recording.finish());
  return results;
}

/**
 * One target's case: its peak memory from the warm-up on, and its CPU time (and profile) over
 * its measured windows.
 */
class CaseRecording {
  private readonly windows: LoadFigures[] = [];
  private cpuSpent: CpuSnapshot | null = ZERO_CPU;

  private constructor(
    private readonly target: Target,
    private readonly spec: CaseSpec,
    private readonly profiler: CaseProfiler | null,
    private readonly perCase: boolean,
    private readonly warm: LoadFigures | null,
    private readonly sampler: RssSampler,
  ) {}

  /** Resets the peak, warms up (unmeasured), then starts the profile and the RSS samples. */
  static async begin(
    config: BenchConfig,
    target: Target,
    spec: CaseSpec,
    profiler: CaseProfiler | null,
  ): Promise<CaseRecording> {
    const pid = target.child.pid;
    target.observePeak();
    const perCase = resetPeak(pid);
    const warm = config.warmupSec > 0 ? await runLoad(spec.load, config.warmupSec) : null;
    if (profiler) await profiler.start(target.child, profileLabel(target, spec));
    const sampler = new RssSampler(pid);
    sampler.start();
    return new CaseRecording(target, spec, profiler, perCase, warm, sampler);
  }

  async window(durationSec: number): Promise<void> {
    const pid = this.target.child.pid;
    const before = cpuSnapshot(pid);
    this.windows.push(await runLoad(this.spec.load, durationSec));
    this.cpuSpent = addCpu(this.cpuSpent, before, cpuSnapshot(pid));
  }

  async finish(): Promise<CaseResult> {
    const { target, spec, windows, warm } = this;
    const pid = target.child.pid;
    const requests = windows.reduce((sum, w) => sum + w.completed, 0);
    const cpu = cpuPerRequest(ZERO_CPU, this.cpuSpent, requests);
    const { figures, spread } = medianOfWindows(windows);
    const sampled = this.sampler.stop();
    const profile = this.profiler
      ? await this.profiler.stop(target.child, profileLabel(target, spec))
      : undefined;
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
        perCase: this.perCase,
        samples: sampled.samples,
      },
      cpu,
      profile,
    };
    logCase(result);
    return result;
  }
}

function profileLabel(target: Target, spec: CaseSpec): string {
  return `${target.run}-${spec.id}`;
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
