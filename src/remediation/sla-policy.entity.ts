import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A tenant's SLA policy; a tenant without a row has the defaults (version 0). */
@Entity({ name: 'sla_policies' })
export class SlaPolicyEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId: string;

  /** Days per severity; null = not enforced. */
  @Column({ type: 'jsonb' })
  days: Record<string, number | null>;

  @Column({ name: 'due_soon_days', type: 'integer' })
  dueSoonDays: number;

  @Column({ name: 'restart_on_reopen', type: 'boolean' })
  restartOnReopen: boolean;

  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'updated_by_key_id', type: 'text', nullable: true })
  updatedByKeyId: string | null;

  @Column({ name: 'updated_by_label', type: 'text', nullable: true })
  updatedByLabel: string | null;
}
