import { http } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';
import { TenantKeys, tenantWithKeys } from '../support/fixtures';

const SEED_BODY = { remediationId: 'rem_001', status: 'in_progress', owner: 'alice@example.com' };

const FINDINGS = [
  {
    title: 'RSA-1024 certificate',
    algorithm: 'RSA',
    keySize: 1024,
    host: 'api.example.com',
    port: 443,
    assetId: 'api-edge-01',
  },
  { title: 'TLS 1.0 enabled', host: 'mail.example.com', port: 465 },
  { title: 'SHA-1 signature', severity: 'high' },
];

async function importScan(
  t: TestApp,
  key: string,
  findings: unknown[] = FINDINGS,
): Promise<string> {
  const res = await http(t.url, 'POST', '/tenant/scans', {
    key,
    body: { target: 'example.com', baselineScanId: 'none', findings },
  });
  expect(res.status).toBe(201);
  return res.body.scan.scanId;
}

describe('remediation upsert (POST /tenant/scans/{scan_id}/remediation)', () => {
  let t: TestApp;
  let acme: TenantKeys;
  let other: TenantKeys;
  let scanId: string;

  beforeAll(async () => {
    t = await startTestApp();
    [acme, other] = await Promise.all([tenantWithKeys(t.url), tenantWithKeys(t.url)]);
    scanId = await importScan(t, acme.operator);
  });
  afterAll(() => t.close());

  const upsert = (
    key: string,
    body: unknown,
    scan = scanId,
    headers: Record<string, string> = {},
  ) => http(t.url, 'POST', `/tenant/scans/${scan}/remediation`, { key, body, headers });

  it("answers the seed's example with the saved item, version 2 and an ETag", async () => {
    const res = await upsert(acme.operator, SEED_BODY);
    expect(res.status).toBe(200);
    expect(res.body.item).toMatchObject({
      remediationId: 'rem_001',
      scanId,
      findingId: 'f_001',
      assetId: 'api-edge-01',
      title: 'RSA-1024 certificate',
      status: 'in_progress',
      owner: 'alice@example.com',
      version: 2,
      overdue: false,
      resolvedAt: null,
      updatedBy: { label: 'operator-key' },
    });
    expect(res.headers.get('etag')).toBe('"2"');
    expect(new Date(res.body.item.updatedAt).toISOString()).toBe(res.body.item.updatedAt);
  });

  it('forbids a viewer key (403) and lets an admin key write', async () => {
    expect((await upsert(acme.viewer, SEED_BODY)).status).toBe(403);
    expect((await upsert(acme.admin, { remediationId: 'rem_002', status: 'blocked' })).status).toBe(
      200,
    );
  });

  it("answers 404 for an unknown scan, another tenant's scan and an unknown remediation id", async () => {
    const unknownScan = await upsert(acme.operator, SEED_BODY, 'scan_01JD3S7W1XQ2Y8M4N5P6R7T8V9');
    expect(unknownScan.status).toBe(404);
    expect(unknownScan.body.error).toBe('not_found');
    const foreign = await upsert(other.operator, SEED_BODY);
    expect(foreign.status).toBe(404);
    expect(foreign.body.message).toBe(unknownScan.body.message);
    expect((await upsert(acme.operator, { ...SEED_BODY, remediationId: 'rem_999' })).status).toBe(
      404,
    );
    expect((await upsert(acme.operator, { ...SEED_BODY, remediationId: 'nonsense' })).status).toBe(
      404,
    );
    expect((await upsert(acme.operator, SEED_BODY, 'not-a-scan')).status).toBe(404);
  });

  it('rejects a bad status, a bad date and an unknown field with field details (422)', async () => {
    const res = await upsert(acme.operator, {
      remediationId: 'rem_001',
      status: 'finished',
      targetDate: '2026-02-30',
      colour: 'red',
    });
    expect(res.status).toBe(422);
    const fields = res.body.detail.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['status', 'colour']));
    expect(res.body.detail.find((d: { field: string }) => d.field === 'status').message).toContain(
      'in_progress',
    );
    const badDate = await upsert(acme.operator, {
      remediationId: 'rem_001',
      status: 'open',
      targetDate: '2026-02-30',
    });
    expect(badDate.status).toBe(422);
    expect(badDate.body.detail).toEqual([expect.objectContaining({ field: 'targetDate' })]);
    const missing = await upsert(acme.operator, { owner: 'x' });
    expect(missing.status).toBe(422);
    expect(missing.body.detail.map((d: { field: string }) => d.field)).toEqual(
      expect.arrayContaining(['remediationId', 'status']),
    );
  });

  it('requires notes to move to accepted_risk or false_positive', async () => {
    const res = await upsert(acme.operator, { remediationId: 'rem_003', status: 'accepted_risk' });
    expect(res.status).toBe(422);
    expect(res.body.detail[0].field).toBe('notes');
    const ok = await upsert(acme.operator, {
      remediationId: 'rem_003',
      status: 'false_positive',
      notes: 'Scanner misread a test fixture.',
    });
    expect(ok.status).toBe(200);
    const cleared = await upsert(acme.operator, {
      remediationId: 'rem_003',
      status: 'false_positive',
      notes: null,
    });
    expect(cleared.status).toBe(422);
  });

  it('rejects an assetId that contradicts the item (422) and accepts the matching one', async () => {
    const bad = await upsert(acme.operator, {
      remediationId: 'rem_001',
      status: 'in_progress',
      assetId: 'other-asset',
    });
    expect(bad.status).toBe(422);
    expect(bad.body.detail[0].field).toBe('assetId');
    expect(
      (
        await upsert(acme.operator, {
          remediationId: 'rem_001',
          status: 'in_progress',
          assetId: 'api-edge-01',
        })
      ).status,
    ).toBe(200);
  });

  it('keeps left-out fields, clears with null, and records each change in history', async () => {
    const scan = await importScan(t, acme.operator);
    const first = await upsert(
      acme.operator,
      {
        remediationId: 'rem_001',
        status: 'in_progress',
        owner: 'bob',
        notes: 'n1',
        targetDate: '2030-01-15',
      },
      scan,
    );
    expect(first.body.item).toMatchObject({
      owner: 'bob',
      notes: 'n1',
      targetDate: '2030-01-15',
      version: 2,
    });
    const second = await upsert(
      acme.operator,
      { remediationId: 'rem_001', status: 'in_progress', owner: null },
      scan,
    );
    expect(second.body.item).toMatchObject({
      owner: null,
      notes: 'n1',
      targetDate: '2030-01-15',
      version: 3,
    });
    const noop = await upsert(
      acme.operator,
      { remediationId: 'rem_001', status: 'in_progress', notes: 'n1' },
      scan,
    );
    expect(noop.body.item.version).toBe(3);
    const history = await http(t.url, 'GET', `/tenant/scans/${scan}/remediation/rem_001/history`, {
      key: acme.viewer,
    });
    expect(history.status).toBe(200);
    expect(history.body.count).toBe(2);
    expect(history.body.entries[0].changes).toEqual({
      status: { from: 'open', to: 'in_progress' },
      owner: { from: null, to: 'bob' },
      notes: { from: null, to: 'n1' },
      targetDate: { from: null, to: '2030-01-15' },
    });
    expect(history.body.entries[1].changes).toEqual({ owner: { from: 'bob', to: null } });
    expect(history.body.entries[1].actor.label).toBe('operator-key');
  });

  it('answers every change with the item exactly as a read of it right after shows it', async () => {
    // The write returns only what it cannot know (version, updated_at) and answers with the
    // item it read, changed: this holds it to the stored row, field by field, for each kind of
    // change and each writer.
    const scan = await importScan(t, acme.operator);
    const changes: [string, Record<string, unknown>][] = [
      [
        acme.operator,
        { status: 'in_progress', owner: 'bob', notes: 'n1', targetDate: '2030-01-15' },
      ],
      [acme.operator, { status: 'in_progress', targetDate: '2031-06-30T17:00:00Z' }],
      [acme.operator, { status: 'done', assetId: 'api-edge-01' }],
      [acme.admin, { status: 'open', owner: null, targetDate: null }],
      [acme.operator, { status: 'accepted_risk', notes: 'compensating control' }],
      [acme.operator, { status: 'open', notes: null, targetDate: '2020-01-01' }],
    ];
    let version = 1;
    for (const [key, change] of changes) {
      const written = await upsert(key, { remediationId: 'rem_001', ...change }, scan);
      expect(written.status).toBe(200);
      expect(written.body.item.version).toBe(++version);
      const read = await http(t.url, 'GET', `/tenant/scans/${scan}/remediation/rem_001`, {
        key: acme.viewer,
      });
      expect(written.body.item).toEqual(read.body.item);
      expect(written.headers.get('etag')).toBe(read.headers.get('etag'));
    }
  });

  it('sets resolvedAt on done and clears it when the item is reopened', async () => {
    const done = await upsert(acme.operator, { remediationId: 'rem_002', status: 'done' });
    expect(done.body.item.resolvedAt).not.toBeNull();
    const reopened = await upsert(acme.operator, { remediationId: 'rem_002', status: 'open' });
    expect(reopened.body.item.resolvedAt).toBeNull();
  });

  it('marks an item overdue when its target date has passed while it is still open', async () => {
    const scan = await importScan(t, acme.operator);
    const res = await upsert(
      acme.operator,
      { remediationId: 'rem_002', status: 'open', targetDate: '2020-01-01' },
      scan,
    );
    expect(res.body.item.overdue).toBe(true);
    const queue = await http(t.url, 'GET', `/tenant/scans/${scan}/remediation?overdue=true`, {
      key: acme.viewer,
    });
    expect(queue.body.items.map((i: { remediationId: string }) => i.remediationId)).toEqual([
      'rem_002',
    ]);
    const closed = await upsert(acme.operator, { remediationId: 'rem_002', status: 'done' }, scan);
    expect(closed.body.item.overdue).toBe(false);
  });

  it('answers 412 for an If-Match mismatch and changes nothing', async () => {
    const scan = await importScan(t, acme.operator);
    const stale = await upsert(acme.operator, { remediationId: 'rem_001', status: 'done' }, scan, {
      'if-match': '"7"',
    });
    expect(stale.status).toBe(412);
    expect(stale.body.error).toBe('precondition_failed');
    const item = await http(t.url, 'GET', `/tenant/scans/${scan}/remediation/rem_001`, {
      key: acme.viewer,
    });
    expect(item.body.item).toMatchObject({ status: 'open', version: 1 });
    expect(item.headers.get('etag')).toBe('"1"');
    const fresh = await upsert(acme.operator, { remediationId: 'rem_001', status: 'done' }, scan, {
      'if-match': '"1"',
    });
    expect(fresh.status).toBe(200);
    expect(fresh.body.item.version).toBe(2);
  });

  it('loses no update under 200 concurrent writers to one item', async () => {
    const scan = await importScan(t, acme.operator);
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        upsert(
          acme.operator,
          {
            remediationId: 'rem_001',
            status: i % 2 ? 'in_progress' : 'blocked',
            notes: `writer ${i}`,
          },
          scan,
        ),
      ),
    );
    expect(responses.every((r) => r.status === 200)).toBe(true);
    const item = await http(t.url, 'GET', `/tenant/scans/${scan}/remediation/rem_001`, {
      key: acme.viewer,
    });
    expect(item.body.item.version).toBe(201);
    const history = await http(
      t.url,
      'GET',
      `/tenant/scans/${scan}/remediation/rem_001/history?limit=500`,
      { key: acme.viewer },
    );
    expect(history.body.count).toBe(200);
    expect(history.body.entries.map((e: { version: number }) => e.version)).toEqual(
      Array.from({ length: 200 }, (_, i) => i + 2),
    );
  });

  it('persists 200 concurrent writes to 200 different items', async () => {
    const findings = Array.from({ length: 200 }, (_, i) => ({
      title: `RSA-2048 key ${i}`,
      algorithm: 'RSA',
      keySize: 2048,
    }));
    const scan = await importScan(t, acme.operator, findings);
    const ids = Array.from({ length: 200 }, (_, i) => `rem_${String(i + 1).padStart(3, '0')}`);
    const responses = await Promise.all(
      ids.map((id) =>
        upsert(
          acme.operator,
          { remediationId: id, status: 'in_progress', owner: `owner-${id}` },
          scan,
        ),
      ),
    );
    expect(responses.filter((r) => r.status !== 200).map((r) => r.body)).toEqual([]);
    const seen = new Map<string, string>();
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const page = await http(
        t.url,
        'GET',
        `/tenant/scans/${scan}/remediation?status=in_progress&limit=37${query}`,
        { key: acme.viewer },
      );
      for (const item of page.body.items) seen.set(item.remediationId, item.owner);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen.size).toBe(200);
    expect(ids.every((id) => seen.get(id) === `owner-${id}`)).toBe(true);
  });
});
