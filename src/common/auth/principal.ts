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

export type ActorType = 'key' | 'admin' | 'system';

/** How a change is attributed in histories and the audit log. */
export interface Actor {
  keyId: string | null;
  label: string;
  /** Absent means 'key' with a key id, 'admin' without. */
  type?: ActorType;
}

/** What a rescan changes on its own is attributed to the system actor `rescan`. */
export const RESCAN_ACTOR: Actor = { keyId: null, label: 'rescan', type: 'system' };

export function actorOf(caller: Caller): Actor {
  return caller.kind === 'platform-admin'
    ? { keyId: null, label: 'platform-admin', type: 'admin' }
    : { keyId: caller.keyId, label: caller.label, type: 'key' };
}

export function actorTypeOf(actor: Actor): ActorType {
  return actor.type ?? (actor.keyId ? 'key' : 'admin');
}

/** The API's view of an actor: the key id, 'platform-admin' or the system's name. */
export function actorView(
  type: string,
  keyId: string | null,
  label: string,
): { type: string; id: string; label: string; keyId: string | null } {
  const id = type === 'key' && keyId ? keyId : type === 'admin' ? 'platform-admin' : label;
  return { type, id, label, keyId };
}

/** Resolves a presented secret to a principal; implemented by the tenants module. */
export interface ApiKeyVerifier {
  verify(credential: PresentedCredential): Promise<Principal | null>;
}
export const API_KEY_VERIFIER = Symbol('API_KEY_VERIFIER');
