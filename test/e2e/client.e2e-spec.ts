import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createPqcClient,
  OperationId,
  PqcApiError,
  PqcClient,
  Schemas,
  unwrap,
} from '../../client';
import { http } from '../support/http';
import { WebhookReceiver } from '../support/webhook-receiver';
import { ADMIN_KEY, startTestApp, TestApp, uniqueTenantId } from '../support/test-app';

/**
 * The typed client (client/) against the real service: every operation of openapi.json is
 * called through it at least once. `CALLS` is keyed by operationId and typed against the
 * generated `operations`, so a route added, removed or renamed in the document fails the
 * compiler here until its call is written; the guard below also checks at run time that each
 * call really reached its operation's method and path.
 */

interface Operation {
  operationId?: string;
  requestBody?: { content?: Record<string, { examples?: Record<string, { value?: unknown }> }> };
}

interface Document {
  paths: Record<string, Record<string, Operation>>;
}

const DOCUMENT = JSON.parse(
  readFileSync(join(__dirname, '../../openapi.json'), 'utf8'),
) as Document;

/** operationId → "METHOD /path/{template}", as the client's middleware sees it. */
const ROUTES = new Map<string, string>(
  Object.entries(DOCUMENT.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([, op]) => typeof op === 'object' && op?.operationId)
      .map(([method, op]) => [op.operationId as string, `${method.toUpperCase()} ${path}`]),
  ),
);

/** Every request body example of the document: what Swagger UI's "Try it out" sends. */
const BODY_EXAMPLES = Object.entries(DOCUMENT.paths).flatMap(([path, item]) =>
  Object.entries(item).flatMap(([method, op]) =>
    Object.entries(op.requestBody?.content?.['application/json']?.examples ?? {}).map(
      ([name, example]) => ({ method: method.toUpperCase(), path, name, body: example.value }),
    ),
  ),
);

/** What the calls share: built by the first calls, used by later ones. */
interface Context {
  /** A client for a tenant key, recorded like the admin one. */
  connect(apiKey: string): PqcClient;
  admin: PqcClient;
  tenant: PqcClient; // the tenant's admin-role key
  tenantKey: string; // its secret, for requests made without the client
  tenantId: string;
  keyToRevokeByAdmin: string;
  keyToRevokeByTenant: string;
  scanId: string;
  remediationId: string;
  receiverUrl: string;
  webhookId: string;
  deliveryId: string;
}

