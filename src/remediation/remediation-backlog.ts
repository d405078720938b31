import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor } from '../common/auth/principal';
import { NormalisedFinding } from '../scans/import/normalise-findings';
import {
  BacklogSummary,
  RescanRequest,
  RescanResult,
  ScanBacklog,
  ScanBacklogSlot,
} from '../scans/scan-backlog';
import {
  ACTIVE_STATUSES,
  REMEDIATION_STATUSES,
  RemediationStatus,
} from './remediation-item.entity';
import { RemediationItemsRepository } from './remediation-items.repository';
import { RescanService } from './rescan.service';

const CLOSED_STATUSES: RemediationStatus[] = ['done', 'accepted_risk', 'false_positive'];

/** The backlog as scans sees it: created with each import, summarised on each scan. */
@Injectable()
export class RemediationBacklog implements ScanBacklog, OnModuleInit {
  constructor(
    private readonly slot: ScanBacklogSlot,
    private readonly items: RemediationItemsRepository,
    private readonly rescans: RescanService,
  ) {}

  onModuleInit(): void {
    this.slot.attach(this);
  }

  createForScan(
    manager: EntityManager,
    tenantId: string,
    scanId: string,
    findings: NormalisedFinding[],
    actor: Actor,
    rescan: RescanRequest,
  ): Promise<RescanResult> {
    return this.rescans.createForScan(manager, tenantId, scanId, findings, actor, rescan);
  }

  async summary(tenantId: string, scanId: string): Promise<BacklogSummary> {
    return summarise(await this.items.statusCounts(tenantId, scanId));
  }

  openCounts(tenantId: string, scanIds: string[]): Promise<Map<string, number>> {
    return this.items.activeCounts(tenantId, scanIds);
  }

  refreshStatistics(rowsWritten: number): Promise<void> {
    return this.items.refreshStatistics(rowsWritten);
  }
}

export function summarise(counts: Map<RemediationStatus, number>): BacklogSummary {
  const sum = (statuses: readonly RemediationStatus[]): number =>
    statuses.reduce((total, s) => total + (counts.get(s) ?? 0), 0);
  const total = sum(REMEDIATION_STATUSES);
  return {
    total,
    byStatus: Object.fromEntries(REMEDIATION_STATUSES.map((s) => [s, counts.get(s) ?? 0])),
    completionPercentage: total === 0 ? 100 : Math.floor((sum(CLOSED_STATUSES) * 100) / total),
    open: sum(ACTIVE_STATUSES),
  };
}
