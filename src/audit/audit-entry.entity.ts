import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only: rows are inserted and read, never updated or deleted by the service. */
@Entity({ name: 'audit_log' })
@Index('idx_audit_log_tenant', ['tenantId', 'id'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'tenant_id', type: 'text' })
  tenantId: string;

  /** 'platform-admin' or the acting key's id. */
  @Column({ name: 'actor_key_id', type: 'text', nullable: true })
  actorKeyId: string | null;

  /** 'key', 'admin' (the platform admin) or 'system' (rescan, sla): who or what acted. */
  @Column({ name: 'actor_type', type: 'text', default: 'key' })
  actorType: string;

  @Column({ name: 'actor_label', type: 'text' })
  actorLabel: string;

  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'target_type', type: 'text' })
  targetType: string;

  @Column({ name: 'target_id', type: 'text' })
  targetId: string;

  @Column({ type: 'jsonb', nullable: true })
  details: Record<string, unknown> | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;
}
