import autocannon from 'autocannon';

/** One kind of request, fired by `connections` keep-alive connections for a while. */
export interface LoadSpec {
  baseUrl: string;
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  /** A fixed body, or a new one for every request (shared by all connections). */
  body?: string | (() => string);
  connections: number;
}

export interface LoadFigures {
  requestsPerSec: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  completed: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
  durationSec: number;
}

const REQUEST_TIMEOUT_SEC = 10;

export async function runLoad(spec: LoadSpec, durationSec: number): Promise<LoadFigures> {
  const instance = autocannon(optionsFor(spec, durationSec));
  // autocannon stops on its own; this only bounds a run that somehow would not.
  const guardMs = (durationSec + REQUEST_TIMEOUT_SEC + 5) * 1000;
  const guard = setTimeout(() => instance.stop(), guardMs);
  try {
    return figuresOf(await instance);
  } finally {
    clearTimeout(guard);
  }
}

function optionsFor(spec: LoadSpec, durationSec: number): autocannon.Options {
  const headers = { ...spec.headers };
  if (spec.body !== undefined) headers['content-type'] = 'application/json';
  const request: autocannon.RequestSpec = { method: spec.method, path: spec.path, headers };
  const body = spec.body;
  if (typeof body === 'function') {
    // Called before every request; autocannon recomputes Content-Length from the new body.
    request.setupRequest = (req) => ({ ...req, body: body() });
  } else if (body !== undefined) {
    request.body = body;
  }
  return {
    url: spec.baseUrl,
    connections: spec.connections,
    duration: durationSec,
    timeout: REQUEST_TIMEOUT_SEC,
    pipelining: 1,
    requests: [request],
  };
}

function figuresOf(result: autocannon.Result): LoadFigures {
  const statusCodes = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, count]),
  );
  return {
    // Completed requests over the real duration: exact, unlike the mean of 1-second samples.
    // One decimal below 100 req/s: a bulk case completes a few requests a second.
    requestsPerSec: roundRate(result.requests.total / result.duration),
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
      mean: result.latency.mean,
    },
    completed: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes,
    durationSec: result.duration,
  };
}

function roundRate(perSec: number): number {
  return perSec < 100 ? Math.round(perSec * 10) / 10 : Math.round(perSec);
}

/** Min and max over the measured windows of a case. */
export interface Spread {
  requestsPerSec: [number, number];
  p50: [number, number];
  p99: [number, number];
}

/**
 * Several measured windows of one case as one row: the median of each figure (req/s, p50, p99
 * each on its own), counts summed, and the min–max of req/s, p50 and p99 as the spread.
 */
export function medianOfWindows(windows: LoadFigures[]): { figures: LoadFigures; spread: Spread } {
  const pick = (f: (w: LoadFigures) => number) => windows.map(f);
  const rps = pick((w) => w.requestsPerSec);
  const p50 = pick((w) => w.latencyMs.p50);
  const p99 = pick((w) => w.latencyMs.p99);
  const statusCodes: Record<string, number> = {};
  for (const w of windows) {
    for (const [code, count] of Object.entries(w.statusCodes)) {
      statusCodes[code] = (statusCodes[code] ?? 0) + count;
    }
  }
  const sum = (f: (w: LoadFigures) => number) => pick(f).reduce((a, b) => a + b, 0);
  const figures: LoadFigures = {
    // Of an even number of windows the median is a mean: rounded as the windows' figures are.
    requestsPerSec: roundRate(median(rps)),
    latencyMs: {
      p50: round2(median(p50)),
      p90: round2(median(pick((w) => w.latencyMs.p90))),
      p99: round2(median(p99)),
      max: Math.max(...pick((w) => w.latencyMs.max)),
      mean: round2(median(pick((w) => w.latencyMs.mean))),
    },
    completed: sum((w) => w.completed),
    non2xx: sum((w) => w.non2xx),
    errors: sum((w) => w.errors),
    timeouts: sum((w) => w.timeouts),
    statusCodes,
    durationSec: sum((w) => w.durationSec),
  };
  const range = (values: number[]): [number, number] => [Math.min(...values), Math.max(...values)];
  return { figures, spread: { requestsPerSec: range(rps), p50: range(p50), p99: range(p99) } };
}

/** The middle value; of an even count, the mean of the two middle ones. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
