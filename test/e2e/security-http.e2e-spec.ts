import { request as httpRequest } from 'node:http';
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import { ADMIN_KEY, startTestApp, TestApp } from '../support/test-app';
import { createTenant, issueKey, tenantWithKeys } from '../support/fixtures';
import { http } from '../support/http';
import {
  freePort,
  killHard,
  Service,
  spawnService,
  waitForHealthy,
} from '../support/foundation-process';

/** One request with repeated headers, which fetch would merge into one. */
function requestWithHeaders(
  t: TestApp,
  path: string,
  headers: Record<string, string | string[]>,
): Promise<{ status: number; body: any; requestId: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${t.url}${path}`, { headers }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () =>
        resolve({
          status: res.statusCode!,
          body: JSON.parse(text),
          requestId: res.headers['x-request-id'] as string | undefined,
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

/** Writes raw bytes on a fresh connection; resolves with all the server sent before closing. */
function rawExchange(t: TestApp, chunks: string[], gapMs = 0): Promise<string> {
  const { port } = new URL(t.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1');
    let received = '';
    let timer: NodeJS.Timeout | undefined;
    socket.on('data', (data) => (received += data.toString()));
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(received);
    });
    socket.on('error', (error) => (received ? resolve(received) : reject(error)));
    const send = (index: number): void => {
      if (index >= chunks.length || socket.destroyed) return;
      socket.write(chunks[index]);
      timer = setTimeout(() => send(index + 1), gapMs);
    };
    send(0);
  });
}

/** Writes `raw` and resolves with the first complete answer, without sending anything more. */
function firstAnswer(t: TestApp, raw: string): Promise<string> {
  const { port } = new URL(t.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1');
    let received = '';
    const giveUp = setTimeout(() => {
      socket.destroy();
      reject(new Error('no answer while the body was still missing'));
    }, 10_000);
    socket.on('data', (data) => {
      received += data.toString();
      const [head, body = ''] = received.split('\r\n\r\n');
      const length = Number(/content-length: (\d+)/i.exec(head)?.[1] ?? NaN);
      if (Buffer.byteLength(body) >= length) {
        clearTimeout(giveUp);
        socket.destroy();
        resolve(received);
      }
    });
    socket.on('error', reject);
    socket.write(raw);
  });
}

function envelopeOf(raw: string): { status: number; body: any; requestId?: string } {
  const [head, body] = raw.split('\r\n\r\n');
  return {
    status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]),
    body: JSON.parse(body),
    requestId: /x-request-id: (\S+)/i.exec(head)?.[1],
  };
}

describe('keys before bodies, guessing costs (issue 9, medium)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ failedAuthPerMinute: 3 });
  });
  afterAll(() => t.close());

  it('answers 401, not 422, to invalid JSON sent without a key', async () => {
    const res = await http(t.url, 'POST', '/tenant/scans', {
      rawBody: '{"findings": [',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(401);
    expect(res.body.error).toBe('unauthorized');
  });

  it("answers 403, not 422, to a body the key's role may not send, whatever the body", async () => {
    const keys = await tenantWithKeys(t.url);
    const wide = `{${Array.from({ length: 2_000 }, (_, i) => `"k${i}":${i}`).join(',')}}`;
    for (const rawBody of ['{"findings": [', wide]) {
      const res = await http(t.url, 'POST', '/tenant/scans', {
        key: keys.viewer,
        rawBody,
        headers: { 'content-type': 'application/json' },
      });
      expect([res.status, res.body.error]).toEqual([403, 'forbidden']);
    }
  });

  it('answers 401 to a keyless 8 MB upload before its body has arrived', async () => {
    const head =
      'POST /tenant/scans HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n' +
      'Content-Length: 8000000\r\n\r\n{"findings":[';
    const raw = await firstAnswer(t, head);
    const answer = envelopeOf(raw);
    expect(answer.status).toBe(401);
    expect(answer.body.requestId).toBe(answer.requestId);
    // The body is never read: the connection closes rather than draining megabytes.
    expect(raw).toMatch(/\r\nconnection: close\r\n/i);
  });

  it('keeps the connection of a keyless request without a body', async () => {
    const raw = await firstAnswer(t, 'GET /tenant/scans HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(envelopeOf(raw).status).toBe(401);
    expect(raw).toMatch(/\r\nconnection: keep-alive\r\n/i);
  });

  it('refuses two Authorization or two x-api-key headers with 401', async () => {
    const keys = await tenantWithKeys(t.url);
    const twoBearers = await requestWithHeaders(t, '/tenant/scans', {
      authorization: [`Bearer ${keys.viewer}`, `Bearer ${keys.admin}`],
    });
    expect(twoBearers.status).toBe(401);
    expect(twoBearers.body.requestId).toBe(twoBearers.requestId);
    const twoKeys = await requestWithHeaders(t, '/tenant/scans', {
      'x-api-key': [keys.viewer, keys.viewer],
    });
    expect(twoKeys.status).toBe(401);
    const one = await requestWithHeaders(t, '/tenant/scans', { 'x-api-key': keys.viewer });
    expect(one.status).toBe(200);
  });

  it('answers 429 to the right admin key once the IP has guessed too often', async () => {
    const limited = await startTestApp({ failedAuthPerMinute: 3 });
    try {
      for (let i = 0; i < 3; i++) {
        const wrong = await http(limited.url, 'GET', '/admin/tenants', {
          key: `wrong-admin-key-${i}-0123456789abcdef0123`,
        });
        expect(wrong.status).toBe(403);
      }
      const over = await http(limited.url, 'GET', '/admin/tenants', { key: 'wrong-again' });
      expect(over.status).toBe(429);
      const right = await http(limited.url, 'GET', '/admin/tenants', { key: ADMIN_KEY });
      expect(right.status).toBe(429);
      expect(Number(right.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    } finally {
      await limited.close();
    }
  });
});

describe('limits on slow and large requests (issue 9, medium)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ requestTimeoutMs: 1_000, maxBodyBytesInFlight: 4_096 });
  });
  afterAll(() => t.close());

  it('closes a connection whose request trickles in past REQUEST_TIMEOUT_MS', async () => {
    const chunks = ['GET /health HTTP/1.1\r\n', ...Array.from({ length: 40 }, () => 'X')];
    const started = Date.now();
    const raw = await rawExchange(t, chunks, 250);
    // 40 chunks 250 ms apart would take 10 s: the server hung up long before.
    expect(Date.now() - started).toBeLessThan(9_000);
    expect(envelopeOf(raw).status).toBe(408);
  });

  it('answers 503 with Retry-After when request bodies in flight would pass their budget', async () => {
    const keys = await tenantWithKeys(t.url);
    const res = await http(t.url, 'POST', '/tenant/scans', {
      key: keys.operator,
      body: { findings: [{ title: 'x'.repeat(400), details: { pad: 'y'.repeat(5_000) } }] },
    });
    expect(res.status).toBe(503);
    expect(res.body.error).toBe('service_unavailable');
    expect(res.headers.get('retry-after')).toBe('1');
    const small = await http(t.url, 'POST', '/tenant/scans', {
      key: keys.operator,
      body: { findings: [{ title: 'RSA-1024 certificate' }] },
    });
    expect(small.status).toBe(201);
  });
});

describe('headers, per-IP limits, key and AI caps (issue 9, low)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ maxActiveKeysPerTenant: 3, aiTenantRateLimitPerMinute: 2 });
  });
  afterAll(() => t.close());

  it('sends X-Content-Type-Options: nosniff on success and error responses', async () => {
    for (const path of ['/health', '/tenant/scans', '/no-such-route']) {
      const res = await http(t.url, 'GET', path);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('sends Cache-Control: no-store with an issued key, and frame-ancestors none on /docs', async () => {
    const tenantId = await createTenant(t.url);
    const issued = await http(t.url, 'POST', `/admin/tenants/${tenantId}/keys`, {
      key: ADMIN_KEY,
      body: { label: 'ci' },
    });
    expect(issued.status).toBe(201);
    expect(issued.headers.get('cache-control')).toBe('no-store');
    const docs = await http(t.url, 'GET', '/docs');
    expect(docs.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('answers 409 to one active key more than MAX_ACTIVE_KEYS_PER_TENANT, 201 after a revocation', async () => {
    const tenantId = await createTenant(t.url);
    const keys = [];
    for (let i = 0; i < 3; i++) keys.push(await issueKey(t.url, tenantId, 'viewer'));
    const fourth = await http(t.url, 'POST', `/admin/tenants/${tenantId}/keys`, {
      key: ADMIN_KEY,
      body: { label: 'one too many' },
    });
    expect(fourth.status).toBe(409);
    expect(fourth.body.error).toBe('conflict');
    await http(t.url, 'DELETE', `/admin/keys/${keys[0].keyId}`, { key: ADMIN_KEY });
    const again = await http(t.url, 'POST', `/admin/tenants/${tenantId}/keys`, {
      key: ADMIN_KEY,
      body: { label: 'replacement' },
    });
    expect(again.status).toBe(201);
  });

  it('limits AI calls per tenant whatever key makes them', async () => {
    const keys = await tenantWithKeys(t.url);
    const explain = (key: string) =>
      http(t.url, 'POST', '/tenant/ai/explain', { key, body: { context: 'external edge' } });
    expect((await explain(keys.viewer)).status).toBe(200);
    expect((await explain(keys.operator)).status).toBe(200);
    const third = await explain(keys.admin);
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });

  it('answers oversized headers with 431 and malformed HTTP with 400, in the envelope', async () => {
    const big = envelopeOf(
      await rawExchange(t, [
        `GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
      ]),
    );
    expect(big.status).toBe(431);
    expect(big.body).toMatchObject({ status: 431, requestId: big.requestId });
    const malformed = envelopeOf(await rawExchange(t, ['NOT HTTP AT ALL\r\n\r\n']));
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ status: 400, requestId: malformed.requestId });
  });
});

