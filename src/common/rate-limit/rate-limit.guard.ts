import { ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';
import { FastifyReply, FastifyRequest } from 'fastify';
import { ACCESS_KEY, Access, CALLER, RequestWithCaller } from '../auth/decorators';
import { presentedCredential } from '../auth/credentials';
import { TooManyRequests } from '../errors/domain-errors';
import { CounterHit } from './counter-store';
import { FailOpenCounter } from './fail-open-counter';

export const DEFAULT_THROTTLER = 'default';
export const AI_THROTTLER = 'ai';
/** The AI limit of a whole tenant: keys are cheap to issue, model calls are not. */
export const AI_TENANT_THROTTLER = 'aiTenant';
const AI_LIMITED = 'aiRateLimited';

/** Marks a route that a model call makes expensive: it also counts against AI_RATE_LIMIT_PER_MINUTE. */
export const AiRateLimited = (): MethodDecorator => SetMetadata(AI_LIMITED, true);

/** What the limits of a route depend on, read from its decorators once. */
interface RoutePlan {
  access: Access | undefined;
  aiLimited: boolean;
}

type Limit = Pick<CounterHit, 'ttl' | 'limit' | 'blockDuration'>;

/**
 * Runs before authentication, so that floods of bad keys are limited too. Authenticated
 * routes count per presented key (its hash, never the key), public routes per client IP; a
 * route that calls a model counts against the key's AI limit and its tenant's as well. All
 * the limits of a request are counted in one step of the store, in that order, up to the
 * first that refuses. Headers follow the IETF RateLimit fields draft; a 429 carries
 * Retry-After.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  private counter!: FailOpenCounter;
  /** The configured limits by name, fixed numbers (RateLimitModule): checked at start-up. */
  private readonly limits = new Map<string, Limit>();
  private readonly plans = new WeakMap<object, RoutePlan>();

  override async onModuleInit(): Promise<void> {
    await super.onModuleInit();
    this.counter = new FailOpenCounter(this.storageService, (m) => this.logger.warn(m));
    for (const t of this.throttlers) {
      const ttl = fixed(t.ttl, t.name);
      const blockDuration = t.blockDuration === undefined ? ttl : fixed(t.blockDuration, t.name);
      this.limits.set(t.name!, { ttl, limit: fixed(t.limit, t.name), blockDuration });
    }
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest & RequestWithCaller>();
    const hits = this.hitsOf(this.planOf(context), request);
    const records = await this.counter.incrementAll(hits);
    if (!records) return true;
    const reply = http.getResponse<FastifyReply>();
    records.forEach((record, i) => this.answer(hits[i], record, reply));
    return true;
  }

  private answer(hit: CounterHit, record: ThrottlerStorageRecord, reply: FastifyReply): void {
    // The RateLimit-* headers describe the caller's own (per-key or per-IP) limit, the last
    // one counted; the tenant's AI limit only refuses.
    if (hit.name !== AI_TENANT_THROTTLER) {
      reply.header('RateLimit-Limit', String(hit.limit));
      reply.header('RateLimit-Remaining', String(Math.max(0, hit.limit - record.totalHits)));
      reply.header('RateLimit-Reset', String(record.timeToExpire));
    }
    if (record.isBlocked) throw new TooManyRequests(Math.max(1, record.timeToBlockExpire));
  }

  private hitsOf(plan: RoutePlan, request: FastifyRequest & RequestWithCaller): CounterHit[] {
    const tracker = trackerOf(request, plan.access);
    const hits = [this.hit(DEFAULT_THROTTLER, tracker)];
    if (!plan.aiLimited) return hits;
    hits.push(this.hit(AI_THROTTLER, tracker));
    // The key was checked in onRequest, before the guards: its tenant is known here.
    const caller = request[CALLER];
    if (caller?.kind === 'tenant-key') {
      hits.push(this.hit(AI_TENANT_THROTTLER, `tenant:${caller.tenantId}`));
    }
    return hits;
  }

  private hit(name: string, tracker: string): CounterHit {
    const limit = this.limits.get(name);
    if (!limit) throw new Error(`no rate limit named "${name}" is configured`);
    return { key: `rl:${name}:${tracker}`, name, ...limit };
  }

  private planOf(context: ExecutionContext): RoutePlan {
    const handler = context.getHandler();
    let plan = this.plans.get(handler);
    if (!plan) {
      plan = {
        access: this.reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [
          handler,
          context.getClass(),
        ]),
        aiLimited: this.reflector.get<boolean>(AI_LIMITED, handler) === true,
      };
      this.plans.set(handler, plan);
    }
    return plan;
  }
}

function trackerOf(request: FastifyRequest, access: Access | undefined): string {
  const credential =
    access?.kind === 'public' ? null : presentedCredential(request, access?.kind !== 'admin');
  return credential ? `key:${credential.hash}` : `ip:${request.ip}`;
}

function fixed(value: unknown, name: string | undefined): number {
  if (typeof value !== 'number') throw new Error(`rate limit "${name}" must be a fixed number`);
  return value;
}
