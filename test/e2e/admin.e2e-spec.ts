import { detailFields, expectEnvelope } from '../support/foundation-envelope';
import { createTenant, issueKey } from '../support/fixtures';
import { http } from '../support/http';
import { ADMIN_KEY, startTestApp, TestApp, uniqueTenantId } from '../support/test-app';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const KEY_ID = /^key_[0-9A-HJKMNP-TV-Z]{26}$/;
const UNKNOWN_KEY_ID = 'key_00000000000000000000000000';

describe('admin API without ADMIN_API_KEY configured', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ adminApiKey: null });
  });
  afterAll(() => t.close());

  it.each([
    ['GET', '/admin/tenants', undefined],
    ['POST', '/admin/tenants', { name: 'x' }],
    ['DELETE', `/admin/keys/${UNKNOWN_KEY_ID}`, undefined],
  ])('answers 503 to %s %s, with or without a key', async (method, path, body) => {
    for (const key of [undefined, ADMIN_KEY, 'anything-at-all-0123456789']) {
      const res = await http(t.url, method, path, { key, body });
      expectEnvelope(res, 503, 'service_unavailable');
    }
  });

  it('still serves tenant routes and health', async () => {
    expect((await http(t.url, 'GET', '/health')).status).toBe(200);
    expect((await http(t.url, 'GET', '/tenant/api-keys')).status).toBe(401);
  });
});

