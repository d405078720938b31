import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { RescanChange, RescanChangeEntity } from './rescan-change.entity';
import type { ItemRef } from './remediation-items.repository';

/** All SQL on rescan_changes: the rescan diff, written once by the import, paged by seq. */
@Injectable()
export class RescanChangesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insertAll(
    manager: EntityManager,
    tenantId: string,
    scanId: string,
    changes: { change: RescanChange; item: ItemRef }[],
  ): Promise<void> {
    if (changes.length === 0) return;
    await manager.query(
      `INSERT INTO rescan_changes (scan_id, tenant_id, seq, change, item_scan_id, item_remediation_id)
       SELECT $1, $2, * FROM unnest($3::int[], $4::text[], $5::text[], $6::text[])`,
      [
        scanId,
        tenantId,
        changes.map((_, index) => index + 1),
        changes.map((c) => c.change),
        changes.map((c) => c.item.scanId),
        changes.map((c) => c.item.remediationId),
      ],
    );
  }

  page(
    tenantId: string,
    scanId: string,
    change: RescanChange | undefined,
    limit: number,
    afterSeq: number,
  ): Promise<RescanChangeEntity[]> {
    return this.dataSource.query(
      `SELECT scan_id AS "scanId", seq, tenant_id AS "tenantId", change, item_scan_id AS "itemScanId",
              item_remediation_id AS "itemRemediationId"
         FROM rescan_changes
        WHERE tenant_id = $1 AND scan_id = $2 AND seq > $3 AND ($4::text IS NULL OR change = $4)
        ORDER BY seq
        LIMIT $5`,
      [tenantId, scanId, afterSeq, change ?? null, limit],
    );
  }
}
