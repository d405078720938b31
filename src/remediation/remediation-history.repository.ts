import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ItemKey } from '../scans/remediation-items.repository';
import { RemediationHistoryEntity } from './remediation-history.entity';

/**
 * Reads of remediation_history (append-only). Entries are written with the change itself,
 * in RemediationItemsRepository.updateWithHistory.
 */
@Injectable()
export class RemediationHistoryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
