import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TenantEntity } from '../tenants/tenant.entity';

/** A tenant's receiver. Secrets are stored only encrypted (see secret-box.ts). */
@Entity({ name: 'webhook_endpoints' })
@Index('idx_webhook_endpoints_tenant', ['tenantId', 'createdAt'])
export class WebhookEndpointEntity {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ name: 'tenant_id', type: 'text' })
  tenantId: string;

  /** Deleting the tenant deletes this row too. */
  @ManyToOne(() => TenantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id', foreignKeyConstraintName: 'FK_webhook_endpoints_tenant' })
  tenant?: TenantEntity;

  @Column({ type: 'text' })
  url: string;

  /** Event types, or ['*'] for all. */
  @Column({ type: 'text', array: true })
  events: string[];

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  @Column({ name: 'secret_enc', type: 'text' })
  secretEnc: string;

  /** The secret before the last rotation; it keeps signing until previousSecretExpiresAt. */
  @Column({ name: 'previous_secret_enc', type: 'text', nullable: true })
  previousSecretEnc: string | null;

  @Column({ name: 'previous_secret_expires_at', type: 'timestamptz', nullable: true })
  previousSecretExpiresAt: Date | null;

  /** Abandoned deliveries in a row; reset by any success. */
  @Column({ name: 'consecutive_failures', type: 'integer', default: 0 })
  consecutiveFailures: number;

  @Column({ name: 'disabled_reason', type: 'text', nullable: true })
  disabledReason: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** One event; `body` is the exact JSON sent and signed, the same on every attempt. */
@Entity({ name: 'webhook_events' })
export class WebhookEventEntity {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ name: 'tenant_id', type: 'text' })
  tenantId: string;

  /** Deleting the tenant deletes this row too. */
  @ManyToOne(() => TenantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id', foreignKeyConstraintName: 'FK_webhook_events_tenant' })
  tenant?: TenantEntity;

  @Column({ type: 'text' })
  type: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed', 'abandoned'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export interface DeliveryAttempt {
  at: string;
  responseStatus: number | null;
  durationMs: number;
  error: string | null;
}

/** The outbox row: one event for one endpoint, its schedule, claim and attempt log. */
@Entity({ name: 'webhook_deliveries' })
@Index('idx_webhook_deliveries_endpoint', ['endpointId', 'id'])
export class WebhookDeliveryEntity {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ name: 'tenant_id', type: 'text' })
  tenantId: string;

  @Column({ name: 'endpoint_id', type: 'text' })
  endpointId: string;

  /** Deleting the endpoint deletes this row too. */
  @ManyToOne(() => WebhookEndpointEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'endpoint_id', foreignKeyConstraintName: 'FK_webhook_deliveries_endpoint' })
  endpoint?: WebhookEndpointEntity;

  @Column({ name: 'event_id', type: 'text' })
  eventId: string;

  /** Deleting the event deletes this row too. */
  @ManyToOne(() => WebhookEventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'FK_webhook_deliveries_event' })
  event?: WebhookEventEntity;

  @Column({ name: 'event_type', type: 'text' })
  eventType: string;

  @Column({ type: 'text' })
  status: DeliveryStatus;

  @Column({ name: 'attempt_count', type: 'integer', default: 0 })
  attemptCount: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  attempts: DeliveryAttempt[];

  @Index('idx_webhook_deliveries_due', { where: `status = 'pending'` })
  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;

  /** Which instance's attempt this is; a result is written only under the same token. */
  @Column({ name: 'claim_token', type: 'text', nullable: true })
  claimToken: string | null;

  @Column({ name: 'claimed_until', type: 'timestamptz', nullable: true })
  claimedUntil: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

export const WEBHOOK_ENTITIES = [WebhookEndpointEntity, WebhookEventEntity, WebhookDeliveryEntity];
