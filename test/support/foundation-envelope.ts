import { HttpResponse } from './http';

const ENVELOPE_KEYS = ['status', 'error', 'message', 'requestId', 'detail'];
const REQUIRED_KEYS = ['status', 'error', 'message', 'requestId'];

/**
 * Asserts the documented error envelope (contract §3): the given status and code, exactly the
 * documented keys, a requestId equal to the X-Request-Id header, no stack, and a JSON body.
 */
export function expectEnvelope(res: HttpResponse, status: number, error: string): void {
  expect({ status: res.status, body: res.body }).toMatchObject({
    status,
    body: { status, error },
  });
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  const body = res.body as Record<string, unknown>;
  expect(typeof body).toBe('object');
  for (const key of REQUIRED_KEYS) expect(Object.keys(body)).toContain(key);
  for (const key of Object.keys(body)) expect(ENVELOPE_KEYS).toContain(key);
  expect(typeof body.message).toBe('string');
  expect((body.message as string).length).toBeGreaterThan(0);
  expect(typeof body.requestId).toBe('string');
  expect(body.requestId).toBe(res.headers.get('x-request-id'));
  if ('detail' in body) {
    expect(Array.isArray(body.detail)).toBe(true);
    for (const item of body.detail as Record<string, unknown>[]) {
      expect(Object.keys(item).sort()).toEqual(['field', 'message']);
    }
  }
  expect(JSON.stringify(body)).not.toMatch(/\bstack\b|\n\s+at /);
}

/** The field names listed in an envelope's detail. */
export function detailFields(res: HttpResponse): string[] {
  return ((res.body?.detail ?? []) as { field: string }[]).map((d) => d.field);
}
