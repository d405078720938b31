import { changedEvent, RemediationEvents, verifiedEvent } from './remediation-events';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, actorOf, Principal } from '../common/auth/principal';
import { Clock } from '../common/clock';
import { InvalidRequest, NotFound, PreconditionFailed } from '../common/errors/domain-errors';
import { decodeCursor, toPage } from '../common/pagination';
import { ScanEntity } from '../scans/scan.entity';
import { withSla } from './mappers';
import {
  RescanChangesDto,
  RescanChangesQueryDto,
  VerifyOutcome,
  VerifyRemediationDto,
  VerifyResultDto,
} from './rescan.dto';
import { historyOf, ItemChanges, supersededConflict, versionMatches } from './upsert-rules';
import { NormalisedFinding } from '../scans/import/normalise-findings';
import { PendingEvent, remediationIdFor, RescanRequest, RescanResult } from '../scans/scan-backlog';
import { ScansRepository } from '../scans/scans.repository';
import { SlaPolicyService } from './sla-policy.service';
import { FieldChange } from './remediation-history.entity';
import { RemediationItemEntity } from './remediation-item.entity';
import {
  BaselineChange,
  InheritedFields,
  ItemRef,
  RemediationItemsRepository,
} from './remediation-items.repository';
import { RescanChange } from './rescan-change.entity';
import { RescanChangesRepository } from './rescan-changes.repository';
import { CLOSED_STATUSES, countsOf, planRescan, RescanPlan } from './rescan-rules';

type Item = RemediationItemEntity;

const isSeqCursor = (value: unknown): value is { after: number } =>
  Number.isSafeInteger((value as { after?: unknown })?.after) &&
  (value as { after: number }).after >= 0;

function isNewer(later: ScanEntity, earlier: ScanEntity): boolean {
  const a = new Date(later.createdAt).getTime();
  const b = new Date(earlier.createdAt).getTime();
  return a > b || (a === b && later.id > earlier.id);
}

const refOf = (item: ItemRef): ItemRef => ({
  scanId: item.scanId,
  remediationId: item.remediationId,
});

/**
 * The import's backlog with its baseline, in the import's transaction: loads and locks the
 * baseline in one query, decides with the pure rules (rescan-rules.ts), and writes each kind
 * of change in one set-based statement.
 */
