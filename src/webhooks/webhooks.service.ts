import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { actorOf, Principal } from '../common/auth/principal';
import { Conflict, InvalidRequest, NotFound } from '../common/errors/domain-errors';
import { newId } from '../common/ids';
import { AuditRepository } from '../audit/audit.repository';
import { DeliveryWorker } from './delivery-worker';
import { ALL_EVENTS, MAX_ENDPOINTS_PER_TENANT } from './event-types';
import { SecretBox } from './secret-box';
import { generateSigningSecret } from './signature';
import { TargetGuard, TargetRefused } from './target-guard';
import { WebhookDeliveriesRepository } from './webhook-deliveries.repository';
import { EndpointPatch, WebhookEndpointsRepository } from './webhook-endpoints.repository';
import { WebhookEventsService } from './webhook-events.service';
import { DeliveryStatus, WebhookDeliveryEntity, WebhookEndpointEntity } from './webhook.entities';

/** How long the secret before a rotation keeps signing, so receivers can switch over. */
export const ROTATION_OVERLAP_MS = 24 * 3_600_000;

export interface CreateEndpointCommand {
  url: string;
  events: string[];
  description?: string | null;
}

/** Endpoint management (admin). Every method is scoped to the caller's tenant and audited. */
@Injectable()
export class WebhooksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly endpoints: WebhookEndpointsRepository,
    private readonly deliveries: WebhookDeliveriesRepository,
    private readonly events: WebhookEventsService,
    private readonly audit: AuditRepository,
    private readonly secrets: SecretBox,
    private readonly guard: TargetGuard,
    private readonly worker: DeliveryWorker,
  ) {}

  async create(
    caller: Principal,
    command: CreateEndpointCommand,
  ): Promise<{ endpoint: WebhookEndpointEntity; secret: string }> {
    this.secrets.requireKey();
    const url = await this.checkedUrl(command.url);
    const events = normaliseEvents(command.events);
    return this.dataSource.transaction(async (manager) => {
      await this.endpoints.lockTenant(manager, caller.tenantId);
      if ((await this.endpoints.count(manager, caller.tenantId)) >= MAX_ENDPOINTS_PER_TENANT) {
        throw new Conflict(`A tenant has at most ${MAX_ENDPOINTS_PER_TENANT} webhook endpoints.`);
      }
      const id = newId('wh');
      const secret = generateSigningSecret();
      const now = this.clock.now();
      const endpoint: WebhookEndpointEntity = {
        id,
        tenantId: caller.tenantId,
        url,
        events,
        description: command.description ?? null,
        enabled: true,
        secretEnc: this.secrets.encrypt(secret, id),
        previousSecretEnc: null,
        previousSecretExpiresAt: null,
        consecutiveFailures: 0,
        disabledReason: null,
        createdAt: now,
        updatedAt: now,
      };
      await this.endpoints.insert(manager, endpoint);
      await this.audited(manager, caller, 'webhook.created', id, { host: hostOf(url), events });
      return { endpoint, secret };
    });
  }

  list(tenantId: string): Promise<WebhookEndpointEntity[]> {
    return this.endpoints.list(tenantId);
  }

  async get(tenantId: string, id: string): Promise<WebhookEndpointEntity> {
    const endpoint = await this.endpoints.find(tenantId, id);
    if (!endpoint) throw new NotFound('Webhook');
    return endpoint;
  }

  async update(
    caller: Principal,
    id: string,
    patch: EndpointPatch,
  ): Promise<WebhookEndpointEntity> {
    const checked: EndpointPatch = { ...patch };
    if (patch.url !== undefined) checked.url = await this.checkedUrl(patch.url);
    if (patch.events !== undefined) checked.events = normaliseEvents(patch.events);
    return this.dataSource.transaction(async (manager) => {
      await this.locked(manager, caller.tenantId, id);
      const updated = await this.endpoints.update(
        manager,
        caller.tenantId,
        id,
        checked,
        this.clock.now(),
      );
      await this.audited(manager, caller, 'webhook.updated', id, {
        fields: Object.keys(patch),
        ...(checked.url ? { host: hostOf(checked.url) } : {}),
        ...(checked.events ? { events: checked.events } : {}),
        ...(checked.enabled !== undefined ? { enabled: checked.enabled } : {}),
      });
      return updated;
    });
  }

  async remove(caller: Principal, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.endpoints.delete(manager, caller.tenantId, id))) {
        throw new NotFound('Webhook');
      }
      await this.audited(manager, caller, 'webhook.deleted', id);
    });
  }

  /** A new secret; the previous one keeps signing (second signature) for 24 hours. */
  async rotate(
    caller: Principal,
    id: string,
  ): Promise<{ endpoint: WebhookEndpointEntity; secret: string }> {
    this.secrets.requireKey();
    return this.dataSource.transaction(async (manager) => {
      const current = await this.locked(manager, caller.tenantId, id);
      const secret = generateSigningSecret();
      const now = this.clock.now();
      const endpoint = await this.endpoints.rotate(
        manager,
        caller.tenantId,
        id,
        this.secrets.encrypt(secret, id),
        current.secretEnc,
        new Date(now.getTime() + ROTATION_OVERLAP_MS),
        now,
      );
      await this.audited(manager, caller, 'webhook.secret_rotated', id);
      return { endpoint, secret };
    });
  }

  /** A webhook.ping for this endpoint only, whatever it subscribes to. */
  async ping(caller: Principal, id: string): Promise<string> {
    const eventId = await this.dataSource.transaction(async (manager) => {
      await this.locked(manager, caller.tenantId, id);
      return this.events.recordFor(manager, caller.tenantId, [id], {
        type: 'webhook.ping',
        data: { webhookId: id },
      });
    });
    this.worker.wake();
    return eventId;
  }

  async deliveryPage(
    tenantId: string,
    id: string,
    status: DeliveryStatus | null,
    limit: number,
    beforeId: string | null,
  ): Promise<WebhookDeliveryEntity[]> {
    await this.get(tenantId, id);
    return this.deliveries.page(tenantId, id, status, limit, beforeId);
  }

  async redeliver(
    caller: Principal,
    id: string,
    deliveryId: string,
  ): Promise<{ deliveryId: string; eventId: string }> {
    const delivery = await this.deliveries.find(caller.tenantId, id, deliveryId);
    if (!delivery) throw new NotFound('Delivery');
    const newDeliveryId = await this.dataSource.transaction(async (manager) => {
      await this.locked(manager, caller.tenantId, id);
      const created = await this.events.redeliver(
        manager,
        caller.tenantId,
        id,
        delivery.eventId,
        delivery.eventType,
      );
      await this.audited(manager, caller, 'webhook.redelivered', id, {
        eventId: delivery.eventId,
        deliveryId: created,
      });
      return created;
    });
    this.worker.wake();
    return { deliveryId: newDeliveryId, eventId: delivery.eventId };
  }

  private async locked(
    manager: EntityManager,
    tenantId: string,
    id: string,
  ): Promise<WebhookEndpointEntity> {
    const endpoint = await this.endpoints.lock(manager, tenantId, id);
    if (!endpoint) throw new NotFound('Webhook');
    return endpoint;
  }

  private async checkedUrl(raw: string): Promise<string> {
    try {
      return (await this.guard.check(raw)).url.href;
    } catch (error) {
      if (error instanceof TargetRefused) throw InvalidRequest.field('url', error.message);
      throw error;
    }
  }

  private audited(
    manager: EntityManager,
    caller: Principal,
    action: string,
    id: string,
    details?: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.append(manager, {
      tenantId: caller.tenantId,
      actor: actorOf(caller),
      action,
      targetType: 'webhook',
      targetId: id,
      details,
    });
  }
}

/** `*` with anything else is just `*`; duplicates are dropped. */
function normaliseEvents(events: string[]): string[] {
  return events.includes(ALL_EVENTS) ? [ALL_EVENTS] : [...new Set(events)];
}

/** Audit details name the host only: a URL's path or query can itself be a credential. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}
