import { ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerRequest } from '@nestjs/throttler';
import { FastifyReply, FastifyRequest } from 'fastify';
import { ACCESS_KEY, Access, CALLER, RequestWithCaller } from '../auth/decorators';
import { presentedCredential } from '../auth/credentials';
import { TooManyRequests } from '../errors/domain-errors';
import { FailOpenCounter } from './fail-open-counter';

export const DEFAULT_THROTTLER = 'default';
export const AI_THROTTLER = 'ai';
/** The AI limit of a whole tenant: keys are cheap to issue, model calls are not. */
export const AI_TENANT_THROTTLER = 'aiTenant';
const AI_LIMITED = 'aiRateLimited';

/** Marks a route that a model call makes expensive: it also counts against AI_RATE_LIMIT_PER_MINUTE. */
export const AiRateLimited = (): MethodDecorator => SetMetadata(AI_LIMITED, true);

/**
 * Runs before authentication, so that floods of bad keys are limited too. Authenticated
 * routes count per presented key (its hash, never the key), public routes per client IP.
 * Headers follow the IETF RateLimit fields draft; a 429 carries Retry-After.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  private failOpenCounter?: FailOpenCounter;

  protected override async handleRequest(props: ThrottlerRequest): Promise<boolean> {
    const { context, limit, ttl, throttler, blockDuration } = props;
    const perTenant = throttler.name === AI_TENANT_THROTTLER;
    if ((throttler.name === AI_THROTTLER || perTenant) && !this.isAiLimited(context)) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest & RequestWithCaller>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const tracker = perTenant ? this.tenantOf(request) : this.trackerOf(request, context);
    if (!tracker) return true;
    const key = `rl:${throttler.name}:${tracker}`;
    const record = await this.counter.increment(key, ttl, limit, blockDuration, throttler.name!);
    if (!record) return true;
    if (perTenant) {
      if (record.isBlocked) throw new TooManyRequests(Math.max(1, record.timeToBlockExpire));
      return true; // the RateLimit-* headers describe the caller's own (per-key) limit
    }
    reply.header('RateLimit-Limit', String(limit));
    reply.header('RateLimit-Remaining', String(Math.max(0, limit - record.totalHits)));
    reply.header('RateLimit-Reset', String(record.timeToExpire));
    if (record.isBlocked) throw new TooManyRequests(Math.max(1, record.timeToBlockExpire));
    return true;
  }

  private get counter(): FailOpenCounter {
    this.failOpenCounter ??= new FailOpenCounter(this.storageService, (m) => this.logger.warn(m));
    return this.failOpenCounter;
  }

  private trackerOf(request: FastifyRequest, context: ExecutionContext): string {
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    const credential =
      access?.kind === 'public' ? null : presentedCredential(request, access?.kind !== 'admin');
    return credential ? `key:${credential.hash}` : `ip:${request.ip}`;
  }

  /** The key was checked in onRequest, before the guards: its tenant is known here. */
  private tenantOf(request: RequestWithCaller): string | null {
    const caller = request[CALLER];
    return caller?.kind === 'tenant-key' ? `tenant:${caller.tenantId}` : null;
  }

  private isAiLimited(context: ExecutionContext): boolean {
    return this.reflector.get<boolean>(AI_LIMITED, context.getHandler()) === true;
  }
}
