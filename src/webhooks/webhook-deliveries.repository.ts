import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DeliveryAttempt, DeliveryStatus, WebhookDeliveryEntity } from './webhook.entities';

const COLUMNS = `id, tenant_id AS "tenantId", endpoint_id AS "endpointId", event_id AS "eventId",
  event_type AS "eventType", status, attempt_count AS "attemptCount", attempts,
  next_attempt_at AS "nextAttemptAt", created_at AS "createdAt", updated_at AS "updatedAt"`;

export interface NewDelivery {
  id: string;
  tenantId: string;
  endpointId: string;
  eventId: string;
  eventType: string;
  at: Date;
}

/** A delivery this instance claimed, with everything one attempt needs. */
export interface ClaimedDelivery {
  id: string;
  tenantId: string;
  endpointId: string;
  eventId: string;
  attemptCount: number;
  url: string;
  secretEnc: string;
  previousSecretEnc: string | null;
  previousSecretExpiresAt: Date | null;
  /** The endpoint's run of abandoned deliveries when this one was claimed. */
  consecutiveFailures: number;
  body: string;
}

export interface AttemptResult {
  status: DeliveryStatus;
  attempt: DeliveryAttempt;
  nextAttemptAt: Date | null;
}

/**
 * All SQL on webhook_deliveries, which is also the outbox: a pending row is a job. Instances
 * claim due rows with FOR UPDATE SKIP LOCKED and a lease (claim_token, claimed_until), so
 * each attempt belongs to one instance; a lease left by a crashed instance expires and the
 * row is attempted again (at least once, same webhook-id: receivers deduplicate on it).
 */
@Injectable()
export class WebhookDeliveriesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insertMany(manager: EntityManager, rows: NewDelivery[]): Promise<void> {
    if (rows.length === 0) return;
    await manager.query(
      `INSERT INTO webhook_deliveries (id, tenant_id, endpoint_id, event_id, event_type, status,
         attempt_count, attempts, next_attempt_at, created_at, updated_at)
       SELECT id, tenant_id, endpoint_id, event_id, event_type, 'pending', 0, '[]'::jsonb, at, at, at
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[])
              AS r(id, tenant_id, endpoint_id, event_id, event_type, at)`,
      [
        rows.map((r) => r.id),
        rows.map((r) => r.tenantId),
        rows.map((r) => r.endpointId),
        rows.map((r) => r.eventId),
        rows.map((r) => r.eventType),
        rows.map((r) => r.at),
      ],
    );
  }

  /** Wakes every instance's delivery loop; Postgres sends it only if the transaction commits. */
  async notify(manager: EntityManager, channel: string): Promise<void> {
    await manager.query(`SELECT pg_notify($1, '')`, [channel]);
  }

  /** Newest first; `beforeId` is the keyset cursor (ids are ULIDs, ordered by time). */
  async page(
    tenantId: string,
    endpointId: string,
    status: DeliveryStatus | null,
    limit: number,
    beforeId: string | null,
  ): Promise<WebhookDeliveryEntity[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM webhook_deliveries
        WHERE tenant_id = $1 AND endpoint_id = $2
          AND ($3::text IS NULL OR status = $3) AND ($4::text IS NULL OR id < $4)
        ORDER BY id DESC LIMIT $5`,
      [tenantId, endpointId, status, beforeId, limit],
    );
  }

  async find(
    tenantId: string,
    endpointId: string,
    id: string,
  ): Promise<WebhookDeliveryEntity | null> {
    const rows: WebhookDeliveryEntity[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM webhook_deliveries
        WHERE tenant_id = $1 AND endpoint_id = $2 AND id = $3`,
      [tenantId, endpointId, id],
    );
    return rows[0] ?? null;
  }

  /**
   * Claims up to `limit` deliveries of enabled endpoints that are due at `now` (the service's
   * clock, which schedules retries). Leases run on the database's clock instead, the one
   * clock every instance shares, so that a skewed instance cannot take a live claim.
   */
  async claimDue(
    now: Date,
    leaseSeconds: number,
    token: string,
    limit: number,
  ): Promise<ClaimedDelivery[]> {
    const rows: [ClaimedDelivery[], number] = await this.dataSource.query(
      `WITH due AS (
         SELECT d.id FROM webhook_deliveries d
           JOIN webhook_endpoints e ON e.id = d.endpoint_id AND e.enabled
          WHERE d.status = 'pending' AND d.next_attempt_at <= $1
            AND (d.claimed_until IS NULL OR d.claimed_until < clock_timestamp())
          ORDER BY d.next_attempt_at
          LIMIT $4
          FOR UPDATE OF d SKIP LOCKED
       )
       UPDATE webhook_deliveries d
          SET claim_token = $3, claimed_until = clock_timestamp() + make_interval(secs => $2)
         FROM due, webhook_endpoints e, webhook_events ev
        WHERE d.id = due.id AND e.id = d.endpoint_id AND ev.id = d.event_id
       RETURNING d.id, d.tenant_id AS "tenantId", d.endpoint_id AS "endpointId",
                 d.event_id AS "eventId", d.attempt_count AS "attemptCount", e.url,
                 e.secret_enc AS "secretEnc", e.previous_secret_enc AS "previousSecretEnc",
                 e.previous_secret_expires_at AS "previousSecretExpiresAt",
                 e.consecutive_failures AS "consecutiveFailures", ev.body`,
      [now, leaseSeconds, token, limit],
    );
    return rows[0];
  }

  /**
   * Records attempts, each only under the claim that made it (a lost lease writes nothing).
   * One statement for many results: at hundreds of deliveries a second, a round trip each
   * would be the bottleneck. Returns the ids that were written.
   */
  async completeMany(
    results: (AttemptResult & { id: string; token: string })[],
    now: Date,
  ): Promise<Set<string>> {
    const rows: [{ id: string }[], number] = await this.dataSource.query(
      `UPDATE webhook_deliveries d
          SET status = r.status, attempts = d.attempts || jsonb_build_array(r.attempt),
              attempt_count = d.attempt_count + 1, next_attempt_at = r.next_at,
              claim_token = NULL, claimed_until = NULL, updated_at = $6
         FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[], $5::timestamptz[])
              AS r(id, token, status, attempt, next_at)
        WHERE d.id = r.id AND d.claim_token = r.token
       RETURNING d.id`,
      [
        results.map((r) => r.id),
        results.map((r) => r.token),
        results.map((r) => r.status),
        results.map((r) => JSON.stringify(r.attempt)),
        results.map((r) => r.nextAttemptAt),
        now,
      ],
    );
    return new Set(rows[0].map((r) => r.id));
  }

  /** Gives a claim back unattempted (shutdown, missing key): due again at once. */
  async release(id: string, token: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE webhook_deliveries SET claim_token = NULL, claimed_until = NULL
        WHERE id = $1 AND claim_token = $2`,
      [id, token],
    );
  }
}
