import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Cached explanations, keyed per tenant by a hash of the normalised request and the explainer. */
@Entity({ name: 'ai_explanations' })
export class ExplanationEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId: string;

  @PrimaryColumn({ name: 'cache_key', type: 'text' })
  cacheKey: string;

  @Column({ type: 'text' })
  source: string;

  @Column({ type: 'text', nullable: true })
  model: string | null;

  @Column({ type: 'jsonb' })
  answer: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
