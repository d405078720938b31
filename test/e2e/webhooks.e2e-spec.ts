import { randomBytes } from 'node:crypto';
import { Clock } from '../../src/common/clock';
import { DeliveryWorker } from '../../src/webhooks/delivery-worker';
import { WebhookNetwork } from '../../src/webhooks/webhook-network';
import { expectEnvelope } from '../support/foundation-envelope';
import { pollUntil } from '../support/foundation-wait';
import { TenantKeys, tenantWithKeys } from '../support/fixtures';
import { http } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';
import { verifyWebhook, WebhookReceiver } from '../support/webhook-receiver';

const ENCRYPTION_KEY = randomBytes(32);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function startApp(overrides: Parameters<typeof startTestApp>[0] = {}): Promise<TestApp> {
  return startTestApp({
    dataEncryptionKey: ENCRYPTION_KEY,
    webhookAllowInsecureTargets: true,
    ...overrides,
  });
}

/** The service's clock, moved forward by the tests instead of waiting real minutes. */
class TestClock {
  offsetMs = 0;

  install(t: TestApp): void {
    jest
      .spyOn(t.app.get(Clock), 'now')
      .mockImplementation(() => new Date(Date.now() + this.offsetMs));
  }

  now(): number {
    return Date.now() + this.offsetMs;
  }

  advance(ms: number, ...apps: TestApp[]): void {
    this.offsetMs += ms;
    for (const t of apps) t.app.get(DeliveryWorker).wake();
  }
}

async function createWebhook(t: TestApp, key: string, body: Record<string, unknown>) {
  const res = await http(t.url, 'POST', '/tenant/webhooks', { key, body });
  expect(res.status).toBe(201);
  return res.body.webhook as { webhookId: string; secret: string; url: string };
}

async function ping(t: TestApp, key: string, webhookId: string): Promise<string> {
  const res = await http(t.url, 'POST', `/tenant/webhooks/${webhookId}/test`, { key });
  expect(res.status).toBe(202);
  return res.body.eventId;
}

async function deliveryLog(t: TestApp, key: string, webhookId: string, query = '') {
  const res = await http(t.url, 'GET', `/tenant/webhooks/${webhookId}/deliveries${query}`, {
    key,
  });
  expect(res.status).toBe(200);
  return res.body.deliveries as any[];
}

/** Waits until the delivery of `eventId` satisfies `done`; returns it. */
async function waitForDelivery(
  t: TestApp,
  key: string,
  webhookId: string,
  eventId: string,
  done: (d: any) => boolean,
): Promise<any> {
  const found = await pollUntil(async () => {
    const deliveries = await deliveryLog(t, key, webhookId, '?limit=100');
    return deliveries.find((d) => d.eventId === eventId && done(d));
  }, 20_000);
  expect(found).toBeDefined();
  return found;
}

async function importScan(t: TestApp, key: string): Promise<string> {
  const res = await http(t.url, 'POST', '/tenant/scans', {
    key,
    body: {
      target: 'example.com',
      findings: [{ title: 'RSA-1024 certificate', algorithm: 'RSA' }],
    },
  });
  expect(res.status).toBe(201);
  return res.body.scan.scanId;
}

