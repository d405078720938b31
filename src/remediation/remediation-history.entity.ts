import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export interface FieldChange {
  from: unknown;
  to: unknown;
}

/** Append-only history of a remediation item: one row per accepted change. */
@Entity({ name: 'remediation_history' })
@Index('idx_remediation_history_item', ['scanId', 'remediationId', 'id'])
export class RemediationHistoryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'tenant_id', type: 'text' })
  tenantId: string;

  @Column({ name: 'scan_id', type: 'text' })
  scanId: string;

  @Column({ name: 'remediation_id', type: 'text' })
  remediationId: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'actor_key_id', type: 'text', nullable: true })
  actorKeyId: string | null;

  /** 'key', 'admin' (the platform admin) or 'system' (rescan, sla): who or what acted. */
  @Column({ name: 'actor_type', type: 'text', default: 'key' })
  actorType: string;

  @Column({ name: 'actor_label', type: 'text' })
  actorLabel: string;

  @Column({ type: 'jsonb' })
  changes: Record<string, FieldChange>;

  @Column({ type: 'timestamptz' })
  at: Date;

  /** The bulk change this entry belongs to (POST /tenant/remediation/bulk); null otherwise. */
  @Column({ name: 'bulk_id', type: 'text', nullable: true })
  bulkId: string | null;
}
