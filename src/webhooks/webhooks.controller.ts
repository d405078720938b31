import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentKey, Roles } from '../common/auth/decorators';
import { Principal } from '../common/auth/principal';
import {
  ApiJsonBodyErrors,
  ApiStrayBodyErrors,
  ErrorEnvelope,
} from '../common/errors/error-envelope';
import { deliveryIdParam, ULID_ID, webhookIdParam } from '../common/id-params';
import { decodeCursor, toPage } from '../common/pagination';
import { toDeliveryDto, toWebhookDto, toWebhookWithSecretDto } from './mappers';
import {
  CreateWebhookDto,
  DeliveriesQueryDto,
  DeliveryPageDto,
  EventAcceptedDto,
  RedeliveryDto,
  UpdateWebhookDto,
  WebhookListDto,
  WebhookResponseDto,
  WebhookWithSecretResponseDto,
} from './webhooks.dto';
import { WebhooksService } from './webhooks.service';

const isDeliveryCursor = (value: unknown): value is { before: string } =>
  typeof (value as { before?: unknown })?.before === 'string' &&
  ULID_ID('dlv').test((value as { before: string }).before);

const NotFoundWebhook = () =>
  ApiNotFoundResponse({ description: 'No such webhook in this tenant.', type: ErrorEnvelope });
const NoEncryptionKey = () =>
  ApiServiceUnavailableResponse({
    description:
      'Database unreachable, or DATA_ENCRYPTION_KEY is not set on a server database (the message names it).',
    type: ErrorEnvelope,
  });

