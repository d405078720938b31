import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Forbidden, Unauthorized } from '../errors/domain-errors';
import { Access, ACCESS_KEY, CALLER, DEFAULT_ACCESS, RequestWithCaller } from './decorators';
import { ROLE_RANK } from './principal';
import { Role } from './roles';

/**
 * The key was checked before the body was read (RequestAuthenticator, an onRequest hook);
 * here only the role is compared with what the route requires.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const access =
      this.reflector.getAllAndOverride<Access>(ACCESS_KEY, [
        context.getHandler(),
        context.getClass(),
      ]) ?? DEFAULT_ACCESS;
    if (access.kind === 'public') return true;
    const caller = context.switchToHttp().getRequest<RequestWithCaller>()[CALLER];
    // Only when the hook did not run for this route: deny, never guess.
    if (!caller) throw new Unauthorized('A valid API key is required.');
    if (access.kind === 'admin') {
      if (caller.kind !== 'platform-admin') throw new Forbidden('The admin API key is required.');
      return true;
    }
    if (caller.kind !== 'tenant-key') throw new Forbidden('This route takes a tenant API key.');
    const refusal = roleRefusal(access.role, caller.role);
    if (refusal) throw refusal;
    return true;
  }
}

/** A 403 when the key's role ranks below the route's (also checked before the body is read). */
export function roleRefusal(required: Role, held: Role): Forbidden | null {
  return ROLE_RANK[held] < ROLE_RANK[required]
    ? new Forbidden(`This route requires the ${required} role; the key has ${held}.`)
    : null;
}
