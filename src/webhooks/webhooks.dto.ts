import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
} from 'class-validator';
import { CursorParam, LimitParam } from '../common/page-query';
import { ALL_EVENTS, WEBHOOK_EVENT_TYPES } from './event-types';
import { DELIVERY_STATUSES, DeliveryStatus } from './webhook.entities';

const EVENT_CHOICES = [...WEBHOOK_EVENT_TYPES, ALL_EVENTS];
const EVENT_MESSAGE = `each value in events must be one of: ${EVENT_CHOICES.join(', ')}`;

const UrlProperty = () =>
  ApiProperty({
    example: 'https://hooks.example.com/pqc',
    description:
      'https only; the host must resolve to public addresses only (checked now and before every attempt).',
  });

const EventsProperty = () =>
  ApiProperty({
    type: [String],
    enum: EVENT_CHOICES,
    example: ['remediation.changed', 'remediation.verified'],
    description: 'Event types to receive, or ["*"] for all.',
  });

export class CreateWebhookDto {
  @UrlProperty()
  @IsString()
  @MaxLength(2048)
  url: string;

  @EventsProperty()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(EVENT_CHOICES.length)
  @IsIn(EVENT_CHOICES, { each: true, message: EVENT_MESSAGE })
  events: string[];

  @ApiPropertyOptional({ example: 'Jira bridge', nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string | null;
}

export class UpdateWebhookDto {
  @ApiPropertyOptional({
    example: 'https://hooks.example.com/pqc',
    description: 'https only; checked like at creation.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2048)
  url?: string;

  @ApiPropertyOptional({ type: [String], enum: EVENT_CHOICES, example: ['*'] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(EVENT_CHOICES.length)
  @IsIn(EVENT_CHOICES, { each: true, message: EVENT_MESSAGE })
  events?: string[];

  @ApiPropertyOptional({ example: true, description: 'Re-enabling also clears disabledReason.' })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

export class WebhookDto {
  @ApiProperty({ example: 'wh_01JD3S7W1XQ2Y8M4N5P6R7T8V9' })
  webhookId: string;

  @ApiProperty({ example: 'https://hooks.example.com/pqc' })
  url: string;

  @ApiProperty({ type: [String], example: ['remediation.changed'] })
  events: string[];

  @ApiProperty({ nullable: true, type: String, example: 'Jira bridge' })
  description: string | null;

  @ApiProperty({ example: true })
  enabled: boolean;

  @ApiProperty({
    nullable: true,
    type: String,
    example: null,
    description: 'Why delivery disabled the endpoint (410 Gone, repeated abandoned deliveries).',
  })
  disabledReason: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class WebhookWithSecretDto extends WebhookDto {
  @ApiProperty({
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    description: 'Signing secret (Standard Webhooks). Shown only in this response: store it now.',
  })
  secret: string;
}

export class WebhookResponseDto {
  @ApiProperty({ type: WebhookDto })
  webhook: WebhookDto;
}

export class WebhookWithSecretResponseDto {
  @ApiProperty({ type: WebhookWithSecretDto })
  webhook: WebhookWithSecretDto;
}

export class WebhookListDto {
  @ApiProperty({ example: 1 })
  count: number;

  @ApiProperty({ type: [WebhookDto] })
  webhooks: WebhookDto[];
}

export class EventAcceptedDto {
  @ApiProperty({ example: 'msg_01JD3S7W1XQ2Y8M4N5P6R7T8V9', description: 'Sent as webhook-id.' })
  eventId: string;
}

export class RedeliveryDto {
  @ApiProperty({ example: 'dlv_01JD3S7W1XQ2Y8M4N5P6R7T8V9' })
  deliveryId: string;

  @ApiProperty({ example: 'msg_01JD3S7W1XQ2Y8M4N5P6R7T8V9' })
  eventId: string;
}

export class DeliveryAttemptDto {
  @ApiProperty({ format: 'date-time' })
  at: string;

  @ApiProperty({ nullable: true, type: Number, example: 500, description: 'null: no answer.' })
  responseStatus: number | null;

  @ApiProperty({ example: 132 })
  durationMs: number;

  @ApiProperty({
    nullable: true,
    type: String,
    example: 'connect ECONNREFUSED 203.0.113.7:443',
    description: 'An excerpt of the answer or of the failure; null on success.',
  })
  error: string | null;
}

export class DeliveryDto {
  @ApiProperty({ example: 'dlv_01JD3S7W1XQ2Y8M4N5P6R7T8V9' })
  deliveryId: string;

  @ApiProperty({ example: 'msg_01JD3S7W1XQ2Y8M4N5P6R7T8V9' })
  eventId: string;

  @ApiProperty({ example: 'remediation.changed' })
  eventType: string;

  @ApiProperty({
    enum: DELIVERY_STATUSES,
    description:
      'pending: will be attempted; delivered: a 2xx answer; failed: stopped by a 410 Gone; ' +
      'abandoned: every retry failed.',
  })
  status: DeliveryStatus;

  @ApiProperty({ type: [DeliveryAttemptDto] })
  attempts: DeliveryAttemptDto[];

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  nextAttemptAt: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class DeliveryPageDto {
  @ApiProperty({ example: 1 })
  count: number;

  @ApiProperty({ type: [DeliveryDto] })
  deliveries: DeliveryDto[];

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Pass as cursor for the next page; null at the end.',
  })
  nextCursor: string | null;
}

export class DeliveriesQueryDto {
  @ApiPropertyOptional({ enum: DELIVERY_STATUSES })
  @IsOptional()
  @IsIn(DELIVERY_STATUSES, { message: `status must be one of: ${DELIVERY_STATUSES.join(', ')}` })
  status?: DeliveryStatus;

  @LimitParam(100, 20)
  limit?: number;

  @CursorParam()
  cursor?: string;
}
