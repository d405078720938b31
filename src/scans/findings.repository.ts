import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { FindingEntity } from './finding.entity';
import { NormalisedFinding } from './import/normalise-findings';
import { refreshStatisticsIfStale } from '../database/planner-statistics';

const columns = (f: string): string =>
  `${f}.scan_id AS "scanId", ${f}.finding_id AS "findingId", ${f}.tenant_id AS "tenantId", ${f}.position,
   ${f}.title, ${f}.severity, ${f}.category, ${f}.algorithm, ${f}.key_size AS "keySize",
   ${f}.asset_id AS "assetId", ${f}.host, ${f}.port, ${f}.quantum_vulnerable AS "quantumVulnerable", ${f}.details,
   ${f}.fingerprint, ${f}.fingerprint_quality AS "fingerprintQuality"`;

/** All SQL on findings. */
@Injectable()
export class FindingsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One statement for the whole scan: rows travel as parallel arrays through unnest(). */
  async insertAll(
    manager: EntityManager,
    tenantId: string,
    scanId: string,
    findings: NormalisedFinding[],
  ): Promise<void> {
    if (findings.length === 0) return;
    await manager.query(
      `INSERT INTO findings (scan_id, tenant_id, finding_id, position, title, severity, category, algorithm,
                             key_size, asset_id, host, port, quantum_vulnerable, details, fingerprint, fingerprint_quality)
       SELECT $1, $2, * FROM unnest($3::text[], $4::int[], $5::text[], $6::text[], $7::text[], $8::text[],
                                    $9::int[], $10::text[], $11::text[], $12::int[], $13::boolean[], $14::jsonb[],
                                    $15::text[], $16::text[])`,
      [
        scanId,
        tenantId,
        findings.map((f) => f.findingId),
        findings.map((f) => f.position),
        findings.map((f) => f.title),
        findings.map((f) => f.severity),
        findings.map((f) => f.category),
        findings.map((f) => f.algorithm),
        findings.map((f) => f.keySize),
        findings.map((f) => f.assetId),
        findings.map((f) => f.host),
        findings.map((f) => f.port),
        findings.map((f) => f.quantumVulnerable),
        findings.map((f) => (f.details ? JSON.stringify(f.details) : null)),
        findings.map((f) => f.fingerprint),
        findings.map((f) => f.fingerprintQuality),
      ],
    );
  }

  listForScan(tenantId: string, scanId: string): Promise<FindingEntity[]> {
    return this.dataSource.query(
      `SELECT ${columns('f')} FROM findings f WHERE f.tenant_id = $1 AND f.scan_id = $2 ORDER BY f.position`,
      [tenantId, scanId],
    );
  }

  /**
   * A finding by id within the tenant; with no scan given, the most recent scan's. Scan ids
   * are ULIDs (creation time first), so the newest scan has the greatest id: no join on scans.
   */
  async findForTenant(
    tenantId: string,
    findingId: string,
    scanId?: string,
  ): Promise<FindingEntity | null> {
    const rows: FindingEntity[] = await this.dataSource.query(
      `SELECT ${columns('f')}
         FROM findings f
        WHERE f.tenant_id = $1 AND f.finding_id = $2 AND ($3::text IS NULL OR f.scan_id = $3)
        ORDER BY f.scan_id DESC
        LIMIT 1`,
      [tenantId, findingId, scanId ?? null],
    );
    return rows[0] ?? null;
  }

  async refreshStatistics(rowsWritten: number): Promise<void> {
    await refreshStatisticsIfStale(this.dataSource, 'findings', rowsWritten);
  }
}
