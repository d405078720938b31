import { detailFields, expectEnvelope } from '../support/foundation-envelope';
import { createTenant, tenantWithKeys, TenantKeys } from '../support/fixtures';
import { http } from '../support/http';
import { ADMIN_KEY, startTestApp, TestApp, uniqueTenantId } from '../support/test-app';

const MIB = 1024 * 1024;

describe('error envelope (contract §3)', () => {
  let t: TestApp;
  let tenant: TenantKeys;

  beforeAll(async () => {
    t = await startTestApp();
    tenant = await tenantWithKeys(t.url);
  });
  afterAll(() => t.close());

  const admin = { key: ADMIN_KEY };

  describe('unknown routes', () => {
    it('answers 404 not_found with a requestId equal to the X-Request-Id header', async () => {
      const res = await http(t.url, 'GET', '/no/such/route');
      expectEnvelope(res, 404, 'not_found');
      expect(res.body.requestId).toBe(res.headers.get('x-request-id'));
    });

    it('answers 404 for an unknown method on an existing path', async () => {
      const res = await http(t.url, 'PATCH', '/admin/tenants', admin);
      expectEnvelope(res, 404, 'not_found');
    });

    it.each([
      ['a malformed percent-encoding in a path parameter', '/admin/keys/%E0%A4%A'],
      ['a malformed percent-encoding in the path', '/admin/ten%ZZants'],
      ['a path parameter over 200 characters', `/admin/keys/key_${'A'.repeat(400)}`],
    ])('answers a path with %s with the 404 envelope and an X-Request-Id', async (_what, path) => {
      const res = await http(t.url, 'DELETE', path, admin);
      expect(res.headers.get('x-request-id')).toMatch(/^[A-Za-z0-9._:-]{1,128}$/);
      expectEnvelope(res, 404, 'not_found');
    });

    it('answers 404 for an unknown route even with a key and a query string', async () => {
      const res = await http(t.url, 'GET', '/tenant/nothing-here?x=1', { key: tenant.admin });
      expectEnvelope(res, 404, 'not_found');
    });
  });

  describe('request bodies', () => {
    it('answers 422 to invalid JSON on every operation that can be sent a body, as documented', async () => {
      // Fastify parses a body sent to any POST, PUT, PATCH or DELETE, whether or not the route
      // takes one: each such operation must say so (contract §9: every response it can give).
      const spec = (await http(t.url, 'GET', '/docs/openapi.json')).body;
      const undocumented: string[] = [];
      for (const [path, operations] of Object.entries<Record<string, any>>(spec.paths)) {
        for (const [method, operation] of Object.entries<any>(operations)) {
          if (!['post', 'put', 'patch', 'delete'].includes(method)) continue;
          const concrete = path.replace(/\{[^}]+\}/g, 'x_1');
          const key = path.startsWith('/admin') ? ADMIN_KEY : tenant.admin;
          const res = await http(t.url, method.toUpperCase(), concrete, {
            key,
            rawBody: '{"bad',
            headers: { 'content-type': 'application/json' },
          });
          expectEnvelope(res, 422, 'unprocessable_entity');
          for (const status of ['422', '413']) {
            if (!operation.responses[status])
              undocumented.push(`${operation.operationId} ${status}`);
          }
        }
      }
      expect(undocumented).toEqual([]);
    });

    it('answers 422 for malformed JSON', async () => {
      const res = await http(t.url, 'POST', '/admin/tenants', {
        ...admin,
        rawBody: '{"name": "x",',
        headers: { 'content-type': 'application/json' },
      });
      expectEnvelope(res, 422, 'unprocessable_entity');
    });

    it('answers 422 for an empty JSON body', async () => {
      const res = await http(t.url, 'POST', '/admin/tenants', {
        ...admin,
        rawBody: '',
        headers: { 'content-type': 'application/json' },
      });
      expectEnvelope(res, 422, 'unprocessable_entity');
    });

    it.each([
      ['an array', '[{"name":"x"}]'],
      ['a string', '"just a string"'],
      ['a number', '42'],
      ['null', 'null'],
    ])('answers 422 for a JSON body that is %s', async (_what, raw) => {
      const res = await http(t.url, 'POST', '/admin/tenants', {
        ...admin,
        rawBody: raw,
        headers: { 'content-type': 'application/json' },
      });
      expectEnvelope(res, 422, 'unprocessable_entity');
    });

    it('answers 422 for a body that tries prototype pollution', async () => {
      const res = await http(t.url, 'POST', '/admin/tenants', {
        ...admin,
        rawBody: '{"name":"x","__proto__":{"polluted":true}}',
        headers: { 'content-type': 'application/json' },
      });
      expectEnvelope(res, 422, 'unprocessable_entity');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it('accepts application/json with a charset parameter', async () => {
      const tenantId = uniqueTenantId();
      const res = await http(t.url, 'POST', '/admin/tenants', {
        ...admin,
        rawBody: JSON.stringify({ name: 'Charset', tenantId }),
        headers: { 'content-type': 'application/json; charset=utf-8' },
      });
      expect(res.status).toBe(201);
      expect(res.body.tenantId).toBe(tenantId);
    });

    it('answers 413 for a chunked body over 1 MiB sent without Content-Length', async () => {
      const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent === 0) controller.enqueue(new TextEncoder().encode('{"name":"'));
          if (sent >= MIB + 128 * 1024) {
            controller.enqueue(new TextEncoder().encode('"}'));
            controller.close();
            return;
          }
          controller.enqueue(chunk);
          sent += chunk.length;
        },
      });
      let status: number;
      let text = '';
      let headers: Headers;
      try {
        const response = await fetch(`${t.url}/admin/tenants`, {
          method: 'POST',
          headers: { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json' },
          body,
          duplex: 'half',
          signal: AbortSignal.timeout(15_000),
        });
        status = response.status;
        headers = response.headers;
        text = await response.text();
      } catch (error) {
        // The server may cut the upload once it has answered; then it must not have taken it.
        throw new Error(`request failed instead of answering 413: ${String(error)}`);
      }
      expectEnvelope({ status, headers, body: JSON.parse(text) }, 413, 'payload_too_large');
    });

    it('answers 422 listing an unknown field by name', async () => {
      const res = await http(t.url, 'POST', '/admin/tenants', {
        ...admin,
        body: { name: 'Acme', colour: 'blue' },
      });
      expectEnvelope(res, 422, 'unprocessable_entity');
      expect(detailFields(res)).toEqual(['colour']);
    });

    it('answers 422 listing every field with a wrong type', async () => {
      const tenantId = await createTenant(t.url);
      const res = await http(t.url, 'POST', `/admin/tenants/${tenantId}/keys`, {
        ...admin,
        body: { label: 123, role: 'superuser', expiresAt: 42 },
      });
      expectEnvelope(res, 422, 'unprocessable_entity');
      expect(new Set(detailFields(res))).toEqual(new Set(['label', 'role', 'expiresAt']));
    });

    it('answers 422 listing both a wrong type and an unknown field together', async () => {
      const res = await http(t.url, 'POST', '/admin/tenants', {
        ...admin,
        body: { name: 7, tenantId: 9, extra: true },
      });
      expectEnvelope(res, 422, 'unprocessable_entity');
      expect(new Set(detailFields(res))).toEqual(new Set(['name', 'tenantId', 'extra']));
    });

    it('answers 422 for a missing required field on a tenant route', async () => {
      const res = await http(t.url, 'POST', '/tenant/api-keys', { key: tenant.admin, body: {} });
      expectEnvelope(res, 422, 'unprocessable_entity');
      expect(detailFields(res)).toContain('label');
    });

    it('answers 413 for a body over 1 MiB', async () => {
      const raw = JSON.stringify({ name: 'x'.repeat(MIB + 16) });
      const res = await http(t.url, 'POST', '/admin/tenants', {
        ...admin,
        rawBody: raw,
        headers: { 'content-type': 'application/json' },
      });
      expectEnvelope(res, 413, 'payload_too_large');
    });

    it('answers 413 for a body over 1 MiB on a tenant route too', async () => {
      const raw = JSON.stringify({ label: 'x'.repeat(MIB + 16) });
      const res = await http(t.url, 'POST', '/tenant/api-keys', {
        key: tenant.admin,
        rawBody: raw,
        headers: { 'content-type': 'application/json' },
      });
      expectEnvelope(res, 413, 'payload_too_large');
    });

    it('accepts a body just under 1 MiB as far as the size goes (fails on validation instead)', async () => {
      const raw = JSON.stringify({ name: 'x'.repeat(MIB - 64) });
      expect(Buffer.byteLength(raw)).toBeLessThan(MIB);
      const res = await http(t.url, 'POST', '/admin/tenants', {
        ...admin,
        rawBody: raw,
        headers: { 'content-type': 'application/json' },
      });
      // name is limited to 200 characters: the body was read and validated, not refused.
      expectEnvelope(res, 422, 'unprocessable_entity');
      expect(detailFields(res)).toEqual(['name']);
    });

    it.each([
      ['text/plain', '{"name":"Plain"}'],
      ['application/xml', '<tenant><name>x</name></tenant>'],
      ['application/x-www-form-urlencoded', 'name=Form'],
      ['multipart/form-data; boundary=xyz', '--xyz\r\n\r\nname\r\n--xyz--'],
      ['application/octet-stream', 'name'],
    ])('answers 422 (not 415 or 500) for content-type %s', async (type, raw) => {
      const tenantId = uniqueTenantId();
      const res = await http(t.url, 'POST', '/admin/tenants', {
        ...admin,
        rawBody: raw.replace('x', tenantId),
        headers: { 'content-type': type },
      });
      expectEnvelope(res, 422, 'unprocessable_entity');
    });

    it('creates nothing when the content-type is wrong', async () => {
      const tenantId = uniqueTenantId();
      const res = await http(t.url, 'POST', '/admin/tenants', {
        ...admin,
        rawBody: `name=Form&tenantId=${tenantId}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect(res.status).toBe(422);
      const list = await http(t.url, 'GET', '/admin/tenants', admin);
      expect(list.body.tenants.map((x: { tenantId: string }) => x.tenantId)).not.toContain(
        tenantId,
      );
    });
  });

  describe('envelope shape', () => {
    it('has exactly the documented keys for every kind of error, and never a stack', async () => {
      const tenantId = await createTenant(t.url);
      const responses = await Promise.all([
        http(t.url, 'GET', '/tenant/api-keys').then((r) => [r, 401, 'unauthorized'] as const),
        http(t.url, 'GET', '/tenant/api-keys', { key: tenant.viewer }).then(
          (r) => [r, 403, 'forbidden'] as const,
        ),
        http(t.url, 'GET', '/admin/tenants', { key: 'wrong-admin-key-0123456789' }).then(
          (r) => [r, 403, 'forbidden'] as const,
        ),
        http(t.url, 'DELETE', '/admin/keys/key_00000000000000000000000000', admin).then(
          (r) => [r, 404, 'not_found'] as const,
        ),
        http(t.url, 'POST', '/admin/tenants', { ...admin, body: { name: 'Dup', tenantId } }).then(
          (r) => [r, 409, 'conflict'] as const,
        ),
        http(t.url, 'GET', '/tenant/audit?limit=abc', { key: tenant.admin }).then(
          (r) => [r, 422, 'unprocessable_entity'] as const,
        ),
      ]);
      for (const [res, status, error] of responses) expectEnvelope(res, status, error);
    });

    it('lists field errors as {field, message} pairs with readable messages', async () => {
      const res = await http(t.url, 'POST', '/admin/tenants', { ...admin, body: {} });
      expectEnvelope(res, 422, 'unprocessable_entity');
      expect(res.body.detail.length).toBeGreaterThan(0);
      for (const item of res.body.detail) {
        expect(item.field).toBe('name');
        expect(item.message.length).toBeGreaterThan(0);
      }
    });
  });
});
