import { Injectable } from '@nestjs/common';
import { WebhookEventType } from '../webhooks/event-types';
import { EntityManager } from 'typeorm';
import { Actor } from '../common/auth/principal';
import { NormalisedFinding } from './import/normalise-findings';

/** The backlog item of the finding at this position (1-based): rem_001, rem_002, ... */
export function remediationIdFor(position: number): string {
  return `rem_${String(position).padStart(3, '0')}`;
}

/** What a scan shows of its backlog. */
export interface BacklogSummary {
  total: number;
  /** Items per status, every status present (0 when none). */
  byStatus: Record<string, number>;
  /** Share of closed items, 0-100. */
  completionPercentage: number;
  /** Items still to work on (open, in progress, blocked). */
  open: number;
}

/** What the import asks of a rescan (CONTRACT §10). */
export interface RescanRequest {
  /** The scan's normalised target (null: none). */
  targetKey: string | null;
  /** 'auto' (every current item of earlier scans of the target), 'none', or a scan id. */
  baseline: string;
  coverage: 'partial' | 'complete';
  /** Normalised location keys the scan looked at. */
  coveredLocations: string[];
}

export interface RescanCounts {
  new: number;
  carried: number;
  fixed: number;
  reopened: number;
  notObserved: number;
  duplicates: number;
}

/** An event for the webhooks module to record in the import's transaction. */
export interface PendingEvent {
  type: WebhookEventType;
  data: Record<string, unknown>;
}

export interface RescanResult {
  /** The newest earlier scan compared against (or the explicit id); null: nothing compared. */
  baselineScanId: string | null;
  counts: RescanCounts;
  events: PendingEvent[];
}

/** What scans needs of the remediation backlog; remediation/ implements it. */
export interface ScanBacklog {
  /**
   * One item per finding, written with the manager of the import's transaction, compared
   * against the baseline the request names (carry-forward, fixes, regressions).
   */
  createForScan(
    manager: EntityManager,
    tenantId: string,
    scanId: string,
    findings: NormalisedFinding[],
    actor: Actor,
    rescan: RescanRequest,
  ): Promise<RescanResult>;
  summary(tenantId: string, scanId: string): Promise<BacklogSummary>;
  /** Open items per scan id (scans without items are absent). */
  openCounts(tenantId: string, scanIds: string[]): Promise<Map<string, number>>;
  /** ANALYZE the backlog's table if `rowsWritten` more rows leave its statistics stale. */
  refreshStatistics(rowsWritten: number): Promise<void>;
}

/**
 * Where remediation/ attaches its backlog at start-up. Dependencies point one way
 * (remediation builds on scans), so scans cannot inject remediation's providers: an
 * injection token would need ScansModule to import RemediationModule, the cycle we removed.
 * The import still writes the scan and its backlog in one transaction, because the
 * backlog writes with the manager it is handed.
 */
@Injectable()
export class ScanBacklogSlot {
  private backlog: ScanBacklog | null = null;

  attach(backlog: ScanBacklog): void {
    this.backlog = backlog;
  }

  get(): ScanBacklog {
    if (!this.backlog)
      throw new Error('No remediation backlog attached (RemediationModule not loaded)');
    return this.backlog;
  }
}
