import { Global, Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AttemptResults } from './attempt-results';
import { DeliveryAttempts } from './delivery-attempt';
import { DeliveryWorker } from './delivery-worker';
import { SecretBox } from './secret-box';
import { TargetGuard } from './target-guard';
import { WebhookDeliveriesRepository } from './webhook-deliveries.repository';
import { WebhookEndpointsRepository } from './webhook-endpoints.repository';
import { WebhookEventsRepository } from './webhook-events.repository';
import { WebhookEventsService } from './webhook-events.service';
import { WebhookNetwork } from './webhook-network';
import { WebhooksController } from './webhooks.controller';
import { WebhooksService } from './webhooks.service';

/**
 * Signed webhooks (contract §12). Global so that features that emit events (scans,
 * remediation, SLA) inject WebhookEventsService without importing this module; webhooks
 * never import them back.
 */
@Global()
@Module({
  imports: [AuditModule],
  controllers: [WebhooksController],
  providers: [
    SecretBox,
    WebhookNetwork,
    TargetGuard,
    WebhookEndpointsRepository,
    WebhookEventsRepository,
    WebhookDeliveriesRepository,
    WebhookEventsService,
    WebhooksService,
    AttemptResults,
    DeliveryAttempts,
    DeliveryWorker,
  ],
  exports: [WebhookEventsService],
})
export class WebhooksModule {}
