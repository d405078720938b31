import {
  FindingValidationError,
  NativeFindingInput,
  normaliseFindings,
} from '../../src/scans/import/normalise-findings';

const NOW = new Date('2026-03-01T00:00:00Z');

function errorsOf(run: () => unknown): { field: string; message: string }[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(FindingValidationError);
    return (error as FindingValidationError).errors;
  }
  throw new Error('expected a FindingValidationError');
}

describe('normaliseFindings', () => {
  it('assigns f_001, f_002, ... by position and numbers positions from 1', () => {
    const result = normaliseFindings([{ title: 'a' }, { title: 'b' }, { title: 'c' }], NOW);
    expect(result.map((f) => [f.findingId, f.position])).toEqual([
      ['f_001', 1],
      ['f_002', 2],
      ['f_003', 3],
    ]);
  });

  it('keeps explicit ids and skips an assigned id that an explicit one already uses', () => {
    const findings: NativeFindingInput[] = [
      { title: 'a' },
      { title: 'b', id: 'f_002' },
      { title: 'c' },
      { title: 'd', id: 'f_001' },
    ];
    const ids = normaliseFindings(findings, NOW).map((f) => f.findingId);
    expect(ids).toEqual(['f_003', 'f_002', 'f_004', 'f_001']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('uses more digits past 999', () => {
    const findings = Array.from({ length: 1000 }, (_, i) => ({ title: `finding ${i}` }));
    const result = normaliseFindings(findings, NOW);
    expect(result[998].findingId).toBe('f_999');
    expect(result[999].findingId).toBe('f_1000');
  });

  it('rejects a duplicate explicit id, naming the first use', () => {
    const findings = [
      { title: 'a', id: 'x' },
      { title: 'b' },
      { title: 'c' },
      { title: 'd', id: 'x' },
    ];
    expect(errorsOf(() => normaliseFindings(findings, NOW))).toEqual([
      { field: 'findings[3].id', message: 'id "x" is used by findings[0]' },
    ]);
  });

  it('keeps an explicit severity, category and quantumVulnerable', () => {
    const [finding] = normaliseFindings(
      [
        {
          title: 'RSA-1024 certificate',
          severity: 'low',
          category: 'accepted_risk',
          quantumVulnerable: false,
        },
      ],
      NOW,
    );
    expect(finding).toMatchObject({
      severity: 'low',
      category: 'accepted_risk',
      quantumVulnerable: false,
    });
  });

  it('derives missing severity, category and quantumVulnerable from algorithm and key size', () => {
    const [finding] = normaliseFindings([{ title: 'Key', algorithm: 'RSA', keySize: 1024 }], NOW);
    expect(finding).toMatchObject({
      severity: 'critical',
      category: 'weak_key',
      quantumVulnerable: true,
    });
  });

  it('reads the signature algorithm and expiry from details', () => {
    const [signed, expired] = normaliseFindings(
      [
        { title: 'Certificate', details: { signatureAlgorithm: 'sha1WithRSAEncryption' } },
        { title: 'Certificate', details: { notAfter: '2025-12-31T00:00:00Z' } },
      ],
      NOW,
    );
    expect(signed).toMatchObject({ severity: 'high', category: 'weak_hash' });
    expect(expired).toMatchObject({ severity: 'high', category: 'certificate' });
  });

  it('derives assetId from host:port, keeps a given assetId, and is null without either', () => {
    const result = normaliseFindings(
      [
        { title: 'a', host: 'api.example.com', port: 443 },
        { title: 'b', host: 'api.example.com' },
        { title: 'c', assetId: 'lb-1', host: 'api.example.com', port: 443 },
        { title: 'd' },
      ],
      NOW,
    );
    expect(result.map((f) => f.assetId)).toEqual([
      'api.example.com:443',
      'api.example.com',
      'lb-1',
      null,
    ]);
    expect(result[0]).toMatchObject({ host: 'api.example.com', port: 443 });
  });

  it('fills absent optional fields with null', () => {
    const [finding] = normaliseFindings([{ title: 'Unknown thing' }], NOW);
    expect(finding).toEqual({
      findingId: 'f_001',
      position: 1,
      title: 'Unknown thing',
      severity: 'low',
      category: 'other',
      algorithm: null,
      keySize: null,
      assetId: null,
      host: null,
      port: null,
      quantumVulnerable: false,
      details: null,
      fingerprint: expect.stringMatching(/^fp1_[0-9a-f]{32}$/) as string,
      fingerprintQuality: 'weak',
      location: null,
      duplicateOf: null,
    });
  });

  it('marks a later finding with the fingerprint of an earlier one as its duplicate', () => {
    const rsa = {
      title: 'RSA-1024',
      algorithm: 'RSA',
      keySize: 1024,
      host: 'a.example',
      port: 443,
    };
    const result = normaliseFindings([rsa, { title: 'TLS 1.0' }, { ...rsa, title: 'again' }], NOW);
    expect(result.map((f) => f.duplicateOf)).toEqual([
      null,
      null,
      { findingId: 'f_001', position: 1 },
    ]);
  });

  it("uses the scanner's own fingerprint (1-128 chars) and rejects a longer one", () => {
    const a = normaliseFindings([{ title: 'x', host: 'a', port: 1, fingerprint: 'id-1' }], NOW);
    const b = normaliseFindings([{ title: 'y', host: 'b', port: 2, fingerprint: 'id-1' }], NOW);
    expect(a[0].fingerprint).toBe(b[0].fingerprint);
    expect(() => normaliseFindings([{ title: 'x', fingerprint: 'f'.repeat(129) }], NOW)).toThrow(
      FindingValidationError,
    );
  });

  it('lists every invalid field at once', () => {
    const findings = [{ title: '' }, { title: 'x', severity: 'severe', port: 70000 }];
    const fields = errorsOf(() => normaliseFindings(findings as NativeFindingInput[], NOW)).map(
      (e) => e.field,
    );
    expect(fields).toEqual(['findings[0].title', 'findings[1].severity', 'findings[1].port']);
  });

  it('rejects more than 5000 findings', () => {
    const findings = Array.from({ length: 5001 }, () => ({ title: 'x' }));
    expect(errorsOf(() => normaliseFindings(findings, NOW))).toEqual([
      { field: 'findings', message: 'more than 5000 findings' },
    ]);
  });
});
