import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../common/auth/principal';
import { AuditEntryEntity } from './audit-entry.entity';

export interface AuditRecord {
  tenantId: string;
  actor: Actor;
  action: string;
  targetType: string;
  targetId: string;
  details?: Record<string, unknown>;
}

/** All SQL on audit_log. Entries are written inside the transaction of the change they record. */
@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async append(manager: EntityManager, record: AuditRecord): Promise<void> {
    await manager.query(
      `INSERT INTO audit_log (tenant_id, actor_key_id, actor_label, action, target_type, target_id, details)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        record.tenantId,
        record.actor.keyId,
        record.actor.label,
        record.action,
        record.targetType,
        record.targetId,
        record.details ? JSON.stringify(record.details) : null,
      ],
    );
  }

  /** Newest first; `beforeId` is the keyset cursor. */
  async page(
    tenantId: string,
    limit: number,
    beforeId: string | null,
  ): Promise<AuditEntryEntity[]> {
    const query = this.dataSource
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('a')
      .where('a.tenant_id = :tenantId', { tenantId })
      .orderBy('a.id', 'DESC')
      .limit(limit);
    if (beforeId) query.andWhere('a.id < :beforeId', { beforeId });
    return query.getMany();
  }
}
