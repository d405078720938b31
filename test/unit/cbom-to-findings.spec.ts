import { SEVERITY_RANK } from '../../src/scans/import/classify-finding';
import { cbomToFindings } from '../../src/scans/import/cbom-to-findings';
import {
  FindingValidationError,
  normaliseFindings,
} from '../../src/scans/import/normalise-findings';

const NOW = new Date('2026-03-01T00:00:00Z');

const algorithm = (ref: string, name: string, props: Record<string, unknown>, oid?: string) => ({
  type: 'cryptographic-asset',
  'bom-ref': ref,
  name,
  cryptoProperties: { assetType: 'algorithm', algorithmProperties: props, oid },
});

/** A CBOM as a TLS endpoint scanner would emit it: legacy RSA-1024 edge plus a PQC service. */
function sampleCbom(): Record<string, any> {
  return {
    $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    serialNumber: 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79',
    version: 1,
    metadata: { timestamp: '2026-02-28T12:00:00Z', tools: { services: [{ name: 'scanner' }] } },
    components: [
      {
        type: 'cryptographic-asset',
        'bom-ref': 'crypto/certificate/api.example.com@sha256:ab12',
        name: 'api.example.com',
        evidence: { occurrences: [{ location: 'api.example.com:443' }] },
        cryptoProperties: {
          assetType: 'certificate',
          certificateProperties: {
            subjectName: 'C = US, O = Example, CN = api.example.com',
            issuerName: 'C = US, O = Example CA, CN = Example Issuing CA',
            notValidBefore: '2025-06-01T00:00:00Z',
            notValidAfter: '2026-12-01T00:00:00Z',
            signatureAlgorithmRef: 'crypto/algorithm/sha256-rsa@1.2.840.113549.1.1.11',
            subjectPublicKeyRef: 'crypto/key/rsa-1024@1.2.840.113549.1.1.1',
            certificateFormat: 'X.509',
          },
        },
      },
      {
        type: 'cryptographic-asset',
        'bom-ref': 'crypto/key/rsa-1024@1.2.840.113549.1.1.1',
        name: 'RSA-1024',
        cryptoProperties: {
          assetType: 'related-crypto-material',
          relatedCryptoMaterialProperties: {
            type: 'public-key',
            size: 1024,
            algorithmRef: 'crypto/algorithm/rsa@1.2.840.113549.1.1.1',
          },
        },
      },
      algorithm(
        'crypto/algorithm/rsa@1.2.840.113549.1.1.1',
        'RSA',
        { primitive: 'pke', parameterSetIdentifier: '1024', nistQuantumSecurityLevel: 0 },
        '1.2.840.113549.1.1.1',
      ),
      algorithm(
        'crypto/algorithm/sha256-rsa@1.2.840.113549.1.1.11',
        'sha256WithRSAEncryption',
        { primitive: 'signature', nistQuantumSecurityLevel: 0 },
        '1.2.840.113549.1.1.11',
      ),
      {
        type: 'cryptographic-asset',
        'bom-ref': 'crypto/protocol/tls@api.example.com:443',
        name: 'TLSv1.0',
        properties: [
          { name: 'scanner:host', value: 'api.example.com' },
          { name: 'scanner:port', value: '443' },
        ],
        cryptoProperties: {
          assetType: 'protocol',
          protocolProperties: {
            type: 'tls',
            version: '1.0',
            cipherSuites: [
              { name: 'TLS_RSA_WITH_3DES_EDE_CBC_SHA', identifiers: ['0x00', '0x0A'] },
              { name: 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256', identifiers: ['0xC0', '0x2F'] },
            ],
          },
        },
      },
      {
        type: 'application',
        name: 'key-service',
        properties: [{ name: 'asset', value: 'key-service.internal' }],
        components: [
          algorithm('crypto/algorithm/ml-kem-768@2.16.840.1.101.3.4.4.2', 'ML-KEM-768', {
            primitive: 'kem',
            parameterSetIdentifier: '768',
            nistQuantumSecurityLevel: 3,
          }),
        ],
      },
    ],
  };
}

function errorsOf(run: () => unknown): { field: string; message: string }[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(FindingValidationError);
    return (error as FindingValidationError).errors;
  }
  throw new Error('expected a FindingValidationError');
}

