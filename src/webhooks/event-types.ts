/** The events a webhook can subscribe to (contract §12). */
export const WEBHOOK_EVENT_TYPES = [
  'scan.imported',
  'remediation.changed',
  'remediation.verified',
  'remediation.reopened',
  'remediation.sla_breached',
  'webhook.ping',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** Endpoints a tenant may have (contract §12). */
export const MAX_ENDPOINTS_PER_TENANT = 10;

/** Subscribes to every type, present and future. */
export const ALL_EVENTS = '*';

export function subscribes(events: readonly string[], type: string): boolean {
  return events.includes(ALL_EVENTS) || events.includes(type);
}
