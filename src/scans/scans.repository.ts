import { normaliseHost } from './fingerprint';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ScanEntity } from './scan.entity';
import { refreshStatisticsIfStale } from '../database/planner-statistics';

const SCAN_COLUMNS = `id, tenant_id AS "tenantId", target, label, status, format,
  finding_count AS "findingCount", readiness_score AS "readinessScore",
  readiness_band AS "readinessBand", created_by_key_id AS "createdByKeyId", created_at AS "createdAt",
  target_key AS "targetKey", baseline_scan_id AS "baselineScanId", coverage, rescan_counts AS "rescanCounts"`;

export interface ScanKeyset {
  createdAt: string;
  id: string;
}

/** All SQL on scans. Every read filters on the tenant. */
@Injectable()
export class ScansRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(
    manager: EntityManager,
    scan: Omit<
      ScanEntity,
      'createdAt' | 'targetKey' | 'baselineScanId' | 'coverage' | 'rescanCounts'
    >,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO scans (id, tenant_id, target, label, status, format, finding_count, readiness_score,
                          readiness_band, created_by_key_id, target_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
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
        normaliseHost(scan.target),
      ],
    );
  }

  /** What the import's comparison with its baseline found (coverage is kept for verify). */
  async recordRescan(
    manager: EntityManager,
    scanId: string,
    rescan: {
      baselineScanId: string | null;
      coverage: string;
      counts: Record<string, number> | null;
      coveredLocations: string[];
    },
  ): Promise<void> {
    await manager.query(
      `UPDATE scans SET baseline_scan_id = $2, coverage = $3, rescan_counts = $4, covered_locations = $5
        WHERE id = $1`,
      [
        scanId,
        rescan.baselineScanId,
        rescan.coverage,
        rescan.counts ? JSON.stringify(rescan.counts) : null,
        rescan.coveredLocations.length > 0 ? rescan.coveredLocations : null,
      ],
    );
  }

  /** Whether the import of this scan listed the location in its coveredLocations. */
  async covers(
    manager: EntityManager,
    tenantId: string,
    scanId: string,
    location: string,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM scans WHERE tenant_id = $1 AND id = $2 AND $3 = ANY (covered_locations)`,
      [tenantId, scanId, location],
    );
    return rows.length > 0;
  }

  /** Inside a transaction, pass its manager: a second connection would wait on the first. */
  async findOneWith(
    manager: EntityManager,
    tenantId: string,
    scanId: string,
  ): Promise<ScanEntity | null> {
    const rows: ScanEntity[] = await manager.query(
      `SELECT ${SCAN_COLUMNS} FROM scans WHERE tenant_id = $1 AND id = $2`,
      [tenantId, scanId],
    );
    return rows[0] ?? null;
  }

  async findOne(tenantId: string, scanId: string): Promise<ScanEntity | null> {
    const rows: ScanEntity[] = await this.dataSource.query(
      `SELECT ${SCAN_COLUMNS} FROM scans WHERE tenant_id = $1 AND id = $2`,
      [tenantId, scanId],
    );
    return rows[0] ?? null;
  }

  /** Inside a transaction, pass its manager: a second connection would wait on the first. */
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
  page(tenantId: string, limit: number, after: ScanKeyset | null): Promise<ScanEntity[]> {
    return this.dataSource.query(
      `SELECT ${SCAN_COLUMNS} FROM scans
        WHERE tenant_id = $1
          AND ($3::timestamptz IS NULL OR (created_at, id) < ($3::timestamptz, $4::text))
        ORDER BY created_at DESC, id DESC
        LIMIT $2`,
      [tenantId, limit, after?.createdAt ?? null, after?.id ?? null],
    );
  }

  async refreshStatistics(rowsWritten: number): Promise<void> {
    await refreshStatisticsIfStale(this.dataSource, 'scans', rowsWritten);
  }
}
