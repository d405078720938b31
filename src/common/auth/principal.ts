import { Role } from './roles';
import { PresentedCredential } from './credentials';

export const ROLE_RANK: Record<Role, number> = { viewer: 1, operator: 2, admin: 3 };

/** The caller behind a tenant API key, as the guard resolved it. */
export interface Principal {
  kind: 'tenant-key';
  keyId: string;
  tenantId: string;
  role: Role;
  label: string;
}

/** The platform operator behind ADMIN_API_KEY. */
export interface PlatformAdmin {
  kind: 'platform-admin';
}

export type Caller = Principal | PlatformAdmin;

/** How a change is attributed in histories and the audit log. */
export interface Actor {
  keyId: string | null;
  label: string;
}

export function actorOf(caller: Caller): Actor {
  return caller.kind === 'platform-admin'
    ? { keyId: null, label: 'platform-admin' }
    : { keyId: caller.keyId, label: caller.label };
}

/** Resolves a presented secret to a principal; implemented by the tenants module. */
export interface ApiKeyVerifier {
  verify(credential: PresentedCredential): Promise<Principal | null>;
}
export const API_KEY_VERIFIER = Symbol('API_KEY_VERIFIER');
