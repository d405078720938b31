import { randomBytes } from 'node:crypto';
import { expectEnvelope } from '../support/foundation-envelope';
import { pollUntil, sleep } from '../support/foundation-wait';
import { createTenant, issueKey } from '../support/fixtures';
import { http } from '../support/http';
import { ADMIN_KEY, startTestApp, TestApp } from '../support/test-app';

interface Key {
  apiKey: string;
  keyId: string;
}

interface Tenant {
  tenantId: string;
  viewer: Key;
  operator: Key;
  admin: Key;
}

async function tenantWithKeyIds(url: string): Promise<Tenant> {
  const tenantId = await createTenant(url);
  const [viewer, operator, admin] = await Promise.all(
    (['viewer', 'operator', 'admin'] as const).map((role) => issueKey(url, tenantId, role)),
  );
  return { tenantId, viewer, operator, admin };
}

/** Well-formed like a real key (pqc_ + 43 base64url characters) but never issued. */
const unknownKey = (): string => 'pqc_' + randomBytes(32).toString('base64url');

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

describe('tenant API key authentication (contract §1, §2)', () => {
  let t: TestApp;
  let a: Tenant;

  beforeAll(async () => {
    t = await startTestApp();
    a = await tenantWithKeyIds(t.url);
  });
  afterAll(() => t.close());

  describe('key sources', () => {
    it.each(['bearer', 'x-api-key', 'query'] as const)('accepts a key sent via %s', async (via) => {
      const res = await http(t.url, 'GET', '/tenant/api-keys', {
        key: a.admin.apiKey,
        keyVia: via,
      });
      expect(res.status).toBe(200);
      expect(res.body.tenantId).toBe(a.tenantId);
    });

    it('accepts the Bearer scheme case-insensitively', async () => {
      const res = await http(t.url, 'GET', '/tenant/api-keys', {
        headers: { authorization: `bearer ${a.admin.apiKey}` },
      });
      expect(res.status).toBe(200);
    });

    it('uses the Bearer key when both Bearer and x-api-key are sent (viewer wins over admin)', async () => {
      const res = await http(t.url, 'GET', '/tenant/api-keys', {
        headers: { authorization: `Bearer ${a.viewer.apiKey}`, 'x-api-key': a.admin.apiKey },
      });
      expectEnvelope(res, 403, 'forbidden');
    });

    it('uses the Bearer key when both are sent, so a bad Bearer is not rescued by a good x-api-key', async () => {
      const res = await http(t.url, 'GET', '/tenant/api-keys', {
        headers: { authorization: `Bearer ${unknownKey()}`, 'x-api-key': a.admin.apiKey },
      });
      expectEnvelope(res, 401, 'unauthorized');
    });

    it('uses the Bearer key when both are sent, so a good Bearer is not spoiled by a bad x-api-key', async () => {
      const res = await http(t.url, 'GET', '/tenant/api-keys', {
        headers: { authorization: `Bearer ${a.admin.apiKey}`, 'x-api-key': unknownKey() },
      });
      expect(res.status).toBe(200);
    });

    it('uses x-api-key over the api_key query parameter', async () => {
      const res = await http(t.url, 'GET', `/tenant/api-keys?api_key=${a.admin.apiKey}`, {
        headers: { 'x-api-key': a.viewer.apiKey },
      });
      expectEnvelope(res, 403, 'forbidden');
    });
  });

  describe('invalid credentials', () => {
    it('answers 401 when no key is sent', async () => {
      const res = await http(t.url, 'GET', '/tenant/api-keys');
      expectEnvelope(res, 401, 'unauthorized');
    });

    it('answers 401 for an unknown key of the right shape', async () => {
      const res = await http(t.url, 'GET', '/tenant/api-keys', { key: unknownKey() });
      expectEnvelope(res, 401, 'unauthorized');
    });

    it.each(['bearer', 'x-api-key', 'query'] as const)(
      'answers 401 for an unknown key sent via %s',
      async (via) => {
        const res = await http(t.url, 'GET', '/tenant/audit', { key: 'not-a-key', keyVia: via });
        expectEnvelope(res, 401, 'unauthorized');
      },
    );

    it('answers 401 for the platform admin key used as a tenant key', async () => {
      const res = await http(t.url, 'GET', '/tenant/api-keys', { key: ADMIN_KEY });
      expectEnvelope(res, 401, 'unauthorized');
    });

    it.each([
      ['Basic auth', () => `Basic ${Buffer.from('user:pass').toString('base64')}`],
      ['Bearer without a token', () => 'Bearer'],
      ['Bearer with two tokens', () => `Bearer ${a.admin.apiKey} extra`],
      ['a bare key without a scheme', () => a.admin.apiKey],
      ['Token scheme', () => `Token ${a.admin.apiKey}`],
    ])('answers 401 for a malformed Authorization header: %s', async (_what, value) => {
      const res = await http(t.url, 'GET', '/tenant/api-keys', {
        headers: { authorization: value() },
      });
      expectEnvelope(res, 401, 'unauthorized');
    });

    it('answers 401 for a key past its expiry, even while it is still in the key cache', async () => {
      expect(t.config.keyCacheTtlMs).toBeGreaterThanOrEqual(2_500);
      const expiresAt = new Date(Date.now() + 2_000);
      const key = await issueKey(t.url, a.tenantId, 'admin', {
        expiresAt: expiresAt.toISOString(),
      });
      // First use puts it in the cache (KEY_CACHE_TTL_MS, 3 s by default, outlives the expiry).
      expect((await http(t.url, 'GET', '/tenant/api-keys', { key: key.apiKey })).status).toBe(200);
      await sleep(expiresAt.getTime() - Date.now() + 150);
      const res = await http(t.url, 'GET', '/tenant/api-keys', { key: key.apiKey });
      expectEnvelope(res, 401, 'unauthorized');
    });

    it('answers 401 for a key past its expiry on an instance without key cache', async () => {
      const uncached = await startTestApp({ keyCacheTtlMs: 0 });
      try {
        const expiresAt = new Date(Date.now() + 2_000);
        const key = await issueKey(uncached.url, a.tenantId, 'viewer', {
          expiresAt: expiresAt.toISOString(),
        });
        const before = await http(uncached.url, 'GET', '/tenant/api-keys', { key: key.apiKey });
        expect(before.status).toBe(403); // authenticated, role too low: proves the key was valid
        await sleep(expiresAt.getTime() - Date.now() + 150);
        const res = await http(uncached.url, 'GET', '/tenant/api-keys', { key: key.apiKey });
        expectEnvelope(res, 401, 'unauthorized');
      } finally {
        await uncached.close();
      }
    });

    it('answers 401 at once for a key revoked via DELETE /admin/keys/:id', async () => {
      const key = await issueKey(t.url, a.tenantId, 'admin');
      // Used first, so that it sits in this instance's key cache.
      expect((await http(t.url, 'GET', '/tenant/api-keys', { key: key.apiKey })).status).toBe(200);
      const del = await http(t.url, 'DELETE', `/admin/keys/${key.keyId}`, { key: ADMIN_KEY });
      expect(del.status).toBe(200);
      const res = await http(t.url, 'GET', '/tenant/api-keys', { key: key.apiKey });
      expectEnvelope(res, 401, 'unauthorized');
    });

    it('answers 401 at once for a key revoked via DELETE /tenant/api-keys/:id', async () => {
      const key = await issueKey(t.url, a.tenantId, 'operator');
      // An operator cannot list keys (403), but the 403 proves the key authenticated and is cached.
      expect((await http(t.url, 'GET', '/tenant/api-keys', { key: key.apiKey })).status).toBe(403);
      const del = await http(t.url, 'DELETE', `/tenant/api-keys/${key.keyId}`, {
        key: a.admin.apiKey,
      });
      expect(del.status).toBe(200);
      expect(del.body).toEqual({ keyId: key.keyId, revoked: true });
      const res = await http(t.url, 'GET', '/tenant/api-keys', { key: key.apiKey });
      expectEnvelope(res, 401, 'unauthorized');
      // Repeating it is harmless.
      const again = await http(t.url, 'DELETE', `/tenant/api-keys/${key.keyId}`, {
        key: a.admin.apiKey,
      });
      expect(again.status).toBe(200);
      expect(again.body).toEqual({ keyId: key.keyId, revoked: true });
    });

    it('answers 401 for a revoked key via every key source', async () => {
      const key = await issueKey(t.url, a.tenantId, 'admin');
      await http(t.url, 'DELETE', `/admin/keys/${key.keyId}`, { key: ADMIN_KEY });
      for (const via of ['bearer', 'x-api-key', 'query'] as const) {
        const res = await http(t.url, 'GET', '/tenant/audit', { key: key.apiKey, keyVia: via });
        expectEnvelope(res, 401, 'unauthorized');
      }
    });
  });

  describe('RBAC for tenant key management and audit (contract §2)', () => {
    const routes = [
      { method: 'GET', path: () => '/tenant/api-keys', ok: 200 },
      { method: 'POST', path: () => '/tenant/api-keys', ok: 201, body: { label: 'rbac' } },
      { method: 'DELETE', path: (id: string) => `/tenant/api-keys/${id}`, ok: 200 },
      { method: 'GET', path: () => '/tenant/audit', ok: 200 },
    ];

    for (const route of routes) {
      for (const role of ['viewer', 'operator'] as const) {
        it(`answers 403 to a ${role} key on ${route.method} ${route.path(':id')}`, async () => {
          const target = await issueKey(t.url, a.tenantId, 'viewer');
          const res = await http(t.url, route.method, route.path(target.keyId), {
            key: a[role].apiKey,
            body: route.body,
          });
          expectEnvelope(res, 403, 'forbidden');
          // Nothing happened: the target key still works.
          const still = await http(t.url, 'GET', '/tenant/api-keys', { key: target.apiKey });
          expect(still.status).toBe(403); // viewer, authenticated
        });
      }

      it(`answers ${route.ok} to an admin key on ${route.method} ${route.path(':id')}`, async () => {
        const target = await issueKey(t.url, a.tenantId, 'viewer');
        const res = await http(t.url, route.method, route.path(target.keyId), {
          key: a.admin.apiKey,
          body: route.body,
        });
        expect(res.status).toBe(route.ok);
      });
    }
  });

  describe('tenant isolation', () => {
    let b: Tenant;
    beforeAll(async () => {
      b = await tenantWithKeyIds(t.url);
      // Give tenant b some audit history of its own beyond the issued keys.
      const extra = await issueKey(t.url, b.tenantId, 'viewer');
      await http(t.url, 'DELETE', `/admin/keys/${extra.keyId}`, { key: ADMIN_KEY });
    });

    it("lists only the caller's own tenant's keys", async () => {
      const res = await http(t.url, 'GET', '/tenant/api-keys', { key: b.admin.apiKey });
      expect(res.status).toBe(200);
      expect(res.body.tenantId).toBe(b.tenantId);
      const adminList = await http(t.url, 'GET', `/admin/tenants/${b.tenantId}/keys`, {
        key: ADMIN_KEY,
      });
      const ids = res.body.keys.map((k: { keyId: string }) => k.keyId).sort();
      expect(ids).toEqual(adminList.body.keys.map((k: { keyId: string }) => k.keyId).sort());
      for (const other of [a.viewer, a.operator, a.admin]) expect(ids).not.toContain(other.keyId);
    });

    it("shows only the caller's own tenant's audit entries", async () => {
      const ownKeys = await http(t.url, 'GET', `/admin/tenants/${b.tenantId}/keys`, {
        key: ADMIN_KEY,
      });
      const ownTargets = new Set<string>([
        b.tenantId,
        ...ownKeys.body.keys.map((k: { keyId: string }) => k.keyId),
      ]);
      const res = await http(t.url, 'GET', '/tenant/audit?limit=200', { key: b.admin.apiKey });
      expect(res.status).toBe(200);
      expect(res.body.entries.length).toBeGreaterThanOrEqual(6);
      for (const entry of res.body.entries) expect(ownTargets).toContain(entry.targetId);
      const aTargets = [a.tenantId, a.viewer.keyId, a.operator.keyId, a.admin.keyId];
      for (const entry of res.body.entries) expect(aTargets).not.toContain(entry.targetId);
    });

    it("answers 404 to revoking another tenant's key, and that key keeps working", async () => {
      const res = await http(t.url, 'DELETE', `/tenant/api-keys/${a.admin.keyId}`, {
        key: b.admin.apiKey,
      });
      expectEnvelope(res, 404, 'not_found');
      const unknown = await http(
        t.url,
        'DELETE',
        '/tenant/api-keys/key_00000000000000000000000000',
        {
          key: b.admin.apiKey,
        },
      );
      // Exactly like an id that does not exist.
      expect(unknown.status).toBe(404);
      expect(unknown.body.message).toBe(res.body.message);
      const still = await http(t.url, 'GET', '/tenant/api-keys', { key: a.admin.apiKey });
      expect(still.status).toBe(200);
      const listed = await http(t.url, 'GET', `/admin/tenants/${a.tenantId}/keys`, {
        key: ADMIN_KEY,
      });
      const target = listed.body.keys.find((k: { keyId: string }) => k.keyId === a.admin.keyId);
      expect(target.revokedAt).toBeNull();
    });

    it("issues keys only into the caller's tenant, whatever the body says", async () => {
      const res = await http(t.url, 'POST', '/tenant/api-keys', {
        key: b.admin.apiKey,
        body: { label: 'sneaky', tenantId: a.tenantId },
      });
      expectEnvelope(res, 422, 'unprocessable_entity');
    });
  });

  describe('keys issued by a tenant admin', () => {
    it('works and is recorded in the audit log with the issuing key as actor', async () => {
      const issued = await http(t.url, 'POST', '/tenant/api-keys', {
        key: a.admin.apiKey,
        body: { label: 'self-service', role: 'viewer' },
      });
      expect(issued.status).toBe(201);
      expect(issued.body).toMatchObject({
        tenantId: a.tenantId,
        label: 'self-service',
        role: 'viewer',
      });
      expect(issued.body.apiKey).toMatch(/^pqc_[A-Za-z0-9_-]{43}$/);
      expect(issued.body.apiKey.startsWith(issued.body.keyPrefix)).toBe(true);

      // Works: a viewer authenticates (403 on admin routes, not 401).
      const use = await http(t.url, 'GET', '/tenant/audit', { key: issued.body.apiKey });
      expectEnvelope(use, 403, 'forbidden');

      const audit = await http(t.url, 'GET', '/tenant/audit?limit=200', { key: a.admin.apiKey });
      const entry = audit.body.entries.find(
        (e: { action: string; targetId: string }) =>
          e.action === 'api_key.issued' && e.targetId === issued.body.keyId,
      );
      expect(entry).toMatchObject({
        actor: { keyId: a.admin.keyId, label: 'admin-key' },
        targetType: 'api_key',
        details: { label: 'self-service', role: 'viewer' },
      });
    });

    it('records a tenant admin revocation with the revoking key as actor', async () => {
      const key = await issueKey(t.url, a.tenantId, 'viewer');
      await http(t.url, 'DELETE', `/tenant/api-keys/${key.keyId}`, { key: a.admin.apiKey });
      const audit = await http(t.url, 'GET', '/tenant/audit?limit=200', { key: a.admin.apiKey });
      const entry = audit.body.entries.find(
        (e: { action: string; targetId: string }) =>
          e.action === 'api_key.revoked' && e.targetId === key.keyId,
      );
      expect(entry).toMatchObject({ actor: { keyId: a.admin.keyId } });
    });
  });

  describe('lastUsedAt', () => {
    it('is null until a key is used, then set', async () => {
      const used = await issueKey(t.url, a.tenantId, 'viewer');
      const unused = await issueKey(t.url, a.tenantId, 'viewer');
      const listKeys = async () =>
        (await http(t.url, 'GET', `/admin/tenants/${a.tenantId}/keys`, { key: ADMIN_KEY })).body
          .keys as { keyId: string; lastUsedAt: string | null }[];
      const before = await listKeys();
      expect(before.find((k) => k.keyId === used.keyId)!.lastUsedAt).toBeNull();

      const start = Date.now();
      await http(t.url, 'GET', '/tenant/api-keys', { key: used.apiKey });
      // Recorded in the background: wait briefly.
      const lastUsedAt = await pollUntil(
        async () => (await listKeys()).find((k) => k.keyId === used.keyId)!.lastUsedAt,
        5_000,
        100,
      );
      expect(lastUsedAt).not.toBeNull();
      expect(Math.abs(new Date(lastUsedAt!).getTime() - start)).toBeLessThan(30_000);
      expect((await listKeys()).find((k) => k.keyId === unused.keyId)!.lastUsedAt).toBeNull();
    });
  });

  describe('X-Request-Id', () => {
    it('is on every response, success or error', async () => {
      const responses = await Promise.all([
        http(t.url, 'GET', '/health'),
        http(t.url, 'GET', '/tenant/api-keys', { key: a.admin.apiKey }),
        http(t.url, 'GET', '/tenant/api-keys'),
        http(t.url, 'GET', '/tenant/api-keys', { key: a.viewer.apiKey }),
        http(t.url, 'GET', '/nope'),
        http(t.url, 'POST', '/admin/tenants', { key: ADMIN_KEY, body: {} }),
      ]);
      expect(responses.map((r) => r.status)).toEqual([200, 200, 401, 403, 404, 422]);
      const ids = responses.map((r) => r.headers.get('x-request-id'));
      for (const id of ids) expect(id).toMatch(REQUEST_ID);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('echoes a sane incoming X-Request-Id', async () => {
      const id = `trace-${randomBytes(6).toString('hex')}.span:1`;
      const ok = await http(t.url, 'GET', '/tenant/api-keys', {
        key: a.admin.apiKey,
        headers: { 'x-request-id': id },
      });
      expect(ok.headers.get('x-request-id')).toBe(id);
      const err = await http(t.url, 'GET', '/tenant/api-keys', { headers: { 'x-request-id': id } });
      expect(err.headers.get('x-request-id')).toBe(id);
      expect(err.body.requestId).toBe(id);
    });

    it.each([
      ['300 characters long', 'a'.repeat(300)],
      ['containing spaces', 'abc def'],
      ['containing a quote and angle brackets', 'x"<script>'],
      ['containing a slash', 'a/b'],
    ])('replaces an insane incoming X-Request-Id (%s)', async (_what, id) => {
      const res = await http(t.url, 'GET', '/tenant/api-keys', { headers: { 'x-request-id': id } });
      const got = res.headers.get('x-request-id');
      expect(got).not.toBe(id);
      expect(got).toMatch(REQUEST_ID);
      expect(res.body.requestId).toBe(got);
    });
  });
});

describe('API keys never reach the logs', () => {
  let t: TestApp;
  let tenant: Tenant;
  let output: string[];
  let spy: jest.SpyInstance;

  // Captures (and silences) everything the app writes from start-up to close.
  beforeAll(async () => {
    output = [];
    spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
      output.push(String(chunk));
      return true;
    });
    t = await startTestApp({ logLevel: 'info' });
    tenant = await tenantWithKeyIds(t.url);
  });
  afterAll(async () => {
    await t.close();
    spy.mockRestore();
  });

  it('never writes a key sent as api_key query parameter to a log line, on success or failure', async () => {
    const revoked = await issueKey(t.url, tenant.tenantId, 'admin');
    await http(t.url, 'DELETE', `/admin/keys/${revoked.keyId}`, { key: ADMIN_KEY });
    const unknown = unknownKey();
    const secrets = [tenant.admin.apiKey, tenant.viewer.apiKey, revoked.apiKey, unknown];
    const q = (key: string) => `api_key=${encodeURIComponent(key)}`;

    const responses = await Promise.all([
      http(t.url, 'GET', `/tenant/api-keys?${q(tenant.admin.apiKey)}`),
      http(t.url, 'GET', `/tenant/audit?limit=2&${q(tenant.admin.apiKey)}`),
      http(t.url, 'GET', `/tenant/audit?limit=abc&${q(tenant.admin.apiKey)}`),
      http(t.url, 'GET', `/tenant/audit?cursor=bogus&${q(tenant.admin.apiKey)}`),
      http(t.url, 'GET', `/tenant/api-keys?${q(tenant.viewer.apiKey)}`),
      http(t.url, 'GET', `/tenant/api-keys?${q(revoked.apiKey)}`),
      http(t.url, 'GET', `/tenant/api-keys?${q(unknown)}`),
      http(t.url, 'GET', `/no/such/route?${q(tenant.admin.apiKey)}`),
      http(t.url, 'POST', `/tenant/api-keys?${q(tenant.admin.apiKey)}`, { body: { bad: 1 } }),
      http(t.url, 'POST', `/tenant/api-keys?${q(tenant.admin.apiKey)}`, {
        rawBody: '{not json',
        headers: { 'content-type': 'application/json' },
      }),
      http(
        t.url,
        'DELETE',
        `/tenant/api-keys/key_00000000000000000000000000?${q(tenant.admin.apiKey)}`,
      ),
      http(t.url, 'GET', `/admin/tenants?${q(ADMIN_KEY)}`),
    ]);
    expect(responses.map((r) => r.status)).toEqual([
      200, 200, 422, 422, 403, 401, 401, 404, 422, 422, 404, 401,
    ]);
    // Let onResponse hooks and background writes (lastUsedAt) finish.
    await sleep(200);

    const log = output.join('');
    // The spy did capture this app's request log: one line per request, by requestId.
    for (const res of responses) expect(log).toContain(res.headers.get('x-request-id')!);
    for (const secret of [...secrets, ADMIN_KEY]) {
      expect(log).not.toContain(secret);
      expect(log).not.toContain(encodeURIComponent(secret));
    }
    expect(log).not.toContain('api_key=');
  });
});
