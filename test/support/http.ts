/** A thin fetch wrapper: real HTTP, JSON in and out, headers easy to assert on. */
export interface HttpResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export interface RequestOptions {
  key?: string;
  keyVia?: 'bearer' | 'x-api-key' | 'query';
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
}

export async function http<T = any>(
  baseUrl: string,
  method: string,
  path: string,
  options: RequestOptions = {},
): Promise<HttpResponse<T>> {
  const headers: Record<string, string> = { ...options.headers };
  let url = baseUrl + path;
  if (options.key) {
    const via = options.keyVia ?? 'bearer';
    if (via === 'bearer') headers.authorization = `Bearer ${options.key}`;
    if (via === 'x-api-key') headers['x-api-key'] = options.key;
    if (via === 'query')
      url += (url.includes('?') ? '&' : '?') + `api_key=${encodeURIComponent(options.key)}`;
  }
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const response = await fetch(url, { method, headers, body, signal: AbortSignal.timeout(30_000) });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    /* not JSON: keep the text */
  }
  return { status: response.status, headers: response.headers, body: parsed as T };
}
