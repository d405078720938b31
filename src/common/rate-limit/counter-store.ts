import { ThrottlerStorage } from '@nestjs/throttler';
import { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';

/** One fixed-window limit a request counts against. */
export interface CounterHit {
  /** Whose count: the limit's name and the tracker (a key's hash, an IP, a tenant). */
  key: string;
  name: string;
  ttl: number;
  limit: number;
  blockDuration: number;
}

/**
 * A rate-limit store that counts all the limits of one request in one step (one Redis round
 * trip), in order, and stops at the first that blocks: a request refused by its key's limit
 * does not use up its tenant's. The answer has one record per limit counted; when one blocked,
 * it is the last.
 */
export interface CounterStore extends ThrottlerStorage {
  incrementAll(hits: readonly CounterHit[]): Promise<ThrottlerStorageRecord[]>;
}

/** The store RateLimitModule provides, as a CounterStore: both of ours are. */
export function asCounterStore(storage: ThrottlerStorage): CounterStore {
  if (typeof (storage as Partial<CounterStore>).incrementAll !== 'function') {
    throw new Error('the rate-limit storage must count several limits at once (CounterStore)');
  }
  return storage as CounterStore;
}
