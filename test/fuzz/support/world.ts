/**
 * The data the fuzzer runs against: two tenants, A and B, each with a key per role, a scan whose
 * findings, titles, assets, owners and notes carry a marker string unique to the tenant, some
 * remediation history, a cached AI explanation, keys that may be revoked by the fuzzer, a revoked
 * key and an expired key. Everything of A is "secret" to B and to anonymous callers, and the
 * other way round.
 */
import { randomBytes } from 'node:crypto';
import { http, HttpResponse } from '../../support/http';
import { ADMIN_KEY, uniqueTenantId } from '../../support/test-app';

export type TenantRole = 'viewer' | 'operator' | 'admin';

export interface IssuedKey {
  apiKey: string;
  keyId: string;
}

export interface TenantWorld {
  name: 'A' | 'B';
  tenantId: string;
  /** Appears in this tenant's scan titles, assets, owners, notes, labels and tenant name. */
  marker: string;
  keys: Record<TenantRole, IssuedKey>;
  /** Real key ids the fuzzer may revoke: never the keys it authenticates with. */
  expendableKeyIds: string[];
  revoked: IssuedKey;
  expired: IssuedKey;
  /** Native scan first, then a CBOM scan. */
  scanIds: string[];
  findingIds: string[];
  remediationIds: string[];
  /** Asset ids of the native scan's findings, in order (rem_001 ...). */
  assetIds: string[];
  /** Webhook endpoints: the first two stay, the others the fuzzer may delete. */
  webhooks: SeededWebhook[];
  /** Real delivery ids of the first webhook (a test ping, a scan import). */
  deliveryIds: string[];
  eventIds: string[];
}

export interface SeededWebhook {
  webhookId: string;
  /** Every signing secret the endpoint was given (creation, rotation). */
  secrets: string[];
}

/** Hosts under this suffix "resolve" to a public address in the fuzz app; nothing is reached. */
export const FUZZ_WEBHOOK_HOST_SUFFIX = '.fuzz-hooks.example';
export const KEEP_WEBHOOKS = 2;

export interface World {
  a: TenantWorld;
  b: TenantWorld;
  adminKey: string;
}

export async function buildWorld(baseUrl: string): Promise<World> {
  const [a, b] = await Promise.all([seedTenant(baseUrl, 'A'), seedTenant(baseUrl, 'B')]);
  // The expired keys were issued with a 1.5 s lifetime; make sure they have run out.
  const wait = Math.max(a.expiresAtMs, b.expiresAtMs) - Date.now() + 250;
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  return { a: a.world, b: b.world, adminKey: ADMIN_KEY };
}

/** Strings of `tenant` that no response to an outsider may contain. */
export function secretsOf(tenant: TenantWorld): {
  markers: string[];
  ids: string[];
  keys: string[];
} {
  return {
    markers: [tenant.marker, tenant.marker.toLowerCase()],
    ids: [
      tenant.tenantId,
      ...tenant.scanIds,
      ...tenant.webhooks.map((w) => w.webhookId),
      ...tenant.deliveryIds,
      ...tenant.eventIds,
      ...Object.values(tenant.keys).map((k) => k.keyId),
      ...tenant.expendableKeyIds,
      tenant.revoked.keyId,
      tenant.expired.keyId,
    ],
    keys: [
      ...Object.values(tenant.keys).map((k) => k.apiKey),
      tenant.revoked.apiKey,
      tenant.expired.apiKey,
      ...tenant.webhooks.flatMap((w) => w.secrets),
    ],
  };
}

