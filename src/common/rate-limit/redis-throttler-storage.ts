import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';
import { RedisOptions } from 'ioredis';
import { CounterHit, CounterStore } from './counter-store';

/**
 * The fixed-window rules of the package's script (count in a window of `ttl`; past `limit`,
 * blocked for `blockDuration`; a block that has run out starts a fresh count), applied to each
 * pair of keys in turn and stopping after the first limit that blocks. Four numbers per limit
 * counted: hits, ms left of the window, blocked (1/0), ms left of the block.
 */
const COUNT_ALL = `
local answer = {}
for i = 1, #KEYS / 2 do
  local hitKey = KEYS[2 * i - 1]
  local blockKey = KEYS[2 * i]
  local ttl = tonumber(ARGV[3 * i - 2])
  local limit = tonumber(ARGV[3 * i - 1])
  local blockDuration = tonumber(ARGV[3 * i])
  local totalHits = redis.call('INCR', hitKey)
  local timeToExpire = redis.call('PTTL', hitKey)
  if timeToExpire <= 0 then
    redis.call('PEXPIRE', hitKey, ttl)
    timeToExpire = ttl
  end
  local isBlocked = redis.call('GET', blockKey)
  local timeToBlockExpire = 0
  if isBlocked then
    timeToBlockExpire = redis.call('PTTL', blockKey)
  elseif totalHits > limit then
    redis.call('SET', blockKey, 1, 'PX', blockDuration)
    isBlocked = '1'
    timeToBlockExpire = blockDuration
  end
  if isBlocked and timeToBlockExpire <= 0 then
    redis.call('DEL', blockKey)
    redis.call('SET', hitKey, 1, 'PX', ttl)
    totalHits = 1
    timeToExpire = ttl
    isBlocked = false
  end
  table.insert(answer, totalHits)
  table.insert(answer, timeToExpire)
  table.insert(answer, isBlocked and 1 or 0)
  table.insert(answer, timeToBlockExpire)
  if isBlocked then break end
end
return answer
`;

type WithScript = { rateLimitCountAll(...args: (string | number)[]): Promise<number[]> };

/**
 * The maintained Redis storage's client and key names, with one script of our own registered
 * once and called by hash (EVALSHA; ioredis falls back to EVAL after a Redis restart): all the
 * limits of a request are counted in one round trip. The package sends its whole script with
 * every request and counts one limit per call, which cost 6–22% of the CPU under load in
 * `npm run bench`. Its keys of several limits lie in different hash slots, so a Redis Cluster is
 * not supported (REDIS_URL names one server).
 */
export class RedisThrottlerStorage extends ThrottlerStorageRedisService implements CounterStore {
  constructor(url: string, options: RedisOptions) {
    super(url, options);
    // No numberOfKeys: a request counts one to three limits, two keys each.
    this.redis.defineCommand('rateLimitCountAll', { lua: COUNT_ALL });
  }

  override async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    name: string,
  ): Promise<ThrottlerStorageRecord> {
    const [record] = await this.incrementAll([{ key, ttl, limit, blockDuration, name }]);
    return record;
  }

  async incrementAll(hits: readonly CounterHit[]): Promise<ThrottlerStorageRecord[]> {
    const keys = hits.flatMap((hit) => [hitsKey(hit.key, hit.name), blockKey(hit.key, hit.name)]);
    const args = hits.flatMap((hit) => [hit.ttl, hit.limit, hit.blockDuration]);
    const answer = await (this.redis as unknown as WithScript).rateLimitCountAll(
      keys.length,
      ...keys,
      ...args,
    );
    const records: ThrottlerStorageRecord[] = [];
    for (let i = 0; i + 3 < answer.length; i += 4) {
      records.push({
        totalHits: answer[i],
        timeToExpire: Math.ceil(answer[i + 1] / 1000),
        isBlocked: answer[i + 2] === 1,
        timeToBlockExpire: Math.ceil(answer[i + 3] / 1000),
      });
    }
    return records;
  }

  /** Milliseconds left of a block set by increment(), 0 when none; reads, counts nothing. */
  async blockedMs(key: string, name: string): Promise<number> {
    const ms = await this.redis.pttl(blockKey(key, name));
    return Math.max(0, ms);
  }
}

// The package's key names: counts survive an upgrade, and instances of both versions agree.
const hitsKey = (key: string, name: string) => `{${key}:${name}}:hits`;
const blockKey = (key: string, name: string) => `{${key}:${name}}:blocked`;
