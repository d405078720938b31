import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { Clock } from '../common/clock';
import { AppLogger } from '../common/logging/app-logger';
import { LOGGER } from '../common/logging/logger.module';
import { DatabaseTarget } from '../database/database.module';
import { DeliveryAttempts } from './delivery-attempt';
import { SecretBox } from './secret-box';
import { WebhookDeliveriesRepository } from './webhook-deliveries.repository';
import { DELIVERY_CHANNEL } from './webhook-events.service';

/** Attempts in flight per instance. */
const CONCURRENCY = 64;
/** Fallback poll: catches retries coming due and anything a lost notification missed. */
const POLL_MS = 1_000;
/** A claim older than this is presumed lost (crashed instance) and taken again. */
const LEASE_SECONDS = 60;
const LISTEN_RETRY_MS = 5_000;
const SHUTDOWN_WAIT_MS = 12_000;

/**
 * The delivery loop of one instance: claims due deliveries (FOR UPDATE SKIP LOCKED, so that
 * instances never share one), attempts them concurrently, and sleeps until the next poll or
 * a wake-up: a NOTIFY on DELIVERY_CHANNEL (sent by Postgres when a transaction that recorded
 * events commits, on any instance) or a local call to wake().
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private running = false;
  private loopDone: Promise<void> = Promise.resolve();
  private readonly inFlight = new Set<Promise<void>>();
  private wakeUp: (() => void) | null = null;
  private woken = false;
  private listener: Client | null = null;
  private listenTimer: NodeJS.Timeout | null = null;
  private keyWarningLogged = false;

  constructor(
    @Inject(LOGGER) private readonly logger: AppLogger,
    private readonly clock: Clock,
    private readonly deliveries: WebhookDeliveriesRepository,
    private readonly attempts: DeliveryAttempts,
    private readonly secrets: SecretBox,
    private readonly database: DatabaseTarget,
  ) {}

  onApplicationBootstrap(): void {
    this.running = true;
    this.loopDone = this.loop();
    void this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.running = false;
    this.wake();
    if (this.listenTimer) clearTimeout(this.listenTimer);
    await this.listener?.end().catch(() => undefined);
    this.listener = null;
    await this.loopDone;
    // Attempts under way finish and record their result; a stuck one is left to its lease.
    await Promise.race([
      Promise.allSettled([...this.inFlight]),
      new Promise((resolve) => setTimeout(resolve, SHUTDOWN_WAIT_MS).unref()),
    ]);
  }

  /** Look for due deliveries now rather than at the next poll. */
  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  private async loop(): Promise<void> {
    while (this.running) {
      this.woken = false;
      const claimed = await this.claim();
      if (claimed > 0 && this.inFlight.size < CONCURRENCY) continue; // maybe more are due
      if (!this.woken) await this.sleep(POLL_MS);
    }
  }

  private async claim(): Promise<number> {
    const room = CONCURRENCY - this.inFlight.size;
    if (room <= 0 || !this.hasKey()) return 0;
    const token = randomUUID();
    try {
      const claims = await this.deliveries.claimDue(this.clock.now(), LEASE_SECONDS, token, room);
      for (const claim of claims) {
        const attempt = this.attempts
          .run(claim, token)
          .catch((error: Error) =>
            this.logger.event('error', 'webhook attempt could not be recorded', {
              deliveryId: claim.id,
              reason: error.message,
            }),
          )
          .finally(() => {
            this.inFlight.delete(attempt);
            this.wake();
          });
        this.inFlight.add(attempt);
      }
      return claims.length;
    } catch (error) {
      // Database down or restarting: try again at the next poll.
      this.logger.event('warn', 'webhook delivery poll failed', {
        reason: (error as Error).message,
      });
      return 0;
    }
  }

  /** Without the encryption key nothing can be signed: leave deliveries pending. */
  private hasKey(): boolean {
    try {
      this.secrets.requireKey();
      return true;
    } catch {
      if (!this.keyWarningLogged) {
        this.logger.event('warn', 'webhook deliveries paused: DATA_ENCRYPTION_KEY is not set');
        this.keyWarningLogged = true;
      }
      return false;
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakeUp = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakeUp = done;
    });
  }

  /** A dedicated connection for LISTEN; best effort: the poll still finds everything. */
  private async listen(): Promise<void> {
    if (!this.running) return;
    const client = new Client({ connectionString: await this.database.url() });
    let failed = false;
    const retry = () => {
      if (failed) return;
      failed = true;
      if (this.listener === client) this.listener = null;
      void client.end().catch(() => undefined);
      if (this.running) this.listenTimer = setTimeout(() => void this.listen(), LISTEN_RETRY_MS);
    };
    client.on('error', retry);
    client.on('notification', () => this.wake());
    try {
      await client.connect();
      await client.query(`LISTEN ${DELIVERY_CHANNEL}`);
      if (!this.running) return void client.end().catch(() => undefined);
      this.listener = client;
    } catch {
      retry();
    }
  }
}
