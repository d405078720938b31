import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExplainableFinding } from '../../src/ai/offline/explainable-finding';
import { explainOffline } from '../../src/ai/offline/offline-explainer';
import { recogniseFinding } from '../../src/ai/offline/recognise-finding';
import { classify } from '../../src/crypto/classify';
import {
  ALGORITHM_FAMILIES,
  CATEGORY_OF,
  FINDING_CATEGORIES,
  FINDING_TYPES,
  FindingType,
} from '../../src/crypto/finding-types';
import { knowledgeFor } from '../../src/crypto/knowledge-base';

const NOW = new Date('2025-06-01T00:00:00Z');

/** For each type: a structured finding, a free-text title, the standard and replacement cited. */
const EXAMPLES: Record<
  Exclude<FindingType, 'unknown' | 'acceptable_algorithm'>,
  [ExplainableFinding, string, string, string]
> = {
  weak_rsa: [
    { algorithm: 'RSA', keySize: 1024 },
    'RSA-1024 certificate',
    'SP 800-131A',
    'RSA-3072',
  ],
  quantum_vulnerable_rsa: [
    { algorithm: 'RSA', keySize: 2048 },
    'RSA-2048 certificate',
    'IR 8547',
    'ML-DSA',
  ],
  weak_ecc: [{ algorithm: 'ECDSA', curve: 'P-192' }, 'ECDSA P-192 key', 'SP 800-131A', 'P-256'],
  quantum_vulnerable_ecc: [
    { algorithm: 'ECDSA', curve: 'secp384r1' },
    'ECDHE P-256 key exchange',
    'IR 8547',
    'X25519MLKEM768',
  ],
  weak_dh: [{ algorithm: 'DH', keySize: 1024 }, 'DH-1024 parameters', 'SP 800-131A', 'ECDHE'],
  quantum_vulnerable_dh: [{ algorithm: 'ffdhe2048' }, 'DHE 2048 key exchange', 'IR 8547', 'ML-KEM'],
  dsa_key: [{ algorithm: 'DSA', keySize: 2048 }, 'DSA signing key', 'FIPS 186-5', 'Ed25519'],
  elgamal_key: [
    { algorithm: 'ElGamal', keySize: 2048 },
    'ElGamal encryption subkey on an OpenPGP key',
    'RFC 9580',
    'v6',
  ],
  sha1_signature: [
    { signatureAlgorithm: 'sha1WithRSAEncryption' },
    'Certificate signed with SHA-1',
    'SP 800-131A',
    'SHA-256',
  ],
  sha1_hash: [
    { algorithm: 'HMAC-SHA1' },
    'SHA-1 checksums for downloads',
    'SP 800-131A',
    'SHA-256',
  ],
  md5_hash: [{ algorithm: 'MD5' }, 'MD5 used for file integrity', 'RFC 6151', 'SHA-256'],
  legacy_tls: [
    { protocol: 'tls', protocolVersion: '1.0' },
    'TLS 1.0 enabled',
    'RFC 8996',
    'TLS 1.2',
  ],
  weak_cipher: [
    { cipherSuites: ['TLS_RSA_WITH_3DES_EDE_CBC_SHA'] },
    '3DES cipher suite',
    'SP 800-131A',
    'AES-GCM',
  ],
  tls_cbc_suite: [
    { protocol: 'TLS 1.2', cipherSuites: ['TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA'] },
    'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA offered',
    'RFC 9325',
    'AES_128_GCM',
  ],
  rsa_key_transport: [
    { cipherSuites: ['TLS_RSA_WITH_AES_128_GCM_SHA256'] },
    'Static RSA key exchange: TLS_RSA_WITH_AES_256_GCM_SHA384',
    'RFC 9325',
    'ECDHE',
  ],
  certificate_expiry: [
    { notAfter: '2025-01-01T00:00:00Z' },
    'Certificate expired',
    'SC-081',
    'ACME',
  ],
  self_signed_certificate: [
    { selfSigned: true },
    'Self-signed certificate on the admin portal',
    'RFC 5280',
    'public CA',
  ],
  no_hybrid_kex: [
    { protocol: 'tls', protocolVersion: '1.3', category: 'no_hybrid_kex' },
    'No hybrid post-quantum key exchange',
    'FIPS 203',
    'X25519MLKEM768',
  ],
  ssh_rsa_sha1_signature: [
    { protocol: 'ssh', algorithm: 'ssh-rsa' },
    'SSH server offers ssh-rsa host key signatures',
    'RFC 8332',
    'Ed25519',
  ],
  ssh_no_pq_kex: [
    { protocol: 'ssh', algorithm: 'curve25519-sha256' },
    'SSH server has no post-quantum key exchange',
    'OpenSSH 9.0',
    'mlkem768x25519-sha256',
  ],
  ike_weak_group: [
    { protocol: 'ike', algorithm: 'modp1024' },
    'IPsec VPN uses DH group 2',
    'RFC 8247',
    'group 19',
  ],
  ikev1: [{ protocol: 'IKEv1' }, 'VPN peer accepts IKEv1 aggressive mode', 'RFC 9395', 'IKEv2'],
  jwt_alg_none: [
    { assetType: 'jwt', algorithm: 'none' },
    'JWT accepted with alg: none',
    'RFC 8725',
    'allow-list',
  ],
  jwt_weak_hmac_secret: [
    { assetType: 'jwt', algorithm: 'HS256', keySize: 64 },
    'Weak JWT secret found by brute force',
    'RFC 7518',
    '256-bit',
  ],
  jwt_quantum_vulnerable_signature: [
    { assetType: 'jwt', algorithm: 'RS256' },
    'ID tokens signed with ES256',
    'IR 8547',
    'ML-DSA',
  ],
  kerberos_weak_enctype: [
    { protocol: 'kerberos', algorithm: 'rc4-hmac' },
    'Kerberos service account allows RC4 encryption',
    'RFC 8429',
    'aes256-cts-hmac-sha1-96',
  ],
  dnssec_weak_algorithm: [
    { assetType: 'dnssec', algorithm: 'RSASHA1' },
    'DNSSEC zone signed with RSASHA1 (algorithm 5)',
    'RFC 8624',
    'ECDSAP256SHA256',
  ],
  grover_symmetric_key: [
    { algorithm: 'AES-128-GCM' },
    'Archive encrypted with AES-128',
    'IR 8547',
    'AES-256',
  ],
  quantum_vulnerable_code_signing: [
    { assetType: 'code-signing', algorithm: 'ECDSA', curve: 'P-256' },
    'Firmware images signed with RSA-3072',
    'CNSA 2.0',
    'LMS',
  ],
  secret_in_repository: [
    { assetType: 'secret', algorithm: 'RSA', keySize: 2048 },
    'Private key committed to the git repository',
    'SP 800-57',
    'secret manager',
  ],
  long_lived_data_classical_kex: [
    { protocol: 'TLS 1.2', category: 'long_lived_data_classical_kex' },
    'Health records sent over ECDHE only: harvest now, decrypt later',
    'FIPS 203',
    'X25519MLKEM768',
  ],
};

