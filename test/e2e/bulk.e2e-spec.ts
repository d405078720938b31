import { DataSource } from 'typeorm';
import { TenantKeys, tenantWithKeys } from '../support/fixtures';
import { http } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';

const findings = (count: number, prefix: string) =>
  Array.from({ length: count }, (_, i) => ({
    title: `Finding ${prefix}${i + 1}`,
    severity: 'high',
    host: `${prefix}${i + 1}.example.com`,
    port: 443,
  }));

describe('bulk changes (POST /tenant/remediation/bulk)', () => {
  let t: TestApp;
  let db: DataSource;
  let acme: TenantKeys;
  let other: TenantKeys;
  let scanId: string;
  let newer: string;
  let foreignScan: string;

  async function importScan(key: string, count: number, prefix: string): Promise<string> {
    const res = await http(t.url, 'POST', '/tenant/scans', {
      key,
      // Each import stands alone here: a rescan would supersede the earlier scan's items.
      body: {
        target: 'bulk.example.com',
        baselineScanId: 'none',
        findings: findings(count, prefix),
      },
    });
    expect(res.status).toBe(201);
    return res.body.scan.scanId;
  }

  beforeAll(async () => {
    t = await startTestApp({ slaSweepIntervalMs: 0 });
    db = t.app.get(DataSource);
    [acme, other] = await Promise.all([tenantWithKeys(t.url), tenantWithKeys(t.url)]);
    scanId = await importScan(acme.operator, 210, 'a');
    newer = await importScan(acme.operator, 1, 'a');
    foreignScan = await importScan(other.operator, 2, 'o');
    // rem_004 is carried forward by a rescan (issue 10's API is not on this branch: set directly).
    await db.query(
      `UPDATE remediation_items SET superseded_by_scan_id = $2, superseded_by_remediation_id = 'rem_001'
        WHERE scan_id = $1 AND remediation_id = 'rem_004'`,
      [scanId, newer],
    );
    // rem_005 already has the owner the bulk sets: a no-op.
    await http(t.url, 'POST', `/tenant/scans/${scanId}/remediation`, {
      key: acme.operator,
      body: { remediationId: 'rem_005', status: 'in_progress', owner: 'bob' },
    });
  });
  afterAll(() => t.close());

  const bulk = (key: string, body: unknown) =>
    http(t.url, 'POST', '/tenant/remediation/bulk', { key, body });
  const ref = (remediationId: string, extra: object = {}) => ({ scanId, remediationId, ...extra });

  /** Versions, history entries and audit entries of the tenant: what "nothing changed" means. */
  async function footprint(): Promise<unknown> {
    const [items, history, audit] = await Promise.all([
      db.query(
        `SELECT scan_id, remediation_id, version, status, owner FROM remediation_items WHERE tenant_id = $1
          ORDER BY scan_id, remediation_id`,
        [acme.tenantId],
      ),
      db.query(`SELECT count(*)::int AS n FROM remediation_history WHERE tenant_id = $1`, [
        acme.tenantId,
      ]),
      db.query(`SELECT count(*)::int AS n FROM audit_log WHERE tenant_id = $1`, [acme.tenantId]),
    ]);
    return { items, history, audit };
  }

  const MIXED = () => [
    ref('rem_001'), // valid
    ref('rem_002', { ifMatch: 1 }), // valid, If-Match current
    ref('rem_003', { ifMatch: '"7"' }), // stale ifMatch
    { scanId: foreignScan, remediationId: 'rem_001' }, // another tenant's item
    { scanId: 'scan_01JD3S7W1XQ2Y8M4N5P6R7T8V9', remediationId: 'rem_001' }, // unknown scan
    ref('rem_004'), // superseded
    ref('rem_005'), // no-op
    ref('rem_999'), // unknown item
  ];

  it('atomic: a mixed batch answers 409 naming each failing item, and changes nothing', async () => {
    const before = await footprint();
    const res = await bulk(acme.operator, {
      items: MIXED(),
      changes: { owner: 'bob' },
      atomic: true,
    });
    expect(res.status).toBe(409);
    expect(res.body.error).toBe('conflict');
    expect(res.body.detail.map((d: { field: string }) => d.field)).toEqual([
      'items[2]',
      'items[3]',
      'items[4]',
      'items[5]',
      'items[7]',
    ]);
    expect(res.body.detail[0].message).toContain('412');
    expect(res.body.detail[1].message).toContain('404');
    expect(res.body.detail[3].message).toContain('409');
    expect(await footprint()).toEqual(before);
  });

  it('partial: per-item results, only the valid items change, each with history and audit carrying the bulkId', async () => {
    const res = await bulk(acme.operator, { items: MIXED(), changes: { owner: 'bob' } });
    expect(res.status).toBe(200);
    const { bulkId, results } = res.body;
    expect(bulkId).toMatch(/^bulk_/);
    expect(res.body).toMatchObject({ total: 8, succeeded: 2, unchanged: 1, failed: 5 });
    expect(results.map((r: any) => [r.index, r.status, r.outcome])).toEqual([
      [0, 200, 'updated'],
      [1, 200, 'updated'],
      [2, 412, 'failed'],
      [3, 404, 'failed'],
      [4, 404, 'failed'],
      [5, 409, 'failed'],
      [6, 200, 'unchanged'],
      [7, 404, 'failed'],
    ]);
    expect(results[0].item).toMatchObject({ remediationId: 'rem_001', owner: 'bob', version: 2 });
    expect(results[0].item.slaState).toBeDefined();
    expect(results[6].item).toMatchObject({ remediationId: 'rem_005', version: 2 });
    expect(results[2].error).toEqual({
      error: 'precondition_failed',
      message: expect.stringContaining('version 1'),
    });
    // Another tenant's ids answer exactly like ids that don't exist.
    expect(results[3].error).toEqual(results[4].error);
    expect(results[3].error).toEqual({ error: 'not_found', message: 'Scan not found.' });
    // The single upsert's 409: the detail names the current item's scan and id.
    expect(results[5].error).toMatchObject({
      error: 'conflict',
      detail: [
        { field: 'scanId', message: `superseded by scan ${newer}` },
        { field: 'remediationId', message: `superseded by ${newer}/rem_001` },
      ],
    });
    expect(results.every((r: any) => !r.item || !r.error)).toBe(true);

    const history = await http(
      t.url,
      'GET',
      `/tenant/scans/${scanId}/remediation/rem_001/history`,
      {
        key: acme.viewer,
      },
    );
    expect(history.body.entries).toEqual([
      expect.objectContaining({
        version: 2,
        changes: { owner: { from: null, to: 'bob' } },
        bulkId,
      }),
    ]);
    const second = await http(t.url, 'GET', `/tenant/scans/${scanId}/remediation/rem_002/history`, {
      key: acme.viewer,
    });
    expect(second.body.entries).toEqual([expect.objectContaining({ version: 2, bulkId })]);
    // rem_005's entry came from a single upsert: no bulk.
    const single = await http(t.url, 'GET', `/tenant/scans/${scanId}/remediation/rem_005/history`, {
      key: acme.viewer,
    });
    expect(single.body.entries).toEqual([expect.objectContaining({ version: 2, bulkId: null })]);
    for (const remediationId of ['rem_003', 'rem_004']) {
      const untouched = await http(
        t.url,
        'GET',
        `/tenant/scans/${scanId}/remediation/${remediationId}/history`,
        { key: acme.viewer },
      );
      expect(untouched.body.entries).toEqual([]);
    }
    const foreign = await http(t.url, 'GET', `/tenant/scans/${foreignScan}/remediation/rem_001`, {
      key: other.viewer,
    });
    expect(foreign.body.item).toMatchObject({ owner: null, version: 1 });

    const audit = await http(t.url, 'GET', '/tenant/audit?limit=20', { key: acme.admin });
    const ofBulk = audit.body.entries.filter(
      (e: any) => e.details?.bulkId === bulkId || e.targetId === bulkId,
    );
    expect(ofBulk.map((e: any) => [e.action, e.targetId]).sort()).toEqual(
      [
        ['remediation.bulk', bulkId],
        ['remediation.updated', `${scanId}/rem_001`],
        ['remediation.updated', `${scanId}/rem_002`],
      ].sort(),
    );
    expect(ofBulk.find((e: any) => e.action === 'remediation.bulk').details).toMatchObject({
      total: 8,
      succeeded: 2,
      unchanged: 1,
      failed: 5,
      atomic: false,
      changes: { owner: 'bob' },
    });
  });

  it('answers ids of an impossible form as the single routes do (404), without failing the rest', async () => {
    const res = await bulk(acme.operator, {
      items: [ref('rem_x'), { scanId: 'not-a-scan', remediationId: 'rem_001' }, ref('rem_009')],
      changes: { owner: 'ivan' },
    });
    expect(res.status).toBe(200);
    expect(res.body.results.map((r: any) => [r.status, r.error?.message ?? r.outcome])).toEqual([
      [404, 'Remediation item not found.'],
      [404, 'Scan not found.'],
      [200, 'updated'],
    ]);
  });

  it('atomic: a batch that applies whole answers 200 with every item updated', async () => {
    const res = await bulk(acme.operator, {
      items: [ref('rem_010'), ref('rem_011', { ifMatch: '1' })],
      changes: {
        status: 'accepted_risk',
        notes: 'Internal only; replaced in Q3.',
        targetDate: '2026-12-31',
      },
      atomic: true,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ total: 2, succeeded: 2, unchanged: 0, failed: 0 });
    expect(res.body.results[1].item).toMatchObject({
      status: 'accepted_risk',
      targetDate: '2026-12-31',
      slaState: 'exempt',
      version: 2,
    });
  });

  it('validates the request once: 201 items, a repeat, empty changes, a missing justification (422)', async () => {
    const before = await footprint();
    const many = Array.from({ length: 201 }, (_, i) =>
      ref(`rem_${String(i + 1).padStart(3, '0')}`),
    );
    const cases: [unknown, string][] = [
      [{ items: many, changes: { owner: 'x' } }, 'items'],
      [{ items: [], changes: { owner: 'x' } }, 'items'],
      [
        { items: [ref('rem_001'), ref('rem_002'), ref('rem_001')], changes: { owner: 'x' } },
        'items[2]',
      ],
      [{ items: [ref('rem_001')], changes: {} }, 'changes'],
      [{ items: [ref('rem_001')] }, 'changes'],
      [{ items: [ref('rem_001')], changes: 'owner=x' }, 'changes'],
      [{ items: [ref('rem_001')], changes: { status: 'false_positive' } }, 'changes.notes'],
      [
        { items: [ref('rem_001')], changes: { status: 'accepted_risk', notes: '  ' } },
        'changes.notes',
      ],
      [{ items: [ref('rem_001')], changes: { targetDate: '2026-02-30' } }, 'changes.targetDate'],
      [{ items: [ref('rem_001')], changes: { assetId: 'x' } }, 'changes.assetId'],
      [
        { items: [ref('rem_001', { ifMatch: 'soon' })], changes: { owner: 'x' } },
        'items[0].ifMatch',
      ],
      [{ items: [ref('rem_001')], changes: { owner: 'x' }, atomic: 'yes' }, 'atomic'],
    ];
    for (const [body, field] of cases) {
      const res = await bulk(acme.operator, body);
      expect([field, res.status]).toEqual([field, 422]);
      expect(res.body.detail.map((d: { field: string }) => d.field)).toContain(field);
    }
    const exactly200 = await bulk(acme.operator, {
      items: many.slice(0, 200),
      changes: { owner: 'carol' },
    });
    expect(exactly200.status).toBe(200);
    expect(exactly200.body.total).toBe(200);
    expect(
      (await bulk(acme.viewer, { items: [ref('rem_001')], changes: { owner: 'x' } })).status,
    ).toBe(403);
    expect(before).not.toEqual(await footprint());
  });

  it('applies two concurrent bulks over overlapping items both, one after the other', async () => {
    const fresh = await importScan(acme.operator, 5, 'c');
    const refs = (ids: number[]) =>
      ids.map((n) => ({ scanId: fresh, remediationId: `rem_00${n}` }));
    const [a, b] = await Promise.all([
      bulk(acme.operator, { items: refs([1, 2, 3, 4]), changes: { owner: 'heidi' } }),
      // The overlap in the other order: the locks are still taken in key order (no deadlock).
      bulk(acme.operator, {
        items: refs([4, 3, 2, 5]),
        changes: { notes: 'Both bulks apply.' },
        atomic: true,
      }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect([a.body.succeeded, b.body.succeeded]).toEqual([4, 4]);
    for (const { remediationId } of refs([2, 3, 4])) {
      const path = `/tenant/scans/${fresh}/remediation/${remediationId}`;
      const item = await http(t.url, 'GET', path, { key: acme.viewer });
      expect(item.body.item).toMatchObject({
        owner: 'heidi',
        notes: 'Both bulks apply.',
        version: 3,
      });
      const history = await http(t.url, 'GET', `${path}/history`, { key: acme.viewer });
      expect(history.body.entries.map((e: { version: number }) => e.version)).toEqual([2, 3]);
      expect(history.body.entries.map((e: { bulkId: string }) => e.bulkId).sort()).toEqual(
        [a.body.bulkId, b.body.bulkId].sort(),
      );
    }
  });

  it('loses no update when bulks and single upserts change one item at once', async () => {
    const fresh = await importScan(acme.operator, 4, 'd');
    const item = { scanId: fresh, remediationId: 'rem_001' };
    const runs = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        i % 2 === 0
          ? bulk(acme.operator, {
              items: [item, { scanId: fresh, remediationId: `rem_00${2 + i / 2}` }],
              changes: { owner: `bulk-${i}` },
            })
          : http(t.url, 'POST', `/tenant/scans/${fresh}/remediation`, {
              key: acme.operator,
              body: { remediationId: 'rem_001', status: 'open', owner: `single-${i}` },
            }),
      ),
    );
    expect(runs.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
    const history = await http(t.url, 'GET', `/tenant/scans/${fresh}/remediation/rem_001/history`, {
      key: acme.viewer,
    });
    expect(history.body.entries.map((e: { version: number }) => e.version)).toEqual([
      2, 3, 4, 5, 6, 7,
    ]);
    const fromBulks = history.body.entries.filter((e: { bulkId: string | null }) => e.bulkId);
    expect(fromBulks).toHaveLength(3);
  });

  it('loses no update when two bulks change one item at once', async () => {
    const item = ref('rem_205');
    const runs = await Promise.all(
      ['dave', 'erin', 'frank', 'grace'].map((owner, i) =>
        bulk(acme.operator, {
          items: [item, ref(`rem_20${i}`)],
          changes: { owner },
          atomic: i % 2 === 0,
        }),
      ),
    );
    expect(runs.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    const history = await http(
      t.url,
      'GET',
      `/tenant/scans/${scanId}/remediation/rem_205/history`,
      {
        key: acme.viewer,
      },
    );
    expect(history.body.entries.map((e: { version: number }) => e.version)).toEqual([2, 3, 4, 5]);
    const now = await http(t.url, 'GET', `/tenant/scans/${scanId}/remediation/rem_205`, {
      key: acme.viewer,
    });
    expect(now.body.item.version).toBe(5);
    expect(now.body.item.owner).toBe(history.body.entries[3].changes.owner.to);
  });
});
