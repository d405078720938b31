import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { timingSafeEqual } from 'node:crypto';
import { FastifyRequest } from 'fastify';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { Forbidden, ServiceUnavailable, Unauthorized } from '../errors/domain-errors';
import { presentedCredential, sha256Hex } from './credentials';
import { Access, ACCESS_KEY, CALLER, RequestWithCaller } from './decorators';
import { API_KEY_VERIFIER, ApiKeyVerifier, ROLE_RANK } from './principal';

/** Deny by default: a route needs @Public(), @AdminApi() or @Roles(); without any, an admin key. */
const DEFAULT_ACCESS: Access = { kind: 'tenant', role: 'admin' };

@Injectable()
export class AuthGuard implements CanActivate {
  private readonly adminKeyHash: Buffer | null;

  constructor(
    private readonly reflector: Reflector,
    @Inject(API_KEY_VERIFIER) private readonly verifier: ApiKeyVerifier,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.adminKeyHash = config.adminApiKey
      ? Buffer.from(sha256Hex(config.adminApiKey), 'hex')
      : null;
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.accessOf(context);
    if (access.kind === 'public') return true;
    const request = context.switchToHttp().getRequest<FastifyRequest & RequestWithCaller>();
    if (access.kind === 'admin') {
      this.checkAdminKey(request);
      request[CALLER] = { kind: 'platform-admin' };
      return true;
    }
    const credential = presentedCredential(request);
    if (!credential)
      throw new Unauthorized('An API key is required: send Authorization: Bearer <key>.');
    const principal = await this.verifier.verify(credential.secret);
    if (!principal) throw new Unauthorized('The API key is unknown, expired or revoked.');
    if (ROLE_RANK[principal.role] < ROLE_RANK[access.role]) {
      throw new Forbidden(
        `This route requires the ${access.role} role; the key has ${principal.role}.`,
      );
    }
    request[CALLER] = principal;
    return true;
  }

  private accessOf(context: ExecutionContext): Access {
    return (
      this.reflector.getAllAndOverride<Access>(ACCESS_KEY, [
        context.getHandler(),
        context.getClass(),
      ]) ?? DEFAULT_ACCESS
    );
  }

  private checkAdminKey(request: FastifyRequest): void {
    if (!this.adminKeyHash)
      throw new ServiceUnavailable('The admin API is not configured (ADMIN_API_KEY).');
    const credential = presentedCredential(request, false);
    if (!credential) throw new Unauthorized('The admin API key is required.');
    // Comparing fixed-length digests keeps the comparison constant-time whatever is sent.
    const presented = Buffer.from(sha256Hex(credential.secret), 'hex');
    if (!timingSafeEqual(presented, this.adminKeyHash))
      throw new Forbidden('The admin API key is wrong.');
  }
}