describe('admin API (contract §1, §5)', () => {
  let t: TestApp;
  const admin = { key: ADMIN_KEY };

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  describe('admin key', () => {
    it('answers 401 when no key is sent', async () => {
      expectEnvelope(await http(t.url, 'GET', '/admin/tenants'), 401, 'unauthorized');
    });

    it.each(['bearer', 'x-api-key'] as const)('answers 403 for a wrong key via %s', async (via) => {
      const res = await http(t.url, 'GET', '/admin/tenants', {
        key: ADMIN_KEY + 'x',
        keyVia: via,
      });
      expectEnvelope(res, 403, 'forbidden');
    });

    it('answers 403 for a tenant admin key on the admin API', async () => {
      const tenantId = await createTenant(t.url);
      const key = await issueKey(t.url, tenantId, 'admin');
      const res = await http(t.url, 'GET', '/admin/tenants', { key: key.apiKey });
      expectEnvelope(res, 403, 'forbidden');
    });

    it.each(['bearer', 'x-api-key'] as const)('accepts the right key via %s', async (via) => {
      const res = await http(t.url, 'GET', '/admin/tenants', { key: ADMIN_KEY, keyVia: via });
      expect(res.status).toBe(200);
    });

    it('does not accept the admin key as api_key query parameter (401)', async () => {
      const res = await http(t.url, 'GET', '/admin/tenants', { key: ADMIN_KEY, keyVia: 'query' });
      expectEnvelope(res, 401, 'unauthorized');
      const post = await http(t.url, 'POST', `/admin/tenants?api_key=${ADMIN_KEY}`, {
        body: { name: 'via query' },
      });
      expectEnvelope(post, 401, 'unauthorized');
    });
  });

  describe('tenants', () => {
    it('creates a tenant: 201 {tenantId, name, createdAt}', async () => {
      const tenantId = uniqueTenantId();
      const before = Date.now();
      const res = await http(t.url, 'POST', '/admin/tenants', {
        ...admin,
        body: { name: 'Acme Corp', tenantId },
      });
      expect(res.status).toBe(201);
      expect(Object.keys(res.body).sort()).toEqual(['createdAt', 'name', 'tenantId']);
      expect(res.body).toMatchObject({ tenantId, name: 'Acme Corp' });
      expect(res.body.createdAt).toMatch(ISO);
      expect(Math.abs(new Date(res.body.createdAt).getTime() - before)).toBeLessThan(60_000);
    });

    it('generates a tenantId matching ^[a-z0-9-]{3,64}$ when none is given, unique each time', async () => {
      const [one, two] = await Promise.all([
        http(t.url, 'POST', '/admin/tenants', { ...admin, body: { name: 'Generated' } }),
        http(t.url, 'POST', '/admin/tenants', { ...admin, body: { name: 'Generated' } }),
      ]);
      expect([one.status, two.status]).toEqual([201, 201]);
      expect(one.body.tenantId).toMatch(/^[a-z0-9-]{3,64}$/);
      expect(two.body.tenantId).toMatch(/^[a-z0-9-]{3,64}$/);
      expect(one.body.tenantId).not.toBe(two.body.tenantId);
    });

    it('answers 409 for a tenantId that exists, and leaves the first one unchanged', async () => {
      const tenantId = uniqueTenantId();
      const first = await http(t.url, 'POST', '/admin/tenants', {
        ...admin,
        body: { name: 'First', tenantId },
      });
      expect(first.status).toBe(201);
      const dup = await http(t.url, 'POST', '/admin/tenants', {
        ...admin,
        body: { name: 'Second', tenantId },
      });
      expectEnvelope(dup, 409, 'conflict');
      const list = await http(t.url, 'GET', '/admin/tenants', admin);
      const matches = list.body.tenants.filter(
        (x: { tenantId: string }) => x.tenantId === tenantId,
      );
      expect(matches).toEqual([first.body]);
    });

    it('answers 409 to exactly all but one of concurrent creations of one id', async () => {
      const tenantId = uniqueTenantId();
      const results = await Promise.all(
        Array.from({ length: 4 }, (_, i) =>
          http(t.url, 'POST', '/admin/tenants', { ...admin, body: { name: `R${i}`, tenantId } }),
        ),
      );
      expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
    });

    it.each([
      ['two upper-case letters', 'AB'],
      ['one character', 'x'],
      ['two characters', 'ab'],
      ['65 characters', 'a'.repeat(65)],
      ['an underscore', 'a_b'],
      ['upper case', 'Acme'],
      ['a space', 'ac me'],
      ['not a string', 123],
      ['an empty string', ''],
    ])('answers 422 with detail field tenantId for a tenantId with %s', async (_what, tenantId) => {
      const res = await http(t.url, 'POST', '/admin/tenants', {
        ...admin,
        body: { name: 'Bad id', tenantId },
      });
      expectEnvelope(res, 422, 'unprocessable_entity');
      expect(detailFields(res)).toEqual(['tenantId']);
    });

    it('accepts tenantIds of exactly 3 and 64 characters', async () => {
      const short = uniqueTenantId().slice(-3);
      const long = (uniqueTenantId() + '-' + 'z'.repeat(64)).slice(0, 64);
      for (const tenantId of [short, long]) {
        const res = await http(t.url, 'POST', '/admin/tenants', {
          ...admin,
          body: { name: 'Edge', tenantId },
        });
        // A 3-character random suffix may collide with an earlier run on a server database.
        expect([201, 409]).toContain(res.status);
        if (res.status === 201) expect(res.body.tenantId).toBe(tenantId);
      }
    });

    it('answers 422 for a missing or empty name', async () => {
      for (const body of [{}, { name: '' }, { name: 'x'.repeat(201) }]) {
        const res = await http(t.url, 'POST', '/admin/tenants', { ...admin, body });
        expectEnvelope(res, 422, 'unprocessable_entity');
        expect(detailFields(res)).toContain('name');
      }
    });

    it('lists tenants as {count, tenants} including new ones', async () => {
      const tenantId = await createTenant(t.url);
      const res = await http(t.url, 'GET', '/admin/tenants', admin);
      expect(res.status).toBe(200);
      expect(Object.keys(res.body).sort()).toEqual(['count', 'tenants']);
      expect(res.body.count).toBe(res.body.tenants.length);
      const found = res.body.tenants.find((x: { tenantId: string }) => x.tenantId === tenantId);
      expect(found).toEqual({
        tenantId,
        name: `Tenant ${tenantId}`,
        createdAt: expect.stringMatching(ISO),
      });
      for (const tenant of res.body.tenants) {
        expect(Object.keys(tenant).sort()).toEqual(['createdAt', 'name', 'tenantId']);
      }
    });
  });

  describe('keys', () => {
    let tenantId: string;
    beforeAll(async () => {
      tenantId = await createTenant(t.url);
    });

    it('issues a key: 201 with the documented shape, the secret only here', async () => {
      const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
      const res = await http(t.url, 'POST', `/admin/tenants/${tenantId}/keys`, {
        ...admin,
        body: { label: 'ci', role: 'viewer', expiresAt },
      });
      expect(res.status).toBe(201);
      expect(Object.keys(res.body).sort()).toEqual(
        [
          'apiKey',
          'createdAt',
          'expiresAt',
          'keyId',
          'keyPrefix',
          'label',
          'role',
          'tenantId',
        ].sort(),
      );
      expect(res.body).toMatchObject({ tenantId, label: 'ci', role: 'viewer', expiresAt });
      expect(res.body.keyId).toMatch(KEY_ID);
      expect(res.body.createdAt).toMatch(ISO);
      expect(res.body.apiKey).toMatch(/^pqc_[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(res.body.apiKey.slice(4), 'base64url').length).toBeGreaterThanOrEqual(32);
      expect(res.body.apiKey.startsWith(res.body.keyPrefix)).toBe(true);
      expect(res.body.keyPrefix.length).toBeLessThan(res.body.apiKey.length - 16);

      const list = await http(t.url, 'GET', `/admin/tenants/${tenantId}/keys`, admin);
      expect(list.status).toBe(200);
      const text = JSON.stringify(list.body);
      expect(text).not.toContain(res.body.apiKey);
      expect(text).not.toContain(res.body.apiKey.slice(12));
    });

    it('lists keys with exactly the documented fields, never apiKey or a hash', async () => {
      const issued = await issueKey(t.url, tenantId, 'admin');
      const res = await http(t.url, 'GET', `/admin/tenants/${tenantId}/keys`, admin);
      expect(res.status).toBe(200);
      expect(Object.keys(res.body).sort()).toEqual(['keys', 'tenantId']);
      expect(res.body.tenantId).toBe(tenantId);
      expect(res.body.keys.length).toBeGreaterThanOrEqual(1);
      for (const key of res.body.keys) {
        expect(Object.keys(key).sort()).toEqual(
          [
            'createdAt',
            'expiresAt',
            'keyId',
            'keyPrefix',
            'label',
            'lastUsedAt',
            'revokedAt',
            'role',
          ].sort(),
        );
      }
      expect(JSON.stringify(res.body)).not.toMatch(/apiKey|hash|[0-9a-f]{64}/i);
      // The tenant route lists the same, in the same shape.
      const own = await http(t.url, 'GET', '/tenant/api-keys', { key: issued.apiKey });
      expect(own.status).toBe(200);
      expect(JSON.stringify(own.body)).not.toMatch(/apiKey|hash|[0-9a-f]{64}/i);
      expect(own.body.keys.map((k: { keyId: string }) => k.keyId).sort()).toEqual(
        res.body.keys.map((k: { keyId: string }) => k.keyId).sort(),
      );
    });

    it('gives a key the operator role when none is asked for', async () => {
      const res = await http(t.url, 'POST', `/admin/tenants/${tenantId}/keys`, {
        ...admin,
        body: { label: 'default role' },
      });
      expect(res.status).toBe(201);
      expect(res.body.role).toBe('operator');
      expect(res.body.expiresAt).toBeNull();
      // Operator in practice: authenticated, but not allowed to manage keys.
      const use = await http(t.url, 'GET', '/tenant/api-keys', { key: res.body.apiKey });
      expectEnvelope(use, 403, 'forbidden');
    });

    it('answers 404 when issuing or listing keys for an unknown tenant', async () => {
      const unknown = uniqueTenantId('nobody');
      const issue = await http(t.url, 'POST', `/admin/tenants/${unknown}/keys`, {
        ...admin,
        body: { label: 'x' },
      });
      expectEnvelope(issue, 404, 'not_found');
      const list = await http(t.url, 'GET', `/admin/tenants/${unknown}/keys`, admin);
      expectEnvelope(list, 404, 'not_found');
      const malformed = await http(t.url, 'GET', '/admin/tenants/NOT_AN_ID/keys', admin);
      expectEnvelope(malformed, 404, 'not_found');
    });

    it('answers 422 for an expiresAt in the past', async () => {
      const res = await http(t.url, 'POST', `/admin/tenants/${tenantId}/keys`, {
        ...admin,
        body: { label: 'old', expiresAt: new Date(Date.now() - 60_000).toISOString() },
      });
      expectEnvelope(res, 422, 'unprocessable_entity');
      expect(detailFields(res)).toEqual(['expiresAt']);
    });

    it.each(['tomorrow', '2027-13-01T00:00:00Z', '2027-02-30T00:00:00Z', '', '1e12'])(
      'answers 422 for the expiresAt string %p',
      async (expiresAt) => {
        const res = await http(t.url, 'POST', `/admin/tenants/${tenantId}/keys`, {
          ...admin,
          body: { label: 'bad date', expiresAt },
        });
        expectEnvelope(res, 422, 'unprocessable_entity');
        expect(detailFields(res)).toEqual(['expiresAt']);
      },
    );

    it('answers 422 for an unknown role or a bad label', async () => {
      for (const body of [
        { label: 'x', role: 'owner' },
        { label: '' },
        { label: 'x'.repeat(101) },
        {},
      ]) {
        const res = await http(t.url, 'POST', `/admin/tenants/${tenantId}/keys`, {
          ...admin,
          body,
        });
        expectEnvelope(res, 422, 'unprocessable_entity');
      }
    });

    it('revokes a key: 200 {keyId, revoked: true}, again 200, and the key stops working', async () => {
      const key = await issueKey(t.url, tenantId, 'admin');
      expect((await http(t.url, 'GET', '/tenant/api-keys', { key: key.apiKey })).status).toBe(200);
      const first = await http(t.url, 'DELETE', `/admin/keys/${key.keyId}`, admin);
      expect(first.status).toBe(200);
      expect(first.body).toEqual({ keyId: key.keyId, revoked: true });
      const listed = await http(t.url, 'GET', `/admin/tenants/${tenantId}/keys`, admin);
      const revokedAt = listed.body.keys.find(
        (k: { keyId: string }) => k.keyId === key.keyId,
      ).revokedAt;
      expect(revokedAt).toMatch(ISO);

      const again = await http(t.url, 'DELETE', `/admin/keys/${key.keyId}`, admin);
      expect(again.status).toBe(200);
      expect(again.body).toEqual({ keyId: key.keyId, revoked: true });
      // Repeating keeps the first revocation time.
      const relisted = await http(t.url, 'GET', `/admin/tenants/${tenantId}/keys`, admin);
      expect(
        relisted.body.keys.find((k: { keyId: string }) => k.keyId === key.keyId).revokedAt,
      ).toBe(revokedAt);
      expect((await http(t.url, 'GET', '/tenant/api-keys', { key: key.apiKey })).status).toBe(401);
    });

    it.each([
      ['an unknown key id', UNKNOWN_KEY_ID],
      ['a malformed key id', 'not-a-key-id'],
      ['a key id with a wrong prefix', 'tok_01JD3S7W1XQ2Y8M4N5P6R7T8V9'],
      ['a lower-case key id', 'key_01jd3s7w1xq2y8m4n5p6r7t8v9'],
      ['a very long key id', 'key_' + 'A'.repeat(190)],
    ])('answers 404 when revoking %s', async (_what, keyId) => {
      const res = await http(t.url, 'DELETE', `/admin/keys/${keyId}`, admin);
      expectEnvelope(res, 404, 'not_found');
    });
  });

  describe('audit log', () => {
    let tenantId: string;
    let reader: { apiKey: string; keyId: string };
    let issuedIds: string[];
    let revokedId: string;

    beforeAll(async () => {
      tenantId = await createTenant(t.url);
      reader = await issueKey(t.url, tenantId, 'admin');
      issuedIds = [reader.keyId];
      for (let i = 0; i < 4; i++) issuedIds.push((await issueKey(t.url, tenantId, 'viewer')).keyId);
      revokedId = issuedIds[2];
      const del = await http(t.url, 'DELETE', `/admin/keys/${revokedId}`, admin);
      expect(del.status).toBe(200);
      // A repeated revocation changes nothing and is not recorded again.
      await http(t.url, 'DELETE', `/admin/keys/${revokedId}`, admin);
    });

    const readAll = async () =>
      (await http(t.url, 'GET', '/tenant/audit?limit=200', { key: reader.apiKey })).body;

    it('records tenant.created, api_key.issued and api_key.revoked with actor platform-admin', async () => {
      const page = await readAll();
      expect(page.nextCursor).toBeNull();
      expect(page.count).toBe(page.entries.length);
      const summary = page.entries.map((e: Record<string, any>) => [e.action, e.targetId]);
      expect(summary).toEqual([
        ['api_key.revoked', revokedId],
        ...[...issuedIds].reverse().map((id) => ['api_key.issued', id]),
        ['tenant.created', tenantId],
      ]);
      for (const entry of page.entries) {
        expect(entry.actor).toEqual({
          type: 'admin',
          id: 'platform-admin',
          keyId: null,
          label: 'platform-admin',
        });
        expect(entry.at).toMatch(ISO);
        expect(Object.keys(entry).sort()).toEqual(
          ['action', 'actor', 'at', 'details', 'id', 'targetId', 'targetType'].sort(),
        );
      }
      const byAction = (action: string) =>
        page.entries.find((e: { action: string }) => e.action === action);
      expect(byAction('tenant.created')).toMatchObject({ targetType: 'tenant' });
      expect(byAction('api_key.revoked')).toMatchObject({ targetType: 'api_key' });
      expect(JSON.stringify(page)).not.toContain(reader.apiKey);
    });

    it('pages with limit=2 and nextCursor through every entry, newest first, without duplicates', async () => {
      const all = (await readAll()).entries.map((e: { id: string }) => e.id);
      expect(all.length).toBe(7);
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: string = cursor ? `limit=2&cursor=${encodeURIComponent(cursor)}` : 'limit=2';
        const res = await http(t.url, 'GET', `/tenant/audit?${query}`, { key: reader.apiKey });
        expect(res.status).toBe(200);
        expect(res.body.entries.length).toBeLessThanOrEqual(2);
        expect(res.body.count).toBe(res.body.entries.length);
        seen.push(...res.body.entries.map((e: { id: string }) => e.id));
        cursor = res.body.nextCursor;
        pages++;
      } while (cursor && pages < 20);
      expect(pages).toBe(4);
      expect(seen).toEqual(all);
      expect(new Set(seen).size).toBe(seen.length);
      const numeric = seen.map((id) => BigInt(id));
      for (let i = 1; i < numeric.length; i++) expect(numeric[i] < numeric[i - 1]).toBe(true);
    });

    it('answers nextCursor null on an exactly full last page', async () => {
      const res = await http(t.url, 'GET', '/tenant/audit?limit=7', { key: reader.apiKey });
      expect(res.body.count).toBe(7);
      expect(res.body.nextCursor).toBeNull();
    });

    it.each([
      ['garbage', 'not-a-cursor!'],
      ['base64 of a wrong shape', Buffer.from('{"before":"x"}').toString('base64url')],
      ['base64 of non-JSON', Buffer.from('hello').toString('base64url')],
      ['an over-long string', 'a'.repeat(600)],
      [
        'a position beyond bigint',
        Buffer.from('{"before":"9999999999999999999"}').toString('base64url'),
      ],
      ['a negative position', Buffer.from('{"before":"-1"}').toString('base64url')],
    ])('answers 422 for a bad cursor (%s)', async (_what, cursor) => {
      const res = await http(t.url, 'GET', `/tenant/audit?cursor=${encodeURIComponent(cursor)}`, {
        key: reader.apiKey,
      });
      expectEnvelope(res, 422, 'unprocessable_entity');
      expect(detailFields(res)).toEqual(['cursor']);
    });

    it.each(['0', '201', 'abc', '-1', '1.5', ''])('answers 422 for limit=%p', async (limit) => {
      const res = await http(t.url, 'GET', `/tenant/audit?limit=${limit}`, { key: reader.apiKey });
      expectEnvelope(res, 422, 'unprocessable_entity');
      expect(detailFields(res)).toContain('limit');
    });

    it('answers 422 for an unknown query parameter', async () => {
      const res = await http(t.url, 'GET', '/tenant/audit?offset=2', { key: reader.apiKey });
      expectEnvelope(res, 422, 'unprocessable_entity');
      expect(detailFields(res)).toEqual(['offset']);
    });

    it('accepts limit=1 and limit=200', async () => {
      for (const limit of [1, 200]) {
        const res = await http(t.url, 'GET', `/tenant/audit?limit=${limit}`, {
          key: reader.apiKey,
        });
        expect(res.status).toBe(200);
        expect(res.body.count).toBe(Math.min(limit, 7));
      }
    });
  });
});
