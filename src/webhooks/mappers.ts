import { toIso } from '../common/pagination';
import { DeliveryDto, WebhookDto, WebhookWithSecretDto } from './webhooks.dto';
import { WebhookDeliveryEntity, WebhookEndpointEntity } from './webhook.entities';

/** Never includes a secret: only toWebhookWithSecretDto does, for the two routes that show it. */
export function toWebhookDto(e: WebhookEndpointEntity): WebhookDto {
  return {
    webhookId: e.id,
    url: e.url,
    events: e.events,
    description: e.description,
    enabled: e.enabled,
    disabledReason: e.disabledReason,
    createdAt: new Date(e.createdAt).toISOString(),
    updatedAt: new Date(e.updatedAt).toISOString(),
  };
}

export function toWebhookWithSecretDto(
  e: WebhookEndpointEntity,
  secret: string,
): WebhookWithSecretDto {
  return { ...toWebhookDto(e), secret };
}

export function toDeliveryDto(d: WebhookDeliveryEntity): DeliveryDto {
  return {
    deliveryId: d.id,
    eventId: d.eventId,
    eventType: d.eventType,
    status: d.status,
    attempts: d.attempts,
    nextAttemptAt: d.status === 'pending' ? toIso(d.nextAttemptAt) : null,
    createdAt: new Date(d.createdAt).toISOString(),
  };
}