function allText(finding: ExplainableFinding, context?: string): string {
  return JSON.stringify(explainOffline(finding, context, NOW));
}

describe('the crypto vocabulary', () => {
  it('has at least 25 weakness types, each with a knowledge entry, a category and a source', () => {
    const weaknesses = FINDING_TYPES.filter((t) => t !== 'unknown' && t !== 'acceptable_algorithm');
    expect(weaknesses.length).toBeGreaterThanOrEqual(25);
    for (const type of FINDING_TYPES) {
      expect(knowledgeFor(type).type).toBe(type);
      expect(FINDING_CATEGORIES).toContain(CATEGORY_OF[type]);
    }
    for (const type of weaknesses) {
      expect(knowledgeFor(type).standards.length).toBeGreaterThan(0);
      expect(knowledgeFor(type).replacements.length).toBeGreaterThan(0);
    }
  });

  it('has stable snake_case type ids', () => {
    for (const type of FINDING_TYPES) expect(type).toMatch(/^[a-z0-9]+(?:_[a-z0-9]+)*$/);
  });

  describe.each(Object.entries(EXAMPLES))(
    '%s',
    (type, [structured, title, standard, replacement]) => {
      it('is recognised from structured fields', () => {
        expect(recogniseFinding(structured, NOW)).toBe(type);
      });

      it('is recognised from free text', () => {
        expect(recogniseFinding({ title }, NOW)).toBe(type);
      });

      it('is explained with its standard and a concrete replacement', () => {
        for (const finding of [structured, { title }]) {
          const text = allText(finding);
          expect(text).toContain(standard);
          expect(text).toContain(replacement);
        }
      });
    },
  );
});

