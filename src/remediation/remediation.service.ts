import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { actorOf, Principal } from '../common/auth/principal';
import { InvalidRequest, NotFound, PreconditionFailed } from '../common/errors/domain-errors';
import { RemediationItemEntity, RemediationStatus } from '../scans/remediation-item.entity';
import {
  ItemChanges,
  ItemKey,
  QueueFilter,
  RemediationItemsRepository,
} from '../scans/remediation-items.repository';
import { ScansRepository } from '../scans/scans.repository';
import { FieldChange, RemediationHistoryEntity } from './remediation-history.entity';
import { RemediationHistoryRepository } from './remediation-history.repository';
import { UpsertRemediationDto } from './remediation.dto';
import { parseTargetDate } from './target-date';
import { WebhookEventsService } from '../webhooks/webhook-events.service';

/** Closing an item this way is a decision that needs a written justification. */
const NEEDS_JUSTIFICATION: RemediationStatus[] = ['accepted_risk', 'false_positive'];

/** Fields reported in history, in this order. */
const TRACKED_FIELDS = ['status', 'owner', 'notes', 'targetDate', 'assetId', 'resolvedAt'] as const;

@Injectable()
export class RemediationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly items: RemediationItemsRepository,
    private readonly history: RemediationHistoryRepository,
    private readonly scans: ScansRepository,
    private readonly webhookEvents: WebhookEventsService,
  ) {}

  /**
   * One transaction with the item row locked (SELECT ... FOR UPDATE): concurrent writers
   * queue on the row, each sees the previous one's result, and no update is lost.
   */
  async upsert(
    caller: Principal,
    scanId: string,
    body: UpsertRemediationDto,
    ifMatch?: string,
  ): Promise<RemediationItemEntity> {
    const key: ItemKey = { tenantId: caller.tenantId, scanId, remediationId: body.remediationId };
    const requested = this.requestedChanges(body);
    return this.dataSource.transaction(async (manager) => {
      const current = await this.items.lock(manager, key);
      if (!current) throw await this.notFound(key, manager);
      if (ifMatch !== undefined && !versionMatches(ifMatch, current.version)) {
        throw new PreconditionFailed(
          `If-Match ${ifMatch} does not match the current version ${current.version}.`,
        );
      }
      const changes = this.effectiveChanges(current, requested);
      if (Object.keys(changes).length === 0) return current;
      const actor = actorOf(caller);
      const history = this.diff(current, changes);
      const item = await this.items.updateWithHistory(manager, key, changes, actor, history);
      // Webhooks (contract §12): the event commits or rolls back with the change.
      await this.webhookEvents.record(manager, key.tenantId, [
        {
          type: 'remediation.changed',
          data: {
            scanId: key.scanId,
            remediationId: key.remediationId,
            findingId: item.findingId,
            status: item.status,
            version: item.version,
            changes: history,
          },
        },
      ]);
      return item;
    });
  }

  async item(key: ItemKey): Promise<RemediationItemEntity> {
    const item = await this.items.findOne(key);
    if (!item) throw await this.notFound(key);
    return item;
  }

  async queue(
    tenantId: string,
    scanId: string,
    filter: QueueFilter,
    limit: number,
    afterPosition: number,
  ) {
    const page = await this.items.page(tenantId, scanId, filter, limit, afterPosition);
    if (page.length === 0 && !(await this.scans.exists(tenantId, scanId)))
      throw new NotFound('Scan');
    return page;
  }

  async historyOf(
    key: ItemKey,
    limit: number,
    afterId: string,
  ): Promise<RemediationHistoryEntity[]> {
    const entries = await this.history.page(key, limit, afterId);
    if (entries.length === 0) await this.item(key);
    return entries;
  }

  /** What the request asks for, validated on its own (before looking at the item). */
  private requestedChanges(body: UpsertRemediationDto): ItemChanges {
    const changes: ItemChanges = { status: body.status };
    if (body.owner !== undefined) changes.owner = body.owner;
    if (body.notes !== undefined)
      changes.notes = body.notes === null || body.notes.trim() === '' ? null : body.notes;
    if (body.assetId === null)
      throw InvalidRequest.field('assetId', "assetId cannot be cleared; it is the finding's asset");
    if (body.assetId !== undefined) changes.assetId = body.assetId;
    if (body.targetDate === null) {
      changes.targetDate = null;
      changes.dueAt = null;
    } else if (body.targetDate !== undefined) {
      const parsed = parseTargetDate(body.targetDate);
      if (!parsed) {
        throw InvalidRequest.field(
          'targetDate',
          'targetDate must be an ISO 8601 date (2026-12-31) or date-time (2026-12-31T17:00:00Z)',
        );
      }
      changes.targetDate = parsed.normalised;
      changes.dueAt = parsed.dueAt;
    }
    return changes;
  }

  /** The business rules against the current item; returns only the fields that really change. */
  private effectiveChanges(current: RemediationItemEntity, requested: ItemChanges): ItemChanges {
    if (
      requested.assetId !== undefined &&
      current.assetId !== null &&
      requested.assetId !== current.assetId
    ) {
      throw InvalidRequest.field(
        'assetId',
        `assetId does not match this item's asset (${current.assetId})`,
      );
    }
    const status = requested.status ?? current.status;
    const notes = requested.notes !== undefined ? requested.notes : current.notes;
    if (NEEDS_JUSTIFICATION.includes(status)) {
      const justifiedNow = requested.notes !== undefined && requested.notes !== null;
      if ((status !== current.status && !justifiedNow) || !notes) {
        throw InvalidRequest.field('notes', `notes are required to justify ${status}`);
      }
    }
    const next: ItemChanges = { ...requested };
    if (status === 'done' && current.status !== 'done') next.resolvedAt = new Date();
    if (status !== 'done' && current.resolvedAt !== null) next.resolvedAt = null;
    return Object.fromEntries(
      Object.entries(next).filter(
        ([field, value]) => !sameValue(current[field as keyof ItemChanges], value),
      ),
    ) as ItemChanges;
  }

  /** What the history records: the tracked fields that change, from their current values. */
  private diff(before: RemediationItemEntity, changes: ItemChanges): Record<string, FieldChange> {
    const history: Record<string, FieldChange> = {};
    for (const field of TRACKED_FIELDS) {
      if (field in changes) {
        history[field] = { from: jsonValue(before[field]), to: jsonValue(changes[field]) };
      }
    }
    return history;
  }

  /** Inside a transaction, pass its manager: a second connection would wait on the first. */
  private async notFound(key: ItemKey, manager?: EntityManager): Promise<NotFound> {
    const scanExists = await this.scans.exists(key.tenantId, key.scanId, manager);
    return new NotFound(scanExists ? `Remediation item ${key.remediationId}` : 'Scan');
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : false;
  }
  return (a ?? null) === (b ?? null);
}

function jsonValue(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : (value ?? null);
}

/** If-Match: the version as a bare number, a quoted or weak ETag, or `*`. */
function versionMatches(ifMatch: string, version: number): boolean {
  return ifMatch
    .split(',')
    .map((tag) =>
      tag
        .trim()
        .replace(/^W\//, '')
        .replace(/^"(.*)"$/, '$1'),
    )
    .some((tag) => tag === '*' || tag === String(version));
}
