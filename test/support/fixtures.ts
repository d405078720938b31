import { Role } from '../../src/common/auth/roles';
import { ADMIN_KEY, uniqueTenantId } from './test-app';
import { http } from './http';

export interface TenantKeys {
  tenantId: string;
  viewer: string;
  operator: string;
  admin: string;
}

export async function createTenant(baseUrl: string, tenantId = uniqueTenantId()): Promise<string> {
  const res = await http(baseUrl, 'POST', '/admin/tenants', {
    key: ADMIN_KEY,
    body: { name: `Tenant ${tenantId}`, tenantId },
  });
  if (res.status !== 201)
    throw new Error(`tenant creation failed: ${res.status} ${JSON.stringify(res.body)}`);
  return tenantId;
}

export async function issueKey(
  baseUrl: string,
  tenantId: string,
  role: Role,
  extra: Record<string, unknown> = {},
): Promise<{ apiKey: string; keyId: string }> {
  const res = await http(baseUrl, 'POST', `/admin/tenants/${tenantId}/keys`, {
    key: ADMIN_KEY,
    body: { label: `${role}-key`, role, ...extra },
  });
  if (res.status !== 201)
    throw new Error(`key issue failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A tenant with one key per role. */
export async function tenantWithKeys(baseUrl: string): Promise<TenantKeys> {
  const tenantId = await createTenant(baseUrl);
  const [viewer, operator, admin] = await Promise.all(
    (['viewer', 'operator', 'admin'] as const).map((role) => issueKey(baseUrl, tenantId, role)),
  );
  return { tenantId, viewer: viewer.apiKey, operator: operator.apiKey, admin: admin.apiKey };
}

/** Findings the rescan specs import again and again: one at a host and port each. */
export const WEAK_RSA = {
  title: 'RSA-1024 certificate',
  algorithm: 'RSA',
  keySize: 1024,
  host: 'api.example.com',
  port: 443,
};
export const TLS10 = { title: 'TLS 1.0 enabled', host: 'mail.example.com', port: 465 };
