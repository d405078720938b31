/**
 * Sends fuzz requests with node:http rather than fetch: the path goes out as generated (no URL
 * normalisation of dot segments), and each request can leave from its own loopback address.
 * The app counts failed authentications per client IP (429 after 60 a minute); spreading the
 * requests over many 127.x addresses keeps the 401/403 answers under test instead of a wall of
 * 429s. Where the extra addresses cannot be bound, everything leaves from 127.0.0.1.
 */
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';

export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  ms: number;
  transportError?: string;
}

export interface RawRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: Buffer;
}

export async function sendRaw(
  baseUrl: string,
  req: RawRequest,
  localAddress: string | undefined,
  timeoutMs: number,
): Promise<RawResponse> {
  const { hostname, port } = new URL(baseUrl);
  const started = Date.now();
  return new Promise((resolve) => {
    let settled = false;
    let responded = false;
    const finish = (result: Omit<RawResponse, 'ms'>) => {
      if (settled) return;
      settled = true;
      resolve({ ...result, ms: Date.now() - started });
    };
    const headers: Record<string, string> = { ...req.headers };
    if (req.body) headers['content-length'] = String(req.body.length);
    let outgoing;
    try {
      outgoing = httpRequest({
        host: hostname,
        port: Number(port),
        method: req.method,
        path: encodePath(req.url),
        headers,
        localAddress,
        agent: false,
      });
    } catch (error) {
      finish({
        status: 0,
        headers: new Headers(),
        text: '',
        transportError: `request not sent: ${(error as Error).message}`,
      });
      return;
    }
    outgoing.setTimeout(timeoutMs, () =>
      outgoing.destroy(new Error(`no answer within ${timeoutMs} ms`)),
    );
    outgoing.on('response', (res) => {
      responded = true;
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const out = new Headers();
        for (const [name, value] of Object.entries(res.headers)) {
          if (value !== undefined) out.set(name, Array.isArray(value) ? value.join(', ') : value);
        }
        finish({
          status: res.statusCode ?? 0,
          headers: out,
          text: Buffer.concat(chunks).toString('utf8'),
        });
      });
      res.on('error', (error) =>
        finish({ status: 0, headers: new Headers(), text: '', transportError: error.message }),
      );
    });
    outgoing.on('error', (error: NodeJS.ErrnoException) => {
      // A server may answer 413 and close while a large body is still being written.
      if (responded) return;
      finish({
        status: 0,
        headers: new Headers(),
        text: '',
        transportError: `${error.code ?? error.name}: ${error.message}`,
      });
    });
    outgoing.end(req.body);
  });
}

/** Paths must be printable ASCII on the wire: percent-encode anything else (UTF-8). */
function encodePath(url: string): string {
  return url.replace(/[^\x21-\x7e]/gu, (c) => {
    if (c.length === 2 || c.charCodeAt(0) < 0xd800 || c.charCodeAt(0) > 0xdfff)
      return encodeURIComponent(c);
    // A lone surrogate: send the (invalid) UTF-8 bytes of the surrogate itself.
    const code = c.charCodeAt(0);
    return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
      .map((b) => `%${b.toString(16).toUpperCase()}`)
      .join('');
  });
}

/**
 * Up to `count` loopback source addresses (127.0.1.1, 127.0.1.2, ...) if this host lets us bind
 * them (Linux routes all of 127/8 to lo); otherwise just [undefined] (the default address).
 */
export async function loopbackSources(count: number): Promise<(string | undefined)[]> {
  const probe = '127.0.1.1';
  const ok = await new Promise<boolean>((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(0, probe, () => server.close(() => resolve(true)));
  });
  if (!ok) return [undefined];
  return Array.from(
    { length: count },
    (_, i) => `127.0.${1 + Math.floor(i / 250)}.${1 + (i % 250)}`,
  );
}
