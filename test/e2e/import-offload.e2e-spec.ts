import { expectEnvelope } from '../support/foundation-envelope';
import { tenantWithKeys, TenantKeys } from '../support/fixtures';
import { http } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';
import { importOffload } from '../../src/scans/import/import-offload';

/** A CBOM of `count` RSA algorithms, padded with ignored metadata to about `padBytes`. */
function cbom(count: number, padBytes = 0): Record<string, unknown> {
  return {
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    metadata: { properties: [{ name: 'padding', value: 'p'.repeat(padBytes) }] },
    components: Array.from({ length: count }, (_, i) => ({
      type: 'cryptographic-asset',
      'bom-ref': `alg-${i}`,
      name: `RSA-${1024 + i}`,
      cryptoProperties: {
        assetType: 'algorithm',
        algorithmProperties: { primitive: 'pke', parameterSetIdentifier: String(1024 + i) },
      },
    })),
  };
}

type Finding = Record<string, unknown>;
const comparable = (findings: Finding[]) =>
  findings.map(({ findingId, title, severity, category, keySize, quantumVulnerable }) => ({
    findingId,
    title,
    severity,
    category,
    keySize,
    quantumVulnerable,
  }));

/** Large CBOM imports are converted in a worker thread (issue 9), with the same results. */
describe('large CBOM imports, converted off the event loop', () => {
  let t: TestApp;
  let keys: TenantKeys;
  let convert: jest.SpyInstance;

  beforeAll(async () => {
    t = await startTestApp();
    keys = await tenantWithKeys(t.url);
  });
  beforeEach(() => {
    convert = jest.spyOn(importOffload, 'convert');
  });
  afterEach(() => convert.mockRestore());
  afterAll(() => t.close());

  const importCbom = (body: Record<string, unknown>) =>
    http(t.url, 'POST', '/tenant/scans', { key: keys.operator, body: { cbom: body } });

  it('imports a 400 KiB CBOM in the worker with the findings a small one gets inline', async () => {
    const small = await importCbom(cbom(50));
    expect(small.status).toBe(201);
    expect(convert).not.toHaveBeenCalled();

    const large = await importCbom(cbom(50, 400 * 1024));
    expect(large.status).toBe(201);
    expect(convert).toHaveBeenCalledTimes(1);
    expect(large.body.scan.format).toBe('cbom');
    expect(large.body.scan.findingCount).toBe(50);
    expect(comparable(large.body.scan.findings)).toEqual(comparable(small.body.scan.findings));
  });

  it('refuses a large CBOM without cryptographic assets as a small one is refused', async () => {
    const small = await importCbom(cbom(0));
    const large = await importCbom(cbom(0, 400 * 1024));
    expectEnvelope(large, 422, 'unprocessable_entity');
    expect(convert).toHaveBeenCalledTimes(1);
    expect(large.body.detail).toEqual(small.body.detail);
    expect(large.body.detail[0].field).toBe('cbom.components');
  });
});
