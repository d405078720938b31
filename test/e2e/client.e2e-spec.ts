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
import { ADMIN_KEY, startTestApp, TestApp, uniqueTenantId } from '../support/test-app';

/**
 * The typed client (client/) against the real service: every operation of openapi.json is
 * called through it at least once. `CALLS` is keyed by operationId and typed against the
 * generated `operations`, so a route added, removed or renamed in the document fails the
 * compiler here until its call is written; the guard below also checks at run time that each
 * call really reached its operation's method and path.
 */

interface Document {
  paths: Record<string, Record<string, { operationId?: string }>>;
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

/** What the calls share: built by the first calls, used by later ones. */
interface Context {
  /** A client for a tenant key, recorded like the admin one. */
  connect(apiKey: string): PqcClient;
  admin: PqcClient;
  tenant: PqcClient; // the tenant's admin-role key
  tenantId: string;
  keyToRevokeByAdmin: string;
  keyToRevokeByTenant: string;
  scanId: string;
  remediationId: string;
}

// Order matters: each call may rely on what the ones above it created.
const CALLS: Record<OperationId, (c: Context) => Promise<void>> = {
  AdminController_createTenant: async (c) => {
    const tenant = unwrap(
      await c.admin.POST('/admin/tenants', { body: { name: 'Client Co', tenantId: c.tenantId } }),
    );
    expect(tenant).toMatchObject({ tenantId: c.tenantId, name: 'Client Co' });
  },
  AdminController_listTenants: async (c) => {
    const list = unwrap(await c.admin.GET('/admin/tenants'));
    expect(list.tenants.map((t) => t.tenantId)).toContain(c.tenantId);
  },
  AdminController_issueKey: async (c) => {
    const path = { tenant_id: c.tenantId };
    const issued = unwrap(
      await c.admin.POST('/admin/tenants/{tenant_id}/keys', {
        params: { path },
        body: { label: 'client-admin', role: 'admin' },
      }),
    );
    expect(issued).toMatchObject({ tenantId: c.tenantId, role: 'admin' });
    c.tenant = c.connect(issued.apiKey);
    const spare = unwrap(
      await c.admin.POST('/admin/tenants/{tenant_id}/keys', {
        params: { path },
        body: { label: 'spare', role: 'viewer' },
      }),
    );
    c.keyToRevokeByAdmin = spare.keyId;
  },
  AdminController_listKeys: async (c) => {
    const list = unwrap(
      await c.admin.GET('/admin/tenants/{tenant_id}/keys', {
        params: { path: { tenant_id: c.tenantId } },
      }),
    );
    expect(list.keys.map((k) => k.label).sort()).toEqual(['client-admin', 'spare']);
  },
  AdminController_revokeKey: async (c) => {
    const revoked = unwrap(
      await c.admin.DELETE('/admin/keys/{key_id}', {
        params: { path: { key_id: c.keyToRevokeByAdmin } },
      }),
    );
    expect(revoked).toEqual({ keyId: c.keyToRevokeByAdmin, revoked: true });
  },
  TenantApiKeysController_issue: async (c) => {
    const issued = unwrap(
      await c.tenant.POST('/tenant/api-keys', { body: { label: 'ci', role: 'operator' } }),
    );
    expect(issued).toMatchObject({ tenantId: c.tenantId, role: 'operator', label: 'ci' });
    c.keyToRevokeByTenant = issued.keyId;
  },
  TenantApiKeysController_list: async (c) => {
    const list = unwrap(await c.tenant.GET('/tenant/api-keys'));
    expect(list.keys.map((k) => k.keyId)).toContain(c.keyToRevokeByTenant);
  },
  TenantApiKeysController_revoke: async (c) => {
    const revoked = unwrap(
      await c.tenant.DELETE('/tenant/api-keys/{key_id}', {
        params: { path: { key_id: c.keyToRevokeByTenant } },
      }),
    );
    expect(revoked).toEqual({ keyId: c.keyToRevokeByTenant, revoked: true });
  },
  ScansController_import: async (c) => {
    const imported = unwrap(
      await c.tenant.POST('/tenant/scans', {
        body: {
          target: 'client.example.com',
          findings: [{ title: 'RSA-1024 certificate', algorithm: 'RSA', keySize: 1024 }],
        },
      }),
    );
    expect(imported.scan.findingCount).toBe(1);
    c.scanId = imported.scan.scanId;
    c.remediationId = imported.scan.findings[0].remediationId;
  },
  ScansController_list: async (c) => {
    const page = unwrap(await c.tenant.GET('/tenant/scans', { params: { query: { limit: 5 } } }));
    expect(page.scans.map((s) => s.scanId)).toEqual([c.scanId]);
  },
  ScansController_detail: async (c) => {
    const detail = unwrap(
      await c.tenant.GET('/tenant/scans/{scan_id}', { params: { path: { scan_id: c.scanId } } }),
    );
    expect(detail.scan.scanId).toBe(c.scanId);
  },
  RemediationController_upsert: async (c) => {
    const result = await c.tenant.POST('/tenant/scans/{scan_id}/remediation', {
      params: { path: { scan_id: c.scanId } },
      body: { remediationId: c.remediationId, status: 'in_progress', owner: 'alice@example.com' },
    });
    expect(unwrap(result).item).toMatchObject({ remediationId: c.remediationId, version: 2 });
    expect(result.response.headers.get('etag')).toBe('"2"');
  },
  RemediationController_queue: async (c) => {
    const queue = unwrap(
      await c.tenant.GET('/tenant/scans/{scan_id}/remediation', {
        params: { path: { scan_id: c.scanId }, query: { status: ['in_progress'], limit: 10 } },
      }),
    );
    expect(queue.items.map((i) => i.remediationId)).toEqual([c.remediationId]);
  },
  RemediationController_item: async (c) => {
    const { item } = unwrap(
      await c.tenant.GET('/tenant/scans/{scan_id}/remediation/{remediation_id}', {
        params: { path: { scan_id: c.scanId, remediation_id: c.remediationId } },
      }),
    );
    expect(item).toMatchObject({ status: 'in_progress', owner: 'alice@example.com' });
  },
  RemediationController_history: async (c) => {
    const history = unwrap(
      await c.tenant.GET('/tenant/scans/{scan_id}/remediation/{remediation_id}/history', {
        params: { path: { scan_id: c.scanId, remediation_id: c.remediationId } },
      }),
    );
    expect(history.entries.length).toBeGreaterThan(0);
  },
  AuditController_page: async (c) => {
    const audit = unwrap(await c.tenant.GET('/tenant/audit', { params: { query: { limit: 50 } } }));
    expect(audit.entries.length).toBeGreaterThan(0);
  },
  AiController_explain: async (c) => {
    const explanation = unwrap(
      await c.tenant.POST('/tenant/ai/explain', {
        body: { finding: { id: 'f_001', title: 'RSA-1024 certificate' } },
      }),
    );
    expect(explanation.nextSteps.length).toBeGreaterThan(0);
  },
  HealthController_health: async (c) => {
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
    // The client's finding has no location: a scan can never prove it gone.
    expect(result).toMatchObject({ verified: false, outcome: 'unverifiable', changed: false });
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

  beforeAll(async () => {
    t = await startTestApp();
    context.connect = (apiKey) => recording(createPqcClient({ baseUrl: t.url, apiKey }));
    context.admin = recording(createPqcClient({ baseUrl: t.url, adminKey: ADMIN_KEY }));
    context.tenantId = uniqueTenantId('client');
  });
  afterAll(() => t.close());

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
