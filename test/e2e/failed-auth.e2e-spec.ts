import { randomBytes } from 'node:crypto';
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