@ApiTags('webhooks')
@Roles('admin')
@Controller('tenant/webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Post()
  @ApiOperation({
    operationId: 'createWebhook',
    summary: 'Register a webhook endpoint. The signing secret is returned once.',
    description:
      'Deliveries follow Standard Webhooks 1.0: headers webhook-id, webhook-timestamp and ' +
      'webhook-signature (v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">) so that any ' +
      'Standard Webhooks library verifies them with the secret. The URL must be https and ' +
      'resolve to public addresses only. At most 10 endpoints a tenant.',
  })
  @ApiCreatedResponse({ type: WebhookWithSecretResponseDto })
  @ApiConflictResponse({ description: 'The tenant has 10 endpoints.', type: ErrorEnvelope })
  @NoEncryptionKey()
  @ApiJsonBodyErrors()
  async create(
    @CurrentKey() key: Principal,
    @Body() body: CreateWebhookDto,
  ): Promise<WebhookWithSecretResponseDto> {
    const { endpoint, secret } = await this.webhooks.create(key, body);
    return { webhook: toWebhookWithSecretDto(endpoint, secret) };
  }

  @Get()
  @ApiOperation({
    operationId: 'listWebhooks',
    summary: "List the tenant's webhook endpoints.",
    description: 'Oldest first. Secrets are never shown again.',
  })
  @ApiOkResponse({ type: WebhookListDto })
  async list(@CurrentKey() key: Principal): Promise<WebhookListDto> {
    const endpoints = await this.webhooks.list(key.tenantId);
    return { count: endpoints.length, webhooks: endpoints.map(toWebhookDto) };
  }

  @Get(':webhook_id')
  @ApiOperation({
    operationId: 'getWebhook',
    summary: 'Get one webhook endpoint.',
    description: 'Without its secret.',
  })
  @ApiOkResponse({ type: WebhookResponseDto })
  @NotFoundWebhook()
  async get(
    @CurrentKey() key: Principal,
    @Param('webhook_id', webhookIdParam) id: string,
  ): Promise<WebhookResponseDto> {
    return { webhook: toWebhookDto(await this.webhooks.get(key.tenantId, id)) };
  }

  @Patch(':webhook_id')
  @ApiOperation({
    operationId: 'updateWebhook',
    summary: "Change an endpoint's url, events or enabled flag.",
    description:
      'Fields left out keep their values. A new url is checked like at creation. Enabling an ' +
      'endpoint that delivery disabled resumes its pending deliveries.',
  })
  @ApiOkResponse({ type: WebhookResponseDto })
  @NotFoundWebhook()
  @ApiJsonBodyErrors()
  async update(
    @CurrentKey() key: Principal,
    @Param('webhook_id', webhookIdParam) id: string,
    @Body() body: UpdateWebhookDto,
  ): Promise<WebhookResponseDto> {
    return { webhook: toWebhookDto(await this.webhooks.update(key, id, body)) };
  }

  @Delete(':webhook_id')
  @ApiStrayBodyErrors()
  @HttpCode(204)
  @ApiOperation({
    operationId: 'deleteWebhook',
    summary: 'Delete an endpoint.',
    description: 'Its pending deliveries are dropped with it.',
  })
  @ApiNoContentResponse({ description: 'Deleted.' })
  @NotFoundWebhook()
  async remove(
    @CurrentKey() key: Principal,
    @Param('webhook_id', webhookIdParam) id: string,
  ): Promise<void> {
    await this.webhooks.remove(key, id);
  }

  @Post(':webhook_id/rotate-secret')
  @ApiStrayBodyErrors()
  @HttpCode(200)
  @ApiOperation({
    operationId: 'rotateWebhookSecret',
    summary: 'Issue a new signing secret. The new secret is returned once.',
    description:
      'For 24 hours every delivery carries two signatures (new and previous secret, ' +
      'space-separated), so receivers can switch without losing a delivery.',
  })
  @ApiOkResponse({ type: WebhookWithSecretResponseDto })
  @NotFoundWebhook()
  @NoEncryptionKey()
  async rotate(
    @CurrentKey() key: Principal,
    @Param('webhook_id', webhookIdParam) id: string,
  ): Promise<WebhookWithSecretResponseDto> {
    const { endpoint, secret } = await this.webhooks.rotate(key, id);
    return { webhook: toWebhookWithSecretDto(endpoint, secret) };
  }

  @Post(':webhook_id/test')
  @ApiStrayBodyErrors()
  @HttpCode(202)
  @ApiOperation({
    operationId: 'testWebhook',
    summary: 'Send a webhook.ping event to this endpoint.',
    description: 'Whatever the endpoint subscribes to. Follow it in the delivery log.',
  })
  @ApiAcceptedResponse({ type: EventAcceptedDto })
  @NotFoundWebhook()
  async test(
    @CurrentKey() key: Principal,
    @Param('webhook_id', webhookIdParam) id: string,
  ): Promise<EventAcceptedDto> {
    return { eventId: await this.webhooks.ping(key, id) };
  }

  @Get(':webhook_id/deliveries')
  @ApiOperation({
    operationId: 'listWebhookDeliveries',
    summary: "An endpoint's delivery log, newest first.",
    description:
      'Each delivery with every attempt: time, response status, duration, error excerpt.',
  })
  @ApiOkResponse({ type: DeliveryPageDto })
  @NotFoundWebhook()
  @ApiUnprocessableEntityResponse({
    description: 'Bad status, limit or cursor.',
    type: ErrorEnvelope,
  })
  async deliveries(
    @CurrentKey() key: Principal,
    @Param('webhook_id', webhookIdParam) id: string,
    @Query() query: DeliveriesQueryDto,
  ): Promise<DeliveryPageDto> {
    const limit = query.limit ?? 20;
    const before = query.cursor ? decodeCursor(query.cursor, isDeliveryCursor).before : null;
    const rows = await this.webhooks.deliveryPage(
      key.tenantId,
      id,
      query.status ?? null,
      limit + 1,
      before,
    );
    const page = toPage(rows, limit, (last) => ({ before: last.id }));
    return {
      count: page.rows.length,
      deliveries: page.rows.map(toDeliveryDto),
      nextCursor: page.nextCursor,
    };
  }

  @Post(':webhook_id/deliveries/:delivery_id/redeliver')
  @ApiStrayBodyErrors()
  @HttpCode(202)
  @ApiOperation({
    operationId: 'redeliverWebhookDelivery',
    summary: 'Send a delivered or failed event again.',
    description: 'A new delivery of the same event: the same webhook-id, a fresh signature.',
  })
  @ApiAcceptedResponse({ type: RedeliveryDto })
  @ApiNotFoundResponse({
    description: 'No such webhook or delivery in this tenant.',
    type: ErrorEnvelope,
  })
  async redeliver(
    @CurrentKey() key: Principal,
    @Param('webhook_id', webhookIdParam) id: string,
    @Param('delivery_id', deliveryIdParam) deliveryId: string,
  ): Promise<RedeliveryDto> {
    return this.webhooks.redeliver(key, id, deliveryId);
  }
}