@Injectable()
export class RescanService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly items: RemediationItemsRepository,
    private readonly changes: RescanChangesRepository,
    private readonly scans: ScansRepository,
    private readonly events: RemediationEvents,
    private readonly policies: SlaPolicyService,
    private readonly clock: Clock,
  ) {}

  async createForScan(
    manager: EntityManager,
    tenantId: string,
    scanId: string,
    findings: NormalisedFinding[],
    actor: Actor,
    request: RescanRequest,
  ): Promise<RescanResult> {
    const baseline = await this.lockBaseline(manager, tenantId, scanId, request);
    const plan = planRescan(
      findings.map((f) => ({
        position: f.position,
        fingerprint: f.fingerprint,
        location: f.location,
        duplicate: f.duplicateOf !== null,
      })),
      baseline ?? [],
      request.coverage,
      new Set(request.coveredLocations),
    );
    const now = new Date();
    const inherited = inheritedFields(plan, now);
    await this.items.insertBacklog(manager, tenantId, scanId, findings, actor, inherited);
    const baselineScanId =
      request.baseline !== 'auto' && request.baseline !== 'none'
        ? request.baseline
        : (baseline ?? []).reduce<string | null>(
            (newest, item) => (newest === null || item.scanId > newest ? item.scanId : newest),
            null,
          );
    const result: RescanResult = { baselineScanId, counts: countsOf(plan), events: [] };
    if (baselineScanId === null) return result;
    const updates = baselineChanges(plan, scanId, now);
    await this.items.applyRescanChanges(
      manager,
      tenantId,
      updates.map((u) => u.write),
    );
    await this.items.insertOriginHistory(manager, tenantId, scanId, originHistory(plan));
    await this.changes.insertAll(manager, tenantId, scanId, diffOf(plan, scanId));
    // The rescan's webhook events; the import records them in its transaction.
    result.events = eventsOf(plan, scanId, updates);
    return result;
  }

  /** The rescan diff of a scan, item by item in decision order, keyset paged on seq. */
  async changesOf(
    tenantId: string,
    scanId: string,
    query: RescanChangesQueryDto,
  ): Promise<RescanChangesDto> {
    const limit = query.limit ?? 50;
    const after = query.cursor ? decodeCursor(query.cursor, isSeqCursor).after : 0;
    const rows = await this.changes.page(tenantId, scanId, query.change, limit + 1, after);
    if (rows.length === 0 && !(await this.scans.exists(tenantId, scanId)))
      throw new NotFound('Scan');
    const page = toPage(rows, limit, (last) => ({ after: last.seq }));
    const items = await this.items.findMany(
      tenantId,
      page.rows.map((r) => ({ scanId: r.itemScanId, remediationId: r.itemRemediationId })),
    );
    const [rules, now] = [await this.policies.rules(tenantId), this.clock.now()];
    return {
      count: page.rows.length,
      changes: page.rows.map((row, index) => ({
        change: row.change,
        item: withSla(items[index], rules, now),
      })),
      nextCursor: page.nextCursor,
    };
  }

  /**
   * Checks one item against a newer scan of the tenant (CONTRACT §10): the item row locked,
   * owner and notes never touched, a repeat changes nothing.
   */
  async verify(
    caller: Principal,
    scanId: string,
    body: VerifyRemediationDto,
    ifMatch?: string,
  ): Promise<VerifyResultDto> {
    const key = { tenantId: caller.tenantId, scanId, remediationId: body.remediationId };
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const rules = await this.policies.rules(caller.tenantId, manager);
      const item = await this.items.lock(manager, key);
      if (!item) {
        const scanExists = await this.scans.exists(caller.tenantId, scanId, manager);
        throw new NotFound(scanExists ? `Remediation item ${body.remediationId}` : 'Scan');
      }
      const [scan, verifyScan] = await Promise.all([
        this.scans.findOneWith(manager, caller.tenantId, scanId),
        this.scans.findOneWith(manager, caller.tenantId, body.verifyScanId),
      ]);
      if (!verifyScan) throw new NotFound('Verify scan');
      if (!isNewer(verifyScan, scan!)) {
        throw InvalidRequest.field('verifyScanId', 'the verify scan must be newer than the scan');
      }
      if (item.supersededByScanId) {
        // The 409 names the end of the chain: one query, only for a superseded item.
        throw supersededConflict(item, await this.items.currentItemOf(manager, item));
      }
      if (ifMatch !== undefined && !versionMatches(ifMatch, item.version)) {
        throw new PreconditionFailed(
          `If-Match ${ifMatch} does not match the current version ${item.version}.`,
        );
      }
      const unchanged = (outcome: VerifyOutcome): VerifyResultDto => ({
        verified: false,
        outcome,
        changed: false,
        item: withSla(item, rules, now),
      });
      if (item.fingerprintQuality === 'weak' || item.location === null)
        return unchanged('unverifiable');
      const match = await this.items.findInScan(
        manager,
        caller.tenantId,
        verifyScan.id,
        item.fingerprint,
      );
      // Rescanned as the import's own comparison counts it (contract §10).
      const rescanned =
        verifyScan.coverage === 'complete' ||
        (await this.items.locationSeen(manager, caller.tenantId, verifyScan.id, item.location)) ||
        (await this.scans.covers(manager, caller.tenantId, verifyScan.id, item.location));
      if (!match && !rescanned) return unchanged('not_observed');
      const outcome: VerifyOutcome = match ? 'still_present' : 'fixed';
      const changes: ItemChanges = {
        verificationState: match ? 'failed' : 'confirmed',
        verificationScanId: verifyScan.id,
      };
      if (!match && !CLOSED_STATUSES.includes(item.status)) {
        changes.status = 'done';
        changes.resolvedAt = new Date();
      }
      const effective = Object.fromEntries(
        Object.entries(changes).filter(
          ([field, value]) => item[field as keyof ItemChanges] !== value,
        ),
      ) as ItemChanges;
      let result = item;
      if (Object.keys(effective).length > 0) {
        effective.verificationCheckedAt = new Date();
        const history = historyOf(item, effective);
        result = await this.items.updateWithHistory(
          manager,
          key,
          effective,
          actorOf(caller),
          history,
        );
        const verified = verifiedEvent(result, outcome, verifyScan.id);
        await this.events.changed(manager, result, history, [verified]);
      }
      return {
        verified: outcome === 'fixed',
        outcome,
        changed: result !== item,
        item: withSla(result, rules, now),
        ...(match ? { match: refOf(match) } : {}),
      };
    });
  }

  /** Null when nothing is to be compared (`none`, or `auto` without a target). */
  private async lockBaseline(
    manager: EntityManager,
    tenantId: string,
    scanId: string,
    request: RescanRequest,
  ): Promise<Item[] | null> {
    if (request.targetKey !== null) {
      // Imports of one tenant and target take turns: the later compares against the earlier.
      await this.items.serialiseImports(manager, `import:${tenantId}:${request.targetKey}`);
    }
    if (request.baseline === 'none') return null;
    if (request.baseline === 'auto') {
      if (request.targetKey === null) return null;
      return this.items.lockBaseline(manager, tenantId, {
        targetKey: request.targetKey,
        excludeScanId: scanId,
      });
    }
    if (!(await this.scans.exists(tenantId, request.baseline, manager))) {
      throw new NotFound('Baseline scan');
    }
    return this.items.lockBaseline(manager, tenantId, { scanId: request.baseline });
  }
}

