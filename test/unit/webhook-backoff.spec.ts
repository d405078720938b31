import {
  MAX_ATTEMPTS,
  nextRetryDelayMs,
  parseRetryAfter,
  RETRY_DELAYS_MS,
} from '../../src/webhooks/backoff';

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

describe('webhook retry schedule', () => {
  it('follows 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (about a day in all)', () => {
    expect(RETRY_DELAYS_MS).toEqual([
      5 * SECOND,
      5 * MINUTE,
      30 * MINUTE,
      2 * HOUR,
      5 * HOUR,
      10 * HOUR,
      10 * HOUR,
    ]);
    const total = RETRY_DELAYS_MS.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(24 * HOUR);
    expect(total).toBeLessThan(30 * HOUR);
    expect(MAX_ATTEMPTS).toBe(8);
  });

  it('jitters each delay within ±10%', () => {
    expect(nextRetryDelayMs(1, null, () => 0)).toBe(4_500);
    expect(nextRetryDelayMs(1, null, () => 0.5)).toBe(5_000);
    expect(nextRetryDelayMs(1, null, () => 1)).toBe(5_500);
    expect(nextRetryDelayMs(2, null, () => 0)).toBe(4.5 * MINUTE);
  });

  it('gives up after the last attempt', () => {
    expect(nextRetryDelayMs(MAX_ATTEMPTS - 1, null, () => 0.5)).toBe(10 * HOUR);
    expect(nextRetryDelayMs(MAX_ATTEMPTS, null, () => 0.5)).toBeNull();
  });

  it('honours a longer Retry-After, capped at 10 h, and ignores a shorter one', () => {
    expect(nextRetryDelayMs(1, 120 * SECOND, () => 0.5)).toBe(120 * SECOND);
    expect(nextRetryDelayMs(1, 1 * SECOND, () => 0.5)).toBe(5 * SECOND);
    expect(nextRetryDelayMs(1, 48 * HOUR, () => 0.5)).toBe(10 * HOUR);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = new Date('2026-12-01T12:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120 * SECOND);
    expect(parseRetryAfter('Tue, 01 Dec 2026 12:05:00 GMT', now)).toBe(5 * MINUTE);
    expect(parseRetryAfter('Tue, 01 Dec 2026 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(undefined, now)).toBeNull();
  });
});