describe('Swagger UI and unmatched routes under the per-IP limit (issue 9, low)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ rateLimitPerMinute: 3 });
  });
  afterAll(() => t.close());

  it('answers 429 to /docs and to unknown routes past RATE_LIMIT_PER_MINUTE', async () => {
    const statuses = [];
    for (const path of ['/docs', '/docs/openapi.json', '/nope', '/docs', '/nope']) {
      statuses.push((await http(t.url, 'GET', path)).status);
    }
    expect(statuses.slice(0, 3)).toEqual([200, 200, 404]);
    expect(statuses.slice(3)).toEqual([429, 429]);
  });
});

describe('a refused upload in a service process of its own', () => {
  // In its own process, as in production: in Jest's process the client and the server share
  // one event loop, and the reset never overtakes the answer.
  let service: Service | undefined;
  let url = '';
  beforeAll(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    service = spawnService({
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: process.env.DATABASE_URL!,
      DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      ADMIN_API_KEY: ADMIN_KEY,
      DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
    });
    expect(await waitForHealthy(service, url, 60_000)).toBe(true);
  }, 70_000);
  afterAll(() => killHard(service));

  it('lets a keyless client that is still sending its 8 MB read the 401, not a reset', async () => {
    // Closing a socket with unread bytes makes the kernel reset the connection, and a client
    // that gets the reset before reading the answer sees ECONNRESET: the answer is followed by
    // a FIN, and the rest of the upload is left unread until the client goes.
    const { port } = new URL(url);
    const upload = Buffer.alloc(8_000_000, 0x20);
    const statusOf = (): Promise<string> =>
      new Promise((resolve) => {
        const socket = connect(Number(port), '127.0.0.1');
        let received = '';
        const finish = (outcome: string): void => {
          socket.destroy();
          resolve(outcome);
        };
        socket.on('data', (data) => {
          received += data.toString('latin1');
          const status = /^HTTP\/1\.1 (\d{3})/.exec(received);
          if (status) finish(status[1]);
        });
        socket.on('error', (error: NodeJS.ErrnoException) => finish(error.code ?? 'error'));
        socket.on('close', () => finish('closed without an answer'));
        socket.write(
          'POST /tenant/scans HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n' +
            `Content-Length: ${upload.length}\r\n\r\n`,
        );
        socket.write(upload);
      });
    const outcomes = await Promise.all(Array.from({ length: 24 }, statusOf));
    expect(outcomes).toEqual(Array.from({ length: 24 }, () => '401'));
  });
});
