import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../common/auth/principal';
import { ItemKey } from '../scans/remediation-items.repository';
import { FieldChange, RemediationHistoryEntity } from './remediation-history.entity';

/** All SQL on remediation_history (append-only). */
@Injectable()
export class RemediationHistoryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The history entry and the tenant audit entry of one change, in one statement inside
   * the change's transaction.
   */
  async appendWithAudit(
    manager: EntityManager,
    key: ItemKey,
    version: number,
    actor: Actor,
    changes: Record<string, FieldChange>,
    at: Date,
  ): Promise<void> {
    await manager.query(
      `WITH history AS (
         INSERT INTO remediation_history (tenant_id, scan_id, remediation_id, version, actor_key_id, actor_label, changes, at)
         VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8)
       )
       INSERT INTO audit_log (tenant_id, actor_key_id, actor_label, action, target_type, target_id, details, at)
       VALUES ($1, $5, $6, 'remediation.updated', 'remediation_item', $2 || '/' || $3,
               jsonb_build_object('version', $4::int, 'changes', $7::jsonb), $8)`,
      [
        key.tenantId,
        key.scanId,
        key.remediationId,
        version,
        actor.keyId,
        actor.label,
        JSON.stringify(changes),
        at,
      ],
    );
  }

  /** Oldest first; `afterId` is the keyset cursor. */
  page(key: ItemKey, limit: number, afterId: string): Promise<RemediationHistoryEntity[]> {
    return this.dataSource.query(
      `SELECT id, tenant_id AS "tenantId", scan_id AS "scanId", remediation_id AS "remediationId", version,
              actor_key_id AS "actorKeyId", actor_label AS "actorLabel", changes, at
         FROM remediation_history
        WHERE tenant_id = $1 AND scan_id = $2 AND remediation_id = $3 AND id > $4
        ORDER BY id
        LIMIT $5`,
      [key.tenantId, key.scanId, key.remediationId, afterId, limit],
    );
  }
}