describe('classify for fingerprints', () => {
  it('keeps the type within a weakness class whatever the key size', () => {
    const a = classify({ algorithm: 'RSA', keySize: 1024 }, NOW);
    const b = classify({ algorithm: 'RSA', keySize: 1536 }, NOW);
    expect([a.findingType, a.algorithmFamily]).toEqual(['weak_rsa', 'RSA']);
    expect([b.findingType, b.algorithmFamily]).toEqual(['weak_rsa', 'RSA']);
    expect(a.severity).not.toBe(b.severity);
  });

  it('moves RSA-2048 to quantum-vulnerable RSA, a different identity', () => {
    const c = classify({ algorithm: 'RSA', keySize: 2048 }, NOW);
    expect([c.findingType, c.algorithmFamily]).toEqual(['quantum_vulnerable_rsa', 'RSA']);
  });

  it.each<[ExplainableFinding, string]>([
    [{ protocol: 'tls', protocolVersion: '1.0' }, 'TLS1.0'],
    [{ algorithm: '3DES' }, '3DES'],
    [{ algorithm: 'RC4' }, 'RC4'],
    [{ signatureAlgorithm: 'md5WithRSAEncryption' }, 'MD5'],
    [{ algorithm: 'ECDSA' }, 'ECDSA'],
    [{ algorithm: 'X25519' }, 'ECDH'],
  ])('names the algorithm family of %j', (facts, family) => {
    const c = classify(facts, NOW);
    expect(c.algorithmFamily).toBe(family);
    expect(ALGORITHM_FAMILIES).toContain(c.algorithmFamily);
  });

  it('does not let a changed title change a structured finding', () => {
    const a = classify({ algorithm: 'RSA', keySize: 2048, title: 'RSA key' }, NOW);
    const b = classify(
      { algorithm: 'RSA', keySize: 2048, title: 'Expired SHA-1 certificate' },
      NOW,
    );
    expect(b.findingType).toBe(a.findingType);
    expect(b.algorithmFamily).toBe(a.algorithmFamily);
  });
});

