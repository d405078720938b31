import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export const REMEDIATION_STATUSES = [
  'open',
  'in_progress',
  'blocked',
  'done',
  'accepted_risk',
  'false_positive',
] as const;
export type RemediationStatus = (typeof REMEDIATION_STATUSES)[number];

export type FingerprintQuality = 'strong' | 'weak';
export const VERIFICATION_STATES = ['pending', 'confirmed', 'failed'] as const;
export type VerificationState = (typeof VERIFICATION_STATES)[number];

/** Statuses in which a passed target date makes an item overdue. */
export const ACTIVE_STATUSES: RemediationStatus[] = ['open', 'in_progress', 'blocked'];

/** One backlog item per finding, created with the scan; its status is tracked by remediation/. */
@Entity({ name: 'remediation_items' })
@Index('idx_remediation_items_scan_position', ['scanId', 'position'])
@Index('idx_remediation_items_scan_status', ['scanId', 'status', 'position'])
@Index('idx_remediation_items_scan_severity', ['scanId', 'severity', 'position'])
// The current item of a fingerprint (rescans match on it) and the tenant's backlog of current items.
@Index('idx_remediation_items_current_fingerprint', ['tenantId', 'fingerprint'], {
  where: 'superseded_by_scan_id IS NULL',
})
@Index('idx_remediation_items_current', ['tenantId', 'scanId', 'position'], {
  where: 'superseded_by_scan_id IS NULL',
})
// The SLA sweep's candidates (sla-sweep.repository.ts), as migration 1764849600000 creates it.
@Index('idx_remediation_items_sla_unrecorded', ['severity', 'firstSeenAt'], {
  where: `superseded_by_scan_id IS NULL AND status IN ('open', 'in_progress', 'blocked') AND (sla_breach_recorded_for IS DISTINCT FROM first_seen_at OR regression)`,
})
export class RemediationItemEntity {
  @PrimaryColumn({ name: 'scan_id', type: 'text' })
  scanId: string;

  @PrimaryColumn({ name: 'remediation_id', type: 'text' })
  remediationId: string;

  @Column({ name: 'tenant_id', type: 'text' })
  tenantId: string;

  /** Finding order, 1-based: the keyset for paging the queue. */
  @Column({ type: 'integer' })
  position: number;

  @Column({ name: 'finding_id', type: 'text' })
  findingId: string;

  @Column({ name: 'asset_id', type: 'text', nullable: true })
  assetId: string | null;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  severity: string;

  @Column({ type: 'text' })
  status: RemediationStatus;

  @Column({ type: 'text', nullable: true })
  owner: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  /** As the client wrote it, normalised: 'YYYY-MM-DD' or a UTC date-time. */
  @Column({ name: 'target_date', type: 'text', nullable: true })
  targetDate: string | null;

  /** The instant after which the item is overdue (end of day UTC for a plain date). */
  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt: Date | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'updated_by_key_id', type: 'text', nullable: true })
  updatedByKeyId: string | null;

  @Column({ name: 'updated_by_label', type: 'text', nullable: true })
  updatedByLabel: string | null;

  @Column({ type: 'integer', default: 1 })
  version: number;

  /** Identity across scans: `fp1_` + 32 hex digits (location + weakness type + family). */
  @Column({ type: 'text' })
  fingerprint: string;

  /** 'strong' with a location, 'weak' without: weak items are never verified by a scan. */
  @Column({ name: 'fingerprint_quality', type: 'text' })
  fingerprintQuality: FingerprintQuality;

  /** Normalised location key (asset:…, hp:host:port, path:…), what "rescanned" compares. */
  @Column({ type: 'text', nullable: true })
  location: string | null;

  /** When this weakness was first seen at this location, carried across rescans. */
  @Column({ name: 'first_seen_at', type: 'timestamptz' })
  firstSeenAt: Date;

  @Column({ name: 'carried_from_scan_id', type: 'text', nullable: true })
  carriedFromScanId: string | null;

  @Column({ name: 'carried_from_remediation_id', type: 'text', nullable: true })
  carriedFromRemediationId: string | null;

  /** Set once, when a rescan carries this item forward; null = the item is current. */
  @Column({ name: 'superseded_by_scan_id', type: 'text', nullable: true })
  supersededByScanId: string | null;

  @Column({ name: 'superseded_by_remediation_id', type: 'text', nullable: true })
  supersededByRemediationId: string | null;

  /** An earlier item of the same scan with the same fingerprint. */
  @Column({ name: 'duplicate_of_remediation_id', type: 'text', nullable: true })
  duplicateOfRemediationId: string | null;

  @Column({ type: 'boolean', default: false })
  regression: boolean;

  @Column({ name: 'reopen_count', type: 'integer', default: 0 })
  reopenCount: number;

  /** The latest regression: where the SLA clock restarts when the policy says so. */
  @Column({ name: 'reopened_at', type: 'timestamptz', nullable: true })
  reopenedAt: Date | null;

  @Column({ name: 'verification_state', type: 'text', nullable: true })
  verificationState: VerificationState | null;

  @Column({ name: 'verification_scan_id', type: 'text', nullable: true })
  verificationScanId: string | null;

  @Column({ name: 'verification_checked_at', type: 'timestamptz', nullable: true })
  verificationCheckedAt: Date | null;

  /** The SLA clock start whose breach has been recorded (a new clock is recorded again). */
  @Column({ name: 'sla_breach_recorded_for', type: 'timestamptz', nullable: true })
  slaBreachRecordedFor: Date | null;
}
