import { randomBytes } from 'node:crypto';
import { pollUntil } from '../support/foundation-wait';
import { TenantKeys, tenantWithKeys, TLS10, WEAK_RSA } from '../support/fixtures';
import { http } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';
import { ReceivedWebhook, verifyWebhook, WebhookReceiver } from '../support/webhook-receiver';

const SSH_DSA = {
  title: 'SSH DSA host key',
  algorithm: 'DSA',
  host: 'bastion.example.com',
  port: 22,
};

interface Payload {
  type: string;
  tenantId: string;
  data: Record<string, any>;
}

/**
 * The webhook events of a rescan (contract §12): every event an import's rescan emits carries
 * the fields of the same event type from the API path (upsert, verify), with the item's state
 * after the change.
 */
describe('rescan webhook events (contract §12)', () => {
  let t: TestApp;
  let receiver: WebhookReceiver;
  let tenant: TenantKeys;

  beforeAll(async () => {
    t = await startTestApp({
      dataEncryptionKey: randomBytes(32),
      webhookAllowInsecureTargets: true,
    });
    receiver = await WebhookReceiver.start();
    tenant = await tenantWithKeys(t.url);
  });
  afterAll(async () => {
    await t.close();
    await receiver.close();
  });

  const importScan = async (body: Record<string, unknown>) => {
    const res = await http(t.url, 'POST', '/tenant/scans', { key: tenant.operator, body });
    expect(res.status).toBe(201);
    return res.body.scan as { scanId: string; rescan: any };
  };
  const upsert = async (scanId: string, body: Record<string, unknown>) => {
    const res = await http(t.url, 'POST', `/tenant/scans/${scanId}/remediation`, {
      key: tenant.operator,
      body,
    });
    expect(res.status).toBe(200);
    return res.body.item;
  };
  const item = async (scanId: string, remediationId: string) => {
    const res = await http(t.url, 'GET', `/tenant/scans/${scanId}/remediation/${remediationId}`, {
      key: tenant.viewer,
    });
    expect(res.status).toBe(200);
    return res.body.item;
  };

  /** Waits until every delivery of the endpoint so far is delivered; returns the verified payloads. */
  const settled = async (webhookId: string, secret: string, atLeast: number) => {
    const done = await pollUntil(async () => {
      const res = await http(t.url, 'GET', `/tenant/webhooks/${webhookId}/deliveries?limit=100`, {
        key: tenant.admin,
      });
      const deliveries = res.body.deliveries as { status: string }[];
      return (
        deliveries.length >= atLeast &&
        deliveries.every((d) => d.status === 'delivered') &&
        receiver.received.length >= deliveries.length
      );
    }, 30_000);
    expect(done).toBe(true);
    return receiver.received.map((r: ReceivedWebhook) => {
      // Signed to Standard Webhooks: the receiver's library accepts every request.
      verifyWebhook(secret, r);
      return r.json as Payload;
    });
  };

  it('rescan events carry version, status and findingId (changed) and outcome (verified)', async () => {
    const target = 'rescan-events.example.com';
    const first = await importScan({ target, findings: [WEAK_RSA, TLS10, SSH_DSA] });
    // rem_001 carried in progress, rem_002 fixed (complete coverage), rem_003 done → reopened.
    await upsert(first.scanId, { remediationId: 'rem_001', status: 'in_progress', owner: 'ann' });
    await upsert(first.scanId, { remediationId: 'rem_003', status: 'done' });

    const res = await http(t.url, 'POST', '/tenant/webhooks', {
      key: tenant.admin,
      body: { url: receiver.url, events: ['*'] },
    });
    expect(res.status).toBe(201);
    const hook = res.body.webhook as { webhookId: string; secret: string };

    const second = await importScan({
      target,
      findings: [WEAK_RSA, SSH_DSA],
      coverage: 'complete',
    });
    expect(second.rescan.counts).toMatchObject({ carried: 1, fixed: 1, reopened: 1, new: 0 });

    const payloads = await settled(hook.webhookId, hook.secret, 6);
    for (const p of payloads) expect(p.tenantId).toBe(tenant.tenantId);
    const ofType = (type: string) => payloads.filter((p) => p.type === type);
    const key = (d: Record<string, any>) => `${d.scanId}/${d.remediationId}`;

    // One remediation.changed per baseline item the rescan changed, each with the item's
    // state after the change, as GET shows it afterwards.
    const changed = ofType('remediation.changed');
    expect(changed.map((p) => key(p.data)).sort()).toEqual(
      ['rem_001', 'rem_002', 'rem_003'].map((r) => `${first.scanId}/${r}`),
    );
    for (const { data } of changed) {
      const now = await item(data.scanId, data.remediationId);
      expect(data).toEqual({
        scanId: first.scanId,
        remediationId: data.remediationId,
        findingId: now.findingId,
        status: now.status,
        version: now.version,
        changes: expect.any(Object),
      });
    }
    const changedOf = (remediationId: string) =>
      changed.find((p) => p.data.remediationId === remediationId)!.data;
    expect(changedOf('rem_001')).toMatchObject({
      status: 'in_progress',
      version: 3,
      changes: {
        supersededBy: { from: null, to: { scanId: second.scanId, remediationId: 'rem_001' } },
      },
    });
    expect(changedOf('rem_002')).toMatchObject({
      status: 'done',
      version: 2,
      changes: {
        status: { from: 'open', to: 'done' },
        verification: { from: null, to: 'confirmed' },
        verifyScanId: { from: null, to: second.scanId },
      },
    });
    expect(changedOf('rem_003')).toMatchObject({
      status: 'done',
      version: 3,
      changes: {
        supersededBy: { from: null, to: { scanId: second.scanId, remediationId: 'rem_002' } },
        // Marked done by hand, it awaited verification: the rescan failed it.
        verification: { from: 'pending', to: 'failed' },
      },
    });

    // remediation.verified with the verify endpoint's outcome vocabulary: the confirmed fix is
    // `fixed`, the done item found again (verification failed) is `still_present`.
    const verified = ofType('remediation.verified').map((p) => p.data);
    expect(verified.sort((a, b) => key(a).localeCompare(key(b)))).toEqual([
      {
        scanId: first.scanId,
        remediationId: 'rem_002',
        outcome: 'fixed',
        verifyScanId: second.scanId,
      },
      {
        scanId: first.scanId,
        remediationId: 'rem_003',
        outcome: 'still_present',
        verifyScanId: second.scanId,
      },
    ]);
    expect(ofType('remediation.reopened').map((p) => p.data)).toEqual([
      {
        scanId: second.scanId,
        remediationId: 'rem_002',
        reopenedFrom: { scanId: first.scanId, remediationId: 'rem_003' },
      },
    ]);

    // The same event types from the API path carry the same fields.
    const rescanCount = receiver.received.length;
    await upsert(second.scanId, {
      remediationId: 'rem_001',
      status: 'in_progress',
      notes: 'reissuing',
    });
    const later = await importScan({ findings: [], baselineScanId: 'none', coverage: 'complete' });
    const verify = await http(t.url, 'POST', `/tenant/scans/${second.scanId}/remediation/verify`, {
      key: tenant.operator,
      body: { remediationId: 'rem_001', verifyScanId: later.scanId },
    });
    expect(verify.body).toMatchObject({ outcome: 'fixed', changed: true });
    const api = (await settled(hook.webhookId, hook.secret, rescanCount + 4)).slice(rescanCount);
    const fields = (ps: Payload[], type: string) =>
      ps.filter((p) => p.type === type).map((p) => Object.keys(p.data).sort());
    const apiChanged = fields(api, 'remediation.changed');
    expect(apiChanged).toHaveLength(2);
    for (const f of [...fields(payloads, 'remediation.changed'), ...apiChanged.slice(1)])
      expect(f).toEqual(apiChanged[0]);
    const apiVerified = fields(api, 'remediation.verified');
    expect(apiVerified).toHaveLength(1);
    for (const f of fields(payloads, 'remediation.verified')) expect(f).toEqual(apiVerified[0]);
  });
});
