/**
 * When to try again after a failed attempt: the Standard Webhooks schedule (5 s, 5 min,
 * 30 min, 2 h, 5 h, 10 h, 10 h after the immediate first attempt: about 28 h in all), each
 * delay jittered by ±10% so that a receiver's outage does not end in a thundering herd.
 */
export const RETRY_DELAYS_MS = [
  5_000,
  5 * 60_000,
  30 * 60_000,
  2 * 3_600_000,
  5 * 3_600_000,
  10 * 3_600_000,
  10 * 3_600_000,
];

/** First attempt plus one per retry delay. */
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

/** A Retry-After longer than this is not waited for: the next scheduled retry is used instead. */
const MAX_RETRY_AFTER_MS = 10 * 3_600_000;

/**
 * The delay before the next attempt after `attemptsMade` attempts, or null when the
 * delivery is to be abandoned. `retryAfterMs` (from the receiver's Retry-After) is honoured
 * when it asks for a longer wait than the schedule.
 */
export function nextRetryDelayMs(
  attemptsMade: number,
  retryAfterMs: number | null = null,
  random: () => number = Math.random,
): number | null {
  if (attemptsMade < 1 || attemptsMade >= MAX_ATTEMPTS) return null;
  const base = RETRY_DELAYS_MS[attemptsMade - 1];
  const jittered = Math.round(base * (0.9 + 0.2 * random()));
  if (retryAfterMs !== null && retryAfterMs > jittered) {
    return Math.min(retryAfterMs, MAX_RETRY_AFTER_MS);
  }
  return jittered;
}

/** Retry-After as seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: Date): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d{1,9}$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now.getTime());
}
