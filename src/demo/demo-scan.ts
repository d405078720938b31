import { Principal } from '../common/auth/principal';
import { UpsertRemediationDto } from '../remediation/remediation.dto';
import { RemediationService } from '../remediation/remediation.service';
import { ImportScanDto } from '../scans/scan.dto';
import { ScansService } from '../scans/scans.service';

/** A realistic first scan: the seed's RSA-1024 certificate on the external API edge comes first. */
export const DEMO_SCAN: ImportScanDto = {
  target: 'example.com external and internal estate',
  label: 'Demo: quarterly TLS and certificate scan',
  findings: [
    {
      title: 'RSA-1024 certificate',
      algorithm: 'RSA',
      keySize: 1024,
      host: 'api.example.com',
      port: 443,
      assetId: 'api-edge-01',
      details: { exposure: 'external API edge', signatureAlgorithm: 'sha256WithRSAEncryption' },
    },
    {
      title: 'Certificate signed with sha1WithRSAEncryption',
      algorithm: 'RSA',
      keySize: 2048,
      host: 'legacy.example.com',
      port: 443,
      assetId: 'legacy-portal',
      details: { signatureAlgorithm: 'sha1WithRSAEncryption' },
    },
    {
      title: 'TLS 1.0 enabled',
      host: 'mail.example.com',
      port: 465,
      assetId: 'mail-gw-01',
      details: { protocol: 'TLS 1.0' },
    },
    {
      title: '3DES cipher suite offered (TLS_RSA_WITH_3DES_EDE_CBC_SHA)',
      algorithm: '3DES',
      host: 'vpn.example.com',
      port: 443,
      assetId: 'vpn-01',
    },
    {
      title: 'No hybrid post-quantum key exchange (X25519MLKEM768 not offered)',
      algorithm: 'ECDH',
      host: 'www.example.com',
      port: 443,
      assetId: 'web-frontend',
    },
    {
      title: 'RSA-2048 certificate',
      algorithm: 'RSA',
      keySize: 2048,
      host: 'www.example.com',
      port: 443,
      assetId: 'web-frontend',
    },
    {
      title: 'ECDSA P-256 code-signing key',
      algorithm: 'ECDSA',
      keySize: 256,
      assetId: 'release-signing',
    },
    {
      title: 'Certificate expired',
      algorithm: 'RSA',
      keySize: 2048,
      host: 'status.example.com',
      port: 443,
      assetId: 'status-page',
      details: { notAfter: '2026-09-30T00:00:00Z' },
    },
    {
      title: 'Self-signed certificate on admin portal',
      host: 'admin.internal.example.com',
      port: 8443,
      assetId: 'admin-portal',
      details: { selfSigned: true },
    },
    {
      title: 'ML-KEM-768 key exchange offered',
      algorithm: 'ML-KEM-768',
      host: 'pq.example.com',
      port: 443,
      assetId: 'pq-pilot',
    },
  ],
};

/** Triage on the first scan, as a team would do it before the next scan. */
export const DEMO_TRIAGE: UpsertRemediationDto[] = [
  {
    remediationId: 'rem_001',
    status: 'in_progress',
    owner: 'alice@example.com',
    notes: 'Reissuing with ECDSA P-256 via the internal CA.',
    targetDate: '2027-06-30',
  },
  { remediationId: 'rem_002', status: 'in_progress', owner: 'bob@example.com' },
  {
    remediationId: 'rem_004',
    status: 'done',
    owner: 'carol@example.com',
    notes: '3DES suite removed from the VPN profile.',
  },
  {
    remediationId: 'rem_009',
    status: 'accepted_risk',
    notes: 'Internal admin portal only; replaced with the new SSO gateway next quarter.',
  },
];

/**
 * The same estate a month later: the SHA-1 signed certificate on the legacy portal is gone
 * (its location was scanned: fixed), the 3DES suite is back after being marked done
 * (reopened), and everything else is carried with its owner, notes and decisions.
 */
export const DEMO_RESCAN: ImportScanDto = {
  target: DEMO_SCAN.target,
  label: 'Demo: rescan a month later',
  findings: DEMO_SCAN.findings!.filter((f) => f.assetId !== 'legacy-portal'),
  coveredLocations: [{ assetId: 'legacy-portal' }],
};

/** Both demo scans with triage in between; returns the newer scan's id (the current items). */
export async function importDemoScans(
  scans: ScansService,
  remediation: RemediationService,
  operator: Principal,
): Promise<string> {
  const first = await scans.import(operator, DEMO_SCAN);
  for (const change of DEMO_TRIAGE) await remediation.upsert(operator, first, change);
  return scans.import(operator, DEMO_RESCAN);
}