describe('near misses', () => {
  it('reads a CBC suite with RSA in its name as a CBC suite, not an RSA key problem', () => {
    for (const finding of [
      { cipherSuites: ['TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA'] },
      { title: 'Server offers TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA' },
      { algorithm: 'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384' },
    ]) {
      expect(recogniseFinding(finding, NOW)).toBe('tls_cbc_suite');
      const text = allText(finding);
      expect(text).not.toContain('RSA key under 2048');
      expect(text).not.toContain('SHA-1 signature');
    }
  });

  it('does not read HMAC-SHA1 as a SHA-1 signature', () => {
    expect(recogniseFinding({ algorithm: 'HMAC-SHA1' }, NOW)).toBe('sha1_hash');
    expect(recogniseFinding({ title: 'HMAC-SHA1 used for API request signing' }, NOW)).toBe(
      'sha1_hash',
    );
    expect(
      recogniseFinding({ algorithm: 'aes256-cts-hmac-sha1-96', protocol: 'kerberos' }, NOW),
    ).toBe('acceptable_algorithm');
  });

  it('finds nothing to fix in AES-256', () => {
    expect(recogniseFinding({ algorithm: 'AES-256-GCM' }, NOW)).toBe('acceptable_algorithm');
    expect(recogniseFinding({ title: 'AES-256 encryption at rest' }, NOW)).toBe(
      'acceptable_algorithm',
    );
    const text = allText({ algorithm: 'AES-256' });
    expect(text).toContain('Nothing to fix');
    expect(text).not.toMatch(/Grover|disallowed|Deadline/);
  });

  it('does not take a secret key in a key store for a committed secret', () => {
    expect(recogniseFinding({ assetType: 'secret-key', algorithm: 'AES-256' }, NOW)).toBe(
      'acceptable_algorithm',
    );
  });

  it('does not read "weak key" or a word containing an algorithm name as a finding type', () => {
    expect(recogniseFinding({ title: 'Weak key usage flags' }, NOW)).toBe('unknown');
    expect(recogniseFinding({ title: 'ssh-rsafoo and desktop' }, NOW)).toBe('unknown');
  });

  it('says which reading it took when the title disagrees with the structured fields', () => {
    const text = allText({ algorithm: 'ECDSA', curve: 'P-256', title: 'RSA-1024 certificate' });
    expect(recogniseFinding({ algorithm: 'ECDSA', curve: 'P-256' }, NOW)).toBe(
      'quantum_vulnerable_ecc',
    );
    expect(text).toContain('Read from the structured fields, not the title');
  });

  it('says what else it found when a finding shows several weaknesses', () => {
    const finding = {
      algorithm: 'RSA',
      keySize: 1024,
      signatureAlgorithm: 'sha1WithRSAEncryption',
    };
    expect(recogniseFinding(finding, NOW)).toBe('weak_rsa');
    expect(allText(finding)).toContain('also shows: sha-1 signature');
  });
});

describe('an unknown finding', () => {
  it.each<ExplainableFinding>([
    { title: 'Open port 22' },
    { title: 'Frobnicate-9 in use' },
    { algorithm: 'Frobnicate-9' },
    {},
  ])('makes no specific claim for %j', (finding) => {
    expect(recogniseFinding(finding, NOW)).toBe('unknown');
    const text = allText(finding);
    expect(text).toContain('not recognised');
    expect(text).not.toMatch(/RFC \d|SP 800|FIPS \d|IR 8547|CNSA|Deadline|Replace with/);
  });
});

describe('context', () => {
  const ecdhe = { algorithm: 'ECDHE', curve: 'X25519', host: 'api.example.com', port: 443 };

  it('makes long-lived data urgent now, in the words of Mosca', () => {
    const long = allText(ecdhe, 'internal archive of patient records kept 30 years');
    expect(long).toContain('Data kept 30 years');
    expect(long).toContain("Mosca's inequality");
    const short = allText(ecdhe, 'session data kept 1 year');
    expect(short).not.toContain("Mosca's inequality");
    expect(short).toContain('Data kept 1 year:');
    expect(long).not.toContain('Internal only: lower urgency');
  });

  it('changes urgency with exposure', () => {
    const external = explainOffline(ecdhe, 'internet-facing, external API', NOW);
    const lab = explainOffline(ecdhe, 'internal lab', NOW);
    expect(external.impact).toContain('Internet-facing');
    expect(lab.impact).toContain('Internal only');
    expect(external.nextSteps[0]).toContain('internet-facing');
  });

  it('does not attach data-lifetime urgency to a finding that is not about key exchange', () => {
    expect(allText({ algorithm: 'MD5' }, 'records kept 30 years')).not.toContain('Mosca');
  });
});

describe('docs/crypto-facts.md', () => {
  it('lists every finding type with its sources', () => {
    const doc = readFileSync(join(__dirname, '../../docs/crypto-facts.md'), 'utf8');
    for (const type of FINDING_TYPES) expect(doc).toContain(`\`${type}\``);
  });
});
