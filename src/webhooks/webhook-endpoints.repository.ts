import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { WebhookEndpointEntity } from './webhook.entities';

const COLUMNS = `id, tenant_id AS "tenantId", url, events, description, enabled,
  secret_enc AS "secretEnc", previous_secret_enc AS "previousSecretEnc",
  previous_secret_expires_at AS "previousSecretExpiresAt",
  consecutive_failures AS "consecutiveFailures", disabled_reason AS "disabledReason",
  created_at AS "createdAt", updated_at AS "updatedAt"`;

export interface EndpointPatch {
  url?: string;
  events?: string[];
  enabled?: boolean;
}

/** All SQL on webhook_endpoints. Every read and write is scoped to a tenant. */
@Injectable()
export class WebhookEndpointsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Serialises endpoint creation per tenant, so that the limit holds under concurrency. */
  async lockTenant(manager: EntityManager, tenantId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('webhook_endpoints:' || $1))`, [
      tenantId,
    ]);
  }

  async count(manager: EntityManager, tenantId: string): Promise<number> {
    const rows: { n: number }[] = await manager.query(
      `SELECT count(*)::int AS n FROM webhook_endpoints WHERE tenant_id = $1`,
      [tenantId],
    );
    return rows[0].n;
  }

  async insert(manager: EntityManager, row: WebhookEndpointEntity): Promise<void> {
    await manager.query(
      `INSERT INTO webhook_endpoints (id, tenant_id, url, events, description, enabled, secret_enc,
         previous_secret_enc, previous_secret_expires_at, consecutive_failures, disabled_reason,
         created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, NULL, NULL, 0, NULL, $8, $8)`,
      [
        row.id,
        row.tenantId,
        row.url,
        row.events,
        row.description,
        row.enabled,
        row.secretEnc,
        row.createdAt,
      ],
    );
  }

  async list(tenantId: string): Promise<WebhookEndpointEntity[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM webhook_endpoints WHERE tenant_id = $1 ORDER BY created_at, id`,
      [tenantId],
    );
  }

  async find(
    tenantId: string,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<WebhookEndpointEntity | null> {
    const rows: WebhookEndpointEntity[] = await manager.query(
      `SELECT ${COLUMNS} FROM webhook_endpoints WHERE tenant_id = $1 AND id = $2`,
      [tenantId, id],
    );
    return rows[0] ?? null;
  }

  /** Locked for the rest of the transaction: changes to one endpoint queue up. */
  async lock(
    manager: EntityManager,
    tenantId: string,
    id: string,
  ): Promise<WebhookEndpointEntity | null> {
    const rows: WebhookEndpointEntity[] = await manager.query(
      `SELECT ${COLUMNS} FROM webhook_endpoints WHERE tenant_id = $1 AND id = $2 FOR UPDATE`,
      [tenantId, id],
    );
    return rows[0] ?? null;
  }

  /** Re-enabling clears the reason and the failure streak. */
  async update(
    manager: EntityManager,
    tenantId: string,
    id: string,
    patch: EndpointPatch,
    now: Date,
  ): Promise<WebhookEndpointEntity> {
    const rows: [WebhookEndpointEntity[], number] = await manager.query(
      `UPDATE webhook_endpoints
          SET url = COALESCE($3, url), events = COALESCE($4, events),
              enabled = COALESCE($5, enabled),
              disabled_reason = CASE WHEN $5 THEN NULL ELSE disabled_reason END,
              consecutive_failures = CASE WHEN $5 THEN 0 ELSE consecutive_failures END,
              updated_at = $6
        WHERE tenant_id = $1 AND id = $2
        RETURNING ${COLUMNS}`,
      [tenantId, id, patch.url ?? null, patch.events ?? null, patch.enabled ?? null, now],
    );
    return rows[0][0];
  }

  async rotate(
    manager: EntityManager,
    tenantId: string,
    id: string,
    secretEnc: string,
    previousSecretEnc: string,
    previousExpiresAt: Date,
    now: Date,
  ): Promise<WebhookEndpointEntity> {
    const rows: [WebhookEndpointEntity[], number] = await manager.query(
      `UPDATE webhook_endpoints
          SET secret_enc = $3, previous_secret_enc = $4, previous_secret_expires_at = $5,
              updated_at = $6
        WHERE tenant_id = $1 AND id = $2
        RETURNING ${COLUMNS}`,
      [tenantId, id, secretEnc, previousSecretEnc, previousExpiresAt, now],
    );
    return rows[0][0];
  }

  async delete(manager: EntityManager, tenantId: string, id: string): Promise<boolean> {
    const result: [unknown[], number] = await manager.query(
      `DELETE FROM webhook_endpoints WHERE tenant_id = $1 AND id = $2`,
      [tenantId, id],
    );
    return result[1] > 0;
  }

  /** Enabled endpoints of a tenant with what they subscribe to (the event recorder's lookup). */
  async subscribers(
    manager: EntityManager,
    tenantId: string,
  ): Promise<{ id: string; events: string[] }[]> {
    return manager.query(
      `SELECT id, events FROM webhook_endpoints WHERE tenant_id = $1 AND enabled`,
      [tenantId],
    );
  }

  /** Returns the tenant when this call disabled it (null if it was already disabled or gone). */
  async disable(
    manager: EntityManager,
    id: string,
    reason: string,
    now: Date,
  ): Promise<{ tenantId: string } | null> {
    const rows: [{ tenantId: string }[], number] = await manager.query(
      `UPDATE webhook_endpoints SET enabled = false, disabled_reason = $2, updated_at = $3
        WHERE id = $1 AND enabled RETURNING tenant_id AS "tenantId"`,
      [id, reason, now],
    );
    return rows[0][0] ?? null;
  }

  /** Abandoned deliveries in a row; returns the new streak. */
  async countFailure(manager: EntityManager, id: string): Promise<number> {
    const rows: [{ n: number }[], number] = await manager.query(
      `UPDATE webhook_endpoints SET consecutive_failures = consecutive_failures + 1
        WHERE id = $1 RETURNING consecutive_failures AS n`,
      [id],
    );
    return rows[0][0]?.n ?? 0;
  }

  async resetFailures(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE webhook_endpoints SET consecutive_failures = 0
        WHERE id = $1 AND consecutive_failures <> 0`,
      [id],
    );
  }
}
