import { MAX_DETAIL_ENTRIES } from '../../src/common/errors/domain-errors';
import { MAX_OBJECT_MEMBERS } from '../../src/common/http/json-body';
import { tenantWithKeys, TenantKeys } from '../support/fixtures';
import { http, HttpResponse } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';

/** An object with `count` keys, as free-form scanner output or a flood of unknown fields. */
function wideObject(count: number, prefix = 'k'): Record<string, number> {
  const object: Record<string, number> = {};
  for (let i = 0; i < count; i++) object[`${prefix}${i}`] = i;
  return object;
}

/** Sends `request` and, while it is in flight, asks /health on another connection. */
async function withHealthProbe(
  t: TestApp,
  request: () => Promise<HttpResponse>,
): Promise<{ big: HttpResponse; health: HttpResponse }> {
  const big = request();
  await new Promise((resolve) => setTimeout(resolve, 50));
  const health = await http(t.url, 'GET', '/health');
  return { big: await big, health };
}

function expectEnvelope(res: HttpResponse, status: number): void {
  expect(res.status).toBe(status);
  expect(res.body).toMatchObject({ status, requestId: res.headers.get('x-request-id') });
}

describe('wide objects cannot freeze the service (issue 9, high)', () => {
  let t: TestApp;
  let keys: TenantKeys;
  let scanId: string;
  beforeAll(async () => {
    t = await startTestApp();
    keys = await tenantWithKeys(t.url);
    const scan = await http(t.url, 'POST', '/tenant/scans', {
      key: keys.operator,
      body: { findings: [{ title: 'RSA-1024 certificate', algorithm: 'RSA', keySize: 1024 }] },
    });
    scanId = scan.body.scan.scanId;
  });
  afterAll(() => t.close());

  it('refuses a 200,000-key object from a scan of the text, naming it, while /health stays up', async () => {
    const { big, health } = await withHealthProbe(t, () =>
      http(t.url, 'POST', '/tenant/scans', {
        key: keys.operator,
        body: { findings: [{ title: 'RSA-1024', details: wideObject(200_000) }] },
      }),
    );
    expectEnvelope(big, 422);
    expect(big.body.detail).toEqual([
      {
        field: 'findings[0].details',
        message: expect.stringContaining(`more than ${MAX_OBJECT_MEMBERS} members`),
      },
    ]);
    expect(health.status).toBe(200);
    expect(health.body.database).toBe('up');
  });

  it('refuses details over 16 KiB, by name', async () => {
    const res = await http(t.url, 'POST', '/tenant/scans', {
      key: keys.operator,
      body: { findings: [{ title: 'RSA-1024', details: { blob: 'x'.repeat(17_000) } }] },
    });
    expectEnvelope(res, 422);
    expect(res.body.detail).toEqual([
      { field: 'findings[0].details', message: expect.stringContaining('16384 bytes') },
    ]);
  });

  it('refuses a 60,000-key explain finding, while /health stays up', async () => {
    const { big, health } = await withHealthProbe(t, () =>
      http(t.url, 'POST', '/tenant/ai/explain', {
        key: keys.viewer,
        body: { finding: wideObject(60_000) },
      }),
    );
    expectEnvelope(big, 422);
    expect(big.body.detail[0].field).toBe('finding');
    expect(health.status).toBe(200);
  });

  it('refuses an explain finding over 8 KiB', async () => {
    const res = await http(t.url, 'POST', '/tenant/ai/explain', {
      key: keys.viewer,
      body: { finding: wideObject(900) },
    });
    expectEnvelope(res, 422);
    expect(res.body.detail[0]).toEqual({
      field: 'finding',
      message: expect.stringContaining('8192 bytes'),
    });
  });

  it('refuses 60,000 unknown fields from a scan of the text, while /health stays up', async () => {
    const { big, health } = await withHealthProbe(t, () =>
      http(t.url, 'POST', `/tenant/scans/${scanId}/remediation`, {
        key: keys.operator,
        body: { remediationId: 'rem_001', status: 'open', ...wideObject(60_000, 'x') },
      }),
    );
    expectEnvelope(big, 422);
    expect(big.body.detail).toEqual([
      {
        field: 'body',
        message: expect.stringContaining(`more than ${MAX_OBJECT_MEMBERS} members`),
      },
    ]);
    expect(health.status).toBe(200);
  });

  it('refuses 900 unknown fields by name, listing 100 and counting the rest', async () => {
    const res = await http(t.url, 'POST', `/tenant/scans/${scanId}/remediation`, {
      key: keys.operator,
      body: { remediationId: 'rem_001', status: 'open', ...wideObject(900, 'x') },
    });
    expectEnvelope(res, 422);
    expect(res.body.detail).toHaveLength(MAX_DETAIL_ENTRIES + 1);
    expect(res.body.detail[0]).toEqual({ field: 'x0', message: 'x0 is not a known field' });
    expect(res.body.detail[MAX_DETAIL_ENTRIES].message).toBe('800 more errors not listed');
  });

  it('refuses unknown fields inside a finding by name', async () => {
    const res = await http(t.url, 'POST', '/tenant/scans', {
      key: keys.operator,
      body: { findings: [{ title: 'RSA-1024', ...wideObject(900, 'x') }] },
    });
    expectEnvelope(res, 422);
    expect(res.body.detail[0]).toEqual({
      field: 'findings[0].x0',
      message: 'findings[0].x0 is not a known field',
    });
    expect(res.body.detail).toHaveLength(MAX_DETAIL_ENTRIES + 1);
  });

  it('keeps free-form details and a large CBOM intact, and still accepts 5,000 findings', async () => {
    const details = { signatureAlgorithm: 'sha1WithRSAEncryption', nested: { list: [1, 'two'] } };
    const findings = Array.from({ length: 5_000 }, (_, i) => ({
      title: `RSA-1024 certificate ${i}`,
      algorithm: 'RSA',
      keySize: 1024,
      assetId: `host-${i}`,
      details,
    }));
    const res = await http(t.url, 'POST', '/tenant/scans', {
      key: keys.operator,
      body: { findings },
    });
    expect(res.status).toBe(201);
    expect(res.body.scan.findingCount).toBe(5_000);
    expect(res.body.scan.findings[0].details).toEqual(details);
  });

  it('refuses a CBOM with 200,000 metadata keys before parsing it, while /health stays up', async () => {
    const cbom = {
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      components: [
        {
          type: 'cryptographic-asset',
          name: 'RSA-1024',
          'bom-ref': 'c1',
          cryptoProperties: {
            assetType: 'algorithm',
            algorithmProperties: { primitive: 'pke', parameterSetIdentifier: '1024' },
          },
        },
      ],
      metadata: { properties: wideObject(200_000) },
    };
    const { big, health } = await withHealthProbe(t, () =>
      http(t.url, 'POST', '/tenant/scans', { key: keys.operator, body: { cbom } }),
    );
    expectEnvelope(big, 422);
    expect(big.body.detail[0].field).toBe('cbom.metadata.properties');
    expect(health.status).toBe(200);
  });
});
