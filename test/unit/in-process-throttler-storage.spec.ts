import { InProcessThrottlerStorage } from '../../src/common/rate-limit/in-process-throttler-storage';

/** The fixed-window rules of the Redis storage's script, in process, on an injected clock. */
describe('InProcessThrottlerStorage', () => {
  let now = 1_000_000;
  let storage: InProcessThrottlerStorage;
  beforeEach(() => {
    now = 1_000_000;
    storage = new InProcessThrottlerStorage(() => now);
  });
  afterEach(() => storage.close());
  const hit = (key = 'k', limit = 3) => storage.increment(key, 60_000, limit, 60_000, 'default');

  it('counts hits in a window and blocks past the limit for the block duration', async () => {
    for (let i = 1; i <= 3; i++) {
      expect(await hit()).toEqual({
        totalHits: i,
        timeToExpire: 60,
        isBlocked: false,
        timeToBlockExpire: 0,
      });
    }
    now += 10_000;
    expect(await hit()).toEqual({
      totalHits: 4,
      timeToExpire: 50,
      isBlocked: true,
      timeToBlockExpire: 60,
    });
    now += 30_000;
    expect(await hit()).toMatchObject({ totalHits: 5, isBlocked: true, timeToBlockExpire: 30 });
  });

  it('starts a new window when the old one ends, while a block set late still runs', async () => {
    for (let i = 0; i < 4; i++) await hit(); // blocked at t=0 until t=60 s
    now += 60_000;
    // The window and the block end together: a fresh count, not blocked.
    expect(await hit()).toEqual({
      totalHits: 1,
      timeToExpire: 60,
      isBlocked: false,
      timeToBlockExpire: 0,
    });
  });

  it('keeps keys and throttlers apart, and sweeps only what has ended and blocks nothing', async () => {
    await hit('a');
    await storage.increment('a', 60_000, 3, 60_000, 'ai');
    for (let i = 0; i < 4; i++) await hit('b');
    expect((await hit('a')).totalHits).toBe(2);
    now += 61_000;
    storage.sweep();
    expect(storage.size).toBe(0);
    expect((await hit('b')).totalHits).toBe(1);
    for (let i = 0; i < 3; i++) await hit('c', 1); // blocked until now + 60 s
    now += 60_000 - 1;
    storage.sweep();
    expect(storage.size).toBe(2);
  });
});
