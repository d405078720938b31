import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { performance } from 'node:perf_hooks';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { AppLogger } from '../common/logging/app-logger';
import { LOGGER } from '../common/logging/logger.module';
import { AuditRepository } from '../audit/audit.repository';
import { Actor } from '../common/auth/principal';
import { nextRetryDelayMs, parseRetryAfter } from './backoff';
import { SecretBox } from './secret-box';
import { webhookHeaders } from './signature';
import { TargetGuard, TargetRefused } from './target-guard';
import { AttemptResult, ClaimedDelivery } from './webhook-deliveries.repository';
import { AttemptResults } from './attempt-results';
import { WebhookEndpointsRepository } from './webhook-endpoints.repository';
import { DeliveryAttempt } from './webhook.entities';
import { WebhookNetwork } from './webhook-network';

/** Each attempt gets this long, connection included. */
export const ATTEMPT_TIMEOUT_MS = 10_000;
/** An endpoint whose deliveries are abandoned this many times in a row is disabled. */
export const ABANDONED_BEFORE_DISABLE = 5;
const ERROR_EXCERPT_CHARS = 300;
/** Disabling an endpoint after its deliveries fail is the system's doing, not an admin's. */
const SYSTEM_ACTOR: Actor = { keyId: null, label: 'webhook-delivery', type: 'system' };

interface Outcome {
  responseStatus: number | null;
  error: string | null;
  retryAfterMs: number | null;
}

/** One attempt of one claimed delivery, and what follows from its outcome. */
@Injectable()
export class DeliveryAttempts {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(LOGGER) private readonly logger: AppLogger,
    private readonly clock: Clock,
    private readonly guard: TargetGuard,
    private readonly secrets: SecretBox,
    private readonly results: AttemptResults,
    private readonly endpoints: WebhookEndpointsRepository,
    private readonly audit: AuditRepository,
    private readonly network: WebhookNetwork,
  ) {}

  async run(claim: ClaimedDelivery, token: string): Promise<void> {
    const at = this.clock.now();
    const started = performance.now();
    const outcome = await this.send(claim, at);
    const attempt: DeliveryAttempt = {
      at: at.toISOString(),
      responseStatus: outcome.responseStatus,
      durationMs: Math.round(performance.now() - started),
      error: outcome.error,
    };
    const result = this.decide(claim, attempt, outcome, at);
    // What the attempt means for the endpoint (disabled after a 410 or a run of abandoned
    // deliveries) is written before the attempt itself: whoever reads the delivery as failed
    // or abandoned then also reads the endpoint's state that follows from it.
    await this.followUp(claim, result, outcome);
    if (!(await this.results.write(claim.id, token, result))) return;
    if (result.status !== 'delivered') {
      this.logger.event('info', 'webhook attempt failed', {
        deliveryId: claim.id,
        webhookId: claim.endpointId,
        eventId: claim.eventId,
        status: result.status,
        responseStatus: attempt.responseStatus,
        error: attempt.error,
      });
    }
  }

  private async send(claim: ClaimedDelivery, at: Date): Promise<Outcome> {
    try {
      const target = await this.guard.check(claim.url);
      const timestamp = Math.floor(at.getTime() / 1000);
      const headers = webhookHeaders(
        this.signingSecrets(claim, at),
        claim.eventId,
        timestamp,
        claim.body,
      );
      const response = await this.network.send({
        url: target.url,
        address: target.address,
        headers,
        body: claim.body,
        timeoutMs: ATTEMPT_TIMEOUT_MS,
      });
      const ok = response.status >= 200 && response.status < 300;
      const redirect = response.status >= 300 && response.status < 400;
      return {
        responseStatus: response.status,
        error: ok
          ? null
          : redirect
            ? 'redirect not followed'
            : excerpt(response.bodyExcerpt) || `HTTP ${response.status}`,
        retryAfterMs: parseRetryAfter(response.retryAfter, at),
      };
    } catch (error) {
      const message =
        error instanceof TargetRefused
          ? `target refused: ${error.message}`
          : excerpt((error as Error)?.message ?? String(error));
      return { responseStatus: null, error: message || 'request failed', retryAfterMs: null };
    }
  }

  private decide(
    claim: ClaimedDelivery,
    attempt: DeliveryAttempt,
    outcome: Outcome,
    at: Date,
  ): AttemptResult {
    const status = outcome.responseStatus;
    if (status !== null && status >= 200 && status < 300) {
      return { status: 'delivered', attempt, nextAttemptAt: null };
    }
    if (status === 410) return { status: 'failed', attempt, nextAttemptAt: null };
    const delay = nextRetryDelayMs(claim.attemptCount + 1, outcome.retryAfterMs);
    if (delay === null) return { status: 'abandoned', attempt, nextAttemptAt: null };
    return { status: 'pending', attempt, nextAttemptAt: new Date(at.getTime() + delay) };
  }

  /** 410 disables at once; a run of abandoned deliveries disables too; a success resets it. */
  private async followUp(claim: ClaimedDelivery, result: AttemptResult, outcome: Outcome) {
    if (result.status === 'delivered') {
      // Most deliveries succeed on an endpoint with no failures: skip the write then.
      if (claim.consecutiveFailures > 0) await this.endpoints.resetFailures(claim.endpointId);
      return;
    }
    if (result.status === 'failed' && outcome.responseStatus === 410) {
      return this.disable(claim, 'The receiver answered 410 Gone.');
    }
    if (result.status !== 'abandoned') return;
    await this.dataSource.transaction(async (manager) => {
      const streak = await this.endpoints.countFailure(manager, claim.endpointId);
      if (streak >= ABANDONED_BEFORE_DISABLE) {
        await this.disableIn(manager, claim, `${streak} deliveries in a row were abandoned.`);
      }
    });
  }

  private disable(claim: ClaimedDelivery, reason: string): Promise<void> {
    return this.dataSource.transaction((manager) => this.disableIn(manager, claim, reason));
  }

  private async disableIn(manager: EntityManager, claim: ClaimedDelivery, reason: string) {
    const disabled = await this.endpoints.disable(
      manager,
      claim.endpointId,
      reason,
      this.clock.now(),
    );
    if (!disabled) return;
    await this.audit.append(manager, {
      tenantId: disabled.tenantId,
      actor: SYSTEM_ACTOR,
      action: 'webhook.disabled',
      targetType: 'webhook',
      targetId: claim.endpointId,
      details: { reason, deliveryId: claim.id },
    });
    this.logger.event('warn', 'webhook endpoint disabled', {
      webhookId: claim.endpointId,
      tenantId: disabled.tenantId,
      reason,
    });
  }

  /** The current secret, and the previous one while its 24 hours of overlap last. */
  private signingSecrets(claim: ClaimedDelivery, at: Date): string[] {
    const secrets = [this.secrets.decrypt(claim.secretEnc, claim.endpointId)];
    if (
      claim.previousSecretEnc &&
      claim.previousSecretExpiresAt &&
      new Date(claim.previousSecretExpiresAt).getTime() > at.getTime()
    ) {
      secrets.push(this.secrets.decrypt(claim.previousSecretEnc, claim.endpointId));
    }
    return secrets;
  }
}

/** A short, single-line excerpt for the delivery log. */
function excerpt(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .trim()
    .slice(0, ERROR_EXCERPT_CHARS);
}
