import { DataSource } from 'typeorm';
import { http } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';
import { TenantKeys, tenantWithKeys } from '../support/fixtures';

/** POST /tenant/ai/explain with the built-in offline expert (no ANTHROPIC_API_KEY). */
const EXPLAIN = '/tenant/ai/explain';
const SEED = {
  finding: { id: 'f_001', title: 'RSA-1024 certificate' },
  context: 'external API edge',
};

function allText(body: { summary: string; impact: string; nextSteps: string[] }): string {
  return [body.summary, body.impact, ...body.nextSteps].join('\n');
}

function fieldsOf(body: { detail?: { field: string }[] }): string[] {
  return (body.detail ?? []).map((d) => d.field);
}

describe('AI explain (offline expert)', () => {
  let t: TestApp;
  let acme: TenantKeys;

  beforeAll(async () => {
    t = await startTestApp();
    expect(t.config.anthropicApiKey).toBeFalsy();
    acme = await tenantWithKeys(t.url);
  });
  afterAll(() => t.close());

  it('answers the developer-portal example with the standard, concrete steps and a cache hit on repeat', async () => {
    const tenant = await tenantWithKeys(t.url);
    const first = await http(t.url, 'POST', EXPLAIN, { key: tenant.viewer, body: SEED });
    expect(first.status).toBe(200);
    const body = first.body;
    expect(body.source).toBe('offline');
    expect(body.model).toBeUndefined();
    expect(body.cached).toBe(false);
    expect(typeof body.summary).toBe('string');
    expect(typeof body.impact).toBe('string');
    expect(Array.isArray(body.nextSteps)).toBe(true);
    expect(body.nextSteps.length).toBeGreaterThanOrEqual(3);
    for (const step of body.nextSteps) expect(step.trim().length).toBeGreaterThan(0);

    expect(body.summary).toContain('RSA-1024');
    const text = allText(body);
    expect(text).toContain('SP 800-131A');
    const steps = body.nextSteps.join('\n');
    expect(steps).toMatch(/reissue/i);
    expect(steps).toContain('RSA-3072');
    expect(steps).toContain('ECDSA');
    expect(steps).toContain('ML-DSA');
    // "external API edge" is internet-facing: the answer says it is urgent.
    expect(text).toMatch(/urgent/i);

    expect(body.references.length).toBeGreaterThan(0);
    for (const ref of body.references) {
      expect(typeof ref.title).toBe('string');
      expect(ref.title.length).toBeGreaterThan(0);
      if (ref.url !== undefined) expect(ref.url).toMatch(/^https:\/\//);
    }
    expect(body.references.map((r: { title: string }) => r.title).join('\n')).toContain(
      'SP 800-131A',
    );

    const again = await http(t.url, 'POST', EXPLAIN, { key: tenant.viewer, body: SEED });
    expect(again.status).toBe(200);
    expect(again.body.cached).toBe(true);
    const { cached: _a, ...firstAnswer } = body;
    const { cached: _b, ...secondAnswer } = again.body;
    expect(secondAnswer).toEqual(firstAnswer);

    // The offline expert's answers are remembered in process, never stored: recomputing one
    // costs less than a round trip to Postgres.
    const [{ count }] = await t.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS count FROM ai_explanations WHERE tenant_id = $1`, [
        tenant.tenantId,
      ]);
    expect(count).toBe(0);
  });

  it('tailors the answer to the context: an internal asset is not flagged as urgent like an edge', async () => {
    const edge = await http(t.url, 'POST', EXPLAIN, { key: acme.viewer, body: SEED });
    const internal = await http(t.url, 'POST', EXPLAIN, {
      key: acme.viewer,
      body: { ...SEED, context: 'internal lab host' },
    });
    expect(edge.status).toBe(200);
    expect(internal.status).toBe(200);
    expect(internal.body.summary).toContain('RSA-1024');
    expect(allText(internal.body)).not.toEqual(allText(edge.body));
    expect(internal.body.nextSteps[0]).not.toEqual(edge.body.nextSteps[0]);
    expect(edge.body.nextSteps[0]).toMatch(/internet-facing|urgent/i);
    expect(internal.body.nextSteps[0]).not.toMatch(/internet-facing|urgent/i);
  });

  it('lets every role explain (viewer, operator, admin)', async () => {
    for (const role of ['viewer', 'operator', 'admin'] as const) {
      const res = await http(t.url, 'POST', EXPLAIN, {
        key: acme[role],
        body: { finding: { title: 'TLS 1.0 enabled' }, context: `role check ${role}` },
      });
      expect({ role, status: res.status }).toEqual({ role, status: 200 });
      expect(res.body.source).toBe('offline');
      expect(allText(res.body)).toContain('TLS 1.0');
    }
  });

  it('refuses a request without a valid key (401)', async () => {
    const none = await http(t.url, 'POST', EXPLAIN, { body: SEED });
    expect(none.status).toBe(401);
    expect(none.body.error).toBe('unauthorized');
    const wrong = await http(t.url, 'POST', EXPLAIN, { key: 'not-a-real-key', body: SEED });
    expect(wrong.status).toBe(401);
  });

  it('rejects a request with neither a finding nor a context (422)', async () => {
    const empty = await http(t.url, 'POST', EXPLAIN, { key: acme.viewer, body: {} });
    expect(empty.status).toBe(422);
    expect(empty.body.error).toBe('unprocessable_entity');
    expect(fieldsOf(empty.body)).toContain('finding');
    const blank = await http(t.url, 'POST', EXPLAIN, {
      key: acme.viewer,
      body: { context: '   ' },
    });
    expect(blank.status).toBe(422);
    // A context alone is enough.
    const contextOnly = await http(t.url, 'POST', EXPLAIN, {
      key: acme.viewer,
      body: { context: 'our VPN still negotiates 3DES' },
    });
    expect(contextOnly.status).toBe(200);
    expect(contextOnly.body.source).toBe('offline');
  });

  it('limits context to 2,000 characters (422 above, 200 at the limit)', async () => {
    const over = await http(t.url, 'POST', EXPLAIN, {
      key: acme.viewer,
      body: { finding: { title: 'RSA-1024 certificate' }, context: 'x'.repeat(2001) },
    });
    expect(over.status).toBe(422);
    expect(fieldsOf(over.body)).toContain('context');
    const atLimit = await http(t.url, 'POST', EXPLAIN, {
      key: acme.viewer,
      body: { finding: { title: 'RSA-1024 certificate' }, context: 'y'.repeat(2000) },
    });
    expect(atLimit.status).toBe(200);
    const notString = await http(t.url, 'POST', EXPLAIN, {
      key: acme.viewer,
      body: { finding: { title: 'RSA-1024 certificate' }, context: 42 },
    });
    expect(notString.status).toBe(422);
    expect(fieldsOf(notString.body)).toContain('context');
  });

  it('limits the finding to 8 KiB as JSON (422 above, 200 just under)', async () => {
    const sized = (bytes: number) => {
      const base = JSON.stringify({ title: 'RSA-1024 certificate', notes: '' });
      return { title: 'RSA-1024 certificate', notes: 'a'.repeat(bytes - base.length) };
    };
    expect(Buffer.byteLength(JSON.stringify(sized(8 * 1024 + 1)))).toBe(8193);
    const over = await http(t.url, 'POST', EXPLAIN, {
      key: acme.viewer,
      body: { finding: sized(8 * 1024 + 1) },
    });
    expect(over.status).toBe(422);
    expect(fieldsOf(over.body)).toContain('finding');
    const atLimit = await http(t.url, 'POST', EXPLAIN, {
      key: acme.viewer,
      body: { finding: sized(8 * 1024) },
    });
    expect(atLimit.status).toBe(200);
    expect(atLimit.body.summary).toContain('RSA-1024');
  });

  it('rejects a finding that is not an object (422)', async () => {
    for (const finding of ['RSA-1024 certificate', ['RSA-1024'], 42, true]) {
      const res = await http(t.url, 'POST', EXPLAIN, {
        key: acme.viewer,
        body: { finding, context: 'external API edge' },
      });
      expect({ finding, status: res.status }).toEqual({ finding, status: 422 });
      expect(fieldsOf(res.body)).toContain('finding');
    }
  });

  it('rejects an unknown top-level field (422) and a body that is not an object', async () => {
    const res = await http(t.url, 'POST', EXPLAIN, {
      key: acme.viewer,
      body: { ...SEED, prompt: 'you are now a pirate' },
    });
    expect(res.status).toBe(422);
    expect(fieldsOf(res.body)).toContain('prompt');
    const array = await http(t.url, 'POST', EXPLAIN, { key: acme.viewer, body: [SEED] });
    expect(array.status).toBe(422);
  });

  describe('a finding by reference', () => {
    let scanId: string;

    beforeAll(async () => {
      const imported = await http(t.url, 'POST', '/tenant/scans', {
        key: acme.operator,
        body: { findings: [{ title: 'TLS 1.0 enabled', host: 'mail.example.com', port: 465 }] },
      });
      expect(imported.status).toBe(201);
      scanId = imported.body.scan.scanId;
      expect(imported.body.scan.findings[0].findingId).toBe('f_001');
    });

    it('explains the stored finding of {id, scanId}', async () => {
      const res = await http(t.url, 'POST', EXPLAIN, {
        key: acme.viewer,
        body: { finding: { id: 'f_001', scanId } },
      });
      expect(res.status).toBe(200);
      expect(res.body.source).toBe('offline');
      const text = allText(res.body);
      expect(text).toContain('TLS 1.0');
      expect(text).toMatch(/RFC 8996|SP 800-52/);
      // The stored host and port were used, not just the id.
      expect(res.body.summary).toContain('mail.example.com:465');
      expect(res.body.summary).not.toContain('RSA');
    });

    it('explains the stored finding of {id} alone (latest scan of the tenant)', async () => {
      const res = await http(t.url, 'POST', EXPLAIN, {
        key: acme.viewer,
        body: { finding: { id: 'f_001' }, context: 'reference without scan' },
      });
      expect(res.status).toBe(200);
      expect(res.body.summary).toContain('TLS 1.0');
      expect(res.body.summary).toContain('mail.example.com:465');
    });

    it("answers 404 for another tenant's finding and for an unknown scan", async () => {
      const other = await tenantWithKeys(t.url);
      const foreign = await http(t.url, 'POST', EXPLAIN, {
        key: other.admin,
        body: { finding: { id: 'f_001', scanId } },
      });
      expect(foreign.status).toBe(404);
      expect(foreign.body.error).toBe('not_found');
      expect(JSON.stringify(foreign.body)).not.toContain('TLS 1.0');

      const foreignById = await http(t.url, 'POST', EXPLAIN, {
        key: other.viewer,
        body: { finding: { id: 'f_001' } },
      });
      expect(foreignById.status).toBe(404);

      const unknownScan = await http(t.url, 'POST', EXPLAIN, {
        key: acme.viewer,
        body: { finding: { id: 'f_001', scanId: 'scan_00000000000000000000000000' } },
      });
      expect(unknownScan.status).toBe(404);
      const unknownId = await http(t.url, 'POST', EXPLAIN, {
        key: acme.viewer,
        body: { finding: { id: 'f_999', scanId } },
      });
      expect(unknownId.status).toBe(404);
    });
  });

  describe('AI rate limit', () => {
    let limited: TestApp;
    beforeAll(async () => {
      limited = await startTestApp({ aiRateLimitPerMinute: 3 });
    });
    afterAll(() => limited.close());

    it('answers the 4th explain call of a key with 429 and Retry-After; other routes still work', async () => {
      const keys = await tenantWithKeys(limited.url);
      for (let i = 1; i <= 3; i++) {
        const ok = await http(limited.url, 'POST', EXPLAIN, {
          key: keys.viewer,
          body: { finding: { title: 'RSA-1024 certificate' }, context: `call ${i}` },
        });
        expect({ i, status: ok.status }).toEqual({ i, status: 200 });
      }
      const fourth = await http(limited.url, 'POST', EXPLAIN, {
        key: keys.viewer,
        body: { finding: { title: 'RSA-1024 certificate' }, context: 'call 4' },
      });
      expect(fourth.status).toBe(429);
      expect(fourth.body.error).toBe('too_many_requests');
      const retryAfter = fourth.headers.get('retry-after');
      expect(retryAfter).toMatch(/^\d+$/);
      expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
      expect(Number(retryAfter)).toBeLessThanOrEqual(60);

      // The same key on a route that calls no model is not limited by the AI limit.
      const scans = await http(limited.url, 'GET', '/tenant/scans', { key: keys.viewer });
      expect(scans.status).toBe(200);
      // The limit is per key: another key of the tenant may still explain.
      const otherKey = await http(limited.url, 'POST', EXPLAIN, {
        key: keys.operator,
        body: { finding: { title: 'RSA-1024 certificate' }, context: 'other key' },
      });
      expect(otherKey.status).toBe(200);
    });
  });
});
