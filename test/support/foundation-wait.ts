/** Small bounded waiting helpers for the foundation specs. */
export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Calls `probe` until it returns a truthy value or `timeoutMs` passes; returns the last value
 * (falsy on timeout) so that the caller's assertion shows what was seen.
 */
export async function pollUntil<T>(
  probe: () => T | Promise<T>,
  timeoutMs: number,
  intervalMs = 200,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T;
  for (;;) {
    try {
      last = await probe();
    } catch (error) {
      last = undefined as T;
      if (Date.now() >= deadline) throw error;
    }
    if (last || Date.now() >= deadline) return last;
    await sleep(intervalMs);
  }
}
