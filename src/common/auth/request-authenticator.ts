import { Inject, Injectable } from '@nestjs/common';
import { InjectThrottlerStorage, ThrottlerStorage } from '@nestjs/throttler';
import { FastifyReply, FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import {
  DomainError,
  Forbidden,
  ServiceUnavailable,
  TooManyRequests,
  Unauthorized,
} from '../errors/domain-errors';
import { sendError } from '../errors/error-envelope';
import { closeAfterAnswer } from '../http/lingering-close';
import { AppLogger } from '../logging/app-logger';
import { LOGGER } from '../logging/logger.module';
import { FailOpenCounter } from '../rate-limit/fail-open-counter';
import { FailedAuthLimiter } from '../rate-limit/failed-auth.limiter';
import { roleRefusal } from './auth.guard';
import { presentedCredential, sha256Hex } from './credentials';
import { Access, CALLER, RequestWithCaller } from './decorators';
import { API_KEY_VERIFIER, ApiKeyVerifier } from './principal';

const MINUTE_MS = 60_000;
const CREDENTIAL_HEADERS = new Set(['authorization', 'x-api-key']);

/** What a route needs, as the onRoute hook recorded it in the route's config. */
export interface RouteAccessConfig {
  /** Undefined: not a Nest route (Swagger UI, the 404 handler), limited per IP here. */
  access?: Access;
}

/**
 * Authentication in Fastify's onRequest hook, before the body is read or parsed: without a
 * valid key the answer is 401 whatever the body (contract §1), and a client IP over the
 * failed-authentication limit gets 429 before any credential is evaluated. The guard that
 * runs later only compares roles.
 */
@Injectable()
export class RequestAuthenticator {
  private readonly adminKeyHash: Buffer | null;
  private readonly perIp: FailOpenCounter;

  constructor(
    @Inject(API_KEY_VERIFIER) private readonly verifier: ApiKeyVerifier,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly failedAuth: FailedAuthLimiter,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    @Inject(LOGGER) logger: AppLogger,
  ) {
    this.adminKeyHash = config.adminApiKey
      ? Buffer.from(sha256Hex(config.adminApiKey), 'hex')
      : null;
    this.perIp = new FailOpenCounter(storage, (message) => logger.event('warn', message));
  }

  /** The onRequest hook: answers the error itself, or lets the request go on. */
  async onRequest(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | void> {
    try {
      await this.authenticate(request, reply);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      // The body is never read: closing the connection after the answer refuses the rest of
      // it, where keeping the connection would mean reading and discarding megabytes first.
      if (hasBody(request)) closeAfterAnswer(request, reply);
      sendError(reply, request.id, error);
      return reply; // Fastify's way for an async hook to answer early
    }
  }

  private async authenticate(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const access = (request.routeOptions.config as RouteAccessConfig | undefined)?.access;
    if (access === undefined) return this.limitPerIp(request, reply);
    if (access.kind === 'public') return;
    const blockedFor = await this.failedAuth.blockedFor(request.ip);
    if (blockedFor !== null) throw new TooManyRequests(blockedFor);
    if (hasDuplicateCredentialHeaders(request)) {
      throw new Unauthorized('Send one Authorization or x-api-key header, not several.');
    }
    const caller = request as FastifyRequest & RequestWithCaller;
    // Keyless requests are limited per client IP, like public routes, before their 401.
    if (!presentedCredential(request, access.kind !== 'admin'))
      await this.limitPerIp(request, reply);
    if (access.kind === 'admin') {
      const rejection = this.adminKeyRejection(request);
      if (rejection) await this.reject(request, rejection);
      caller[CALLER] = { kind: 'platform-admin' };
      return;
    }
    const credential = presentedCredential(request);
    if (!credential) {
      throw new Unauthorized('An API key is required: send Authorization: Bearer <key>.');
    }
    const principal = await this.verifier.verify(credential);
    if (!principal) {
      await this.reject(request, new Unauthorized('The API key is unknown, expired or revoked.'));
    }
    caller[CALLER] = principal!;
    // The role too, before the body: a viewer's 10 MiB import is a 403, unread and unparsed.
    if (principal!.kind === 'tenant-key' && access.kind === 'tenant') {
      const refusal = roleRefusal(access.role, principal!.role);
      if (refusal) throw refusal;
    }
  }

  /** A rejected key counts against the client IP; past the limit the answer becomes 429. */
  private async reject(request: FastifyRequest, error: Unauthorized | Forbidden): Promise<never> {
    const wait = await this.failedAuth.recordFailure(request.ip);
    throw wait === null ? error : new TooManyRequests(wait);
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

  /** Swagger UI and unmatched URLs never reach Nest's guards: the per-IP limit applies here. */
  private async limitPerIp(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const limit = this.config.rateLimitPerMinute;
    const record = await this.perIp.increment(
      `rl:default:ip:${request.ip}`,
      MINUTE_MS,
      limit,
      MINUTE_MS,
      'default',
    );
    if (!record) return;
    void reply.header('RateLimit-Limit', String(limit));
    void reply.header('RateLimit-Remaining', String(Math.max(0, limit - record.totalHits)));
    void reply.header('RateLimit-Reset', String(record.timeToExpire));
    if (record.isBlocked) throw new TooManyRequests(Math.max(1, record.timeToBlockExpire));
  }
}

function hasBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  return (
    (length !== undefined && length !== '0') || request.headers['transfer-encoding'] !== undefined
  );
}

/**
 * Node keeps only the first of two Authorization headers and joins two x-api-key headers,
 * while a proxy in front may read the last: a request with two is refused (contract §1).
 */
function hasDuplicateCredentialHeaders(request: FastifyRequest): boolean {
  const seen = new Set<string>();
  const raw = request.raw.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i].toLowerCase();
    if (!CREDENTIAL_HEADERS.has(name)) continue;
    if (seen.has(name)) return true;
    seen.add(name);
  }
  return false;
}
