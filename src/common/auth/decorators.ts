import { applyDecorators, createParamDecorator, ExecutionContext } from '@nestjs/common';
import { FASTIFY_ROUTE_CONFIG_METADATA } from '@nestjs/platform-fastify/constants';
import {
  ApiForbiddenResponse,
  ApiInternalServerErrorResponse,
  ApiSecurity,
  ApiServiceUnavailableResponse,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Role } from './roles';
import { ErrorEnvelope } from '../errors/error-envelope';
import { Caller, Principal } from './principal';

export const ACCESS_KEY = 'access';

export type Access = { kind: 'public' } | { kind: 'admin' } | { kind: 'tenant'; role: Role };

/** Deny by default: a route needs @Public(), @AdminApi() or @Roles(); without any, an admin key. */
export const DEFAULT_ACCESS: Access = { kind: 'tenant', role: 'admin' };

/**
 * Sets the access of a handler or of a whole controller. The access is also put into the
 * Fastify route's config, where the onRequest hook that checks keys before the body is read
 * finds it; on a controller it is copied onto each handler that has none of its own, because
 * Nest hands Fastify a handler's metadata only, not its class's.
 */
function SetAccess(access: Access): MethodDecorator & ClassDecorator {
  const stamp = (method: object): void => {
    Reflect.defineMetadata(ACCESS_KEY, access, method);
    const config = (Reflect.getMetadata(FASTIFY_ROUTE_CONFIG_METADATA, method) ?? {}) as object;
    Reflect.defineMetadata(FASTIFY_ROUTE_CONFIG_METADATA, { ...config, access }, method);
  };
  return (target: object, _property?: string | symbol, descriptor?: PropertyDescriptor): void => {
    if (descriptor) return stamp(descriptor.value as object);
    Reflect.defineMetadata(ACCESS_KEY, access, target);
    const prototype = (target as { prototype: Record<string, unknown> }).prototype;
    for (const name of Object.getOwnPropertyNames(prototype)) {
      const method = prototype[name];
      if (name === 'constructor' || typeof method !== 'function') continue;
      if (!Reflect.hasOwnMetadata(ACCESS_KEY, method)) stamp(method);
    }
  };
}

export const TENANT_SECURITY_SCHEMES = ['bearer', 'x-api-key', 'api_key'] as const;
export const ADMIN_SECURITY_SCHEMES = ['admin-bearer', 'admin-x-api-key'] as const;

const commonErrors = [
  ApiUnauthorizedResponse({
    description: 'Missing, unknown, expired or revoked key.',
    type: ErrorEnvelope,
  }),
  ApiTooManyRequestsResponse({
    description: 'Rate limit exceeded; see Retry-After.',
    type: ErrorEnvelope,
  }),
  ApiServiceUnavailableResponse({ description: 'Database unreachable.', type: ErrorEnvelope }),
  ApiInternalServerErrorResponse({
    description: 'Unexpected failure; the body says nothing of internals. Quote the requestId.',
    type: ErrorEnvelope,
  }),
];

/** No key needed (health, docs). Such routes are rate limited per client IP. */
export const Public = (): MethodDecorator & ClassDecorator => SetAccess({ kind: 'public' });

/** Platform admin API: ADMIN_API_KEY as Bearer or x-api-key, never the query string. */
export const AdminApi = (): MethodDecorator & ClassDecorator =>
  applyDecorators(
    SetAccess({ kind: 'admin' }),
    ...ADMIN_SECURITY_SCHEMES.map((scheme) => ApiSecurity(scheme)),
    ...commonErrors,
    ApiForbiddenResponse({ description: 'Wrong admin key.', type: ErrorEnvelope }),
  );

/** A tenant key of at least this role (viewer < operator < admin). */
export const Roles = (role: Role): MethodDecorator & ClassDecorator =>
  applyDecorators(
    SetAccess({ kind: 'tenant', role }),
    ...TENANT_SECURITY_SCHEMES.map((scheme) => ApiSecurity(scheme)),
    ...commonErrors,
    // Every valid key is at least a viewer: only stricter routes can answer 403.
    ...(role === 'viewer'
      ? []
      : [
          ApiForbiddenResponse({
            description: `Requires the ${role} role or higher.`,
            type: ErrorEnvelope,
          }),
        ]),
  );

export const CALLER = Symbol('caller');
export type RequestWithCaller = { [CALLER]?: Caller };

/** The tenant key that authenticated this request. */
export const CurrentKey = createParamDecorator(
  (_: unknown, context: ExecutionContext): Principal => {
    const caller = context.switchToHttp().getRequest<RequestWithCaller>()[CALLER];
    if (caller?.kind !== 'tenant-key') throw new Error('CurrentKey used on a route without @Roles');
    return caller;
  },
);

/** Whoever authenticated this request: a tenant key or the platform admin. */
export const CurrentCaller = createParamDecorator(
  (_: unknown, context: ExecutionContext): Caller => {
    const caller = context.switchToHttp().getRequest<RequestWithCaller>()[CALLER];
    if (!caller) throw new Error('CurrentCaller used on a public route');
    return caller;
  },
);
