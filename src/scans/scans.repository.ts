import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ACTIVE_STATUSES } from './remediation-item.entity';
import { ScanEntity } from './scan.entity';

export interface ScanRow extends ScanEntity {
  openRemediationCount: number;
}

const SCAN_COLUMNS = `s.id, s.tenant_id AS "tenantId", s.target, s.label, s.status, s.format,
  s.finding_count AS "findingCount", s.readiness_score AS "readinessScore",
  s.readiness_band AS "readinessBand", s.created_by_key_id AS "createdByKeyId", s.created_at AS "createdAt",
  (SELECT count(*)::int FROM remediation_items r
    WHERE r.scan_id = s.id AND r.status = ANY($2::text[])) AS "openRemediationCount"`;

/** All SQL on scans. Every read filters on the tenant. */
@Injectable()
export class ScansRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, scan: Omit<ScanEntity, 'createdAt'>): Promise<void> {
    await manager.query(
      `INSERT INTO scans (id, tenant_id, target, label, status, format, finding_count, readiness_score,
                          readiness_band, created_by_key_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        scan.id,
        scan.tenantId,
        scan.target,
        scan.label,
        scan.status,
        scan.format,
        scan.findingCount,
        scan.readinessScore,
        scan.readinessBand,
        scan.createdByKeyId,
      ],
    );
  }

  async findOne(tenantId: string, scanId: string): Promise<ScanRow | null> {
    const rows: ScanRow[] = await this.dataSource.query(
      `SELECT ${SCAN_COLUMNS} FROM scans s WHERE s.tenant_id = $1 AND s.id = $3`,
      [tenantId, ACTIVE_STATUSES, scanId],
    );
    return rows[0] ?? null;
  }

  async exists(
    tenantId: string,
    scanId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM scans WHERE tenant_id = $1 AND id = $2`,
      [tenantId, scanId],
    );
    return rows.length > 0;
  }

  /** Newest first; the cursor is the (createdAt, id) of the last scan of the previous page. */
  async page(
    tenantId: string,
    limit: number,
    after: { createdAt: string; id: string } | null,
  ): Promise<ScanRow[]> {
    const params: unknown[] = [tenantId, ACTIVE_STATUSES, limit];
    let keyset = '';
    if (after) {
      params.push(after.createdAt, after.id);
      keyset = `AND (s.created_at, s.id) < ($4::timestamptz, $5)`;
    }
    return this.dataSource.query(
      `SELECT ${SCAN_COLUMNS} FROM scans s
        WHERE s.tenant_id = $1 ${keyset}
        ORDER BY s.created_at DESC, s.id DESC
        LIMIT $3`,
      params,
    );
  }

  /**
   * Fresh planner statistics after an import. The embedded database runs no autovacuum, so
   * without this it keeps estimating one row per scan and sorts whole backlogs for every
   * queue page; a server gets there by itself, but only a minute later.
   */
  async refreshStatistics(): Promise<void> {
    await this.dataSource.query('ANALYZE scans, findings, remediation_items');
  }
}
