import { randomBytes } from 'node:crypto';
import { CounterStore } from '../../src/common/rate-limit/counter-store';
import { InProcessThrottlerStorage } from '../../src/common/rate-limit/in-process-throttler-storage';
import { RedisThrottlerStorage } from '../../src/common/rate-limit/redis-throttler-storage';
import { tenantWithKeys } from '../support/fixtures';
import { http } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The limits of one request are counted in one step of the store, in order, up to the first
 * that refuses: in process, and in Redis (one script) when REDIS_URL is set.
 */
const stores: [string, string][] = [['in process', '']];
if (process.env.REDIS_URL) stores.push(['in Redis', process.env.REDIS_URL]);

describe.each(stores)('rate limits counted together (%s)', (_label, redisUrl) => {
  describe('through the API', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ redisUrl, aiRateLimitPerMinute: 2, aiTenantRateLimitPerMinute: 3 });
    });
    afterAll(() => t?.close());

    const explain = (key: string) =>
      http(t.url, 'POST', '/tenant/ai/explain', { key, body: { context: 'external edge' } });

    it("a call refused by its key's AI limit does not use up the tenant's", async () => {
      const keys = await tenantWithKeys(t.url);
      const byViewer = [];
      for (let i = 0; i < 4; i++) byViewer.push((await explain(keys.viewer)).status);
      expect(byViewer).toEqual([200, 200, 429, 429]);
      // The tenant has made two calls, not four: a third from another key is served...
      const third = await explain(keys.operator);
      expect(third.status).toBe(200);
      // ...with the headers of that key's own AI limit, not the tenant's.
      expect(third.headers.get('ratelimit-limit')).toBe('2');
      expect(third.headers.get('ratelimit-remaining')).toBe('1');
      // ...and the fourth is refused by the tenant's limit, for every key.
      const fourth = await explain(keys.admin);
      expect(fourth.status).toBe(429);
      expect(Number(fourth.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      // A route that calls no model counts only the general limit.
      expect((await http(t.url, 'GET', '/tenant/scans', { key: keys.admin })).status).toBe(200);
    });
  });

  describe('the store itself', () => {
    let store: CounterStore & { close?(): void; onModuleDestroy?(): void };
    beforeAll(() => {
      store = redisUrl
        ? new RedisThrottlerStorage(redisUrl, { maxRetriesPerRequest: 1 })
        : new InProcessThrottlerStorage();
    });
    afterAll(() => {
      store.close?.();
      store.onModuleDestroy?.();
    });

    const unique = () => `test:${randomBytes(6).toString('hex')}`;
    const limit = (key: string, name: string, max: number) => ({
      key,
      name,
      ttl: 60_000,
      limit: max,
      blockDuration: 30_000,
    });

    it('answers one record per limit counted and stops after the first that blocks', async () => {
      const [a, b, c] = [unique(), unique(), unique()];
      const hits = [limit(a, 'first', 5), limit(b, 'second', 1), limit(c, 'third', 5)];
      const first = await store.incrementAll(hits);
      expect(first).toEqual([
        { totalHits: 1, timeToExpire: 60, isBlocked: false, timeToBlockExpire: 0 },
        { totalHits: 1, timeToExpire: 60, isBlocked: false, timeToBlockExpire: 0 },
        { totalHits: 1, timeToExpire: 60, isBlocked: false, timeToBlockExpire: 0 },
      ]);
      const second = await store.incrementAll(hits);
      expect(second).toEqual([
        { totalHits: 2, timeToExpire: 60, isBlocked: false, timeToBlockExpire: 0 },
        { totalHits: 2, timeToExpire: 60, isBlocked: true, timeToBlockExpire: 30 },
      ]);
      // The third limit was not counted by the refused request.
      const third = await store.incrementAll([limit(c, 'third', 5)]);
      expect(third[0].totalHits).toBe(2);
    });

    it('counts a single limit through increment() as the guard does through incrementAll()', async () => {
      const key = unique();
      await store.incrementAll([limit(key, 'solo', 2)]);
      expect(await store.increment(key, 60_000, 2, 30_000, 'solo')).toMatchObject({
        totalHits: 2,
        isBlocked: false,
      });
      expect(await store.increment(key, 60_000, 2, 30_000, 'solo')).toMatchObject({
        totalHits: 3,
        isBlocked: true,
        timeToBlockExpire: 30,
      });
    });
  });
});
