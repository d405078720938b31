import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  SqlParam,
  WebhookEventInput,
  WebhookEventsService,
} from '../webhooks/webhook-events.service';
import { FieldChange } from './remediation-history.entity';
import { RemediationItemEntity } from './remediation-item.entity';
import { VerifyOutcome } from './rescan.dto';

/** What a `remediation.changed` event says of the item after the change. */
export type ChangedItem = Pick<
  RemediationItemEntity,
  'tenantId' | 'scanId' | 'remediationId' | 'findingId' | 'status' | 'version'
>;

/** One accepted change: the item as it is now and its history entry's changes. */
export interface ItemChanged {
  item: ChangedItem;
  changes: Record<string, FieldChange>;
}

/**
 * The webhook events of changes to items (contract §12), recorded with the transaction's
 * manager so that they commit or roll back with the change. Every accepted change, whoever
 * made it (upsert, bulk, verify), is a `remediation.changed` with its history entry's changes.
 */
@Injectable()
export class RemediationEvents {
  constructor(private readonly webhookEvents: WebhookEventsService) {}

  async changed(
    manager: EntityManager,
    item: ChangedItem,
    changes: Record<string, FieldChange>,
    also: WebhookEventInput[] = [],
  ): Promise<void> {
    await this.webhookEvents.record(manager, item.tenantId, [
      changedEvent({ item, changes }),
      ...also,
    ]);
  }

  /** The events of many changes of one tenant (a bulk change) in one go: a few statements. */
  async changedMany(
    manager: EntityManager,
    tenantId: string,
    changed: ItemChanged[],
  ): Promise<void> {
    await this.webhookEvents.record(manager, tenantId, changed.map(changedEvent));
  }

  /** The same event as changed(), as CTEs of the statement that writes the change (`source`). */
  changedCtes(
    param: SqlParam,
    item: ChangedItem,
    changes: Record<string, FieldChange>,
    source: string,
  ): { ctes: string; select: string } {
    return this.webhookEvents.eventCtes(
      param,
      item.tenantId,
      changedEvent({ item, changes }),
      source,
    );
  }
}

/** A `remediation.changed` event: the item after the change and its history entry's changes. */
export function changedEvent({ item, changes }: ItemChanged): WebhookEventInput {
  return {
    type: 'remediation.changed',
    data: {
      scanId: item.scanId,
      remediationId: item.remediationId,
      findingId: item.findingId,
      status: item.status,
      version: item.version,
      changes,
    },
  };
}

/**
 * A `remediation.verified` event: how a check of the item against a newer scan came out, in
 * the verify endpoint's vocabulary (`fixed`, `still_present`).
 */
export function verifiedEvent(
  item: Pick<ChangedItem, 'scanId' | 'remediationId'>,
  outcome: VerifyOutcome,
  verifyScanId: string,
): WebhookEventInput {
  return {
    type: 'remediation.verified',
    data: { scanId: item.scanId, remediationId: item.remediationId, outcome, verifyScanId },
  };
}
