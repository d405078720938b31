import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, actorTypeOf } from '../common/auth/principal';
import { AuditEntryEntity } from './audit-entry.entity';

export interface AuditRecord {
  tenantId: string;
  actor: Actor;
  action: string;
  targetType: string;
  targetId: string;
  details?: Record<string, unknown>;
}

/** SQL expressions (placeholders or columns of `source`) for an insert inside a larger statement. */
export interface AuditInsertFrom {
  source: string;
  tenantId: string;
  actorKeyId: string;
  actorLabel: string;
  action: string;
  targetType: string;
  targetId: string;
  details: string;
  /** SQL for actor_type; 'key' when absent. */
  actorType?: string;
}

/**
 * All SQL on audit_log. Entries are written inside the transaction of the change they
 * record; a hot path that writes its change in one statement embeds `insertFromSql`.
 */
@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async append(manager: EntityManager, record: AuditRecord): Promise<void> {
    await manager.query(
      `INSERT INTO audit_log (tenant_id, actor_key_id, actor_label, action, target_type, target_id, details,
                              actor_type)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        record.tenantId,
        record.actor.keyId,
        record.actor.label,
        record.action,
        record.targetType,
        record.targetId,
        record.details ? JSON.stringify(record.details) : null,
        actorTypeOf(record.actor),
      ],
    );
  }

  /** Newest first; `beforeId` is the keyset cursor. */
  page(tenantId: string, limit: number, beforeId: string | null): Promise<AuditEntryEntity[]> {
    return this.dataSource.query(
      `SELECT id, tenant_id AS "tenantId", actor_key_id AS "actorKeyId", actor_label AS "actorLabel",
              actor_type AS "actorType", action,
              target_type AS "targetType", target_id AS "targetId", details, at
         FROM audit_log
        WHERE tenant_id = $1 AND ($2::bigint IS NULL OR id < $2::bigint)
        ORDER BY id DESC
        LIMIT $3`,
      [tenantId, beforeId, limit],
    );
  }
}

/**
 * The INSERT of an audit entry as one part of another statement (a CTE), so that a change and
 * its audit entry cost one round trip. Values are SQL expressions the caller has bound.
 */
export function auditInsertFromSql(from: AuditInsertFrom): string {
  return `INSERT INTO audit_log (tenant_id, actor_key_id, actor_label, action, target_type, target_id, details, at,
                                 actor_type)
          SELECT ${from.tenantId}, ${from.actorKeyId}, ${from.actorLabel}, ${from.action}, ${from.targetType},
                 ${from.targetId}, ${from.details}, now(), ${from.actorType ?? "'key'"}
            FROM ${from.source}`;
}
