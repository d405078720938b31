import { ExamplesObject } from '@nestjs/swagger';

/**
 * Request bodies shown in the document and prefilled by Swagger UI's "Try it out". Each one must
 * succeed as sent, on any tenant and any scan: without them Swagger UI builds a body from every
 * property's example, optional ones included (an import with both `findings` and `cbom`, an
 * upsert with another scan's `assetId`), which the service rightly answers 422.
 */

/** `POST /tenant/scans`: the native format, and the same kind of finding as a CycloneDX CBOM. */
export const IMPORT_SCAN_EXAMPLES: ExamplesObject = {
  native: {
    summary: 'Native findings',
    value: {
      target: 'api.example.com:443',
      label: 'Weekly external TLS scan',
      findings: [
        {
          title: 'RSA-1024 certificate',
          algorithm: 'RSA',
          keySize: 1024,
          host: 'api.example.com',
          port: 443,
          details: { notAfter: '2027-01-31T00:00:00Z' },
        },
        { title: 'TLS 1.0 enabled', host: 'api.example.com', port: 443 },
      ],
    },
  },
  cbom: {
    summary: 'A CycloneDX 1.6 CBOM',
    value: {
      target: 'api.example.com:443',
      cbom: {
        bomFormat: 'CycloneDX',
        specVersion: '1.6',
        version: 1,
        components: [
          {
            type: 'cryptographic-asset',
            'bom-ref': 'cert-api',
            name: 'api.example.com',
            cryptoProperties: {
              assetType: 'certificate',
              certificateProperties: {
                subjectName: 'CN=api.example.com',
                issuerName: 'CN=Example Issuing CA',
                notValidAfter: '2027-01-01T00:00:00Z',
                signatureAlgorithmRef: 'alg-sha256rsa',
                subjectPublicKeyRef: 'key-rsa1024',
              },
            },
            evidence: { occurrences: [{ location: 'api.example.com:443' }] },
          },
          {
            type: 'cryptographic-asset',
            'bom-ref': 'key-rsa1024',
            name: 'RSA-1024 public key',
            cryptoProperties: {
              assetType: 'related-crypto-material',
              relatedCryptoMaterialProperties: {
                type: 'public-key',
                size: 1024,
                algorithmRef: 'alg-rsa',
              },
            },
          },
          {
            type: 'cryptographic-asset',
            'bom-ref': 'alg-rsa',
            name: 'RSA',
            cryptoProperties: {
              assetType: 'algorithm',
              algorithmProperties: { primitive: 'pke', nistQuantumSecurityLevel: 0 },
            },
          },
          {
            type: 'cryptographic-asset',
            'bom-ref': 'alg-sha256rsa',
            name: 'sha256WithRSAEncryption',
            cryptoProperties: {
              assetType: 'algorithm',
              oid: '1.2.840.113549.1.1.11',
              algorithmProperties: { primitive: 'signature' },
            },
          },
        ],
      },
    },
  },
};

/**
 * `POST /tenant/scans/{scan_id}/remediation`. No `assetId`: an asset fits the items of one scan
 * only. `rem_001` exists in every scan with a finding.
 */
export const UPSERT_REMEDIATION_EXAMPLES: ExamplesObject = {
  start: {
    summary: 'Take ownership and start work',
    value: {
      remediationId: 'rem_001',
      status: 'in_progress',
      owner: 'alice@example.com',
      targetDate: '2027-03-31',
      notes: 'Reissuing with ECDSA P-256 via the internal CA.',
    },
  },
  acceptRisk: {
    summary: 'Accept the risk (notes are the justification)',
    value: {
      remediationId: 'rem_001',
      status: 'accepted_risk',
      notes:
        'Host is decommissioned in Q1; until then it is reachable from the internal network only.',
    },
  },
  reopen: {
    summary: 'Reopen, clearing owner and target date',
    value: { remediationId: 'rem_001', status: 'open', owner: null, targetDate: null },
  },
};
