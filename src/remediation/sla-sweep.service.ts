import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { AppLogger } from '../common/logging/app-logger';
import { LOGGER } from '../common/logging/logger.module';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { WebhookEventsService } from '../webhooks/webhook-events.service';
import { RecordedBreach, SlaSweepRepository } from './sla-sweep.repository';

/** Breaches recorded per transaction: bounded locks and memory however many are due. */
const SWEEP_BATCH = 500;

/**
 * Records each SLA breach once per item and clock (history and audit entries, actor the
 * system `sla`). Every instance sweeps on its own timer; the statement makes them agree.
 */
@Injectable()
export class SlaSweepService implements OnApplicationBootstrap, OnModuleDestroy {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sweeps: SlaSweepRepository,
    private readonly clock: Clock,
    private readonly webhookEvents: WebhookEventsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: AppLogger,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.slaSweepIntervalMs <= 0) return;
    this.timer = setInterval(() => void this.sweepLogged(), this.config.slaSweepIntervalMs);
    // Never what keeps the process alive.
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  /** Records every breach due at the clock's now; returns how many were recorded. */
  async sweep(): Promise<number> {
    const now = this.clock.now();
    let total = 0;
    for (;;) {
      const breaches = await this.dataSource.transaction(async (manager) => {
        const recorded = await this.sweeps.recordBatch(manager, now, SWEEP_BATCH);
        await this.recordEvents(manager, recorded);
        return recorded;
      });
      total += breaches.length;
      if (breaches.length < SWEEP_BATCH) return total;
    }
  }

  /** One `remediation.sla_breached` event per breach, committed with the breach it reports. */
  private async recordEvents(manager: EntityManager, breaches: RecordedBreach[]): Promise<void> {
    const byTenant = new Map<string, RecordedBreach[]>();
    for (const breach of breaches) {
      byTenant.set(breach.tenantId, [...(byTenant.get(breach.tenantId) ?? []), breach]);
    }
    for (const [tenantId, tenantBreaches] of byTenant) {
      await this.webhookEvents.record(
        manager,
        tenantId,
        tenantBreaches.map((breach) => ({
          type: 'remediation.sla_breached' as const,
          data: {
            scanId: breach.scanId,
            remediationId: breach.remediationId,
            severity: breach.severity,
            version: breach.version,
            slaClockStartAt: breach.clockStartAt.toISOString(),
            slaDueAt: breach.dueAt.toISOString(),
          },
        })),
      );
    }
  }

  /** The timer's sweep: one at a time per instance, failures logged, never thrown. */
  private async sweepLogged(): Promise<void> {
    if (this.running) return;
    this.running = this.sweep();
    try {
      const recorded = await this.running;
      if (recorded > 0) this.logger.event('info', 'sla_sweep', { recorded });
    } catch (error) {
      this.logger.event('error', 'sla_sweep_failed', { error: (error as Error).message });
    } finally {
      this.running = null;
    }
  }
}
