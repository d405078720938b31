import {
  applyDecorators,
  createParamDecorator,
  ExecutionContext,
  SetMetadata,
} from '@nestjs/common';
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
export const Public = (): MethodDecorator & ClassDecorator =>
  SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies Access);

/** Platform admin API: ADMIN_API_KEY as Bearer or x-api-key, never the query string. */
export const AdminApi = (): MethodDecorator & ClassDecorator =>
  applyDecorators(
    SetMetadata(ACCESS_KEY, { kind: 'admin' } satisfies Access),
    ...ADMIN_SECURITY_SCHEMES.map((scheme) => ApiSecurity(scheme)),
    ...commonErrors,
    ApiForbiddenResponse({ description: 'Wrong admin key.', type: ErrorEnvelope }),
  );

/** A tenant key of at least this role (viewer < operator < admin). */
export const Roles = (role: Role): MethodDecorator & ClassDecorator =>
  applyDecorators(
    SetMetadata(ACCESS_KEY, { kind: 'tenant', role } satisfies Access),
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
