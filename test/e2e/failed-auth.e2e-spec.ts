import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { FAILED_AUTH_PER_MINUTE } from '../../src/common/rate-limit/failed-auth.limiter';
import { tenantWithKeys } from '../support/fixtures';
import { http } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';

const madeUpKey = (): string => `pqc_${randomBytes(32).toString('base64url')}`;

describe('failed authentication per client IP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers 429 with Retry-After once an IP has sent too many made-up keys, even to a valid key', async () => {
    const keys = await tenantWithKeys(t.url);
    for (let i = 0; i < FAILED_AUTH_PER_MINUTE; i++) {
      const res = await http(t.url, 'GET', '/tenant/scans', { key: madeUpKey() });
      expect(res.status).toBe(401);
    }
    const blocked = await http(t.url, 'GET', '/tenant/scans', { key: madeUpKey() });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error).toBe('too_many_requests');
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // Once blocked, no credential is evaluated: otherwise guessing goes on behind the 429s.
    const valid = await http(t.url, 'GET', '/tenant/scans', { key: keys.viewer });
    expect(valid.status).toBe(429);
  });
});

/** Two instances on one Redis: a block set through one stops the right key on the other. */
(process.env.REDIS_URL ? describe : describe.skip)('failed authentication across instances', () => {
  const redisUrl = process.env.REDIS_URL!;
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    a = await startTestApp({ redisUrl });
    b = await startTestApp({ redisUrl });
  });
  afterAll(async () => {
    // The block is shared: lift it, so that the specs after this one are not refused for a minute.
    const redis = new Redis(redisUrl);
    const keys = await redis.keys('{authfail:*');
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
    await a?.close();
    await b?.close();
  });

  it('answers 429 on the other instance within a second, even to a valid key', async () => {
    const keys = await tenantWithKeys(a.url);
    // The other instance has just seen this IP unblocked, and trusts that for a moment.
    expect((await http(b.url, 'GET', '/tenant/scans', { key: keys.viewer })).status).toBe(200);
    for (let i = 0; i <= FAILED_AUTH_PER_MINUTE; i++) {
      await http(a.url, 'GET', '/tenant/scans', { key: madeUpKey() });
    }
    expect((await http(a.url, 'GET', '/tenant/scans', { key: keys.viewer })).status).toBe(429);
    let status = 200;
    const deadline = Date.now() + 3_000;
    while (status === 200 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      status = (await http(b.url, 'GET', '/tenant/scans', { key: keys.viewer })).status;
    }
    expect(status).toBe(429);
  });
});
