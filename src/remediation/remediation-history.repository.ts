import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RemediationHistoryEntity } from './remediation-history.entity';
import type { ItemKey } from './remediation-items.repository';

/** SQL expressions (placeholders or columns of `source`) for an insert inside a larger statement. */
export interface HistoryInsertFrom {
  source: string;
  tenantId: string;
  scanId: string;
  remediationId: string;
  version: string;
  actorKeyId: string;
  actorLabel: string;
  changes: string;
  /** SQL for actor_type; 'key' when absent. */
  actorType?: string;
  /** SQL for bulk_id, the bulk change the entry belongs to; NULL when absent. */
  bulkId?: string;
}

/**
 * All SQL on remediation_history (append-only). Entries are written with the change itself:
 * RemediationItemsRepository.updateWithHistory embeds `historyInsertFromSql`.
 */
@Injectable()
export class RemediationHistoryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Oldest first; `afterId` is the keyset cursor. */
  page(key: ItemKey, limit: number, afterId: string): Promise<RemediationHistoryEntity[]> {
    return this.dataSource.query(
      `SELECT id, tenant_id AS "tenantId", scan_id AS "scanId", remediation_id AS "remediationId", version,
              actor_key_id AS "actorKeyId", actor_label AS "actorLabel", actor_type AS "actorType", changes, at,
              bulk_id AS "bulkId"
         FROM remediation_history
        WHERE tenant_id = $1 AND scan_id = $2 AND remediation_id = $3 AND id > $4
        ORDER BY id
        LIMIT $5`,
      [key.tenantId, key.scanId, key.remediationId, afterId, limit],
    );
  }
}

/** The INSERT of a history entry as one part of another statement (a CTE): one round trip. */
export function historyInsertFromSql(from: HistoryInsertFrom): string {
  return `INSERT INTO remediation_history
                 (tenant_id, scan_id, remediation_id, version, actor_key_id, actor_label, changes, at, actor_type,
                  bulk_id)
          SELECT ${from.tenantId}, ${from.scanId}, ${from.remediationId}, ${from.version}, ${from.actorKeyId},
                 ${from.actorLabel}, ${from.changes}, now(), ${from.actorType ?? "'key'"}, ${from.bulkId ?? 'NULL'}
            FROM ${from.source}`;
}
