/**
 * One HTTP request with its own deadline and its timing, never throwing: a network failure or a
 * timeout is an outcome to record, like a status code.
 */
export interface TimedResponse {
  /** HTTP status, or 0 when no response arrived (connection refused/reset, or the deadline). */
  status: number;
  /** 'timeout' when our own deadline fired, 'network' when the connection failed. */
  failure: 'timeout' | 'network' | null;
  failureReason?: string;
  headers: Headers | null;
  body: any;
  startedAt: number;
  endedAt: number;
  durationMs: number;
}

export interface TimedRequestOptions {
  key?: string;
  body?: unknown;
  headers?: Record<string, string>;
  timeoutMs?: number;
}

export async function timedRequest(
  baseUrl: string,
  method: string,
  path: string,
  options: TimedRequestOptions = {},
): Promise<TimedResponse> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.key) headers.authorization = `Bearer ${options.key}`;
  let body: string | undefined;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] = 'application/json';
  }
  const controller = new AbortController();
  const timeoutMs = options.timeoutMs ?? 15_000;
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const startedAt = Date.now();
  const done = (partial: Omit<TimedResponse, 'startedAt' | 'endedAt' | 'durationMs'>) => {
    const endedAt = Date.now();
    return { ...partial, startedAt, endedAt, durationMs: endedAt - startedAt };
  };
  try {
    const response = await fetch(baseUrl + path, {
      method,
      headers,
      body,
      signal: controller.signal,
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON: keep the text, an assertion will say so */
    }
    return done({
      status: response.status,
      failure: null,
      headers: response.headers,
      body: parsed,
    });
  } catch (error) {
    const timedOut = controller.signal.aborted;
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return done({
      status: 0,
      failure: timedOut ? 'timeout' : 'network',
      failureReason: cause?.code ?? cause?.message ?? (error as Error).message,
      headers: null,
      body: undefined,
    });
  } finally {
    clearTimeout(timer);
  }
}

/** Like timedRequest, but for setup steps: anything but the expected status throws. */
export async function expectStatus(
  expected: number,
  baseUrl: string,
  method: string,
  path: string,
  options: TimedRequestOptions = {},
): Promise<any> {
  const res = await timedRequest(baseUrl, method, path, options);
  if (res.status !== expected) {
    throw new Error(
      `${method} ${path}: expected ${expected}, got ${res.status || res.failure} ` +
        `${res.failureReason ?? ''}${JSON.stringify(res.body ?? '')}`,
    );
  }
  return res.body;
}
