import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { actorOf, Principal } from '../common/auth/principal';
import { Clock } from '../common/clock';
import { DomainError, NotFound } from '../common/errors/domain-errors';
import { decodeCursor, toPage } from '../common/pagination';
import { ScansRepository } from '../scans/scans.repository';
import { toHistoryEntryDto, withSla } from './mappers';
import { RemediationHistoryRepository } from './remediation-history.repository';
import { RemediationEvents } from './remediation-events';
import { RemediationItemEntity } from './remediation-item.entity';
import {
  ItemKey,
  ItemWithPolicy,
  RemediationItemsRepository,
} from './remediation-items.repository';
import {
  HistoryDto,
  QueueQueryDto,
  RemediationItemDto,
  RemediationQueueDto,
  UpsertRemediationDto,
} from './remediation.dto';
import { rulesOf } from './sla-policy.service';
import { SlaRules } from './sla';
import {
  ItemChanges,
  planWrite,
  Precondition,
  requestedChanges,
  supersededConflict,
} from './upsert-rules';

/** Optimistic writes tried before taking the row lock: collisions are rare but not bounded. */
const OPTIMISTIC_ATTEMPTS = 3;

const isPositionCursor = (value: unknown): value is { after: number } =>
  Number.isSafeInteger((value as { after?: unknown })?.after) &&
  (value as { after: number }).after >= 0;
const isHistoryCursor = (value: unknown): value is { after: string } =>
  typeof (value as { after?: unknown })?.after === 'string' &&
  /^\d{1,19}$/.test((value as { after: string }).after);

@Injectable()
export class RemediationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly items: RemediationItemsRepository,
    private readonly history: RemediationHistoryRepository,
    private readonly scans: ScansRepository,
    private readonly events: RemediationEvents,
    private readonly clock: Clock,
  ) {}

  /**
   * Optimistic first: the item is read, the rules (upsert-rules.ts's planWrite, the same as
   * for each item of a bulk change) decide on what was read, and one statement writes the
   * change with its history, audit entry and webhook event only if the item is still at the
   * version read: two round trips, no transaction held open. When another writer got there
   * first, the rules run again on what it left; after a few such collisions the writers take
   * turns on the row lock instead. Either way no update is lost.
   */
  async upsert(
    caller: Principal,
    scanId: string,
    body: UpsertRemediationDto,
    ifMatch?: string,
  ): Promise<RemediationItemDto> {
    const key: ItemKey = { tenantId: caller.tenantId, scanId, remediationId: body.remediationId };
    const requested = requestedChanges(body);
    const precondition = ifMatch === undefined ? undefined : { name: 'If-Match', value: ifMatch };
    const now = this.clock.now();
    let rules: SlaRules | undefined;
    for (let attempt = 0; attempt < OPTIMISTIC_ATTEMPTS; attempt++) {
      const current = await this.items.findOne(key);
      if (!current) throw await this.notFound(key);
      rules ??= rulesOf(current.slaPolicy);
      if (current.supersededByScanId) throw await this.superseded(current);
      const plan = planWrite(current, requested, now, precondition);
      if (!plan) return withSla(current, rules, now);
      const after = { ...current, ...plan.changes, version: current.version + 1 };
      const item = await this.items.updateIfVersion(
        current,
        plan.changes,
        actorOf(caller),
        plan.history,
        (param, source) => this.events.changedCtes(param, after, plan.history, source),
      );
      if (item) return withSla(item, rules, now);
    }
    const item = await this.upsertLocked(caller, key, requested, now, precondition);
    return withSla(item, rules!, now);
  }

  /** The same change inside a transaction, with the row locked (SELECT ... FOR UPDATE). */
  private upsertLocked(
    caller: Principal,
    key: ItemKey,
    requested: ItemChanges,
    now: Date,
    precondition?: Precondition,
  ): Promise<RemediationItemEntity> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.items.lock(manager, key);
      if (!current) throw await this.notFound(key, manager);
      if (current.supersededByScanId) throw await this.superseded(current, manager);
      const plan = planWrite(current, requested, now, precondition);
      if (!plan) return current;
      const item = await this.items.updateWithHistory(
        manager,
        key,
        plan.changes,
        actorOf(caller),
        plan.history,
      );
      await this.events.changed(manager, item, plan.history);
      return item;
    });
  }

  async item(key: ItemKey): Promise<RemediationItemDto> {
    const item = await this.find(key);
    return withSla(item, rulesOf(item.slaPolicy), this.clock.now());
  }

  /** A scan's backlog in finding order, filtered, keyset paged on the position. */
  async queue(
    tenantId: string,
    scanId: string,
    query: QueueQueryDto,
  ): Promise<RemediationQueueDto> {
    const limit = query.limit ?? 50;
    const after = query.cursor ? decodeCursor(query.cursor, isPositionCursor).after : 0;
    const filter = {
      statuses: query.status,
      severities: query.severity,
      owner: query.owner,
      overdue: query.overdue === undefined ? undefined : query.overdue === 'true',
    };
    // Each row carries the tenant's SLA policy: the page and the policy in one statement.
    const rows = await this.items.page(tenantId, scanId, filter, limit + 1, after);
    if (rows.length === 0 && !(await this.scans.exists(tenantId, scanId)))
      throw new NotFound('Scan');
    const page = toPage(rows, limit, (last) => ({ after: last.position }));
    const rules = rulesOf(rows[0]?.slaPolicy ?? null);
    const now = this.clock.now();
    return {
      count: page.rows.length,
      items: page.rows.map((row) => withSla(row, rules, now)),
      nextCursor: page.nextCursor,
    };
  }

  /** Every accepted change of an item, oldest first, keyset paged on the entry id. */
  async historyOf(key: ItemKey, limit = 100, cursor?: string): Promise<HistoryDto> {
    const after = cursor ? decodeCursor(cursor, isHistoryCursor).after : '0';
    const rows = await this.history.page(key, limit + 1, after);
    if (rows.length === 0) await this.find(key);
    const page = toPage(rows, limit, (last) => ({ after: last.id }));
    return {
      count: page.rows.length,
      entries: page.rows.map(toHistoryEntryDto),
      nextCursor: page.nextCursor,
    };
  }

  private async find(key: ItemKey): Promise<ItemWithPolicy> {
    const item = await this.items.findOne(key);
    if (!item) throw await this.notFound(key);
    return item;
  }

  /** The 409 of a write to a superseded item, naming the end of its chain (one more query). */
  private async superseded(
    item: RemediationItemEntity,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<DomainError> {
    return supersededConflict(item, await this.items.currentItemOf(manager, item));
  }

  /** Inside a transaction, pass its manager: a second connection would wait on the first. */
  private async notFound(key: ItemKey, manager?: EntityManager): Promise<NotFound> {
    const scanExists = await this.scans.exists(key.tenantId, key.scanId, manager);
    return new NotFound(scanExists ? `Remediation item ${key.remediationId}` : 'Scan');
  }
}
