/**
 * Opens at the first persistent model failure (bad key, refused request, spend limit) and stays
 * open for a short while: during it, callers answer offline without calling the model, instead
 * of failing every request the same way. When it has elapsed the next call tries again (and a
 * persistent failure opens it again).
 */
export class CircuitBreaker {
  private openUntil = 0;
  private reason: string | null = null;

  constructor(
    readonly openMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  isOpen(): boolean {
    return this.now() < this.openUntil;
  }

  /** Why it is open, for the log line of a request that was not sent. */
  get openReason(): string | null {
    return this.isOpen() ? this.reason : null;
  }

  open(reason: string): void {
    this.openUntil = this.now() + this.openMs;
    this.reason = reason;
  }

  close(): void {
    this.openUntil = 0;
    this.reason = null;
  }
}
