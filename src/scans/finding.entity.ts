import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity({ name: 'findings' })
@Index('idx_findings_scan_position', ['scanId', 'position'])
@Index('idx_findings_tenant_finding', ['tenantId', 'findingId'])
export class FindingEntity {
  @PrimaryColumn({ name: 'scan_id', type: 'text' })
  scanId: string;

  @PrimaryColumn({ name: 'finding_id', type: 'text' })
  findingId: string;

  @Column({ name: 'tenant_id', type: 'text' })
  tenantId: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  severity: string;

  @Column({ type: 'text' })
  category: string;

  @Column({ type: 'text', nullable: true })
  algorithm: string | null;

  @Column({ name: 'key_size', type: 'integer', nullable: true })
  keySize: number | null;

  @Column({ name: 'asset_id', type: 'text', nullable: true })
  assetId: string | null;

  @Column({ type: 'text', nullable: true })
  host: string | null;

  @Column({ type: 'integer', nullable: true })
  port: number | null;

  @Column({ name: 'quantum_vulnerable', type: 'boolean' })
  quantumVulnerable: boolean;

  @Column({ type: 'jsonb', nullable: true })
  details: Record<string, unknown> | null;

  @Column({ type: 'text' })
  fingerprint: string;

  @Column({ name: 'fingerprint_quality', type: 'text' })
  fingerprintQuality: string;

  /** The earlier finding of this scan with the same fingerprint. */
  @Column({ name: 'duplicate_of', type: 'text', nullable: true })
  duplicateOf: string | null;
}
