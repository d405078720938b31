import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';
import { AttemptResult, WebhookDeliveriesRepository } from './webhook-deliveries.repository';

type Pending = {
  result: AttemptResult & { id: string; token: string };
  resolve: (written: boolean) => void;
  reject: (error: unknown) => void;
};

const MAX_BATCH = 200;

/**
 * Writes attempt results in batches: results that finish while a write is under way go
 * together in the next one. Each caller still learns whether its own result was written.
 */
@Injectable()
export class AttemptResults {
  private pending: Pending[] = [];
  private flushing = false;

  constructor(
    private readonly clock: Clock,
    private readonly deliveries: WebhookDeliveriesRepository,
  ) {}

  write(id: string, token: string, result: AttemptResult): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.pending.push({ result: { ...result, id, token }, resolve, reject });
      if (!this.flushing) {
        this.flushing = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, MAX_BATCH);
      try {
        const written = await this.deliveries.completeMany(
          batch.map((p) => p.result),
          this.clock.now(),
        );
        for (const p of batch) p.resolve(written.has(p.result.id));
      } catch (error) {
        for (const p of batch) p.reject(error);
      }
    }
    this.flushing = false;
  }
}
