import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { timingSafeEqual } from 'node:crypto';
import { FastifyRequest } from 'fastify';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import {
  Forbidden,
  ServiceUnavailable,
  TooManyRequests,
  Unauthorized,
} from '../errors/domain-errors';
import { FailedAuthLimiter } from '../rate-limit/failed-auth.limiter';
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
    private readonly failedAuth: FailedAuthLimiter,
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
      const rejection = this.adminKeyRejection(request);
      if (rejection) await this.reject(request, rejection);
      request[CALLER] = { kind: 'platform-admin' };
      return true;
    }
    const credential = presentedCredential(request);
    if (!credential)
      throw new Unauthorized('An API key is required: send Authorization: Bearer <key>.');
    const principal = await this.verifier.verify(credential);
    if (!principal) {
      return this.reject(request, new Unauthorized('The API key is unknown, expired or revoked.'));
    }
    if (ROLE_RANK[principal.role] < ROLE_RANK[access.role]) {
      throw new Forbidden(
        `This route requires the ${access.role} role; the key has ${principal.role}.`,
      );
    }
    request[CALLER] = principal;
    return true;
  }

  /** A rejected key counts against the client IP; past the limit the answer becomes 429. */
  private async reject(request: FastifyRequest, error: Unauthorized | Forbidden): Promise<never> {
    const wait = await this.failedAuth.recordFailure(request.ip);
    throw wait === null ? error : new TooManyRequests(wait);
  }

  private accessOf(context: ExecutionContext): Access {
    return (
      this.reflector.getAllAndOverride<Access>(ACCESS_KEY, [
        context.getHandler(),
        context.getClass(),
      ]) ?? DEFAULT_ACCESS
    );
  }

  /** Null when the admin key is right; a missing key is 401, a wrong one 403 (contract §1). */
  private adminKeyRejection(request: FastifyRequest): Unauthorized | Forbidden | null {
    if (!this.adminKeyHash) {
      throw new ServiceUnavailable('The admin API is not configured (ADMIN_API_KEY).');
    }
    const credential = presentedCredential(request, false);
    if (!credential) return new Unauthorized('The admin API key is required.');
    // Comparing fixed-length digests keeps the comparison constant-time whatever is sent.
    const presented = Buffer.from(credential.hash, 'hex');
    return timingSafeEqual(presented, this.adminKeyHash)
      ? null
      : new Forbidden('The admin API key is wrong.');
  }
}
