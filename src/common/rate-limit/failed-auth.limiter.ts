import { Inject, Injectable } from '@nestjs/common';
import { InjectThrottlerStorage, ThrottlerStorage } from '@nestjs/throttler';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { AppLogger } from '../logging/app-logger';
import { LOGGER } from '../logging/logger.module';
import { FailOpenCounter } from './fail-open-counter';
import { RedisThrottlerStorage } from './redis-throttler-storage';

const MINUTE_MS = 60_000;
const THROTTLER = 'authfail';
/** Generous for a misconfigured client, tight for someone guessing keys (FAILED_AUTH_PER_MINUTE). */
export const FAILED_AUTH_PER_MINUTE = 60;
/** Blocked IPs remembered here; beyond that, expired entries are dropped first. */
const MAX_REMEMBERED_BLOCKS = 10_000;
/**
 * How long the shared store's "not blocked" answer is trusted for an IP. Asking it on every
 * request was the costliest step of a cached request under load (`npm run bench` profiles);
 * a block set by another instance is seen here within this time, while the failures that
 * reach this instance are counted in the shared store at once and block here at once.
 */
const NOT_BLOCKED_TRUST_MS = 1_000;

/**
 * Counts failed authentications per client IP in the rate-limit store (Redis when shared).
 * Per-key limits cannot stop a flood of made-up keys, since each one starts a new counter.
 * Once an IP is blocked, every request from it is refused before any credential is looked
 * at, the right one included: otherwise guessing goes on at full speed behind the 429s.
 */
@Injectable()
export class FailedAuthLimiter {
  private readonly counter: FailOpenCounter;
  private readonly limit: number;
  /** IP → when its block ends (ms), as this instance saw it. */
  private readonly blockedUntil = new Map<string, number>();
  /** IP → until when (ms) the shared store's "not blocked" is trusted without asking again. */
  private readonly clearUntil = new Map<string, number>();

  constructor(
    @InjectThrottlerStorage() private readonly storage: ThrottlerStorage,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(LOGGER) logger: AppLogger,
  ) {
    this.limit = config.failedAuthPerMinute;
    this.counter = new FailOpenCounter(storage, (message) => logger.event('warn', message));
  }

  /** Records a failure; returns the seconds to wait when the IP is over the limit, else null. */
  async recordFailure(ip: string): Promise<number | null> {
    const record = await this.counter.increment(
      keyOf(ip),
      MINUTE_MS,
      this.limit,
      MINUTE_MS,
      THROTTLER,
    );
    if (!record?.isBlocked) return null;
    const seconds = Math.max(1, record.timeToBlockExpire);
    this.remember(ip, Date.now() + seconds * 1000);
    return seconds;
  }

  /** Seconds until the IP may try again, or null when it is not blocked. Counts nothing. */
  async blockedFor(ip: string): Promise<number | null> {
    const now = Date.now();
    const until = this.blockedUntil.get(ip);
    if (until !== undefined) {
      if (until > now) return Math.ceil((until - now) / 1000);
      this.blockedUntil.delete(ip);
    }
    // Another instance may have blocked it: the shared store knows.
    if (!(this.storage instanceof RedisThrottlerStorage)) return null;
    if ((this.clearUntil.get(ip) ?? 0) > now) return null;
    const ms = await this.storage.blockedMs(keyOf(ip), THROTTLER).catch(() => 0);
    if (ms <= 0) {
      if (this.clearUntil.size >= MAX_REMEMBERED_BLOCKS) this.clearUntil.clear();
      this.clearUntil.set(ip, now + NOT_BLOCKED_TRUST_MS);
      return null;
    }
    this.remember(ip, now + ms);
    return Math.max(1, Math.ceil(ms / 1000));
  }

  private remember(ip: string, until: number): void {
    this.clearUntil.delete(ip);
    if (this.blockedUntil.size >= MAX_REMEMBERED_BLOCKS) {
      const now = Date.now();
      for (const [known, end] of this.blockedUntil) if (end <= now) this.blockedUntil.delete(known);
      if (this.blockedUntil.size >= MAX_REMEMBERED_BLOCKS) this.blockedUntil.clear();
    }
    this.blockedUntil.set(ip, until);
  }
}

function keyOf(ip: string): string {
  return `authfail:${ip}`;
}