function inheritedFields(plan: RescanPlan<Item>, now: Date): Map<number, InheritedFields> {
  const inherited = new Map<number, InheritedFields>();
  for (const f of plan.findings) {
    if (f.change !== 'carried' && f.change !== 'reopened') continue;
    const b = f.from;
    const common = {
      owner: b.owner,
      notes: b.notes,
      firstSeenAt: b.firstSeenAt,
      carriedFrom: refOf(b),
      // The clock is carried, and so is the record of its breach: a rescan records nothing again.
      slaBreachRecordedFor: b.slaBreachRecordedFor,
    };
    inherited.set(
      f.position,
      f.change === 'carried'
        ? {
            ...common,
            status: b.status,
            targetDate: b.targetDate,
            dueAt: b.dueAt,
            regression: b.regression,
            reopenCount: b.reopenCount,
            reopenedAt: b.reopenedAt,
          }
        : {
            ...common,
            status: 'open',
            targetDate: null,
            dueAt: null,
            regression: true,
            reopenCount: b.reopenCount + 1,
            reopenedAt: now,
          },
    );
  }
  return inherited;
}

/** A baseline item the rescan changes: its locked row, and the row it writes. */
interface BaselineUpdate {
  before: Item;
  write: BaselineChange;
}

/** The new state of every baseline item the rescan changes (superseded, confirmed, failed). */
function baselineChanges(plan: RescanPlan<Item>, scanId: string, now: Date): BaselineUpdate[] {
  const unchanged = (b: Item): Omit<BaselineChange, 'history' | 'action'> => ({
    ...refOf(b),
    supersededByScanId: b.supersededByScanId,
    supersededByRemediationId: b.supersededByRemediationId,
    status: b.status,
    resolvedAt: b.resolvedAt,
    verificationState: b.verificationState,
    verificationScanId: b.verificationScanId,
    verificationCheckedAt: b.verificationCheckedAt,
  });
  const changes: BaselineUpdate[] = [];
  for (const f of plan.findings) {
    if (f.change !== 'carried' && f.change !== 'reopened') continue;
    const b = f.from;
    const next = { scanId, remediationId: remediationIdFor(f.position) };
    const history: Record<string, FieldChange> = { supersededBy: { from: null, to: next } };
    const change: BaselineChange = {
      ...unchanged(b),
      supersededByScanId: next.scanId,
      supersededByRemediationId: next.remediationId,
      history,
      action: `remediation.${f.change}`,
    };
    if (f.change === 'reopened') {
      history.verification = { from: b.verificationState, to: 'failed' };
      Object.assign(change, {
        verificationState: 'failed',
        verificationScanId: scanId,
        verificationCheckedAt: now,
      });
    }
    changes.push({ before: b, write: change });
  }
  for (const { change, item: b } of plan.baseline) {
    if (change !== 'fixed') continue;
    const closed = CLOSED_STATUSES.includes(b.status);
    const history: Record<string, FieldChange> = {};
    if (!closed) {
      history.status = { from: b.status, to: 'done' };
      history.resolvedAt = { from: null, to: now.toISOString() };
    }
    history.verification = { from: b.verificationState, to: 'confirmed' };
    history.verifyScanId = { from: b.verificationScanId, to: scanId };
    const write: BaselineChange = {
      ...unchanged(b),
      status: closed ? b.status : 'done',
      resolvedAt: closed ? b.resolvedAt : now,
      verificationState: 'confirmed',
      verificationScanId: scanId,
      verificationCheckedAt: now,
      history,
      action: 'remediation.fixed',
    };
    changes.push({ before: b, write });
  }
  return changes;
}

