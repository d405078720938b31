import { http } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';
import { TenantKeys, tenantWithKeys } from '../support/fixtures';

const RSA_1024_CBOM = {
  bomFormat: 'CycloneDX',
  specVersion: '1.6',
  serialNumber: 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79',
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
          notValidBefore: '2025-01-01T00:00:00Z',
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
};

describe('scans', () => {
  let t: TestApp;
  let acme: TenantKeys;
  let other: TenantKeys;

  beforeAll(async () => {
    t = await startTestApp();
    [acme, other] = await Promise.all([tenantWithKeys(t.url), tenantWithKeys(t.url)]);
  });
  afterAll(() => t.close());

  const listScans = async (key: string) =>
    (await http(t.url, 'GET', '/tenant/scans?limit=100', { key })).body;

  it('imports native findings: ids f_001... and one open backlog item rem_001... per finding', async () => {
    const res = await http(t.url, 'POST', '/tenant/scans', {
      key: acme.operator,
      body: {
        target: 'api.example.com',
        label: 'weekly',
        findings: [
          {
            title: 'RSA-1024 certificate',
            algorithm: 'RSA',
            keySize: 1024,
            host: 'api.example.com',
            port: 443,
          },
          { id: 'custom-7', title: 'ML-KEM-768 key exchange', algorithm: 'ML-KEM-768' },
          { title: 'Legacy thing', severity: 'low' },
        ],
      },
    });
    expect(res.status).toBe(201);
    const scan = res.body.scan;
    expect(scan.scanId).toMatch(/^scan_[0-9A-Z]{26}$/);
    expect(scan.findings.map((f: { findingId: string }) => f.findingId)).toEqual([
      'f_001',
      'custom-7',
      'f_003',
    ]);
    expect(scan.findings.map((f: { remediationId: string }) => f.remediationId)).toEqual([
      'rem_001',
      'rem_002',
      'rem_003',
    ]);
    expect(scan.findings[0]).toMatchObject({
      quantumVulnerable: true,
      assetId: 'api.example.com:443',
    });
    expect(['critical', 'high']).toContain(scan.findings[0].severity);
    expect(scan.findings[1].quantumVulnerable).toBe(false);
    expect(scan.findings[2].severity).toBe('low');
    expect(scan.remediation).toEqual({
      total: 3,
      byStatus: {
        open: 3,
        in_progress: 0,
        blocked: 0,
        done: 0,
        accepted_risk: 0,
        false_positive: 0,
      },
      completionPercentage: 0,
    });
    expect(scan.readinessScore).toBeGreaterThanOrEqual(0);
    expect(scan.readinessScore).toBeLessThan(100);
    const queue = await http(t.url, 'GET', `/tenant/scans/${scan.scanId}/remediation`, {
      key: acme.viewer,
    });
    expect(
      queue.body.items.map((i: { remediationId: string; status: string }) => [
        i.remediationId,
        i.status,
      ]),
    ).toEqual([
      ['rem_001', 'open'],
      ['rem_002', 'open'],
      ['rem_003', 'open'],
    ]);
    expect(queue.body.items[0]).toMatchObject({
      findingId: 'f_001',
      title: 'RSA-1024 certificate',
      version: 1,
    });
  });

  it('turns a CBOM with an RSA-1024 certificate into a high-or-worse quantum-vulnerable finding', async () => {
    const res = await http(t.url, 'POST', '/tenant/scans', {
      key: acme.operator,
      body: { cbom: RSA_1024_CBOM },
    });
    expect(res.status).toBe(201);
    expect(res.body.scan.format).toBe('cbom');
    const certificate = res.body.scan.findings.find(
      (f: { keySize: number | null }) => f.keySize === 1024,
    );
    expect(certificate).toBeDefined();
    expect(['critical', 'high']).toContain(certificate.severity);
    expect(certificate.quantumVulnerable).toBe(true);
  });

  it('stores nothing when one finding of an import is invalid', async () => {
    const before = (await listScans(acme.admin)).count;
    const res = await http(t.url, 'POST', '/tenant/scans', {
      key: acme.operator,
      body: {
        findings: [{ title: 'fine' }, { title: 'bad', keySize: 'big' }, { severity: 'extreme' }],
      },
    });
    expect(res.status).toBe(422);
    const fields = res.body.detail.map((d: { field: string }) => d.field);
    expect(fields).toEqual(
      expect.arrayContaining(['findings[1].keySize', 'findings[2].title', 'findings[2].severity']),
    );
    expect((await listScans(acme.admin)).count).toBe(before);
  });

  it('rejects duplicate finding ids, both formats at once, more than 5,000 findings and a bad CBOM', async () => {
    const dup = await http(t.url, 'POST', '/tenant/scans', {
      key: acme.operator,
      body: {
        findings: [
          { id: 'a', title: 'x' },
          { id: 'a', title: 'y' },
        ],
      },
    });
    expect(dup.status).toBe(422);
    const both = await http(t.url, 'POST', '/tenant/scans', {
      key: acme.operator,
      body: { findings: [], cbom: RSA_1024_CBOM },
    });
    expect(both.status).toBe(422);
    const tooMany = Array.from({ length: 5001 }, (_, i) => ({ title: `f${i}` }));
    const big = await http(t.url, 'POST', '/tenant/scans', {
      key: acme.operator,
      body: { findings: tooMany },
    });
    expect(big.status).toBe(422);
    const badCbom = await http(t.url, 'POST', '/tenant/scans', {
      key: acme.operator,
      body: { cbom: { bomFormat: 'SPDX' } },
    });
    expect(badCbom.status).toBe(422);
  });

  it('accepts an import body over 1 MiB (scan imports may be up to 10 MiB)', async () => {
    const findings = Array.from({ length: 5000 }, (_, i) => ({
      title: `RSA-2048 certificate on host-${i}.internal`,
      algorithm: 'RSA',
      keySize: 2048,
      host: `host-${i}.internal`,
      port: 443,
      details: { note: 'x'.repeat(200) },
    }));
    const res = await http(t.url, 'POST', '/tenant/scans', {
      key: acme.operator,
      body: { findings },
    });
    expect(res.status).toBe(201);
    expect(res.body.scan.findingCount).toBe(5000);
    expect(res.body.scan.findings[4999].remediationId).toBe('rem_5000');
  });

  it('forbids a viewer from importing and hides scans from other tenants', async () => {
    expect(
      (await http(t.url, 'POST', '/tenant/scans', { key: acme.viewer, body: { findings: [] } }))
        .status,
    ).toBe(403);
    const mine = await listScans(acme.viewer);
    const foreign = await http(t.url, 'GET', `/tenant/scans/${mine.scans[0].scanId}`, {
      key: other.admin,
    });
    expect(foreign.status).toBe(404);
    expect((await listScans(other.viewer)).count).toBe(0);
  });

  it('lists scans newest first with counts and pages with a cursor', async () => {
    const all = await listScans(acme.viewer);
    expect(all.count).toBeGreaterThanOrEqual(3);
    const times = all.scans.map((s: { createdAt: string }) => Date.parse(s.createdAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(all.scans[0]).toEqual(
      expect.objectContaining({
        findingCount: expect.any(Number),
        openRemediationCount: expect.any(Number),
        readinessBand: expect.any(String),
      }),
    );
    const first = await http(t.url, 'GET', '/tenant/scans?limit=1', { key: acme.viewer });
    const second = await http(
      t.url,
      'GET',
      `/tenant/scans?limit=1&cursor=${first.body.nextCursor}`,
      { key: acme.viewer },
    );
    expect(second.body.scans[0].scanId).toBe(all.scans[1].scanId);
    expect((await http(t.url, 'GET', '/tenant/scans?limit=101', { key: acme.viewer })).status).toBe(
      422,
    );
  });

  it('pages the queue without duplicates or gaps while items change', async () => {
    const findings = Array.from({ length: 120 }, (_, i) => ({
      title: `TLS 1.0 enabled on host ${i}`,
    }));
    const res = await http(t.url, 'POST', '/tenant/scans', {
      key: acme.operator,
      body: { findings },
    });
    const scanId = res.body.scan.scanId;
    const seen: string[] = [];
    let cursor: string | null = null;
    let page = 0;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const res2 = await http(
        t.url,
        'GET',
        `/tenant/scans/${scanId}/remediation?limit=25${query}`,
        { key: acme.viewer },
      );
      expect(res2.status).toBe(200);
      seen.push(...res2.body.items.map((i: { remediationId: string }) => i.remediationId));
      cursor = res2.body.nextCursor;
      // Change items on both sides of the cursor between pages.
      await http(t.url, 'POST', `/tenant/scans/${scanId}/remediation`, {
        key: acme.operator,
        body: {
          remediationId: `rem_${String(page * 25 + 1).padStart(3, '0')}`,
          status: 'in_progress',
          owner: `p${page}`,
        },
      });
      await http(t.url, 'POST', `/tenant/scans/${scanId}/remediation`, {
        key: acme.operator,
        body: {
          remediationId: `rem_${String(Math.min(120, page * 25 + 60)).padStart(3, '0')}`,
          status: 'blocked',
        },
      });
      page++;
    } while (cursor);
    expect(seen).toHaveLength(120);
    expect(new Set(seen).size).toBe(120);
    const filtered = await http(
      t.url,
      'GET',
      `/tenant/scans/${scanId}/remediation?status=blocked,in_progress&owner=p0`,
      { key: acme.viewer },
    );
    expect(filtered.body.items.map((i: { remediationId: string }) => i.remediationId)).toEqual([
      'rem_001',
    ]);
    expect(
      (
        await http(t.url, 'GET', `/tenant/scans/${scanId}/remediation?status=nope`, {
          key: acme.viewer,
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await http(t.url, 'GET', `/tenant/scans/${scanId}/remediation?cursor=garbage`, {
          key: acme.viewer,
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await http(t.url, 'GET', `/tenant/scans/${scanId}/remediation?limit=201`, {
          key: acme.viewer,
        })
      ).status,
    ).toBe(422);
  });

  it('keeps scans and remediation changes across a restart', async () => {
    const res = await http(t.url, 'POST', '/tenant/scans', {
      key: acme.operator,
      body: { findings: [{ title: 'RSA-1024 certificate' }] },
    });
    const scanId = res.body.scan.scanId;
    await http(t.url, 'POST', `/tenant/scans/${scanId}/remediation`, {
      key: acme.operator,
      body: { remediationId: 'rem_001', status: 'in_progress', owner: 'alice@example.com' },
    });
    await t.close();
    t = await startTestApp();
    const item = await http(t.url, 'GET', `/tenant/scans/${scanId}/remediation/rem_001`, {
      key: acme.viewer,
    });
    expect(item.status).toBe(200);
    expect(item.body.item).toMatchObject({
      status: 'in_progress',
      owner: 'alice@example.com',
      version: 2,
    });
  });
});