describe('webhooks (contract §12)', () => {
  let t: TestApp;
  let acme: TenantKeys;
  let other: TenantKeys;
  let receiver: WebhookReceiver;
  const clock = new TestClock();

  beforeAll(async () => {
    t = await startApp();
    clock.install(t);
    receiver = await WebhookReceiver.start();
    [acme, other] = await Promise.all([tenantWithKeys(t.url), tenantWithKeys(t.url)]);
  });
  afterAll(async () => {
    await t.close();
    await receiver.close();
  });

  describe('endpoint management', () => {
    it('creates an endpoint and shows a whsec_ secret of 32 bytes only in that answer', async () => {
      const res = await http(t.url, 'POST', '/tenant/webhooks', {
        key: acme.admin,
        body: { url: receiver.url, events: ['remediation.changed'], description: 'Jira bridge' },
      });
      expect(res.status).toBe(201);
      const { webhook } = res.body;
      expect(webhook).toMatchObject({
        url: receiver.url,
        events: ['remediation.changed'],
        description: 'Jira bridge',
        enabled: true,
      });
      expect(webhook.webhookId).toMatch(/^wh_[0-9A-Z]{26}$/);
      expect(webhook.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
      expect(Buffer.from(webhook.secret.slice(6), 'base64')).toHaveLength(32);

      const reads = [
        await http(t.url, 'GET', '/tenant/webhooks', { key: acme.admin }),
        await http(t.url, 'GET', `/tenant/webhooks/${webhook.webhookId}`, { key: acme.admin }),
        await http(t.url, 'PATCH', `/tenant/webhooks/${webhook.webhookId}`, {
          key: acme.admin,
          body: { events: ['*'] },
        }),
        await http(t.url, 'GET', '/tenant/audit', { key: acme.admin }),
      ];
      for (const read of reads) {
        expect(read.status).toBe(200);
        expect(JSON.stringify(read.body)).not.toContain(webhook.secret.slice(6));
        expect(JSON.stringify(read.body)).not.toContain('whsec_');
      }
      expect(reads[0].body.webhooks.map((w: any) => w.webhookId)).toContain(webhook.webhookId);
      expect(reads[2].body.webhook.events).toEqual(['*']);
      const actions = reads[3].body.entries.map((e: any) => e.action);
      expect(actions).toEqual(expect.arrayContaining(['webhook.created', 'webhook.updated']));
    });

    it('answers 422 for an unknown event type, a bad URL or an unknown field', async () => {
      const cases = [
        { url: receiver.url, events: ['remediation.deleted'] },
        { url: receiver.url, events: [] },
        { url: 'ftp://example.com/hook', events: ['*'] },
        { url: receiver.url, events: ['*'], secret: 'mine' },
      ];
      for (const body of cases) {
        const res = await http(t.url, 'POST', '/tenant/webhooks', { key: acme.admin, body });
        expectEnvelope(res, 422, 'unprocessable_entity');
      }
    });

    it('is for admins only (403 for operator and viewer)', async () => {
      for (const key of [acme.operator, acme.viewer]) {
        const res = await http(t.url, 'GET', '/tenant/webhooks', { key });
        expectEnvelope(res, 403, 'forbidden');
      }
    });

    it('allows 10 endpoints a tenant and answers 409 for the 11th', async () => {
      const tenant = await tenantWithKeys(t.url);
      for (let i = 0; i < 10; i++) {
        await createWebhook(t, tenant.admin, { url: `${receiver.url}?n=${i}`, events: ['*'] });
      }
      const res = await http(t.url, 'POST', '/tenant/webhooks', {
        key: tenant.admin,
        body: { url: receiver.url, events: ['*'] },
      });
      expectEnvelope(res, 409, 'conflict');
    });

    it("answers 404 for another tenant's endpoint on every route and lists none of them", async () => {
      const hook = await createWebhook(t, acme.admin, { url: receiver.url, events: ['*'] });
      const eventId = await ping(t, acme.admin, hook.webhookId);
      await receiver.waitForId(eventId);
      const [delivery] = await deliveryLog(t, acme.admin, hook.webhookId);
      const base = `/tenant/webhooks/${hook.webhookId}`;
      const calls: [string, string, unknown?][] = [
        ['GET', base],
        ['PATCH', base, { enabled: false }],
        ['DELETE', base],
        ['POST', `${base}/rotate-secret`],
        ['POST', `${base}/test`],
        ['GET', `${base}/deliveries`],
        ['POST', `${base}/deliveries/${delivery.deliveryId}/redeliver`],
      ];
      for (const [method, path, body] of calls) {
        const res = await http(t.url, method, path, { key: other.admin, body });
        expectEnvelope(res, 404, 'not_found');
      }
      const list = await http(t.url, 'GET', '/tenant/webhooks', { key: other.admin });
      expect(list.body).toEqual({ count: 0, webhooks: [] });
    });

    it('deletes an endpoint (204), after which it is 404', async () => {
      const hook = await createWebhook(t, acme.admin, { url: receiver.url, events: ['*'] });
      const del = await http(t.url, 'DELETE', `/tenant/webhooks/${hook.webhookId}`, {
        key: acme.admin,
      });
      expect(del.status).toBe(204);
      const get = await http(t.url, 'GET', `/tenant/webhooks/${hook.webhookId}`, {
        key: acme.admin,
      });
      expectEnvelope(get, 404, 'not_found');
    });
  });

  describe('delivery', () => {
    it('signs every delivery so that standardwebhooks verifies it; a tampered body or a stale timestamp fails', async () => {
      const hook = await createWebhook(t, acme.admin, {
        url: receiver.url,
        events: ['scan.imported'],
      });
      const eventId = await ping(t, acme.admin, hook.webhookId);
      const [request] = await receiver.waitForId(eventId);
      const payload = verifyWebhook(hook.secret, request, clock.now()) as any;
      expect(payload).toMatchObject({
        type: 'webhook.ping',
        tenantId: acme.tenantId,
        data: { webhookId: hook.webhookId },
      });
      expect(Date.parse(payload.timestamp)).not.toBeNaN();
      expect(request.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);

      const tampered = { ...request, body: request.body.replace('webhook.ping', 'webhook.pong') };
      expect(() => verifyWebhook(hook.secret, tampered, clock.now())).toThrow();
      expect(() => verifyWebhook(hook.secret, request, clock.now() + 10 * MINUTE)).toThrow();
      const [delivery] = await deliveryLog(t, acme.admin, hook.webhookId);
      expect(delivery).toMatchObject({ eventId, eventType: 'webhook.ping', status: 'delivered' });
      expect(delivery.attempts).toEqual([
        {
          at: expect.any(String),
          responseStatus: 200,
          durationMs: expect.any(Number),
          error: null,
        },
      ]);
    });

    it('retries 500, 500, 200: three attempts logged, delivered, one webhook-id', async () => {
      const flaky = await WebhookReceiver.start();
      try {
        flaky.script = [500, 500];
        const hook = await createWebhook(t, acme.admin, { url: flaky.url, events: ['*'] });
        const eventId = await ping(t, acme.admin, hook.webhookId);
        const first = await waitForDelivery(
          t,
          acme.admin,
          hook.webhookId,
          eventId,
          (d) => d.attempts.length === 1,
        );
        expect(first.status).toBe('pending');
        expect(first.attempts[0]).toMatchObject({
          responseStatus: 500,
          error: 'receiver says 500',
        });
        // First retry after 5 s (±10%), the second after 5 min.
        const wait1 = Date.parse(first.nextAttemptAt) - Date.parse(first.attempts[0].at);
        expect(wait1).toBeGreaterThanOrEqual(4_500);
        expect(wait1).toBeLessThanOrEqual(5_500);
        clock.advance(6_000, t);
        const second = await waitForDelivery(
          t,
          acme.admin,
          hook.webhookId,
          eventId,
          (d) => d.attempts.length === 2,
        );
        const wait2 = Date.parse(second.nextAttemptAt) - Date.parse(second.attempts[1].at);
        expect(wait2).toBeGreaterThanOrEqual(4.5 * MINUTE);
        expect(wait2).toBeLessThanOrEqual(5.5 * MINUTE);
        clock.advance(6 * MINUTE, t);
        const done = await waitForDelivery(
          t,
          acme.admin,
          hook.webhookId,
          eventId,
          (d) => d.status === 'delivered',
        );
        expect(done.attempts.map((a: any) => a.responseStatus)).toEqual([500, 500, 200]);
        expect(done.nextAttemptAt).toBeNull();
        expect(flaky.received.map((r) => r.headers['webhook-id'])).toEqual([
          eventId,
          eventId,
          eventId,
        ]);
        verifyWebhook(hook.secret, flaky.received[2], clock.now());
      } finally {
        await flaky.close();
      }
    });

    it('honours Retry-After when it asks for a longer wait than the schedule', async () => {
      const busy = await WebhookReceiver.start();
      try {
        busy.script = [429];
        busy.errorHeaders = { 'retry-after': '120' };
        const hook = await createWebhook(t, acme.admin, { url: busy.url, events: ['*'] });
        const eventId = await ping(t, acme.admin, hook.webhookId);
        const first = await waitForDelivery(
          t,
          acme.admin,
          hook.webhookId,
          eventId,
          (d) => d.attempts.length === 1,
        );
        expect(Date.parse(first.nextAttemptAt) - Date.parse(first.attempts[0].at)).toBe(120_000);
      } finally {
        await busy.close();
      }
    });

    it('disables the endpoint on 410 Gone, and audits it', async () => {
      const gone = await WebhookReceiver.start();
      try {
        gone.script = [410];
        const hook = await createWebhook(t, acme.admin, { url: gone.url, events: ['*'] });
        const eventId = await ping(t, acme.admin, hook.webhookId);
        const failed = await waitForDelivery(
          t,
          acme.admin,
          hook.webhookId,
          eventId,
          (d) => d.status !== 'pending',
        );
        expect(failed).toMatchObject({ status: 'failed', nextAttemptAt: null });
        const get = await http(t.url, 'GET', `/tenant/webhooks/${hook.webhookId}`, {
          key: acme.admin,
        });
        expect(get.body.webhook).toMatchObject({
          enabled: false,
          disabledReason: expect.stringMatching(/410/),
        });
        const audit = await http(t.url, 'GET', '/tenant/audit', { key: acme.admin });
        expect(audit.body.entries).toContainEqual(
          expect.objectContaining({
            action: 'webhook.disabled',
            targetId: hook.webhookId,
            actor: expect.objectContaining({ type: 'system', id: 'webhook-delivery' }),
          }),
        );
      } finally {
        await gone.close();
      }
    });

    it('abandons a delivery after the last retry, and disables the endpoint after five in a row', async () => {
      const broken = await WebhookReceiver.start();
      try {
        broken.script = Array(100).fill(500);
        const hook = await createWebhook(t, acme.admin, { url: broken.url, events: ['*'] });
        const ids: string[] = [];
        for (let i = 0; i < 5; i++) ids.push(await ping(t, acme.admin, hook.webhookId));
        for (let attempts = 1; attempts <= 8; attempts++) {
          for (const id of ids) {
            await waitForDelivery(
              t,
              acme.admin,
              hook.webhookId,
              id,
              (d) => d.attempts.length === attempts,
            );
          }
          clock.advance(11 * HOUR, t);
        }
        const log = await deliveryLog(t, acme.admin, hook.webhookId);
        expect(log.map((d) => [d.status, d.attempts.length, d.nextAttemptAt])).toEqual(
          Array(5).fill(['abandoned', 8, null]),
        );
        const get = await http(t.url, 'GET', `/tenant/webhooks/${hook.webhookId}`, {
          key: acme.admin,
        });
        expect(get.body.webhook).toMatchObject({
          enabled: false,
          disabledReason: expect.stringMatching(/abandoned/),
        });
        const audit = await http(t.url, 'GET', '/tenant/audit', { key: acme.admin });
        expect(audit.body.entries).toContainEqual(
          expect.objectContaining({
            action: 'webhook.disabled',
            targetId: hook.webhookId,
            actor: expect.objectContaining({ type: 'system', id: 'webhook-delivery' }),
          }),
        );
      } finally {
        await broken.close();
      }
    });

    it('redelivers with the same webhook-id and a fresh signature', async () => {
      const hook = await createWebhook(t, acme.admin, { url: receiver.url, events: ['*'] });
      const eventId = await ping(t, acme.admin, hook.webhookId);
      await receiver.waitForId(eventId);
      const [delivery] = await deliveryLog(t, acme.admin, hook.webhookId);
      clock.advance(5_000);
      const res = await http(
        t.url,
        'POST',
        `/tenant/webhooks/${hook.webhookId}/deliveries/${delivery.deliveryId}/redeliver`,
        { key: acme.admin },
      );
      expect(res.status).toBe(202);
      expect(res.body.eventId).toBe(eventId);
      expect(res.body.deliveryId).not.toBe(delivery.deliveryId);
      const [first, second] = await receiver.waitForId(eventId, 2);
      expect(second.headers['webhook-signature']).not.toBe(first.headers['webhook-signature']);
      expect(second.body).toBe(first.body);
      verifyWebhook(hook.secret, second, clock.now());
      const log = await deliveryLog(t, acme.admin, hook.webhookId, '?status=delivered');
      expect(log.map((d) => d.deliveryId)).toEqual([res.body.deliveryId, delivery.deliveryId]);
    });

    it('signs with both secrets for 24 hours after a rotation, then with the new one only', async () => {
      const hook = await createWebhook(t, acme.admin, { url: receiver.url, events: ['*'] });
      const rotated = await http(
        t.url,
        'POST',
        `/tenant/webhooks/${hook.webhookId}/rotate-secret`,
        {
          key: acme.admin,
        },
      );
      expect(rotated.status).toBe(200);
      const newSecret = rotated.body.webhook.secret;
      expect(newSecret).toMatch(/^whsec_/);
      expect(newSecret).not.toBe(hook.secret);

      const during = (await receiver.waitForId(await ping(t, acme.admin, hook.webhookId)))[0];
      expect(String(during.headers['webhook-signature']).split(' ')).toHaveLength(2);
      verifyWebhook(hook.secret, during, clock.now());
      verifyWebhook(newSecret, during, clock.now());

      clock.advance(24 * HOUR + MINUTE);
      const after = (await receiver.waitForId(await ping(t, acme.admin, hook.webhookId)))[0];
      verifyWebhook(newSecret, after, clock.now());
      expect(() => verifyWebhook(hook.secret, after, clock.now())).toThrow();
    });

    it('pages the delivery log newest first and filters by status', async () => {
      const hook = await createWebhook(t, acme.admin, { url: receiver.url, events: ['*'] });
      const ids = [];
      for (let i = 0; i < 3; i++) ids.push(await ping(t, acme.admin, hook.webhookId));
      for (const id of ids) await receiver.waitForId(id);
      const page1 = await http(
        t.url,
        'GET',
        `/tenant/webhooks/${hook.webhookId}/deliveries?limit=2`,
        {
          key: acme.admin,
        },
      );
      expect(page1.body.count).toBe(2);
      const page2 = await http(
        t.url,
        'GET',
        `/tenant/webhooks/${hook.webhookId}/deliveries?limit=2&cursor=${page1.body.nextCursor}`,
        { key: acme.admin },
      );
      expect(page2.body).toMatchObject({ count: 1, nextCursor: null });
      const all = [...page1.body.deliveries, ...page2.body.deliveries].map((d) => d.eventId);
      expect(all.sort()).toEqual([...ids].sort());
      expect(await deliveryLog(t, acme.admin, hook.webhookId, '?status=pending')).toEqual([]);
      const bad = await http(
        t.url,
        'GET',
        `/tenant/webhooks/${hook.webhookId}/deliveries?status=lost`,
        {
          key: acme.admin,
        },
      );
      expectEnvelope(bad, 422, 'unprocessable_entity');
    });
  });

  describe('remediation.changed from the upsert', () => {
    it('emits one event per subscribed endpoint for a change, none for a no-op or a 412', async () => {
      const tenant = await tenantWithKeys(t.url);
      const scanId = await importScan(t, tenant.operator);
      const all = await createWebhook(t, tenant.admin, { url: receiver.url, events: ['*'] });
      const changed = await createWebhook(t, tenant.admin, {
        url: receiver.url,
        events: ['remediation.changed'],
      });
      const unrelated = await createWebhook(t, tenant.admin, {
        url: receiver.url,
        events: ['scan.imported'],
      });
      const upsert = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
        http(t.url, 'POST', `/tenant/scans/${scanId}/remediation`, {
          key: tenant.operator,
          body: { remediationId: 'rem_001', ...body },
          headers,
        });
      const countChanged = async (webhookId: string) =>
        (await deliveryLog(t, tenant.admin, webhookId, '?limit=100')).filter(
          (d) => d.eventType === 'remediation.changed',
        ).length;

      expect((await upsert({ status: 'in_progress', owner: 'alice' })).status).toBe(200);
      expect([await countChanged(all.webhookId), await countChanged(changed.webhookId)]).toEqual([
        1, 1,
      ]);

      expect((await upsert({ status: 'in_progress', owner: 'alice' })).status).toBe(200); // no-op
      expect((await upsert({ status: 'done' }, { 'if-match': '1' })).status).toBe(412);
      expect(await countChanged(all.webhookId)).toBe(1);
      expect(await countChanged(changed.webhookId)).toBe(1);
      expect(await countChanged(unrelated.webhookId)).toBe(0);

      const [delivery] = await deliveryLog(t, tenant.admin, changed.webhookId);
      const [sibling] = await deliveryLog(t, tenant.admin, all.webhookId);
      // The deliveries of one event: each its own id, of the form the delivery routes accept.
      expect([delivery.deliveryId, sibling.deliveryId]).toEqual([
        expect.stringMatching(/^dlv_[0-9A-HJKMNP-TV-Z]{26}$/),
        expect.stringMatching(/^dlv_[0-9A-HJKMNP-TV-Z]{26}$/),
      ]);
      expect(sibling.eventId).toBe(delivery.eventId);
      expect(sibling.deliveryId).not.toBe(delivery.deliveryId);
      // One event, one delivery per endpoint: the same webhook-id, each signed with its secret.
      const requests = await receiver.waitForId(delivery.eventId, 2);
      expect(requests).toHaveLength(2);
      const verifies = (secret: string) =>
        requests.filter((r) => {
          try {
            return verifyWebhook(secret, r, clock.now());
          } catch {
            return false;
          }
        });
      expect(verifies(all.secret)).toHaveLength(1);
      expect(verifies(changed.secret)).toHaveLength(1);
      const request = verifies(changed.secret)[0];
      const payload = JSON.parse(request.body);
      expect(payload).toMatchObject({
        type: 'remediation.changed',
        tenantId: tenant.tenantId,
        data: {
          scanId,
          remediationId: 'rem_001',
          version: 2,
          changes: {
            status: { from: 'open', to: 'in_progress' },
            owner: { from: null, to: 'alice' },
          },
        },
      });
      expect(request.body).not.toMatch(/whsec_|pqc_|apiKey|secret/i);
    });
  });
});

/** Apps of their own, started after the others closed: no instance with a moved clock joins in. */
describe('webhook delivery durability', () => {
  it('delivers everything once after the receiver was down and the service restarted', async () => {
    const flaky = await WebhookReceiver.start();
    await flaky.down();
    let first: TestApp | null = await startApp();
    let second: TestApp | null = null;
    try {
      const tenant = await tenantWithKeys(first.url);
      const hook = await createWebhook(first, tenant.admin, { url: flaky.url, events: ['*'] });
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) ids.push(await ping(first, tenant.admin, hook.webhookId));
      for (const id of ids) {
        const d = await waitForDelivery(
          first,
          tenant.admin,
          hook.webhookId,
          id,
          (x) => x.attempts.length > 0,
        );
        expect(d).toMatchObject({ status: 'pending', attempts: [{ responseStatus: null }] });
      }
      await first.close();
      first = null;

      await flaky.up();
      second = await startApp();
      const later = new TestClock();
      later.install(second);
      later.advance(MINUTE, second);
      for (const id of ids) {
        await waitForDelivery(
          second,
          tenant.admin,
          hook.webhookId,
          id,
          (d) => d.status === 'delivered',
        );
      }
      for (const id of ids) expect(flaky.withId(id)).toHaveLength(1);
    } finally {
      await first?.close();
      await second?.close();
      await flaky.close();
    }
  });

  it('delivers each event once per endpoint with two instances on one database', async () => {
    const counter = await WebhookReceiver.start();
    const [one, two] = await Promise.all([startApp(), startApp()]);
    try {
      const tenant = await tenantWithKeys(one.url);
      const hook = await createWebhook(one, tenant.admin, { url: counter.url, events: ['*'] });
      const ids = await Promise.all(
        Array.from({ length: 40 }, (_, i) => ping(i % 2 ? one : two, tenant.admin, hook.webhookId)),
      );
      await pollUntil(() => ids.every((id) => counter.withId(id).length > 0), 30_000);
      // The receiver sees a request before its sender records the answer: wait for the log too.
      let log: any[] = [];
      await pollUntil(async () => {
        log = await deliveryLog(one, tenant.admin, hook.webhookId, '?limit=100');
        return log.every((d) => d.status !== 'pending');
      }, 10_000);
      expect(log).toHaveLength(40);
      for (const d of log) {
        expect(d).toMatchObject({ status: 'delivered', attempts: [{ responseStatus: 200 }] });
      }
      for (const id of ids) expect(counter.withId(id)).toHaveLength(1);
    } finally {
      await Promise.all([one.close(), two.close()]);
      await counter.close();
    }
  });
});