describe('cbomToFindings', () => {
  it('turns an RSA-1024 certificate into a high-or-worse quantum-vulnerable finding', () => {
    const findings = cbomToFindings(sampleCbom(), NOW);
    const cert = findings.find((f) => f.details?.assetType === 'certificate');
    expect(cert).toMatchObject({
      title: 'RSA-1024 certificate (CN=api.example.com)',
      algorithm: 'RSA',
      keySize: 1024,
      quantumVulnerable: true,
      assetId: 'api.example.com:443',
      host: 'api.example.com',
      port: 443,
    });
    expect(SEVERITY_RANK[cert!.severity!]).toBeLessThanOrEqual(SEVERITY_RANK.high);
    expect(cert!.details).toMatchObject({
      bomRef: 'crypto/certificate/api.example.com@sha256:ab12',
      signatureAlgorithm: 'sha256WithRSAEncryption',
      notAfter: '2026-12-01T00:00:00Z',
      selfSigned: false,
    });
  });

  it('does not report the key and algorithms the certificate already covers', () => {
    const refs = cbomToFindings(sampleCbom(), NOW).map((f) => f.details?.bomRef);
    expect(refs).not.toContain('crypto/key/rsa-1024@1.2.840.113549.1.1.1');
    expect(refs).not.toContain('crypto/algorithm/rsa@1.2.840.113549.1.1.1');
    expect(refs).not.toContain('crypto/algorithm/sha256-rsa@1.2.840.113549.1.1.11');
  });

  it('turns a TLS 1.0 protocol component into a legacy protocol finding', () => {
    const tls = cbomToFindings(sampleCbom(), NOW).find((f) => f.title === 'TLS 1.0 enabled');
    expect(tls).toMatchObject({
      severity: 'high',
      category: 'legacy_protocol',
      host: 'api.example.com',
      port: 443,
    });
  });

  it('reports weak cipher suites as a separate finding', () => {
    const weak = cbomToFindings(sampleCbom(), NOW).find((f) => f.category === 'weak_cipher');
    expect(weak?.title).toBe(
      'Weak cipher suites offered over TLS 1.0: TLS_RSA_WITH_3DES_EDE_CBC_SHA',
    );
    expect(weak?.severity).toBe('high');
  });

  it('rates an ML-KEM algorithm info and not quantum-vulnerable, located by its parent', () => {
    const kem = cbomToFindings(sampleCbom(), NOW).find((f) => f.algorithm === 'ML-KEM-768');
    expect(kem).toMatchObject({
      title: 'ML-KEM-768 key encapsulation in use',
      severity: 'info',
      category: 'pqc_safe',
      quantumVulnerable: false,
      assetId: 'key-service.internal',
    });
    expect(kem?.keySize).toBeUndefined();
  });

  it('leaves ids out so that normaliseFindings numbers them f_001, ...', () => {
    const findings = cbomToFindings(sampleCbom(), NOW);
    expect(findings.every((f) => f.id === undefined)).toBe(true);
    const ids = normaliseFindings(findings, NOW).map((f) => f.findingId);
    expect(ids).toEqual(findings.map((_, i) => `f_00${i + 1}`));
  });

  it('names the weak signature when it is the worst part of a certificate', () => {
    const cbom = sampleCbom();
    cbom.components[2].cryptoProperties.algorithmProperties.parameterSetIdentifier = '2048';
    cbom.components[1].cryptoProperties.relatedCryptoMaterialProperties.size = 2048;
    cbom.components[3].name = 'sha1WithRSAEncryption';
    const cert = cbomToFindings(cbom, NOW)[0];
    expect(cert).toMatchObject({
      title: 'SHA-1 signature on certificate CN=api.example.com',
      severity: 'high',
      category: 'weak_hash',
      quantumVulnerable: true,
    });
  });

  it('reports an expired, self-signed certificate', () => {
    const cbom = sampleCbom();
    const props = cbom.components[0].cryptoProperties.certificateProperties;
    props.issuerName = 'C=US,O=Example,CN=api.example.com';
    props.notValidAfter = '2026-01-01T00:00:00Z';
    props.subjectPublicKeyRef = 'crypto/algorithm/ml-kem-768@2.16.840.1.101.3.4.4.2';
    const cert = cbomToFindings(cbom, NOW)[0];
    expect(cert).toMatchObject({
      title: 'Expired certificate (CN=api.example.com)',
      category: 'certificate',
    });
    expect(cert.details?.selfSigned).toBe(true);
  });

  it('accepts a 1.7 document with relatedCryptographicAssets instead of *Ref fields', () => {
    const cbom = sampleCbom();
    cbom.specVersion = '1.7';
    const props = cbom.components[0].cryptoProperties.certificateProperties;
    props.relatedCryptographicAssets = [
      { type: 'publicKey', ref: props.subjectPublicKeyRef },
      { type: 'algorithm', ref: props.signatureAlgorithmRef },
    ];
    delete props.subjectPublicKeyRef;
    delete props.signatureAlgorithmRef;
    const cert = cbomToFindings(cbom, NOW)[0];
    expect(cert).toMatchObject({
      keySize: 1024,
      details: { signatureAlgorithm: 'sha256WithRSAEncryption' },
    });
  });

  it('ignores unknown fields', () => {
    const cbom = sampleCbom();
    cbom.somethingNew = { nested: true };
    cbom.components[0].futureField = 42;
    cbom.components[0].cryptoProperties.certificateProperties.unknownProperty = 'x';
    expect(cbomToFindings(cbom, NOW)).toEqual(cbomToFindings(sampleCbom(), NOW));
  });

  it('reports a standalone key with its algorithm', () => {
    const cbom = sampleCbom();
    cbom.components = [
      ...cbom.components.slice(1, 3),
      algorithm('crypto/algorithm/aes', 'AES-256-GCM', {
        primitive: 'ae',
        parameterSetIdentifier: '256',
      }),
    ];
    const titles = cbomToFindings(cbom, NOW).map((f) => [f.title, f.severity]);
    expect(titles).toEqual([
      ['RSA-1024 public key', 'critical'],
      ['AES-256-GCM authenticated encryption in use', 'info'],
    ]);
  });

  it('rejects specVersion 1.5', () => {
    const cbom = { ...sampleCbom(), specVersion: '1.5' };
    expect(errorsOf(() => cbomToFindings(cbom, NOW))).toEqual([
      { field: 'cbom.specVersion', message: 'must be "1.6" or "1.7"' },
    ]);
  });

  it.each([null, 'CycloneDX', [], 42])('rejects %p, which is not an object', (value) => {
    expect(errorsOf(() => cbomToFindings(value, NOW))[0].field).toBe('cbom');
  });

  it('rejects a document that is not CycloneDX or has no components array', () => {
    const fields = errorsOf(() => cbomToFindings({ bomFormat: 'SPDX', specVersion: '1.6' }, NOW));
    expect(fields.map((e) => e.field)).toEqual(['cbom.bomFormat', 'cbom.components']);
  });

  it('rejects a document without any cryptographic-asset component', () => {
    const cbom = { ...sampleCbom(), components: [{ type: 'library', name: 'openssl' }] };
    expect(errorsOf(() => cbomToFindings(cbom, NOW))[0]).toEqual({
      field: 'cbom.components',
      message: 'contains no cryptographic-asset component',
    });
  });

  it('rejects more than 5000 resulting findings', () => {
    const components = Array.from({ length: 5001 }, (_, i) =>
      algorithm(`alg-${i}`, 'AES-128', { primitive: 'block-cipher' }),
    );
    const cbom = { bomFormat: 'CycloneDX', specVersion: '1.6', components };
    expect(errorsOf(() => cbomToFindings(cbom, NOW))).toEqual([
      { field: 'cbom.components', message: 'more than 5000 findings' },
    ]);
  });
});