// Order matters: each call may rely on what the ones above it created.
const CALLS: Record<OperationId, (c: Context) => Promise<void>> = {
  createTenant: async (c) => {
    const tenant = unwrap(
      await c.admin.POST('/admin/tenants', { body: { name: 'Client Co', tenantId: c.tenantId } }),
    );
    expect(tenant).toMatchObject({ tenantId: c.tenantId, name: 'Client Co' });
  },
  listTenants: async (c) => {
    const list = unwrap(await c.admin.GET('/admin/tenants'));
    expect(list.tenants.map((t) => t.tenantId)).toContain(c.tenantId);
  },
  issueTenantKey: async (c) => {
    const path = { tenant_id: c.tenantId };
    const issued = unwrap(
      await c.admin.POST('/admin/tenants/{tenant_id}/keys', {
        params: { path },
        body: { label: 'client-admin', role: 'admin' },
      }),
    );
    expect(issued).toMatchObject({ tenantId: c.tenantId, role: 'admin' });
    c.tenant = c.connect(issued.apiKey);
    c.tenantKey = issued.apiKey;
    const spare = unwrap(
      await c.admin.POST('/admin/tenants/{tenant_id}/keys', {
        params: { path },
        body: { label: 'spare', role: 'viewer' },
      }),
    );
    c.keyToRevokeByAdmin = spare.keyId;
  },
  listTenantKeys: async (c) => {
    const list = unwrap(
      await c.admin.GET('/admin/tenants/{tenant_id}/keys', {
        params: { path: { tenant_id: c.tenantId } },
      }),
    );
    expect(list.keys.map((k) => k.label).sort()).toEqual(['client-admin', 'spare']);
  },
  revokeKey: async (c) => {
    const revoked = unwrap(
      await c.admin.DELETE('/admin/keys/{key_id}', {
        params: { path: { key_id: c.keyToRevokeByAdmin } },
      }),
    );
    expect(revoked).toEqual({ keyId: c.keyToRevokeByAdmin, revoked: true });
  },
  issueApiKey: async (c) => {
    const issued = unwrap(
      await c.tenant.POST('/tenant/api-keys', { body: { label: 'ci', role: 'operator' } }),
    );
    expect(issued).toMatchObject({ tenantId: c.tenantId, role: 'operator', label: 'ci' });
    c.keyToRevokeByTenant = issued.keyId;
  },
  listApiKeys: async (c) => {
    const list = unwrap(await c.tenant.GET('/tenant/api-keys'));
    expect(list.keys.map((k) => k.keyId)).toContain(c.keyToRevokeByTenant);
  },
  revokeApiKey: async (c) => {
    const revoked = unwrap(
      await c.tenant.DELETE('/tenant/api-keys/{key_id}', {
        params: { path: { key_id: c.keyToRevokeByTenant } },
      }),
    );
    expect(revoked).toEqual({ keyId: c.keyToRevokeByTenant, revoked: true });
  },
  importScan: async (c) => {
    const imported = unwrap(
      await c.tenant.POST('/tenant/scans', {
        body: {
          target: 'client.example.com',
          // An asset of its own: the document's upsert examples must work on such a scan too.
          findings: [
            {
              title: 'RSA-1024 certificate',
              algorithm: 'RSA',
              keySize: 1024,
              assetId: 'client-edge-01',
            },
          ],
        },
      }),
    );
    expect(imported.scan.findingCount).toBe(1);
    c.scanId = imported.scan.scanId;
    c.remediationId = imported.scan.findings[0].remediationId;
  },
  listScans: async (c) => {
    const page = unwrap(await c.tenant.GET('/tenant/scans', { params: { query: { limit: 5 } } }));
    expect(page.scans.map((s) => s.scanId)).toEqual([c.scanId]);
  },
  getScan: async (c) => {
    const detail = unwrap(
      await c.tenant.GET('/tenant/scans/{scan_id}', { params: { path: { scan_id: c.scanId } } }),
    );
    expect(detail.scan.scanId).toBe(c.scanId);
  },
  upsertRemediation: async (c) => {
    const result = await c.tenant.POST('/tenant/scans/{scan_id}/remediation', {
      params: { path: { scan_id: c.scanId } },
      body: { remediationId: c.remediationId, status: 'in_progress', owner: 'alice@example.com' },
    });
    expect(unwrap(result).item).toMatchObject({ remediationId: c.remediationId, version: 2 });
    expect(result.response.headers.get('etag')).toBe('"2"');
  },
  listRemediation: async (c) => {
    const queue = unwrap(
      await c.tenant.GET('/tenant/scans/{scan_id}/remediation', {
        params: { path: { scan_id: c.scanId }, query: { status: ['in_progress'], limit: 10 } },
      }),
    );
    expect(queue.items.map((i) => i.remediationId)).toEqual([c.remediationId]);
  },
  getRemediationItem: async (c) => {
    const { item } = unwrap(
      await c.tenant.GET('/tenant/scans/{scan_id}/remediation/{remediation_id}', {
        params: { path: { scan_id: c.scanId, remediation_id: c.remediationId } },
      }),
    );
    expect(item).toMatchObject({ status: 'in_progress', owner: 'alice@example.com' });
  },
  listRemediationHistory: async (c) => {
    const history = unwrap(
      await c.tenant.GET('/tenant/scans/{scan_id}/remediation/{remediation_id}/history', {
        params: { path: { scan_id: c.scanId, remediation_id: c.remediationId } },
      }),
    );
    expect(history.entries.length).toBeGreaterThan(0);
  },
  getSlaPolicy: async (c) => {
    const result = await c.tenant.GET('/tenant/sla-policy');
    expect(unwrap(result)).toMatchObject({ days: { critical: 7 }, version: 0 });
    expect(result.response.headers.get('etag')).toBe('"0"');
  },
  updateSlaPolicy: async (c) => {
    const policy = unwrap(
      await c.tenant.PUT('/tenant/sla-policy', {
        body: { days: { critical: 5, high: 5 }, dueSoonDays: 30 },
        headers: { 'If-Match': '"0"' },
      }),
    );
    expect(policy).toMatchObject({
      days: { critical: 5, medium: 90 },
      dueSoonDays: 30,
      version: 1,
    });
  },
  listBacklog: async (c) => {
    const page = unwrap(
      await c.tenant.GET('/tenant/remediation', {
        params: { query: { status: ['in_progress'], sort: 'slaDueAt', limit: 10 } },
      }),
    );
    expect(page.items.map((i) => [i.remediationId, i.slaState])).toEqual([
      [c.remediationId, 'due_soon'],
    ]);
  },
  bulkUpdateRemediation: async (c) => {
    const result = unwrap(
      await c.tenant.POST('/tenant/remediation/bulk', {
        body: {
          items: [{ scanId: c.scanId, remediationId: c.remediationId, ifMatch: 2 }],
          changes: { owner: 'bob@example.com' },
        },
      }),
    );
    expect(result).toMatchObject({ total: 1, succeeded: 1, results: [{ outcome: 'updated' }] });
  },
  exportBacklog: async (c) => {
    const result = await c.tenant.GET('/tenant/remediation/export', {
      params: { query: { format: 'ndjson' } },
      parseAs: 'text',
    });
    expect(result.response.status).toBe(200);
    expect(JSON.parse(String(result.data).trim())).toMatchObject({ owner: 'bob@example.com' });
  },
  getSlaReport: async (c) => {
    const report = unwrap(await c.tenant.GET('/tenant/sla/report'));
    expect(report.totals).toMatchObject({ open: 1, dueSoon: 1 });
  },
  createWebhook: async (c) => {
    const { webhook } = unwrap(
      await c.tenant.POST('/tenant/webhooks', {
        body: { url: c.receiverUrl, events: ['remediation.changed'], description: 'client spec' },
      }),
    );
    expect(webhook.secret).toMatch(/^whsec_/);
    c.webhookId = webhook.webhookId;
  },
  listWebhooks: async (c) => {
    const list = unwrap(await c.tenant.GET('/tenant/webhooks'));
    expect(list.webhooks.map((w) => w.webhookId)).toContain(c.webhookId);
  },
  getWebhook: async (c) => {
    const { webhook } = unwrap(
      await c.tenant.GET('/tenant/webhooks/{webhook_id}', {
        params: { path: { webhook_id: c.webhookId } },
      }),
    );
    expect(webhook).not.toHaveProperty('secret');
  },
  updateWebhook: async (c) => {
    const { webhook } = unwrap(
      await c.tenant.PATCH('/tenant/webhooks/{webhook_id}', {
        params: { path: { webhook_id: c.webhookId } },
        body: { events: ['*'] },
      }),
    );
    expect(webhook.events).toEqual(['*']);
  },
  rotateWebhookSecret: async (c) => {
    const { webhook } = unwrap(
      await c.tenant.POST('/tenant/webhooks/{webhook_id}/rotate-secret', {
        params: { path: { webhook_id: c.webhookId } },
      }),
    );
    expect(webhook.secret).toMatch(/^whsec_/);
  },
  testWebhook: async (c) => {
    const { eventId } = unwrap(
      await c.tenant.POST('/tenant/webhooks/{webhook_id}/test', {
        params: { path: { webhook_id: c.webhookId } },
      }),
    );
    expect(eventId).toMatch(/^msg_/);
  },
  listWebhookDeliveries: async (c) => {
    const page = unwrap(
      await c.tenant.GET('/tenant/webhooks/{webhook_id}/deliveries', {
        params: { path: { webhook_id: c.webhookId }, query: { limit: 10 } },
      }),
    );
    expect(page.deliveries.length).toBeGreaterThan(0);
    c.deliveryId = page.deliveries[0].deliveryId;
  },
  redeliverWebhookDelivery: async (c) => {
    const redelivery = unwrap(
      await c.tenant.POST('/tenant/webhooks/{webhook_id}/deliveries/{delivery_id}/redeliver', {
        params: { path: { webhook_id: c.webhookId, delivery_id: c.deliveryId } },
      }),
    );
    expect(redelivery.deliveryId).not.toBe(c.deliveryId);
  },
  deleteWebhook: async (c) => {
    const result = await c.tenant.DELETE('/tenant/webhooks/{webhook_id}', {
      params: { path: { webhook_id: c.webhookId } },
    });
    expect(result.response.status).toBe(204);
  },
  listAuditEntries: async (c) => {
    const audit = unwrap(await c.tenant.GET('/tenant/audit', { params: { query: { limit: 50 } } }));
    expect(audit.entries.length).toBeGreaterThan(0);
  },
  explainFinding: async (c) => {
    const explanation = unwrap(
      await c.tenant.POST('/tenant/ai/explain', {
        body: { finding: { id: 'f_001', title: 'RSA-1024 certificate' } },
      }),
    );
    expect(explanation.nextSteps.length).toBeGreaterThan(0);
  },
  explainScan: async (c) => {
    const brief = unwrap(
      await c.tenant.POST('/tenant/ai/explain-scan', {
        body: { scanId: c.scanId, audience: 'engineering' },
      }),
    );
    expect(brief.facts.scanId).toBe(c.scanId);
    expect(brief.nextSteps.length).toBeGreaterThan(0);
  },
  getHealth: async (c) => {
    const health = unwrap(await c.tenant.GET('/health'));
    expect(health.status).toBe('ok');
  },
  listRescanChanges: async (c) => {
    const diff = unwrap(
      await c.tenant.GET('/tenant/scans/{scan_id}/rescan', {
        params: { path: { scan_id: c.scanId }, query: { change: 'new', limit: 10 } },
      }),
    );
    expect(diff).toEqual({ count: 0, changes: [], nextCursor: null });
  },
  verifyRemediation: async (c) => {
    const later = unwrap(
      await c.tenant.POST('/tenant/scans', {
        body: { findings: [], coverage: 'complete', baselineScanId: 'none' },
      }),
    );
    const result = unwrap(
      await c.tenant.POST('/tenant/scans/{scan_id}/remediation/verify', {
        params: { path: { scan_id: c.scanId } },
        body: { remediationId: c.remediationId, verifyScanId: later.scan.scanId },
      }),
    );
    // The finding's asset was looked at (complete coverage) and not found: proven fixed.
    expect(result).toMatchObject({ verified: true, outcome: 'fixed', changed: true });
    expect(result.item).toMatchObject({ status: 'done', verification: { state: 'confirmed' } });
  },
};

