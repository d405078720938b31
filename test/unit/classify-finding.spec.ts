import {
  ClassifierInput,
  SEVERITY_RANK,
  classifyFinding,
} from '../../src/scans/import/classify-finding';

const NOW = new Date('2026-03-01T00:00:00Z');

describe('classifyFinding', () => {
  describe.each<[string, ClassifierInput, string, string, boolean]>([
    ['RSA-1024 key', { algorithm: 'RSA', keySize: 1024 }, 'critical', 'weak_key', true],
    ['RSA-1536 key', { algorithm: 'RSA', keySize: 1536 }, 'high', 'weak_key', true],
    ['RSA-2048 key', { algorithm: 'RSA', keySize: 2048 }, 'medium', 'quantum_vulnerable', true],
    [
      'RSA-3072 written in the name',
      { algorithm: 'RSA-3072' },
      'medium',
      'quantum_vulnerable',
      true,
    ],
    ['DH-1024 group', { algorithm: 'ffdhe1024' }, 'critical', 'weak_key', true],
    ['ECDSA P-256', { algorithm: 'ECDSA P-256' }, 'medium', 'quantum_vulnerable', true],
    ['X25519 key exchange', { algorithm: 'X25519' }, 'medium', 'quantum_vulnerable', true],
    ['P-192 curve', { algorithm: 'ECDSA', keySize: 192 }, 'high', 'weak_key', true],
    ['prime192v1 curve', { algorithm: 'prime192v1' }, 'high', 'weak_key', true],
    ['ML-KEM-768', { algorithm: 'ML-KEM-768' }, 'info', 'pqc_safe', false],
    ['ML-DSA-65 (not read as DSA)', { algorithm: 'ML-DSA-65' }, 'info', 'pqc_safe', false],
    ['SLH-DSA-SHA2-128s', { algorithm: 'SLH-DSA-SHA2-128s' }, 'info', 'pqc_safe', false],
    ['hybrid X25519MLKEM768', { algorithm: 'X25519MLKEM768' }, 'info', 'pqc_safe', false],
    ['AES-256-GCM', { algorithm: 'AES-256-GCM' }, 'info', 'pqc_safe', false],
    ['AES-128', { algorithm: 'AES-128' }, 'info', 'pqc_safe', false],
    ['SHA-384', { algorithm: 'SHA-384' }, 'info', 'pqc_safe', false],
    ['ChaCha20-Poly1305', { algorithm: 'ChaCha20-Poly1305' }, 'info', 'pqc_safe', false],
    ['SHA-1 hash', { algorithm: 'SHA-1' }, 'high', 'weak_hash', false],
    ['MD5 as a checksum', { algorithm: 'MD5' }, 'high', 'weak_hash', false],
    ['3DES', { algorithm: '3DES' }, 'high', 'weak_cipher', false],
    ['RC4', { algorithm: 'RC4' }, 'high', 'weak_cipher', false],
    ['TLS 1.0', { protocol: 'tls', protocolVersion: '1.0' }, 'high', 'legacy_protocol', false],
    ['TLSv1.1 as one string', { protocol: 'TLSv1.1' }, 'high', 'legacy_protocol', false],
    ['SSL 3.0', { protocol: 'ssl', protocolVersion: '3.0' }, 'critical', 'legacy_protocol', false],
    ['TLS 1.3', { protocol: 'tls', protocolVersion: '1.3' }, 'info', 'other', false],
    ['an unknown algorithm', { algorithm: 'Frobnicate-9' }, 'low', 'other', false],
  ])('%s', (_label, input, severity, category, quantumVulnerable) => {
    it(`is ${severity} ${category}${quantumVulnerable ? ', quantum-vulnerable' : ''}`, () => {
      expect(classifyFinding(input, NOW)).toEqual({ severity, category, quantumVulnerable });
    });
  });

  it('rates a sha1WithRSAEncryption signature high weak_hash', () => {
    const result = classifyFinding({ signatureAlgorithm: 'sha1WithRSAEncryption' }, NOW);
    expect(result.severity).toBe('high');
    expect(result.category).toBe('weak_hash');
  });

  it('rates an MD5 signature critical, worse than MD5 as a checksum', () => {
    const signature = classifyFinding({ signatureAlgorithm: 'md5WithRSAEncryption' }, NOW);
    expect(signature).toMatchObject({ severity: 'critical', category: 'weak_hash' });
  });

  it('does not apply the subject key size to the signature algorithm', () => {
    const result = classifyFinding(
      { algorithm: 'ML-DSA-65', keySize: 1024, signatureAlgorithm: 'sha256WithRSAEncryption' },
      NOW,
    );
    expect(result).toEqual({
      severity: 'medium',
      category: 'quantum_vulnerable',
      quantumVulnerable: true,
    });
  });

  it('rates an expired certificate high in the certificate category', () => {
    const result = classifyFinding({ title: 'Certificate', notAfter: '2026-02-01T00:00:00Z' }, NOW);
    expect(result).toEqual({ severity: 'high', category: 'certificate', quantumVulnerable: false });
  });

  it('rates a certificate expiring within 30 days medium', () => {
    const result = classifyFinding({ notAfter: '2026-03-20T00:00:00Z' }, NOW);
    expect(result).toMatchObject({ severity: 'medium', category: 'certificate' });
  });

  it('ignores a certificate expiry far in the future', () => {
    expect(classifyFinding({ notAfter: '2027-03-20T00:00:00Z' }, NOW).category).toBe('other');
  });

  it('rates a self-signed certificate medium', () => {
    const result = classifyFinding({ selfSigned: true }, NOW);
    expect(result).toMatchObject({ severity: 'medium', category: 'certificate' });
  });

  it('reads "RSA-1024 certificate" from the title when no structured field is given', () => {
    const result = classifyFinding({ title: 'RSA-1024 certificate on api.example.com' }, NOW);
    expect(result).toEqual({ severity: 'critical', category: 'weak_key', quantumVulnerable: true });
  });

  it('reads "TLS 1.0 enabled" from the title', () => {
    const result = classifyFinding({ title: 'TLS 1.0 enabled' }, NOW);
    expect(result).toMatchObject({ severity: 'high', category: 'legacy_protocol' });
  });

  it('reads certificate problems named in the title', () => {
    expect(classifyFinding({ title: 'Expired certificate on vpn' }, NOW)).toMatchObject({
      severity: 'high',
      category: 'certificate',
    });
    expect(classifyFinding({ title: 'Self-signed certificate' }, NOW).severity).toBe('medium');
  });

  it('uses the given key size with an algorithm named only in the title', () => {
    const result = classifyFinding({ title: 'RSA certificate', keySize: 1024 }, NOW);
    expect(result.severity).toBe('critical');
  });

  it('ignores the title when structured fields are present', () => {
    const result = classifyFinding(
      { title: 'Replace RSA-1024 keys', algorithm: 'ML-KEM-768' },
      NOW,
    );
    expect(result).toMatchObject({ severity: 'info', category: 'pqc_safe' });
  });

  it('respects word boundaries: DESCRIPTION is not DES, and "SSL certificate" is no protocol', () => {
    const result = classifyFinding({ title: 'DESCRIPTION of the SSL certificate store' }, NOW);
    expect(result).toEqual({ severity: 'low', category: 'other', quantumVulnerable: false });
  });

  it("takes the worst of several aspects, with that aspect's category", () => {
    const result = classifyFinding(
      { algorithm: 'RSA', keySize: 1024, signatureAlgorithm: 'sha1WithRSAEncryption' },
      NOW,
    );
    expect(result).toEqual({ severity: 'critical', category: 'weak_key', quantumVulnerable: true });
  });

  it('is quantum-vulnerable when any key part is RSA even if a weak hash is the worst', () => {
    const result = classifyFinding(
      { algorithm: 'RSA', keySize: 2048, signatureAlgorithm: 'sha1WithRSAEncryption' },
      NOW,
    );
    expect(result).toEqual({ severity: 'high', category: 'weak_hash', quantumVulnerable: true });
  });

  it('reads every algorithm in a cipher suite name', () => {
    const result = classifyFinding({ algorithm: 'TLS_RSA_WITH_3DES_EDE_CBC_SHA' }, NOW);
    expect(result).toEqual({ severity: 'high', category: 'weak_cipher', quantumVulnerable: true });
  });

  it('flags a missing hybrid post-quantum key exchange as quantum-vulnerable', () => {
    const result = classifyFinding({ title: 'No hybrid post-quantum key exchange' }, NOW);
    expect(result).toMatchObject({ severity: 'medium', quantumVulnerable: true });
  });

  it('orders severities from critical (0) to info (4)', () => {
    expect(SEVERITY_RANK).toEqual({ critical: 0, high: 1, medium: 2, low: 3, info: 4 });
  });
});
