import { Inject, Injectable } from '@nestjs/common';
import { InjectThrottlerStorage, ThrottlerStorage } from '@nestjs/throttler';
import { JsonLogger } from '../logging/json-logger';
import { LOGGER } from '../logging/logger.module';
import { FailOpenCounter } from './fail-open-counter';

const MINUTE_MS = 60_000;
/** Generous for a misconfigured client, tight for someone guessing keys. */
export const FAILED_AUTH_PER_MINUTE = 60;

/**
 * Counts failed authentications per client IP in the rate-limit store (Redis when shared).
 * Per-key limits cannot stop a flood of made-up keys, since each one starts a new counter.
 */
@Injectable()
export class FailedAuthLimiter {
  private readonly counter: FailOpenCounter;

  constructor(
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    @Inject(LOGGER) logger: JsonLogger,
  ) {
    this.counter = new FailOpenCounter(storage, (message) => logger.event('warn', message));
  }

  /** Records a failure; returns the seconds to wait when the IP is over the limit, else null. */
  async recordFailure(ip: string): Promise<number | null> {
    const record = await this.counter.increment(
      `authfail:${ip}`,
      MINUTE_MS,
      FAILED_AUTH_PER_MINUTE,
      MINUTE_MS,
      'authfail',
    );
    return record?.isBlocked ? Math.max(1, record.timeToBlockExpire) : null;
  }
}