describe('typed client (client/) against the real service', () => {
  let t: TestApp;
  const sent: string[] = []; // "METHOD /schema/path" of every request the admin and tenant clients made
  const context = {} as Context;

  /** A client that also records which operation each request went to. */
  const recording = (client: PqcClient): PqcClient => {
    client.use({
      onRequest({ request, schemaPath }) {
        sent.push(`${request.method} ${schemaPath}`);
      },
    });
    return client;
  };

  let receiver: WebhookReceiver;

  beforeAll(async () => {
    receiver = await WebhookReceiver.start();
    context.receiverUrl = receiver.url;
    t = await startTestApp({
      webhookAllowInsecureTargets: true,
      dataEncryptionKey: randomBytes(32),
    });
    context.connect = (apiKey) => recording(createPqcClient({ baseUrl: t.url, apiKey }));
    context.admin = recording(createPqcClient({ baseUrl: t.url, adminKey: ADMIN_KEY }));
    context.tenantId = uniqueTenantId('client');
  });
  afterAll(async () => {
    await t.close();
    await receiver.close();
  });

  it('has a call for every operation in openapi.json, and no call for an absent one', () => {
    expect(Object.keys(CALLS).sort()).toEqual([...ROUTES.keys()].sort());
  });

  for (const [operationId, call] of Object.entries(CALLS)) {
    it(`calls ${operationId}`, async () => {
      sent.length = 0;
      await call(context);
      expect(sent).toContain(ROUTES.get(operationId));
    });
  }

  // Runs after the calls above: the tenant has a scan, and examples must work on any scan.
  it('documents request body examples (imports, upserts, explanations)', () => {
    expect(BODY_EXAMPLES.map((e) => `${e.method} ${e.path}`)).toEqual(
      expect.arrayContaining([
        'POST /tenant/scans',
        'POST /tenant/scans/{scan_id}/remediation',
        'POST /tenant/ai/explain',
      ]),
    );
  });

  for (const example of BODY_EXAMPLES) {
    it(`accepts the "${example.name}" example of ${example.method} ${example.path}`, async () => {
      const values: Record<string, string> = {
        scan_id: context.scanId,
        tenant_id: context.tenantId,
      };
      const path = example.path.replace(/\{(\w+)\}/g, (_, name: string) => values[name]);
      const key = path.startsWith('/admin/') ? ADMIN_KEY : context.tenantKey;
      const res = await http(t.url, example.method, path, { key, body: example.body });
      expect({ status: res.status, body: res.status < 300 ? 'ok' : res.body }).toEqual({
        status: example.method === 'POST' && example.path === '/tenant/scans' ? 201 : 200,
        body: 'ok',
      });
    });
  }

  it('throws PqcApiError with the envelope and request id on a 404 and a 422', async () => {
    const absent = 'scan_00000000000000000000000000';
    const missing = await context.tenant
      .GET('/tenant/scans/{scan_id}', { params: { path: { scan_id: absent } } })
      .then(unwrap)
      .catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(PqcApiError);
    expect(missing).toMatchObject({ status: 404, error: 'not_found' });
    expect((missing as PqcApiError).requestId).toMatch(/\S/);

    // The compiler would refuse this body: that is the point of the client.
    const body = { remediationId: context.remediationId, status: 'nonsense' } as unknown;
    const invalid = await context.tenant
      .POST('/tenant/scans/{scan_id}/remediation', {
        params: { path: { scan_id: context.scanId } },
        body: body as Schemas['UpsertRemediationDto'],
      })
      .then(unwrap)
      .catch((e: unknown) => e);
    expect(invalid).toMatchObject({ status: 422, error: 'unprocessable_entity' });
    expect((invalid as PqcApiError).detail?.map((d) => d.field)).toContain('status');
  });

  it('sends the admin key to /admin routes only, and the tenant key elsewhere', async () => {
    const adminOnly = createPqcClient({ baseUrl: t.url, adminKey: ADMIN_KEY });
    const tenantRoute = await adminOnly.GET('/tenant/scans');
    expect(tenantRoute.response.status).toBe(401);
    expect(tenantRoute.error).toMatchObject({ error: 'unauthorized' });

    const tenantOnly = createPqcClient({ baseUrl: t.url, apiKey: ADMIN_KEY });
    expect((await tenantOnly.GET('/admin/tenants')).response.status).toBe(401);
  });
});
