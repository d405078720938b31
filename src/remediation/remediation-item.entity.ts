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

/** Statuses in which a passed target date makes an item overdue. */
export const ACTIVE_STATUSES: RemediationStatus[] = ['open', 'in_progress', 'blocked'];

/** One backlog item per finding, created with the scan; its status is tracked by remediation/. */
@Entity({ name: 'remediation_items' })
@Index('idx_remediation_items_scan_position', ['scanId', 'position'])
@Index('idx_remediation_items_scan_status', ['scanId', 'status', 'position'])
@Index('idx_remediation_items_scan_severity', ['scanId', 'severity', 'position'])
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
}
