import { ThrottlerStorage } from '@nestjs/throttler';
import { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';
import { asCounterStore, CounterHit, CounterStore } from './counter-store';

const WARNING_INTERVAL_MS = 10_000;

/**
 * Counters in the rate-limit store that fail open: while the store (Redis) is unreachable,
 * the answer is null, meaning "do not limit", and the outage is reported at most every ten
 * seconds rather than on every request.
 */
export class FailOpenCounter {
  private lastWarning = 0;
  private readonly storage: CounterStore;

  constructor(
    storage: ThrottlerStorage,
    private readonly warn: (message: string) => void,
  ) {
    this.storage = asCounterStore(storage);
  }

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    name: string,
  ): Promise<ThrottlerStorageRecord | null> {
    const records = await this.incrementAll([{ key, ttl, limit, blockDuration, name }]);
    return records?.[0] ?? null;
  }

  /** The limits of one request in order, up to the first that blocks (see CounterStore). */
  async incrementAll(hits: readonly CounterHit[]): Promise<ThrottlerStorageRecord[] | null> {
    try {
      return await this.storage.incrementAll(hits);
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