async function seedTenant(
  baseUrl: string,
  name: 'A' | 'B',
): Promise<{ world: TenantWorld; expiresAtMs: number }> {
  const marker = `ZqMark${name}${randomBytes(6).toString('hex')}`;
  const tenantId = uniqueTenantId(`fz${name.toLowerCase()}`);
  await must(
    http(baseUrl, 'POST', '/admin/tenants', {
      key: ADMIN_KEY,
      body: { name: `Tenant ${name} ${marker}`, tenantId },
    }),
    201,
  );
  const issue = async (role: TenantRole, label: string, extra: object = {}): Promise<IssuedKey> => {
    const res = await must(
      http(baseUrl, 'POST', `/admin/tenants/${tenantId}/keys`, {
        key: ADMIN_KEY,
        body: { label, role, ...extra },
      }),
      201,
    );
    return { apiKey: res.body.apiKey, keyId: res.body.keyId };
  };
  const expiresAtMs = Date.now() + 1_500;
  const [viewer, operator, admin, e1, e2, e3, revoked, expired] = await Promise.all([
    issue('viewer', `viewer ${marker}`),
    issue('operator', `operator ${marker}`),
    issue('admin', `admin ${marker}`),
    issue('viewer', `expendable-1 ${marker}`),
    issue('operator', `expendable-2 ${marker}`),
    issue('admin', `expendable-3 ${marker}`),
    issue('admin', `revoked ${marker}`),
    issue('admin', `expired ${marker}`, { expiresAt: new Date(expiresAtMs).toISOString() }),
  ]);
  await must(http(baseUrl, 'DELETE', `/admin/keys/${revoked.keyId}`, { key: ADMIN_KEY }), 200);

  const assetIds = [1, 2, 3, 4, 5, 6].map((i) => `asset-${i}-${marker}`);
  const native = await must(
    http(baseUrl, 'POST', '/tenant/scans', {
      key: operator.apiKey,
      body: {
        target: `edge.${marker}.example:443`,
        label: `Weekly scan ${marker}`,
        findings: [
          {
            title: `RSA-1024 certificate ${marker}`,
            algorithm: 'RSA',
            keySize: 1024,
            assetId: assetIds[0],
          },
          {
            title: `TLS 1.0 enabled ${marker}`,
            host: `mail.${marker}.example`,
            port: 465,
            assetId: assetIds[1],
            details: { protocol: 'tls', protocolVersion: '1.0', note: marker },
          },
          {
            title: `SHA-1 signature ${marker}`,
            algorithm: 'SHA1withRSA',
            assetId: assetIds[2],
            details: { signatureAlgorithm: 'sha1WithRSAEncryption' },
          },
          {
            title: `ECDSA P-256 key ${marker}`,
            algorithm: 'ECDSA',
            keySize: 256,
            assetId: assetIds[3],
            severity: 'medium',
          },
          {
            id: `custom-${marker}`,
            title: `3DES cipher suite ${marker}`,
            algorithm: '3DES',
            assetId: assetIds[4],
          },
          {
            title: `ML-KEM-768 key exchange ${marker}`,
            algorithm: 'ML-KEM-768',
            assetId: assetIds[5],
          },
        ],
      },
    }),
    201,
  );
  const scanId: string = native.body.scan.scanId;
  const cbom = await must(
    http(baseUrl, 'POST', '/tenant/scans', {
      key: admin.apiKey,
      body: { label: `CBOM ${marker}`, cbom: markerCbom(marker) },
    }),
    201,
  );

  // History on rem_001 and rem_002, an owner and notes carrying the marker.
  const upsert = (body: object) =>
    must(
      http(baseUrl, 'POST', `/tenant/scans/${scanId}/remediation`, { key: operator.apiKey, body }),
      200,
    );
  await upsert({
    remediationId: 'rem_001',
    status: 'in_progress',
    owner: `owner-${marker}@example.com`,
    notes: `Reissue ${marker}`,
    targetDate: '2020-01-31',
  });
  await upsert({ remediationId: 'rem_001', status: 'blocked', notes: `Waiting on CA ${marker}` });
  await upsert({
    remediationId: 'rem_002',
    status: 'accepted_risk',
    notes: `Legacy mail relay ${marker}`,
    owner: `ops-${marker}`,
  });
  await upsert({ remediationId: 'rem_003', status: 'done', targetDate: '2030-06-30T12:00:00Z' });

  // Webhook endpoints (secrets from creation and a rotation) with deliveries to redeliver.
  const webhooks: SeededWebhook[] = [];
  for (let i = 0; i < 4; i++) {
    const created = await must(
      http(baseUrl, 'POST', '/tenant/webhooks', {
        key: admin.apiKey,
        body: {
          url: `https://hook-${i}-${marker.toLowerCase()}${FUZZ_WEBHOOK_HOST_SUFFIX}/in`,
          events: i === 0 ? ['*'] : ['remediation.changed', 'scan.imported'],
          description: `Hook ${i} ${marker}`,
        },
      }),
      201,
    );
    webhooks.push({
      webhookId: created.body.webhook.webhookId,
      secrets: [created.body.webhook.secret],
    });
  }
  const rotated = await must(
    http(baseUrl, 'POST', `/tenant/webhooks/${webhooks[0].webhookId}/rotate-secret`, {
      key: admin.apiKey,
    }),
    200,
  );
  webhooks[0].secrets.push(rotated.body.webhook.secret);
  await must(
    http(baseUrl, 'POST', `/tenant/webhooks/${webhooks[0].webhookId}/test`, { key: admin.apiKey }),
    202,
  );
  const deliveries = await must(
    http(baseUrl, 'GET', `/tenant/webhooks/${webhooks[0].webhookId}/deliveries`, {
      key: admin.apiKey,
    }),
    200,
  );
  const deliveryList = deliveries.body.deliveries as { deliveryId: string; eventId: string }[];
  if (deliveryList.length === 0) throw new Error('fuzz fixture: the test ping made no delivery');

  // A cached explanation of a stored finding.
  await must(
    http(baseUrl, 'POST', '/tenant/ai/explain', {
      key: viewer.apiKey,
      body: { finding: { id: 'f_001', scanId }, context: 'external API edge' },
    }),
    200,
  );

  const findingIds: string[] = native.body.scan.findings.map(
    (f: { findingId: string }) => f.findingId,
  );
  const remediationIds: string[] = native.body.scan.findings.map(
    (f: { remediationId: string }) => f.remediationId,
  );
  return {
    expiresAtMs,
    world: {
      name,
      tenantId,
      marker,
      keys: { viewer, operator, admin },
      expendableKeyIds: [e1.keyId, e2.keyId, e3.keyId],
      revoked,
      expired,
      scanIds: [scanId, cbom.body.scan.scanId],
      findingIds,
      remediationIds,
      assetIds,
      webhooks,
      deliveryIds: deliveryList.map((d) => d.deliveryId),
      eventIds: [...new Set(deliveryList.map((d) => d.eventId))],
    },
  };
}