/** The first history entry of each item that continues a baseline item: where it came from. */
function originHistory(
  plan: RescanPlan<Item>,
): { remediationId: string; changes: Record<string, FieldChange> }[] {
  return plan.findings.flatMap<{ remediationId: string; changes: Record<string, FieldChange> }>(
    (f) => {
      if (f.change === 'carried') {
        return [
          {
            remediationId: remediationIdFor(f.position),
            changes: { carried: { from: null, to: refOf(f.from) } },
          },
        ];
      }
      if (f.change === 'reopened') {
        return [
          {
            remediationId: remediationIdFor(f.position),
            changes: {
              reopened: { from: null, to: refOf(f.from) },
              status: { from: 'done', to: 'open' },
              regression: { from: f.from.regression, to: true },
              reopenCount: { from: f.from.reopenCount, to: f.from.reopenCount + 1 },
            },
          },
        ];
      }
      return [];
    },
  );
}

/** The rescan diff in decision order: the new scan's items, then the baseline's absentees. */
function diffOf(plan: RescanPlan<Item>, scanId: string): { change: RescanChange; item: ItemRef }[] {
  const own = plan.findings.flatMap((f) =>
    f.change === 'duplicate'
      ? []
      : [{ change: f.change, item: { scanId, remediationId: remediationIdFor(f.position) } }],
  );
  return [...own, ...plan.baseline.map((b) => ({ change: b.change, item: refOf(b.item) }))];
}

/**
 * The rescan's webhook events, with the fields of the same types from the API path: each
 * baseline item it changed is a `remediation.changed` with the item as it is after the change
 * (as the upsert's), a fix it confirmed or a done item it found again is a
 * `remediation.verified` with the verify endpoint's outcome, and each regression it opened a
 * `remediation.reopened`.
 */
function eventsOf(
  plan: RescanPlan<Item>,
  scanId: string,
  updates: BaselineUpdate[],
): PendingEvent[] {
  // The import itself (scan.imported, with these counts) is announced by the scan import.
  // The baseline rows are locked in this transaction (lockBaseline: FOR UPDATE) and
  // applyRescanChanges writes each once, as given, with version + 1: the item after the change
  // is its locked row with the new status and the next version, without reading it back.
  const events: PendingEvent[] = [];
  for (const { before, write: u } of updates) {
    const item = {
      tenantId: before.tenantId,
      ...refOf(u),
      findingId: before.findingId,
      status: u.status,
      version: before.version + 1,
    };
    events.push(changedEvent({ item, changes: u.history }));
    if (u.action === 'remediation.fixed') events.push(verifiedEvent(item, 'fixed', scanId));
    if (u.action === 'remediation.reopened')
      events.push(verifiedEvent(item, 'still_present', scanId));
  }
  for (const f of plan.findings) {
    if (f.change === 'reopened') {
      events.push({
        type: 'remediation.reopened',
        data: {
          scanId,
          remediationId: remediationIdFor(f.position),
          reopenedFrom: refOf(f.from),
        },
      });
    }
  }
  return events;
}
