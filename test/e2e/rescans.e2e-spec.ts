import { DataSource } from 'typeorm';
import { RealFingerprints1764676800000 } from '../../src/database/migrations/1764676800000-real-fingerprints';
import { WeakScannerFingerprints1764936000000 } from '../../src/database/migrations/1764936000000-weak-scanner-fingerprints';
import { DEMO_RESCAN, DEMO_SCAN, DEMO_TRIAGE } from '../../src/demo/demo-scan';
import { http } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';
import { TenantKeys, tenantWithKeys, TLS10, WEAK_RSA } from '../support/fixtures';

const SHA1 = { title: 'SHA-1 signature', algorithm: 'SHA1', assetId: 'build-01' };

describe('rescans (CONTRACT §10)', () => {
  let t: TestApp;
  let acme: TenantKeys;
  let other: TenantKeys;
  let seq = 0;

  beforeAll(async () => {
    t = await startTestApp();
    [acme, other] = await Promise.all([tenantWithKeys(t.url), tenantWithKeys(t.url)]);
  });
  afterAll(() => t.close());

  const newTarget = () => `target-${++seq}.example.com`;
  const importScan = async (body: Record<string, unknown>, key = acme.operator) => {
    const res = await http(t.url, 'POST', '/tenant/scans', { key, body });
    expect(res.status).toBe(201);
    return res.body.scan;
  };
  const item = async (scanId: string, remediationId: string, key = acme.viewer) =>
    (await http(t.url, 'GET', `/tenant/scans/${scanId}/remediation/${remediationId}`, { key })).body
      .item;
  const upsert = (scanId: string, body: unknown, headers: Record<string, string> = {}) =>
    http(t.url, 'POST', `/tenant/scans/${scanId}/remediation`, {
      key: acme.operator,
      body,
      headers,
    });
  const changes = async (scanId: string, query = '') =>
    (await http(t.url, 'GET', `/tenant/scans/${scanId}/rescan${query}`, { key: acme.viewer })).body;

  it('keeps fingerprints through order, title, key size, serial, dates, host case and ids', async () => {
    const target = newTarget();
    const first = await importScan({
      target,
      findings: [
        { ...WEAK_RSA, details: { serialNumber: '01', notAfter: '2027-01-01T00:00:00Z' } },
        TLS10,
      ],
    });
    const second = await importScan({
      target: target.toUpperCase() + '.',
      findings: [
        { ...TLS10, id: 'x-9' },
        {
          ...WEAK_RSA,
          title: 'Weak RSA key on API edge',
          keySize: 768,
          host: 'API.Example.com.',
          details: { serialNumber: '02', notAfter: '2031-01-01T00:00:00Z' },
        },
      ],
    });
    expect(second.baselineScanId).toBe(first.scanId);
    expect(second.rescan).toEqual({
      coverage: 'partial',
      counts: { new: 0, carried: 2, fixed: 0, reopened: 0, notObserved: 0, duplicates: 0 },
    });
    const [a, b] = [await item(first.scanId, 'rem_001'), await item(second.scanId, 'rem_002')];
    expect(b.fingerprint).toBe(a.fingerprint);
    expect(a.fingerprint).toMatch(/^fp1_[0-9a-f]{32}$/);
    expect(b.carriedFrom).toEqual({ scanId: first.scanId, remediationId: 'rem_001' });
    // Every finding shows the fingerprint of its backlog item, in the import and in the scan.
    for (const scan of [first, second]) {
      const detail = await http(t.url, 'GET', `/tenant/scans/${scan.scanId}`, { key: acme.viewer });
      for (const findings of [scan.findings, detail.body.scan.findings]) {
        for (const finding of findings) {
          const own = await item(scan.scanId, finding.remediationId);
          expect([finding.fingerprint, finding.fingerprintQuality]).toEqual([
            own.fingerprint,
            own.fingerprintQuality,
          ]);
        }
      }
    }
  });

  it('RSA-1024 → RSA-2048 at one location: weak RSA fixed, quantum-vulnerable RSA new', async () => {
    const target = newTarget();
    const first = await importScan({ target, findings: [WEAK_RSA] });
    const second = await importScan({
      target,
      findings: [{ ...WEAK_RSA, title: 'RSA-2048 certificate', keySize: 2048 }],
    });
    expect(second.rescan.counts).toMatchObject({ new: 1, fixed: 1, carried: 0 });
    const old = await item(first.scanId, 'rem_001');
    expect(old).toMatchObject({
      status: 'done',
      verification: { state: 'confirmed', verifyScanId: second.scanId },
    });
    expect(old.supersededBy).toBeNull();
    const fresh = await item(second.scanId, 'rem_001');
    expect(fresh.fingerprint).not.toBe(old.fingerprint);
    const fixed = await changes(second.scanId, '?change=fixed');
    expect(fixed.changes).toHaveLength(1);
    expect(fixed.changes[0].item).toMatchObject({ scanId: first.scanId, remediationId: 'rem_001' });
  });

  it('carries status, owner, notes, target date and first-seen; never flips risk decisions', async () => {
    const target = newTarget();
    const first = await importScan({ target, findings: [WEAK_RSA, TLS10, SHA1] });
    expect(
      (
        await upsert(first.scanId, {
          remediationId: 'rem_001',
          status: 'in_progress',
          owner: 'alice@example.com',
          notes: 'reissuing',
          targetDate: '2027-03-31',
        })
      ).status,
    ).toBe(200);
    const risk = { remediationId: 'rem_002', status: 'accepted_risk', notes: 'legacy mail relay' };
    expect((await upsert(first.scanId, risk)).status).toBe(200);
    const fp = { remediationId: 'rem_003', status: 'false_positive', notes: 'test key' };
    expect((await upsert(first.scanId, fp)).status).toBe(200);
    const before = await item(first.scanId, 'rem_001');

    const second = await importScan({
      target,
      findings: [WEAK_RSA, { ...TLS10, severity: 'critical' }, { ...SHA1, severity: 'low' }],
    });
    expect(second.rescan.counts).toMatchObject({ carried: 3, new: 0, fixed: 0 });
    const carried = await item(second.scanId, 'rem_001');
    expect(carried).toMatchObject({
      status: 'in_progress',
      owner: 'alice@example.com',
      notes: 'reissuing',
      targetDate: '2027-03-31',
      firstSeenAt: before.firstSeenAt,
      version: 1,
      regression: false,
    });
    expect(await item(second.scanId, 'rem_002')).toMatchObject({
      status: 'accepted_risk',
      notes: 'legacy mail relay',
    });
    expect(await item(second.scanId, 'rem_003')).toMatchObject({ status: 'false_positive' });

    const old = await item(first.scanId, 'rem_001');
    expect(old.supersededBy).toEqual({ scanId: second.scanId, remediationId: 'rem_001' });
    expect(old.version).toBe(before.version + 1);
    const history = (
      await http(t.url, 'GET', `/tenant/scans/${first.scanId}/remediation/rem_001/history`, {
        key: acme.viewer,
      })
    ).body.entries;
    expect(history.at(-1).actor).toMatchObject({ type: 'system', id: 'rescan', keyId: null });
    const origin = (
      await http(t.url, 'GET', `/tenant/scans/${second.scanId}/remediation/rem_001/history`, {
        key: acme.viewer,
      })
    ).body.entries;
    expect(origin[0].changes.carried.to).toEqual({
      scanId: first.scanId,
      remediationId: 'rem_001',
    });

    // A write to the superseded item names the current one.
    const stale = await upsert(first.scanId, { remediationId: 'rem_001', status: 'blocked' });
    expect(stale.status).toBe(409);
    expect(JSON.stringify(stale.body.detail)).toContain(`${second.scanId}/rem_001`);

    const audit = await http(t.url, 'GET', '/tenant/audit?limit=200', { key: acme.admin });
    expect(audit.status).toBe(200);
    const carriedEntry = audit.body.entries.find(
      (e: { action: string; targetId: string }) =>
        e.action === 'remediation.carried' && e.targetId === `${first.scanId}/rem_001`,
    );
    expect(carriedEntry.actor).toEqual({
      type: 'system',
      id: 'rescan',
      keyId: null,
      label: 'rescan',
    });
  });

  it('confirms a fix only where the scan looked: partial → notObserved, coveredLocations and complete → fixed', async () => {
    const target = newTarget();
    const first = await importScan({ target, findings: [WEAK_RSA, TLS10] });
    const partial = await importScan({ target, findings: [] });
    expect(partial.rescan.counts).toMatchObject({ notObserved: 2, fixed: 0 });
    expect(await item(first.scanId, 'rem_001')).toMatchObject({ status: 'open', version: 1 });

    const covered = await importScan({
      target,
      findings: [],
      coveredLocations: [{ host: 'API.example.com', port: 443 }],
    });
    expect(covered.rescan.counts).toMatchObject({ fixed: 1, notObserved: 1 });
    expect(await item(first.scanId, 'rem_001')).toMatchObject({
      status: 'done',
      verification: { state: 'confirmed', verifyScanId: covered.scanId },
    });

    const complete = await importScan({ target, findings: [], coverage: 'complete' });
    // The confirmed item is settled: neither changed nor counted again.
    expect(complete.rescan).toEqual({
      coverage: 'complete',
      counts: { new: 0, carried: 0, fixed: 1, reopened: 0, notObserved: 0, duplicates: 0 },
    });
    expect(await item(first.scanId, 'rem_002')).toMatchObject({ status: 'done' });
  });

  it('reopens a regression after a confirmed fix, with owner and notes and a history entry', async () => {
    const target = newTarget();
    const first = await importScan({ target, findings: [WEAK_RSA] });
    await upsert(first.scanId, {
      remediationId: 'rem_001',
      status: 'in_progress',
      owner: 'bob',
      notes: 'n',
    });
    const fixed = await importScan({ target, findings: [], coverage: 'complete' });
    expect(fixed.rescan.counts.fixed).toBe(1);
    const back = await importScan({ target, findings: [WEAK_RSA] });
    expect(back.rescan.counts).toMatchObject({ reopened: 1, new: 0 });
    expect(await item(back.scanId, 'rem_001')).toMatchObject({
      status: 'open',
      regression: true,
      reopenCount: 1,
      owner: 'bob',
      notes: 'n',
      carriedFrom: { scanId: first.scanId, remediationId: 'rem_001' },
    });
    expect(await item(first.scanId, 'rem_001')).toMatchObject({
      verification: { state: 'failed', verifyScanId: back.scanId },
      supersededBy: { scanId: back.scanId, remediationId: 'rem_001' },
    });
    const entries = (
      await http(t.url, 'GET', `/tenant/scans/${back.scanId}/remediation/rem_001/history`, {
        key: acme.viewer,
      })
    ).body.entries;
    expect(entries[0].changes).toMatchObject({
      reopened: { from: null, to: { scanId: first.scanId, remediationId: 'rem_001' } },
      status: { from: 'done', to: 'open' },
    });
    expect(entries[0].actor).toMatchObject({ type: 'system', id: 'rescan' });
  });

  it('re-importing identical content only carries; duplicates are counted, not matched', async () => {
    const target = newTarget();
    const findings = [WEAK_RSA, TLS10, { ...WEAK_RSA, title: 'same cert again' }];
    const first = await importScan({ target, findings });
    expect(await item(first.scanId, 'rem_003')).toMatchObject({
      duplicateOf: { scanId: first.scanId, remediationId: 'rem_001' },
    });
    const again = await importScan({ target, findings });
    expect(again.rescan.counts).toEqual({
      new: 0,
      carried: 2,
      fixed: 0,
      reopened: 0,
      notObserved: 0,
      duplicates: 1,
    });
    const all = await changes(again.scanId);
    expect(all.changes.map((c: { change: string }) => c.change)).toEqual(['carried', 'carried']);
  });

  it('a scanner fingerprint wins; baselineScanId none, explicit id, auto without target', async () => {
    const target = newTarget();
    const first = await importScan({
      target,
      findings: [{ ...WEAK_RSA, fingerprint: 'scanner-1' }],
    });
    const moved = await importScan({
      target,
      findings: [{ ...WEAK_RSA, host: 'elsewhere.example.com', fingerprint: 'scanner-1' }],
    });
    expect(moved.rescan.counts.carried).toBe(1);
    const none = await importScan({ target, findings: [WEAK_RSA], baselineScanId: 'none' });
    expect(none).toMatchObject({ baselineScanId: null, rescan: null });
    const explicit = await importScan({
      findings: [{ ...WEAK_RSA, fingerprint: 'scanner-1' }],
      baselineScanId: moved.scanId,
    });
    expect(explicit.baselineScanId).toBe(moved.scanId);
    expect(explicit.rescan.counts.carried).toBe(1);
    const auto = await http(t.url, 'POST', '/tenant/scans', {
      key: acme.operator,
      body: { findings: [WEAK_RSA], baselineScanId: 'auto' },
    });
    expect(auto.status).toBe(422);
    const foreign = await http(t.url, 'POST', '/tenant/scans', {
      key: other.operator,
      body: { findings: [WEAK_RSA], baselineScanId: first.scanId },
    });
    expect(foreign.status).toBe(404);
  });

  it('two concurrent imports of one target leave one chain', async () => {
    const target = newTarget();
    const first = await importScan({ target, findings: [WEAK_RSA, TLS10] });
    const [a, b] = await Promise.all([
      importScan({ target, findings: [WEAK_RSA, TLS10] }),
      importScan({ target, findings: [WEAK_RSA, TLS10] }),
    ]);
    const counts = [a.rescan.counts.carried, b.rescan.counts.carried];
    expect(counts).toEqual([2, 2]);
    // One of them carried from the first scan, the other from that one.
    const bases = [a.baselineScanId, b.baselineScanId].sort();
    expect(bases).toContain(first.scanId);
    const old = await item(first.scanId, 'rem_001');
    const mid = await item(old.supersededBy.scanId, 'rem_001');
    expect(mid.supersededBy).not.toBeNull();
    const last = await item(mid.supersededBy.scanId, 'rem_001');
    expect(last.supersededBy).toBeNull();
    expect(last.carriedFrom).toEqual({ scanId: mid.scanId, remediationId: 'rem_001' });
  });

  it('a rescan racing 50 upserts on its baseline loses none of them', async () => {
    const target = newTarget();
    const findings = Array.from({ length: 50 }, (_, i) => ({
      title: 'RSA-1024 certificate',
      algorithm: 'RSA',
      keySize: 1024,
      assetId: `host-${i}`,
    }));
    const first = await importScan({ target, findings });
    const writes = findings.map((_, i) =>
      upsert(first.scanId, {
        remediationId: `rem_${String(i + 1).padStart(3, '0')}`,
        status: 'in_progress',
        owner: `owner-${i}`,
      }),
    );
    const [rescan, ...results] = await Promise.all([importScan({ target, findings }), ...writes]);
    for (const [i, res] of results.entries()) {
      const rid = `rem_${String(i + 1).padStart(3, '0')}`;
      const carried = await item(rescan.scanId, rid);
      if (res.status === 200) expect(carried.owner).toBe(`owner-${i}`);
      else {
        expect(res.status).toBe(409);
        expect(carried.owner).toBeNull();
      }
    }
  });

  describe('verify', () => {
    let first: { scanId: string };
    let later: { scanId: string };
    const verify = (
      scanId: string,
      body: unknown,
      key = acme.operator,
      headers: Record<string, string> = {},
    ) => http(t.url, 'POST', `/tenant/scans/${scanId}/remediation/verify`, { key, body, headers });

    beforeAll(async () => {
      first = await importScan({
        findings: [WEAK_RSA, TLS10, { title: 'Mystery weak crypto' }, SHA1],
      });
      await upsert(first.scanId, {
        remediationId: 'rem_001',
        status: 'in_progress',
        owner: 'carol',
        notes: 'x',
      });
      // No target: no baseline, so nothing is changed by the import itself.
      later = await importScan({
        findings: [{ ...TLS10 }, { title: 'other', assetId: 'api.example.com:443' }],
        coveredLocations: [{ host: 'api.example.com', port: 443 }],
      });
    });

    it('fixed where the verify scan listed the location in coveredLocations, as an import counts it', async () => {
      // The later scan has no finding at hp:api.example.com:443 (its other item is at an asset
      // id), but its import said it looked there: the location was rescanned (contract §10).
      const res = await verify(first.scanId, {
        remediationId: 'rem_001',
        verifyScanId: later.scanId,
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ verified: true, outcome: 'fixed', changed: true });
      expect(res.body.item).toMatchObject({
        status: 'done',
        version: 3,
        owner: 'carol',
        verification: { state: 'confirmed', verifyScanId: later.scanId },
      });
    });

    it('still_present names the match; not_observed and unverifiable change nothing', async () => {
      const present = await verify(first.scanId, {
        remediationId: 'rem_002',
        verifyScanId: later.scanId,
      });
      expect(present.body).toMatchObject({
        verified: false,
        outcome: 'still_present',
        changed: true,
        match: { scanId: later.scanId, remediationId: 'rem_001' },
        item: { verification: { state: 'failed', verifyScanId: later.scanId }, status: 'open' },
      });
      const again = await verify(first.scanId, {
        remediationId: 'rem_002',
        verifyScanId: later.scanId,
      });
      expect(again.body).toMatchObject({ outcome: 'still_present', changed: false });
      const weak = await verify(first.scanId, {
        remediationId: 'rem_003',
        verifyScanId: later.scanId,
      });
      expect(weak.body).toMatchObject({ outcome: 'unverifiable', changed: false, verified: false });
      const unseen = await verify(first.scanId, {
        remediationId: 'rem_004',
        verifyScanId: later.scanId,
      });
      expect(unseen.body).toMatchObject({ outcome: 'not_observed', changed: false });
    });

    it('fixed with complete coverage, then idempotent; 412, 422, 404, 403', async () => {
      const complete = await importScan({ findings: [], coverage: 'complete' });
      const stale = await verify(
        first.scanId,
        { remediationId: 'rem_004', verifyScanId: complete.scanId },
        acme.operator,
        { 'if-match': '"99"' },
      );
      expect(stale.status).toBe(412);
      const ok = await verify(first.scanId, {
        remediationId: 'rem_004',
        verifyScanId: complete.scanId,
      });
      expect(ok.body).toMatchObject({
        verified: true,
        outcome: 'fixed',
        changed: true,
        item: { status: 'done', verification: { state: 'confirmed' } },
      });
      const repeat = await verify(first.scanId, {
        remediationId: 'rem_004',
        verifyScanId: complete.scanId,
      });
      expect(repeat.body).toMatchObject({ outcome: 'fixed', changed: false });
      expect(repeat.body.item.version).toBe(ok.body.item.version);
      const carol = await verify(first.scanId, {
        remediationId: 'rem_001',
        verifyScanId: complete.scanId,
      });
      expect(carol.body.item).toMatchObject({ owner: 'carol', notes: 'x', status: 'done' });

      const older = await verify(complete.scanId, {
        remediationId: 'rem_001',
        verifyScanId: first.scanId,
      });
      expect(older.status).toBe(404); // the complete scan has no items
      const backwards = await verify(later.scanId, {
        remediationId: 'rem_001',
        verifyScanId: first.scanId,
      });
      expect(backwards.status).toBe(422);
      const same = await verify(first.scanId, {
        remediationId: 'rem_001',
        verifyScanId: first.scanId,
      });
      expect(same.status).toBe(422);
      const foreign = await verify(
        first.scanId,
        { remediationId: 'rem_001', verifyScanId: later.scanId },
        other.operator,
      );
      expect(foreign.status).toBe(404);
      const viewer = await verify(
        first.scanId,
        { remediationId: 'rem_001', verifyScanId: later.scanId },
        acme.viewer,
      );
      expect(viewer.status).toBe(403);
    });
  });

  it('a manual done is pending until a scan checks it', async () => {
    const scan = await importScan({ findings: [WEAK_RSA] });
    const res = await upsert(scan.scanId, { remediationId: 'rem_001', status: 'done' });
    expect(res.body.item.verification).toEqual({
      state: 'pending',
      verifyScanId: null,
      checkedAt: null,
    });
    const entries = (
      await http(t.url, 'GET', `/tenant/scans/${scan.scanId}/remediation/rem_001/history`, {
        key: acme.viewer,
      })
    ).body.entries;
    expect(entries.at(-1).changes.verification).toEqual({ from: null, to: 'pending' });
  });

  it('the migration replaces placeholder fingerprints with the ones the import computes', async () => {
    const target = newTarget();
    const cbom = {
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      components: [
        {
          type: 'cryptographic-asset',
          name: 'RSA-1024',
          cryptoProperties: {
            assetType: 'algorithm',
            algorithmProperties: { primitive: 'pke', parameterSetIdentifier: '1024' },
          },
          evidence: { occurrences: [{ location: 'src/Crypto.java:42' }] },
        },
      ],
    };
    const native = await importScan({ target, findings: [WEAK_RSA, TLS10, WEAK_RSA] });
    const fromCbom = await importScan({ cbom, baselineScanId: 'none' });
    const scanIds = [native.scanId, fromCbom.scanId];
    const dataSource = t.app.get(DataSource);
    const snapshot = () =>
      dataSource.query(
        `SELECT scan_id, remediation_id, fingerprint, fingerprint_quality, location, duplicate_of_remediation_id
           FROM remediation_items WHERE scan_id = ANY($1) ORDER BY scan_id, remediation_id`,
        [scanIds],
      );
    const before = await snapshot();
    expect(before.find((r: { location: string }) => r.location?.startsWith('path:'))).toMatchObject(
      {
        location: 'path:src/Crypto.java',
      },
    );
    await dataSource.query(
      `UPDATE findings SET fingerprint = 'fp0_' || md5(scan_id || finding_id), duplicate_of = NULL
        WHERE scan_id = ANY($1)`,
      [scanIds],
    );
    await dataSource.query(
      `UPDATE remediation_items SET fingerprint = 'fp0_' || md5(scan_id || remediation_id),
              location = NULL, duplicate_of_remediation_id = NULL
        WHERE scan_id = ANY($1)`,
      [scanIds],
    );
    const runner = dataSource.createQueryRunner();
    try {
      await new RealFingerprints1764676800000().up(runner);
    } finally {
      await runner.release();
    }
    expect(await snapshot()).toEqual(before);
  });

  it('a migration relabels a scanner fingerprint without a location as weak, and only that', async () => {
    const scan = await importScan({
      findings: [
        {
          title: 'Legacy RSA key',
          algorithm: 'RSA',
          keySize: 2048,
          fingerprint: 'scanner-nowhere',
        },
        { ...WEAK_RSA, fingerprint: 'scanner-somewhere' },
      ],
    });
    const labels = async () => [
      ...(await Promise.all(['rem_001', 'rem_002'].map((r) => item(scan.scanId, r)))).map(
        (i) => i.fingerprintQuality,
      ),
      ...(
        await http(t.url, 'GET', `/tenant/scans/${scan.scanId}`, { key: acme.viewer })
      ).body.scan.findings.map((f: { fingerprintQuality: string }) => f.fingerprintQuality),
    ];
    expect(await labels()).toEqual(['weak', 'strong', 'weak', 'strong']);
    // As an import before the fix stored them.
    const dataSource = t.app.get(DataSource);
    for (const table of ['remediation_items', 'findings']) {
      await dataSource.query(
        `UPDATE ${table} SET fingerprint_quality = 'strong' WHERE scan_id = $1`,
        [scan.scanId],
      );
    }
    expect(await labels()).toEqual(['strong', 'strong', 'strong', 'strong']);
    const runner = dataSource.createQueryRunner();
    try {
      await new WeakScannerFingerprints1764936000000().up(runner);
    } finally {
      await runner.release();
    }
    expect(await labels()).toEqual(['weak', 'strong', 'weak', 'strong']);
  });

  it('the demo scans show carried, fixed and reopened items', async () => {
    const demo = await tenantWithKeys(t.url);
    const first = await importScan({ ...DEMO_SCAN }, demo.operator);
    for (const body of DEMO_TRIAGE) {
      const res = await http(t.url, 'POST', `/tenant/scans/${first.scanId}/remediation`, {
        key: demo.operator,
        body,
      });
      expect(res.status).toBe(200);
    }
    const second = await importScan({ ...DEMO_RESCAN }, demo.operator);
    expect(second.rescan.counts).toEqual({
      new: 0,
      carried: 8,
      fixed: 1,
      reopened: 1,
      notObserved: 0,
      duplicates: 0,
    });
  });
});
