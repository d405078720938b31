import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { newId } from '../common/ids';
import { subscribes, WebhookEventType } from './event-types';
import { WebhookDeliveriesRepository } from './webhook-deliveries.repository';
import { WebhookEndpointsRepository } from './webhook-endpoints.repository';
import { EventRow, WebhookEventsRepository } from './webhook-events.repository';

/** Postgres channel that wakes the delivery loops of every instance. */
export const DELIVERY_CHANNEL = 'webhook_deliveries';

export interface WebhookEventInput {
  type: WebhookEventType;
  /** Ids, changes and versions: never keys, secrets or anything a receiver must not see. */
  data: Record<string, unknown>;
}

/**
 * The seam other features call: `record(manager, tenantId, events)` inside the transaction of
 * the change that causes the events, so that the events and their deliveries commit or roll
 * back with it. Costs one indexed SELECT when the tenant has no endpoint for these types.
 */
@Injectable()
export class WebhookEventsService {
  constructor(
    private readonly clock: Clock,
    private readonly endpoints: WebhookEndpointsRepository,
    private readonly events: WebhookEventsRepository,
    private readonly deliveries: WebhookDeliveriesRepository,
  ) {}

  /** Returns the ids of the events that had at least one subscriber (others are not stored). */
  async record(
    manager: EntityManager,
    tenantId: string,
    events: WebhookEventInput[],
  ): Promise<string[]> {
    if (events.length === 0) return [];
    const subscribers = await this.endpoints.subscribers(manager, tenantId);
    const targets = events.map((event) =>
      subscribers.filter((s) => subscribes(s.events, event.type)).map((s) => s.id),
    );
    return this.store(manager, tenantId, events, targets);
  }

  /** One event for the given endpoints only, whatever they subscribe to (the test ping). */
  async recordFor(
    manager: EntityManager,
    tenantId: string,
    endpointIds: string[],
    event: WebhookEventInput,
  ): Promise<string> {
    const [id] = await this.store(manager, tenantId, [event], [endpointIds]);
    return id;
  }

  /** A new delivery of a stored event: same event id (webhook-id), fresh signature. */
  async redeliver(
    manager: EntityManager,
    tenantId: string,
    endpointId: string,
    eventId: string,
    eventType: string,
  ): Promise<string> {
    const id = newId('dlv');
    const at = this.clock.now();
    await this.deliveries.insertMany(manager, [
      { id, tenantId, endpointId, eventId, eventType, at },
    ]);
    await this.deliveries.notify(manager, DELIVERY_CHANNEL);
    return id;
  }

  private async store(
    manager: EntityManager,
    tenantId: string,
    events: WebhookEventInput[],
    targets: string[][],
  ): Promise<string[]> {
    const now = this.clock.now();
    const rows: EventRow[] = [];
    const deliveries = [];
    for (const [i, event] of events.entries()) {
      if (targets[i].length === 0) continue;
      const id = newId('msg');
      const payload = {
        type: event.type,
        timestamp: now.toISOString(),
        tenantId,
        data: event.data,
      };
      rows.push({ id, tenantId, type: event.type, body: JSON.stringify(payload), createdAt: now });
      for (const endpointId of targets[i]) {
        deliveries.push({
          id: newId('dlv'),
          tenantId,
          endpointId,
          eventId: id,
          eventType: event.type,
          at: now,
        });
      }
    }
    if (rows.length === 0) return [];
    await this.events.insertMany(manager, rows);
    await this.deliveries.insertMany(manager, deliveries);
    await this.deliveries.notify(manager, DELIVERY_CHANNEL);
    return rows.map((r) => r.id);
  }
}
