import { http } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';
import { tenantWithKeys } from '../support/fixtures';

describe('smoke', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lists the tenant keys with an admin key', async () => {
    const keys = await tenantWithKeys(t.url);
    const res = await http(t.url, 'GET', '/tenant/api-keys', { key: keys.admin });
    expect(res.status).toBe(200);
    expect(res.body.keys).toHaveLength(3);
  });
});
