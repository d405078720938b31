import { FindingEntity } from './finding.entity';
import { remediationIdFor } from './remediation-items.repository';
import { REMEDIATION_STATUSES, RemediationStatus } from './remediation-item.entity';
import {
  FindingDto,
  RemediationSummaryDto,
  ScanDetailDto,
  ScanSummaryDto,
  StatusCountsDto,
} from './scan.dto';
import { ScanDetail } from './scans.service';
import { ScanRow } from './scans.repository';

const CLOSED_STATUSES: RemediationStatus[] = ['done', 'accepted_risk', 'false_positive'];

export function toScanSummaryDto(scan: ScanRow): ScanSummaryDto {
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
    openRemediationCount: scan.openRemediationCount,
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
  };
}

export function toRemediationSummaryDto(
  counts: Map<RemediationStatus, number>,
): RemediationSummaryDto {
  const byStatus = Object.fromEntries(
    REMEDIATION_STATUSES.map((s) => [s, counts.get(s) ?? 0]),
  ) as unknown as StatusCountsDto;
  const total = REMEDIATION_STATUSES.reduce((sum, s) => sum + (counts.get(s) ?? 0), 0);
  const closed = CLOSED_STATUSES.reduce((sum, s) => sum + (counts.get(s) ?? 0), 0);
  return {
    total,
    byStatus,
    completionPercentage: total === 0 ? 100 : Math.floor((closed * 100) / total),
  };
}

export function toScanDetailDto(detail: ScanDetail): ScanDetailDto {
  return {
    ...toScanSummaryDto(detail.scan),
    remediation: toRemediationSummaryDto(detail.statusCounts),
    findings: detail.findings.map(toFindingDto),
  };
}
