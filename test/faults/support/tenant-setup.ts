import { uniqueId } from './env';
import { expectStatus } from './timed-http';

export type Role = 'viewer' | 'operator' | 'admin';

export interface IssuedKey {
  keyId: string;
  apiKey: string;
}

export async function createTenant(
  url: string,
  adminKey: string,
  prefix = 'fault',
): Promise<string> {
  const tenantId = uniqueId(prefix);
  await expectStatus(201, url, 'POST', '/admin/tenants', {
    key: adminKey,
    body: { name: `Fault suite ${tenantId}`, tenantId },
  });
  return tenantId;
}

export async function issueKey(
  url: string,
  adminKey: string,
  tenantId: string,
  role: Role,
  label = `${role}-${uniqueId('k')}`,
): Promise<IssuedKey> {
  const body = await expectStatus(201, url, 'POST', `/admin/tenants/${tenantId}/keys`, {
    key: adminKey,
    body: { label, role },
  });
  return { keyId: body.keyId, apiKey: body.apiKey };
}

/** Imports a scan with `findingCount` findings: backlog items rem_001 ... in order. */
export async function importScan(
  url: string,
  operatorKey: string,
  findingCount: number,
): Promise<string> {
  const findings = Array.from({ length: findingCount }, (_, i) => ({
    title: `RSA-2048 certificate #${i + 1}`,
    algorithm: 'RSA',
    keySize: 2048,
    host: `host-${i + 1}.fault.example`,
    port: 443,
  }));
  const body = await expectStatus(201, url, 'POST', '/tenant/scans', {
    key: operatorKey,
    body: { target: 'fault-suite', label: 'fault suite scan', findings },
  });
  return body.scan.scanId;
}

export function remediationId(position: number): string {
  return `rem_${String(position).padStart(3, '0')}`;
}