describe('webhook targets (SSRF), with an injected resolver and connector', () => {
  let s: TestApp;
  let tenant: TenantKeys;
  let receiver: WebhookReceiver;
  const clock = new TestClock();
  const dns = new Map<string, string[]>();
  /** Where the service asked to connect: the connector sends it to 127.0.0.1 instead. */
  const connections: string[] = [];

  beforeAll(async () => {
    s = await startApp({ webhookAllowInsecureTargets: false });
    clock.install(s);
    receiver = await WebhookReceiver.start();
    tenant = await tenantWithKeys(s.url);
    const network = s.app.get(WebhookNetwork);
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .call(network) below
    const realSend = WebhookNetwork.prototype.send;
    jest.spyOn(network, 'resolve').mockImplementation((host) => {
      const addresses = dns.get(host);
      if (!addresses) return Promise.reject(new Error(`getaddrinfo ENOTFOUND ${host}`));
      return Promise.resolve(
        addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
      );
    });
    jest.spyOn(network, 'send').mockImplementation((request) => {
      connections.push(request.address.address);
      return realSend.call(network, {
        ...request,
        url: new URL(receiver.url),
        address: { address: '127.0.0.1', family: 4 },
      });
    });
    dns.set('localhost', ['127.0.0.1']);
    dns.set('internal.example.test', ['10.20.30.40']);
    dns.set('mixed.example.test', ['93.184.216.34', '192.168.1.1']);
    dns.set('hooks.example.test', ['93.184.216.34']);
  });
  afterAll(async () => {
    await s.close();
    await receiver.close();
  });

  it.each([
    'http://169.254.169.254/latest/meta-data/',
    'https://169.254.169.254/',
    'https://localhost/',
    'https://internal.example.test/hook',
    'https://mixed.example.test/hook',
    'https://[::ffff:127.0.0.1]/hook',
    'https://[fd00:ec2::254]/',
    'https://100.64.0.1/',
    'https://nowhere.example.test/',
    'http://hooks.example.test/hook',
  ])('refuses %s at creation with 422', async (url) => {
    const res = await http(s.url, 'POST', '/tenant/webhooks', {
      key: tenant.admin,
      body: { url, events: ['*'] },
    });
    expectEnvelope(res, 422, 'unprocessable_entity');
    expect(res.body.detail).toEqual([{ field: 'url', message: expect.any(String) }]);
  });

  it('refuses and logs an attempt when the name later resolves to a private address, and connects only to the checked address', async () => {
    const hook = await createWebhook(s, tenant.admin, {
      url: 'https://hooks.example.test/hook',
      events: ['*'],
    });
    dns.set('hooks.example.test', ['10.0.0.8']);
    const eventId = await ping(s, tenant.admin, hook.webhookId);
    const refused = await waitForDelivery(
      s,
      tenant.admin,
      hook.webhookId,
      eventId,
      (d) => d.attempts.length === 1,
    );
    expect(refused.status).toBe('pending');
    expect(refused.attempts[0]).toMatchObject({
      responseStatus: null,
      error: expect.stringMatching(/target refused: .*10\.0\.0\.8.*private/),
    });
    expect(connections).toEqual([]);
    expect(receiver.received).toEqual([]);

    dns.set('hooks.example.test', ['93.184.216.34']);
    clock.advance(MINUTE, s);
    await waitForDelivery(
      s,
      tenant.admin,
      hook.webhookId,
      eventId,
      (d) => d.status === 'delivered',
    );
    expect(connections).toEqual(['93.184.216.34']);
    verifyWebhook(hook.secret, (await receiver.waitForId(eventId))[0], clock.now());
  });
});

describe('webhooks without DATA_ENCRYPTION_KEY on a server database', () => {
  it('answers 503 naming the variable when an endpoint is created', async () => {
    const t = await startApp({ dataEncryptionKey: null });
    try {
      const tenant = await tenantWithKeys(t.url);
      const res = await http(t.url, 'POST', '/tenant/webhooks', {
        key: tenant.admin,
        body: { url: 'http://127.0.0.1:9/hook', events: ['*'] },
      });
      expectEnvelope(res, 503, 'service_unavailable');
      expect(res.body.message).toContain('DATA_ENCRYPTION_KEY');
    } finally {
      await t.close();
    }
  });
});
