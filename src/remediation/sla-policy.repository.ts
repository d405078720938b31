import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { SlaPolicyEntity } from './sla-policy.entity';
import { queryPrepared } from '../database/prepared';

const POLICY_COLUMNS = `tenant_id AS "tenantId", days, due_soon_days AS "dueSoonDays",
  restart_on_reopen AS "restartOnReopen", version, updated_at AS "updatedAt",
  updated_by_key_id AS "updatedByKeyId", updated_by_label AS "updatedByLabel"`;

/**
 * The tenant's policy row as JSON (null while it keeps the defaults), as a scalar subquery for
 * the statements of other repositories that read items: items and their SLA policy in one
 * round trip instead of two.
 */
export function policyJsonSql(tenantId: string): string {
  return `(SELECT row_to_json(p) FROM (SELECT ${POLICY_COLUMNS} FROM sla_policies WHERE tenant_id = ${tenantId}) p)`;
}

/** All SQL on sla_policies: one row per tenant that changed the defaults. */
@Injectable()
export class SlaPolicyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(
    tenantId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<SlaPolicyEntity | null> {
    // Read before every backlog page: prepared (unless it is part of a transaction).
    const rows = await queryPrepared<SlaPolicyEntity>(
      manager,
      `SELECT ${POLICY_COLUMNS} FROM sla_policies WHERE tenant_id = $1`,
      [tenantId],
    );
    return rows[0] ?? null;
  }

  /**
   * Serialises changes of one tenant's policy until the transaction ends, also while it has
   * no row yet (a row lock cannot cover the first insert).
   */
  async lock(manager: EntityManager, tenantId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('sla-policy:' || $1))`, [tenantId]);
  }

  async save(
    manager: EntityManager,
    policy: Omit<SlaPolicyEntity, 'updatedAt'>,
  ): Promise<SlaPolicyEntity> {
    const rows: SlaPolicyEntity[] = await manager.query(
      `INSERT INTO sla_policies (tenant_id, days, due_soon_days, restart_on_reopen, version, updated_at,
                                 updated_by_key_id, updated_by_label)
       VALUES ($1, $2::jsonb, $3, $4, $5, now(), $6, $7)
       ON CONFLICT (tenant_id) DO UPDATE
         SET days = EXCLUDED.days, due_soon_days = EXCLUDED.due_soon_days,
             restart_on_reopen = EXCLUDED.restart_on_reopen, version = EXCLUDED.version,
             updated_at = EXCLUDED.updated_at, updated_by_key_id = EXCLUDED.updated_by_key_id,
             updated_by_label = EXCLUDED.updated_by_label
       RETURNING ${POLICY_COLUMNS}`,
      [
        policy.tenantId,
        JSON.stringify(policy.days),
        policy.dueSoonDays,
        policy.restartOnReopen,
        policy.version,
        policy.updatedByKeyId,
        policy.updatedByLabel,
      ],
    );
    return rows[0];
  }
}
