import { ThrottlerStorage } from '@nestjs/throttler';
import { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';

const WARNING_INTERVAL_MS = 10_000;

/**
 * A counter in the rate-limit store that fails open: while the store (Redis) is unreachable,
 * increment() answers null, meaning "do not limit", and the outage is reported at most every
 * ten seconds rather than on every request.
 */
export class FailOpenCounter {
  private lastWarning = 0;

  constructor(
    private readonly storage: ThrottlerStorage,
    private readonly warn: (message: string) => void,
  ) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    name: string,
  ): Promise<ThrottlerStorageRecord | null> {
    try {
      return await this.storage.increment(key, ttl, limit, blockDuration, name);
    } catch (error) {
      const now = Date.now();
      if (now - this.lastWarning > WARNING_INTERVAL_MS) {
        this.lastWarning = now;
        this.warn(`rate-limit storage unavailable, not limiting: ${(error as Error).message}`);
      }
      return null;
    }
  }
}
