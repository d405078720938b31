import { expectEnvelope } from '../support/foundation-envelope';
import { http } from '../support/http';
import { ADMIN_KEY, startTestApp, TestApp } from '../support/test-app';

/** `{"name":"x","extra":[[...]]}` nested `levels` deep in all, the top-level object counting 1. */
function nestedBody(levels: number): string {
  return `{"name":"x","extra":${'['.repeat(levels - 1)}${']'.repeat(levels - 1)}}`;
}

/**
 * The JSON body parser measures a body's depth on its text (issue 9): the limit of 128 levels
 * must hold exactly as when the validation pipe walked the parsed object.
 */
describe('JSON bodies: depth limit measured while parsing', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const post = (rawBody: string) =>
    http(t.url, 'POST', '/admin/tenants', {
      key: ADMIN_KEY,
      rawBody,
      headers: { 'content-type': 'application/json' },
    });

  it('refuses a body nested 129 levels deep with the depth error', async () => {
    const res = await post(nestedBody(129));
    expectEnvelope(res, 422, 'unprocessable_entity');
    expect(res.body.detail).toEqual([
      { field: 'body', message: 'body must not be nested more than 128 levels deep' },
    ]);
  });

  it('lets a body nested 128 levels deep through to validation, which names the field', async () => {
    const res = await post(nestedBody(128));
    expectEnvelope(res, 422, 'unprocessable_entity');
    expect(res.body.detail[0]).toEqual({ field: 'extra', message: 'extra is not a known field' });
  });

  it('does not count brackets inside strings', async () => {
    const res = await post(`{"name":"x","extra":"${'['.repeat(300)}"}`);
    expectEnvelope(res, 422, 'unprocessable_entity');
    expect(res.body.detail[0].field).toBe('extra');
  });

  it('still answers invalid JSON, however deep, as invalid JSON', async () => {
    const res = await post(nestedBody(200).slice(0, -1));
    expectEnvelope(res, 422, 'unprocessable_entity');
    expect(res.body.message).toContain('not valid JSON');
    expect(JSON.stringify(res.body)).not.toContain('levels deep');
  });
});
