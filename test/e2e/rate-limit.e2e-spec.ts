import { expectEnvelope } from '../support/foundation-envelope';
import { createTenant, issueKey } from '../support/fixtures';
import { http, HttpResponse } from '../support/http';
import { ADMIN_KEY, startTestApp, TestApp } from '../support/test-app';

const LIMIT = 5;

function rateHeaders(res: HttpResponse): {
  limit: string | null;
  remaining: string | null;
  reset: string | null;
} {
  return {
    limit: res.headers.get('ratelimit-limit'),
    remaining: res.headers.get('ratelimit-remaining'),
    reset: res.headers.get('ratelimit-reset'),
  };
}

function expectRetryAfter(res: HttpResponse): void {
  const retryAfter = res.headers.get('retry-after');
  expect(retryAfter).toMatch(/^\d+$/);
  expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
  expect(Number(retryAfter)).toBeLessThanOrEqual(60);
}

/**
 * Fixtures are made on an unlimited app on the same database, so that the limited apps
 * count only the requests each test makes.
 */
describe('rate limits (contract §4)', () => {
  let setup: TestApp;
  let tenantId: string;

  beforeAll(async () => {
    setup = await startTestApp();
    tenantId = await createTenant(setup.url);
  });
  afterAll(() => setup.close());

  describe('per key on authenticated routes', () => {
    let t: TestApp;
    let first: string;
    let second: string;
    let third: string;

    beforeAll(async () => {
      [first, second, third] = (
        await Promise.all([1, 2, 3].map(() => issueKey(setup.url, tenantId, 'admin')))
      ).map((k) => k.apiKey);
      t = await startTestApp({ rateLimitPerMinute: LIMIT });
    });
    afterAll(() => t.close());

    it('carries RateLimit headers, counts down, and answers the 6th request in the minute with 429', async () => {
      const seen: ReturnType<typeof rateHeaders>[] = [];
      for (let i = 0; i < LIMIT; i++) {
        const res = await http(t.url, 'GET', '/tenant/api-keys', { key: first });
        expect(res.status).toBe(200);
        seen.push(rateHeaders(res));
      }
      expect(seen.map((h) => h.limit)).toEqual(Array(LIMIT).fill(String(LIMIT)));
      expect(seen.map((h) => h.remaining)).toEqual(['4', '3', '2', '1', '0']);
      for (const h of seen) {
        expect(h.reset).toMatch(/^\d+$/);
        expect(Number(h.reset)).toBeGreaterThanOrEqual(1);
        expect(Number(h.reset)).toBeLessThanOrEqual(60);
      }

      const limited = await http(t.url, 'GET', '/tenant/api-keys', { key: first });
      expectEnvelope(limited, 429, 'too_many_requests');
      expectRetryAfter(limited);
      expect(rateHeaders(limited)).toMatchObject({ limit: String(LIMIT), remaining: '0' });
    });

    it('keeps refusing the same key, via any key source, and on any authenticated route', async () => {
      for (const via of ['bearer', 'x-api-key', 'query'] as const) {
        const res = await http(t.url, 'GET', '/tenant/audit', { key: first, keyVia: via });
        expectEnvelope(res, 429, 'too_many_requests');
        expectRetryAfter(res);
      }
    });

    it('still serves another key of the same tenant', async () => {
      const res = await http(t.url, 'GET', '/tenant/api-keys', { key: second });
      expect(res.status).toBe(200);
      expect(rateHeaders(res)).toMatchObject({ limit: String(LIMIT), remaining: '4' });
    });

    it('counts every request of a key, whatever its outcome', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < LIMIT; i++) {
        // 422 (bad limit) and 404 (unknown key id) still count.
        const path =
          i % 2 ? '/tenant/audit?limit=0' : '/tenant/api-keys/key_00000000000000000000000000';
        const method = i % 2 ? 'GET' : 'DELETE';
        statuses.push((await http(t.url, method, path, { key: third })).status);
      }
      expect(statuses).toEqual([404, 422, 404, 422, 404]);
      const res = await http(t.url, 'GET', '/tenant/api-keys', { key: third });
      expectEnvelope(res, 429, 'too_many_requests');
    });

    it('limits the admin API per admin key as well', async () => {
      for (let i = 0; i < LIMIT; i++) {
        expect((await http(t.url, 'GET', '/admin/tenants', { key: ADMIN_KEY })).status).toBe(200);
      }
      const res = await http(t.url, 'GET', '/admin/tenants', { key: ADMIN_KEY });
      expectEnvelope(res, 429, 'too_many_requests');
      expectRetryAfter(res);
    });
  });

  describe('per client IP on public routes', () => {
    let t: TestApp;
    let key: string;

    beforeAll(async () => {
      key = (await issueKey(setup.url, tenantId, 'admin')).apiKey;
      t = await startTestApp({ rateLimitPerMinute: LIMIT });
    });
    afterAll(() => t.close());

    it('answers /health with RateLimit headers and 429 after the limit', async () => {
      const remaining: (string | null)[] = [];
      for (let i = 0; i < LIMIT; i++) {
        const res = await http(t.url, 'GET', '/health');
        expect(res.status).toBe(200);
        expect(res.headers.get('ratelimit-limit')).toBe(String(LIMIT));
        remaining.push(res.headers.get('ratelimit-remaining'));
      }
      expect(remaining).toEqual(['4', '3', '2', '1', '0']);
      const limited = await http(t.url, 'GET', '/health');
      expectEnvelope(limited, 429, 'too_many_requests');
      expectRetryAfter(limited);
    });

    it('does not let a key sent to /health escape the per-IP limit', async () => {
      const res = await http(t.url, 'GET', '/health', { key });
      expectEnvelope(res, 429, 'too_many_requests');
    });

    it('counts requests without a key to authenticated routes per IP too', async () => {
      const res = await http(t.url, 'GET', '/tenant/api-keys');
      expectEnvelope(res, 429, 'too_many_requests');
    });

    it('keeps the per-IP limit apart from the per-key limit', async () => {
      const res = await http(t.url, 'GET', '/tenant/api-keys', { key });
      expect(res.status).toBe(200);
      expect(res.headers.get('ratelimit-remaining')).toBe('4');
    });
  });
});
