import { convertCbom } from '../../src/scans/import/convert-cbom';
import { ImportOffload } from '../../src/scans/import/import-offload';

/** Ten RSA algorithms of distinct sizes: ten findings. */
function cbom(): Record<string, unknown> {
  return {
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    components: Array.from({ length: 10 }, (_, i) => ({
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

/** What may differ between two conversions run at different moments. */
const stable = (result: ReturnType<typeof convertCbom>) =>
  result.kind === 'findings'
    ? result.findings.map(({ title, severity, category, fingerprint, findingId }) => ({
        title,
        severity,
        category,
        fingerprint,
        findingId,
      }))
    : result;

describe('ImportOffload (CBOM conversion in a worker thread)', () => {
  const offload = new ImportOffload();
  afterAll(() => offload.close());

  it('converts in the worker exactly as on the event loop', async () => {
    const text = JSON.stringify({ label: 'x', cbom: cbom() });
    // The object handed over for the fallback is not a CBOM: findings can only come from the
    // worker, which reads the CBOM from the text.
    const result = await offload.convert(text, 'cbom', { not: 'a cbom' });
    expect(result.kind).toBe('findings');
    expect(stable(result)).toEqual(stable(convertCbom(cbom())));
  });

  it('answers an invalid CBOM with the same field errors', async () => {
    const invalid = { bomFormat: 'CycloneDX', specVersion: '1.6', components: [] };
    const result = await offload.convert(JSON.stringify({ cbom: invalid }), 'cbom', invalid);
    expect(result).toEqual(convertCbom(invalid));
    expect(result.kind).toBe('invalid');
  });

  it('runs several conversions at once, each getting its own answer', async () => {
    const texts = [cbom(), { bomFormat: 'nope' }, cbom()].map((c) => JSON.stringify({ c }));
    const results = await Promise.all(texts.map((text) => offload.convert(text, 'c', null)));
    expect(results.map((r) => r.kind)).toEqual(['findings', 'invalid', 'findings']);
  });

  it('falls back to the event loop when the worker cannot run the task', async () => {
    const result = await offload.convert('not json', 'cbom', cbom());
    expect(stable(result)).toEqual(stable(convertCbom(cbom())));
  });
});