async function must(pending: Promise<HttpResponse>, status: number): Promise<HttpResponse> {
  const res = await pending;
  if (res.status !== status) {
    throw new Error(
      `fuzz fixture: expected ${status}, got ${res.status} ${JSON.stringify(res.body)}`,
    );
  }
  return res;
}

function markerCbom(marker: string): Record<string, unknown> {
  return {
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    version: 1,
    components: [
      {
        type: 'cryptographic-asset',
        'bom-ref': `cert-${marker}`,
        name: `api.${marker}.example`,
        evidence: { occurrences: [{ location: `api.${marker}.example:443` }] },
        cryptoProperties: {
          assetType: 'certificate',
          certificateProperties: {
            subjectName: `CN=api.${marker}.example`,
            issuerName: `CN=api.${marker}.example`,
            notValidBefore: '2024-01-01T00:00:00Z',
            notValidAfter: '2025-01-01T00:00:00Z',
            signatureAlgorithmRef: 'alg-sha1rsa',
            subjectPublicKeyRef: 'key-rsa',
          },
        },
      },
      {
        type: 'cryptographic-asset',
        'bom-ref': 'key-rsa',
        name: `RSA-2048 ${marker}`,
        cryptoProperties: {
          assetType: 'related-crypto-material',
          relatedCryptoMaterialProperties: {
            type: 'public-key',
            size: 2048,
            algorithmRef: 'alg-rsa',
          },
        },
      },
      {
        type: 'cryptographic-asset',
        'bom-ref': 'alg-rsa',
        name: 'RSA',
        cryptoProperties: { assetType: 'algorithm', algorithmProperties: { primitive: 'pke' } },
      },
      {
        type: 'cryptographic-asset',
        'bom-ref': 'alg-sha1rsa',
        name: 'sha1WithRSAEncryption',
        cryptoProperties: {
          assetType: 'algorithm',
          algorithmProperties: { primitive: 'signature' },
        },
      },
      {
        type: 'cryptographic-asset',
        'bom-ref': 'tls',
        name: `TLSv1.1 ${marker}`,
        properties: [
          { name: 'scanner:host', value: `vpn.${marker}.example` },
          { name: 'scanner:port', value: '8443' },
        ],
        cryptoProperties: {
          assetType: 'protocol',
          protocolProperties: {
            type: 'tls',
            version: '1.1',
            cipherSuites: [{ name: 'TLS_RSA_WITH_RC4_128_SHA' }],
          },
        },
      },
    ],
  };
}
