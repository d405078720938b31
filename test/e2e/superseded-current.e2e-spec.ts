import { http } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';
import { TenantKeys, tenantWithKeys, TLS10, WEAK_RSA } from '../support/fixtures';

interface Ref {
  scanId: string;
  remediationId: string;
}

/**
 * CONTRACT: a write (upsert, verify, bulk) to a superseded item is 409 whose detail names the
 * current item: the end of the supersededBy chain, not the next item in it.
 */
describe('a write to a superseded item names the current item, through a chain of rescans', () => {
  let t: TestApp;
  let acme: TenantKeys;
  let a: string;
  let b: string;
  let c: string;

  beforeAll(async () => {
    t = await startTestApp();
    acme = await tenantWithKeys(t.url);
    const target = `chain-${Date.now()}.example.com`;
    a = await importScan({ target, findings: [WEAK_RSA, TLS10] });
    b = await importScan({ target, findings: [WEAK_RSA, TLS10] });
    // The findings in another order: C's ids differ from B's, so the chain is followed by key.
    c = await importScan({ target, findings: [TLS10, WEAK_RSA] });
  });
  afterAll(() => t.close());

  async function importScan(body: Record<string, unknown>): Promise<string> {
    const res = await http(t.url, 'POST', '/tenant/scans', { key: acme.operator, body });
    expect(res.status).toBe(201);
    return res.body.scan.scanId;
  }
  const item = async (scanId: string, remediationId: string) =>
    (
      await http(t.url, 'GET', `/tenant/scans/${scanId}/remediation/${remediationId}`, {
        key: acme.viewer,
      })
    ).body.item;
  const upsert = (scanId: string, body: unknown) =>
    http(t.url, 'POST', `/tenant/scans/${scanId}/remediation`, { key: acme.operator, body });
  const bulk = (body: unknown) =>
    http(t.url, 'POST', '/tenant/remediation/bulk', { key: acme.operator, body });
  const verify = (scanId: string, body: unknown) =>
    http(t.url, 'POST', `/tenant/scans/${scanId}/remediation/verify`, {
      key: acme.operator,
      body,
    });

  /** The 409 detail that names this item as the current one. */
  const namesCurrent = (current: Ref) => [
    { field: 'scanId', message: `superseded by scan ${current.scanId}` },
    { field: 'remediationId', message: `superseded by ${current.scanId}/${current.remediationId}` },
  ];
  /** The item a 409 detail names. */
  const named = (detail: { field: string; message: string }[]): Ref => {
    const ref = detail
      .find((d) => d.field === 'remediationId')!
      .message.split(' ')
      .at(-1)!;
    const [scanId, remediationId] = ref.split('/');
    return { scanId, remediationId };
  };

  it('the chain: A/rem_001 → B/rem_001 → C/rem_002 (current), A/rem_002 → B/rem_002 → C/rem_001', async () => {
    expect((await item(a, 'rem_001')).supersededBy).toEqual({
      scanId: b,
      remediationId: 'rem_001',
    });
    expect((await item(b, 'rem_001')).supersededBy).toEqual({
      scanId: c,
      remediationId: 'rem_002',
    });
    expect((await item(c, 'rem_002')).supersededBy).toBeNull();
    expect((await item(a, 'rem_002')).supersededBy).toEqual({
      scanId: b,
      remediationId: 'rem_002',
    });
    expect((await item(b, 'rem_002')).supersededBy).toEqual({
      scanId: c,
      remediationId: 'rem_001',
    });
    expect((await item(c, 'rem_001')).supersededBy).toBeNull();
  });

  it('upsert: the 409 names the end of the chain, and a write there succeeds', async () => {
    const res = await upsert(a, { remediationId: 'rem_001', status: 'in_progress' });
    expect(res.status).toBe(409);
    expect(res.body.error).toBe('conflict');
    expect(res.body.message).toContain(`write to ${c}/rem_002 instead`);
    expect(res.body.detail).toEqual(namesCurrent({ scanId: c, remediationId: 'rem_002' }));
    // One hop from the current item names it as well.
    const mid = await upsert(b, { remediationId: 'rem_001', status: 'in_progress' });
    expect(mid.status).toBe(409);
    expect(mid.body.detail).toEqual(namesCurrent({ scanId: c, remediationId: 'rem_002' }));

    const target = named(res.body.detail);
    const ok = await upsert(target.scanId, {
      remediationId: target.remediationId,
      status: 'in_progress',
    });
    expect(ok.status).toBe(200);
    expect(ok.body.item).toMatchObject({
      scanId: c,
      remediationId: 'rem_002',
      status: 'in_progress',
    });
  });

  it('bulk, partial: each superseded item names its own current item; writes there succeed', async () => {
    const res = await bulk({
      items: [
        { scanId: a, remediationId: 'rem_001' },
        { scanId: a, remediationId: 'rem_002' },
      ],
      changes: { owner: 'bob' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ total: 2, succeeded: 0, failed: 2 });
    const [first, second] = res.body.results;
    expect(first).toMatchObject({ status: 409, outcome: 'failed', error: { error: 'conflict' } });
    expect(first.error.detail).toEqual(namesCurrent({ scanId: c, remediationId: 'rem_002' }));
    expect(second.error.detail).toEqual(namesCurrent({ scanId: c, remediationId: 'rem_001' }));

    const again = await bulk({
      items: [named(first.error.detail), named(second.error.detail)],
      changes: { owner: 'bob' },
    });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ total: 2, succeeded: 2, failed: 0 });
  });

  it('bulk, atomic: the 409 names each failing item with its current item', async () => {
    const res = await bulk({
      items: [
        { scanId: c, remediationId: 'rem_001' },
        { scanId: b, remediationId: 'rem_001' },
        { scanId: a, remediationId: 'rem_002' },
      ],
      changes: { owner: 'carol' },
      atomic: true,
    });
    expect(res.status).toBe(409);
    expect(res.body.detail.map((d: { field: string }) => d.field)).toEqual([
      'items[1]',
      'items[2]',
    ]);
    expect(res.body.detail[0].message).toContain(`write to ${c}/rem_002 instead`);
    expect(res.body.detail[1].message).toContain(`write to ${c}/rem_001 instead`);
  });

  it('verify: the 409 names the end of the chain, and a verify there succeeds', async () => {
    const res = await verify(a, { remediationId: 'rem_001', verifyScanId: c });
    expect(res.status).toBe(409);
    expect(res.body.error).toBe('conflict');
    expect(res.body.detail).toEqual(namesCurrent({ scanId: c, remediationId: 'rem_002' }));

    // A scan newer than C, of no target: it supersedes nothing.
    const later = await importScan({ findings: [], coverage: 'complete' });
    const target = named(res.body.detail);
    const ok = await verify(target.scanId, {
      remediationId: target.remediationId,
      verifyScanId: later,
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ verified: true, outcome: 'fixed', changed: true });
  });
});
