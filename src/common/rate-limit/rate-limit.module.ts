import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { FailedAuthLimiter } from './failed-auth.limiter';
import { InProcessThrottlerStorage } from './in-process-throttler-storage';
import { RedisThrottlerStorage } from './redis-throttler-storage';
import { AI_TENANT_THROTTLER, AI_THROTTLER, DEFAULT_THROTTLER } from './rate-limit.guard';

const MINUTE_MS = 60_000;

/** Counters in Redis when REDIS_URL is set, so that limits hold across instances; else in process. */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        throttlers: [
          { name: DEFAULT_THROTTLER, ttl: MINUTE_MS, limit: config.rateLimitPerMinute },
          { name: AI_THROTTLER, ttl: MINUTE_MS, limit: config.aiRateLimitPerMinute },
          { name: AI_TENANT_THROTTLER, ttl: MINUTE_MS, limit: config.aiTenantRateLimitPerMinute },
        ],
        storage: config.redisUrl
          ? new RedisThrottlerStorage(config.redisUrl, {
              // Fail fast rather than queue: the guard lets requests through while Redis is down.
              maxRetriesPerRequest: 1,
              enableOfflineQueue: false,
              connectTimeout: 2_000,
              // Commands issued in the same turn of the event loop (concurrent requests' counters)
              // go out in one write: a write to a socket costs more than the command's own work.
              enableAutoPipelining: true,
            })
          : new InProcessThrottlerStorage(),
      }),
    }),
  ],
  providers: [FailedAuthLimiter],
  exports: [ThrottlerModule, FailedAuthLimiter],
})
export class RateLimitModule {}
