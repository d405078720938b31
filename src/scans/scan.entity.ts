import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity({ name: 'scans' })
@Index('idx_scans_tenant_created', ['tenantId', 'createdAt', 'id'])
@Index('idx_scans_tenant_target', ['tenantId', 'targetKey', 'createdAt'])
export class ScanEntity {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ name: 'tenant_id', type: 'text' })
  tenantId: string;

  @Column({ type: 'text', nullable: true })
  target: string | null;

  @Column({ type: 'text', nullable: true })
  label: string | null;

  @Column({ type: 'text', default: 'completed' })
  status: string;

  /** 'native' or 'cbom': how the findings arrived. */
  @Column({ type: 'text' })
  format: string;

  @Column({ name: 'finding_count', type: 'integer' })
  findingCount: number;

  @Column({ name: 'readiness_score', type: 'integer' })
  readinessScore: number;

  @Column({ name: 'readiness_band', type: 'text' })
  readinessBand: string;

  @Column({ name: 'created_by_key_id', type: 'text', nullable: true })
  createdByKeyId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** The target as rescans compare it: trimmed, lower-case, no trailing dot. */
  @Column({ name: 'target_key', type: 'text', nullable: true })
  targetKey: string | null;

  /** The newest earlier scan this import was compared against (null: none). */
  @Column({ name: 'baseline_scan_id', type: 'text', nullable: true })
  baselineScanId: string | null;

  /** 'partial' | 'complete'; null when nothing was compared. */
  @Column({ type: 'text', nullable: true })
  coverage: string | null;

  /** {new, carried, fixed, reopened, notObserved, duplicates}; null when nothing was compared. */
  @Column({ name: 'rescan_counts', type: 'jsonb', nullable: true })
  rescanCounts: Record<string, number> | null;

  /** The import's coveredLocations as location keys, for verify (read on its own). */
  @Column({ name: 'covered_locations', type: 'text', array: true, nullable: true, select: false })
  coveredLocations?: string[] | null;
}
