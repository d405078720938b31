import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { idCompletionSql, IDS_PER_STEM, newId, newIdStem } from '../common/ids';
import { ALL_EVENTS, subscribes, WebhookEventType } from './event-types';
import { WebhookDeliveriesRepository } from './webhook-deliveries.repository';
import { WebhookEndpointsRepository } from './webhook-endpoints.repository';
import { EventRow, WebhookEventsRepository } from './webhook-events.repository';

/** Postgres channel that wakes the delivery loops of every instance. */
export const DELIVERY_CHANNEL = 'webhook_deliveries';

/** Adds a parameter to the statement being built and returns its placeholder (`$n`). */
export type SqlParam = (value: unknown) => string;

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

  /**
   * The same event as record() would store, as CTEs (`webhook_*`) of the caller's own
   * statement, written only when the CTE `source` has a row: the change and its event in one
   * statement, with no round trip of their own. The final SELECT of that statement must read
   * `select`, which wakes the delivery loops when a delivery was written.
   */
  eventCtes(
    param: SqlParam,
    tenantId: string,
    event: WebhookEventInput,
    source: string,
  ): { ctes: string; select: string } {
    const now = this.clock.now();
    const tenant = param(tenantId);
    const type = param(event.type);
    const at = `${param(now)}::timestamptz`;
    const eventId = param(newId('msg'));
    // Delivery ids are completed in SQL from one stem, one per endpoint that subscribes: one
    // random draw per event, not one id per endpoint the tenant might have. Past IDS_PER_STEM
    // endpoints (ten is the limit; a race at creation) a delivery is named after the event.
    const deliveryStem = param(newIdStem('dlv'));
    const ctes = `webhook_targets AS (
         SELECT id, row_number() OVER (ORDER BY id) AS n FROM webhook_endpoints
          WHERE tenant_id = ${tenant} AND enabled
            AND (${type}::text = ANY(events) OR '${ALL_EVENTS}' = ANY(events))
       ), webhook_event AS (
         INSERT INTO webhook_events (id, tenant_id, type, body, created_at)
         SELECT ${eventId}, ${tenant}, ${type}, ${param(JSON.stringify(payloadOf(tenantId, event, now)))}, ${at}
           FROM ${source} WHERE EXISTS (SELECT 1 FROM webhook_targets)
         RETURNING id
       ), webhook_delivery AS (
         INSERT INTO webhook_deliveries (id, tenant_id, endpoint_id, event_id, event_type, status,
                attempt_count, attempts, next_attempt_at, created_at, updated_at)
         SELECT CASE WHEN t.n <= ${IDS_PER_STEM} THEN ${idCompletionSql(deliveryStem, 't.n')}
                     ELSE e.id || '_' || t.n END, ${tenant}, t.id, e.id,
                ${type}, 'pending', 0, '[]'::jsonb, ${at}, ${at}, ${at}
           FROM webhook_targets t CROSS JOIN webhook_event e
         RETURNING 1
       ), webhook_wake AS (
         SELECT pg_notify('${DELIVERY_CHANNEL}', '') FROM (SELECT 1 FROM webhook_delivery LIMIT 1) d
       )`;
    return { ctes, select: '(SELECT count(*) FROM webhook_wake)' };
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
      const body = JSON.stringify(payloadOf(tenantId, event, now));
      rows.push({ id, tenantId, type: event.type, body, createdAt: now });
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

/** What a receiver gets (contract §12): no keys or secrets, only what `data` carries. */
function payloadOf(tenantId: string, event: WebhookEventInput, now: Date) {
  return { type: event.type, timestamp: now.toISOString(), tenantId, data: event.data };
}
