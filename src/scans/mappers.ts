import { FindingEntity } from './finding.entity';
import {
  FindingDto,
  RescanCountsDto,
  ScanDetailDto,
  ScanSummaryDto,
  StatusCountsDto,
} from './scan.dto';
import { BacklogSummary, remediationIdFor } from './scan-backlog';
import { ScanEntity } from './scan.entity';

export function toScanSummaryDto(scan: ScanEntity, openRemediationCount: number): ScanSummaryDto {
  return {
    scanId: scan.id,
    target: scan.target,
    label: scan.label,
    status: scan.status,
    format: scan.format,
    createdAt: new Date(scan.createdAt).toISOString(),
    findingCount: scan.findingCount,
    readinessScore: scan.readinessScore,
    readinessBand: scan.readinessBand,
    openRemediationCount,
  };
}

export function toFindingDto(finding: FindingEntity): FindingDto {
  return {
    findingId: finding.findingId,
    remediationId: remediationIdFor(finding.position),
    title: finding.title,
    severity: finding.severity,
    category: finding.category,
    algorithm: finding.algorithm,
    keySize: finding.keySize,
    assetId: finding.assetId,
    host: finding.host,
    port: finding.port,
    quantumVulnerable: finding.quantumVulnerable,
    details: finding.details,
    fingerprint: finding.fingerprint,
    fingerprintQuality: finding.fingerprintQuality,
  };
}

export function toScanDetailDto(
  scan: ScanEntity,
  findings: FindingEntity[],
  backlog: BacklogSummary,
): ScanDetailDto {
  return {
    ...toScanSummaryDto(scan, backlog.open),
    baselineScanId: scan.baselineScanId,
    rescan:
      scan.baselineScanId && scan.rescanCounts
        ? {
            coverage: scan.coverage ?? 'partial',
            counts: scan.rescanCounts as unknown as RescanCountsDto,
          }
        : null,
    remediation: {
      total: backlog.total,
      byStatus: backlog.byStatus as unknown as StatusCountsDto,
      completionPercentage: backlog.completionPercentage,
    },
    findings: findings.map(toFindingDto),
  };
}
