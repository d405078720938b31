import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PROFILE_TOGGLE_SIGNAL } from './profile-signal';
import { Child, sleep } from './processes';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
}

export interface Share {
  name: string;
  selfMs: number;
  percent: number;
  /**
   * For a function: the nearest caller outside Node core and V8 that accounts for most of its
   * self time (a socket write is only useful with the library that writes).
   */
  topCaller?: string;
}

export interface ProfileSummary {
  file: string;
  busyMs: number;
  idlePercent: number;
  topFunctions: Share[];
  byArea: Share[];
}

const WAIT_FOR_PROFILE_MS = 20_000;
const TOP = 12;

/** Starts and stops the profiler of a child that preloads cpu-profiler.js. */
export class CaseProfiler {
  constructor(
    private readonly dir: string,
    private readonly repoRoot: string,
  ) {
    mkdirSync(dir, { recursive: true });
  }

  get directory(): string {
    return this.dir;
  }

  async start(child: Child, label: string): Promise<void> {
    writeFileSync(join(this.dir, 'label'), label);
    child.process.kill(PROFILE_TOGGLE_SIGNAL);
    // Profiler.start is asynchronous in the child; a moment is plenty.
    await sleep(100);
  }

  async stop(child: Child, label: string): Promise<ProfileSummary | null> {
    child.process.kill(PROFILE_TOGGLE_SIGNAL);
    const file = join(this.dir, `${label}.cpuprofile`);
    const deadline = Date.now() + WAIT_FOR_PROFILE_MS;
    while (!existsSync(file) && Date.now() < deadline) await sleep(100);
    if (!existsSync(file)) return null;
    const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
    return summarise(profile, file, this.repoRoot);
  }
}

/** Self time by function and by area (service module, package, Node core, GC). */
export function summarise(profile: CpuProfile, file: string, repoRoot: string): ProfileSummary {
  const sampleCount = profile.samples?.length ?? 0;
  const msPerSample = sampleCount ? (profile.endTime - profile.startTime) / 1000 / sampleCount : 0;
  const parents = parentsOf(profile.nodes);
  const byFunction = new Map<string, number>();
  const byArea = new Map<string, number>();
  const callers = new Map<string, Map<string, number>>();
  let idleMs = 0;
  let busyMs = 0;
  for (const node of profile.nodes) {
    const ms = (node.hitCount ?? 0) * msPerSample;
    if (ms === 0) continue;
    if (node.callFrame.functionName === '(idle)') {
      idleMs += ms;
      continue;
    }
    busyMs += ms;
    const key = functionKey(node.callFrame, repoRoot);
    add(byFunction, key, ms);
    add(byArea, areaOf(node.callFrame), ms);
    const caller = userlandCaller(node, parents);
    if (caller) add(mapIn(callers, key), functionKey(caller.callFrame, repoRoot), ms);
  }
  const topFunctions = top(byFunction, busyMs).map((share) => ({
    ...share,
    topCaller: top(callers.get(share.name) ?? new Map<string, number>(), busyMs)[0]?.name,
  }));
  return {
    file,
    busyMs: Math.round(busyMs),
    idlePercent: Math.round((100 * idleMs) / Math.max(1, idleMs + busyMs)),
    topFunctions,
    byArea: top(byArea, busyMs),
  };
}

function parentsOf(nodes: ProfileNode[]): Map<number, ProfileNode> {
  const parents = new Map<number, ProfileNode>();
  for (const node of nodes) for (const child of node.children ?? []) parents.set(child, node);
  return parents;
}

function userlandCaller(
  node: ProfileNode,
  parents: Map<number, ProfileNode>,
): ProfileNode | undefined {
  let current = parents.get(node.id);
  while (current && (!current.callFrame.url || current.callFrame.url.startsWith('node:'))) {
    current = parents.get(current.id);
  }
  return current;
}

function mapIn(map: Map<string, Map<string, number>>, key: string): Map<string, number> {
  let inner = map.get(key);
  if (!inner) map.set(key, (inner = new Map<string, number>()));
  return inner;
}

function add(map: Map<string, number>, key: string, ms: number): void {
  map.set(key, (map.get(key) ?? 0) + ms);
}

function top(map: Map<string, number>, busyMs: number): Share[] {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP)
    .map(([name, ms]) => ({
      name,
      selfMs: Math.round(ms),
      percent: Math.round((1000 * ms) / Math.max(1, busyMs)) / 10,
    }));
}

function functionKey(frame: CallFrame, repoRoot: string): string {
  const name = frame.functionName || '(anonymous)';
  if (!frame.url) return name;
  const path = frame.url.replace(/^file:\/\//, '');
  const shown = path.startsWith(repoRoot) ? relative(repoRoot, path) : path;
  return `${name} ${shown}:${frame.lineNumber + 1}`;
}

/** node_modules/<package>, the service's own folders, Node core, WebAssembly, or V8 itself. */
function areaOf(frame: CallFrame): string {
  const url = frame.url;
  if (!url) {
    // V8's pseudo-frames by name; the rest are C++ bindings (socket writes, buffer copies).
    return frame.functionName.startsWith('(') ? frame.functionName : 'native bindings';
  }
  if (url.startsWith('node:')) return 'node core';
  if (url.startsWith('wasm://')) return 'wasm';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (pkg) return pkg[1];
  const own = /\/dist\/(src|bench)\/([^/]+)/.exec(url);
  if (own) return `${own[1]}/${own[2].replace(/\.js$/, '')}`;
  return 'other';
}
