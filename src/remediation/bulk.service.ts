import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditRepository } from '../audit/audit.repository';
import { actorOf, Principal } from '../common/auth/principal';
import { Clock } from '../common/clock';
import {
  DomainError,
  ERROR_STATUS,
  FieldError,
  InvalidRequest,
  NotFound,
} from '../common/errors/domain-errors';
import { REMEDIATION_ID_PATTERN, ULID_ID } from '../common/id-params';
import { newId } from '../common/ids';
import { ScansRepository } from '../scans/scans.repository';
import {
  BulkChangesDto,
  BulkItemRefDto,
  BulkResponseDto,
  BulkResultDto,
  BulkUpdateDto,
} from './bulk.dto';
import { withSla } from './mappers';
import { RemediationEvents } from './remediation-events';
import { RemediationItemEntity, RemediationStatus } from './remediation-item.entity';
import {
  itemKey,
  ItemRef,
  ItemWrite,
  RemediationItemsRepository,
} from './remediation-items.repository';
import { SlaPolicyService } from './sla-policy.service';
import {
  ItemChanges,
  planWrite,
  requestedChanges,
  supersededConflict,
  UpsertRequest,
} from './upsert-rules';

const SCAN_ID = ULID_ID('scan');
const NEEDS_JUSTIFICATION: RemediationStatus[] = ['accepted_risk', 'false_positive'];

interface BulkRun {
  caller: Principal;
  bulkId: string;
  requested: ItemChanges;
  now: Date;
}

/** An item's result before its SLA is added: `row` is the item as it stands after the bulk. */
type ItemResult = Omit<BulkResultDto, 'item'> & { row?: RemediationItemEntity };

/** One item's fate, decided in code under the lock: its result, and its write if it changes. */
interface ItemPlan {
  result: ItemResult;
  write?: ItemWrite;
}

const isWellFormed = (ref: ItemRef): boolean =>
  SCAN_ID.test(ref.scanId) && REMEDIATION_ID_PATTERN.test(ref.remediationId);

/**
 * One change to many items, set-based in one transaction for both modes: every target row
 * locked by one SELECT ... FOR UPDATE in key order (two bulks over overlapping items take
 * turns and never deadlock; a single upsert waits for the bulk or the bulk for it), each item
 * judged in code by the single upsert's own rules (upsert-rules.ts planWrite), then every
 * changed item written with its history and audit entry in one statement, their webhook
 * events in a few, and the summary audit entry. Partial: the failing items get their result,
 * the others are applied, one commit. Atomic: any failure rolls back (nothing written yet).
 */
@Injectable()
export class BulkService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly items: RemediationItemsRepository,
    private readonly scans: ScansRepository,
    private readonly audit: AuditRepository,
    private readonly policies: SlaPolicyService,
    private readonly clock: Clock,
    private readonly events: RemediationEvents,
  ) {}

  async apply(caller: Principal, body: BulkUpdateDto): Promise<BulkResponseDto> {
    rejectRepeats(body.items);
    const run: BulkRun = {
      caller,
      bulkId: newId('bulk'),
      requested: requestedOf(body.changes),
      now: this.clock.now(),
    };
    const { results, rules } = await this.dataSource.transaction(async (manager) => ({
      // The SLA policy, on the transaction's connection: one connection per request.
      rules: await this.policies.rules(caller.tenantId, manager),
      results: await this.applyAll(manager, run, body),
    }));
    return summarise(
      run.bulkId,
      results.map(({ row, ...result }): BulkResultDto =>
        row ? { ...result, item: withSla(row, rules, run.now) } : result,
      ),
    );
  }

  private async applyAll(
    manager: EntityManager,
    run: BulkRun,
    body: BulkUpdateDto,
  ): Promise<ItemResult[]> {
    const tenantId = run.caller.tenantId;
    const wellFormed = body.items.filter(isWellFormed);
    const locked = await this.items.lockMany(manager, tenantId, wellFormed);
    const current = new Map(locked.map((item) => [itemKey(item), item]));
    const knownScans = await this.scansOfMissing(manager, tenantId, wellFormed, current);
    // The current item of each superseded one, for its 409: one query, only when there are any.
    const superseded = locked.filter((item) => item.supersededByScanId);
    const currentOf = await this.items.currentOf(manager, tenantId, superseded);
    const plans = body.items.map((ref, index) =>
      planItem(run, ref, index, { current, knownScans, currentOf }),
    );
    const failed = plans.filter((p) => p.result.outcome === 'failed');
    if (body.atomic && failed.length > 0) throw atomicFailure(failed, plans.length);
    const writes = plans.flatMap((p) => (p.write ? [p.write] : []));
    const rows = await this.items.updateManyWithHistory(
      manager,
      tenantId,
      writes,
      actorOf(run.caller),
      run.bulkId,
    );
    const updated = new Map(rows.map((item) => [itemKey(item), item]));
    await this.events.changedMany(
      manager,
      tenantId,
      writes.map((w) => ({ item: updated.get(itemKey(w.current))!, changes: w.history })),
    );
    const results = plans.map(({ result }) =>
      result.outcome === 'updated' ? { ...result, row: updated.get(itemKey(result)) } : result,
    );
    await this.recordBulk(manager, run, body, summarise(run.bulkId, results));
    return results;
  }

  /** The scans that exist among those of the items not found: there the item is what is missing. */
  private async scansOfMissing(
    manager: EntityManager,
    tenantId: string,
    refs: ItemRef[],
    found: Map<string, RemediationItemEntity>,
  ): Promise<Set<string>> {
    const missing = [...new Set(refs.filter((r) => !found.has(itemKey(r))).map((r) => r.scanId))];
    const known = new Set<string>();
    // Usually none or one: a query each, one after another on the transaction's connection.
    for (const scanId of missing) {
      if (await this.scans.exists(tenantId, scanId, manager)) known.add(scanId);
    }
    return known;
  }

  private async recordBulk(
    manager: EntityManager,
    run: BulkRun,
    body: BulkUpdateDto,
    summary: Omit<BulkResponseDto, 'results'>,
  ): Promise<void> {
    await this.audit.append(manager, {
      tenantId: run.caller.tenantId,
      actor: actorOf(run.caller),
      action: 'remediation.bulk',
      targetType: 'remediation_bulk',
      targetId: run.bulkId,
      details: {
        bulkId: run.bulkId,
        atomic: body.atomic ?? false,
        changes: body.changes,
        total: summary.total,
        succeeded: summary.succeeded,
        unchanged: summary.unchanged,
        failed: summary.failed,
      },
    });
  }
}

/** What the items are judged against: what was locked, and what the judgement needs. */
interface Found {
  /** The locked items by key. */
  current: Map<string, RemediationItemEntity>;
  /** The scans that exist among those of the items not found. */
  knownScans: Set<string>;
  /** The current item (the end of its supersededBy chain) of each superseded item, by key. */
  currentOf: Map<string, ItemRef>;
}

/** The single upsert's steps for one locked item, in code: found, then planWrite's rules. */
function planItem(
  run: BulkRun,
  ref: BulkItemRefDto,
  index: number,
  { current, knownScans, currentOf }: Found,
): ItemPlan {
  const base = { index, scanId: ref.scanId, remediationId: ref.remediationId, status: 200 };
  try {
    // Ids of a form no row can have: the single routes' 404s, without a query.
    if (!SCAN_ID.test(ref.scanId)) throw new NotFound('Scan');
    if (!REMEDIATION_ID_PATTERN.test(ref.remediationId)) throw new NotFound('Remediation item');
    const item = current.get(itemKey(ref));
    if (!item) {
      throw new NotFound(
        knownScans.has(ref.scanId) ? `Remediation item ${ref.remediationId}` : 'Scan',
      );
    }
    if (item.supersededByScanId) throw supersededConflict(item, currentOf.get(itemKey(item)));
    const precondition =
      ref.ifMatch === undefined ? undefined : { name: 'ifMatch', value: String(ref.ifMatch) };
    const plan = planWrite(item, run.requested, run.now, precondition);
    if (!plan) return { result: { ...base, outcome: 'unchanged', row: item } };
    return { result: { ...base, outcome: 'updated' }, write: { current: item, ...plan } };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { result: failure(index, ref, error) };
  }
}

/** Atomic mode: the 409 naming each failing item (thrown inside the transaction: rollback). */
function atomicFailure(failed: ItemPlan[], total: number): DomainError {
  return new DomainError(
    'conflict',
    `The bulk change cannot apply whole (${failed.length} of ${total} items fail); nothing was changed.`,
    failed.map(({ result: r }) => ({
      field: `items[${r.index}]`,
      message: `${r.status} ${r.error!.error}: ${r.error!.message}`,
    })),
  );
}

/** The change, validated once for the whole request with the upsert's rules. */
function requestedOf(changes: BulkChangesDto): ItemChanges {
  const given = Object.entries(changes).filter(([, value]) => value !== undefined);
  if (given.length === 0) {
    throw InvalidRequest.field(
      'changes',
      'changes must name at least one of: status, owner, notes, targetDate',
    );
  }
  const notes = typeof changes.notes === 'string' ? changes.notes.trim() : '';
  if (changes.status && NEEDS_JUSTIFICATION.includes(changes.status) && !notes) {
    throw InvalidRequest.field('changes.notes', `notes are required to justify ${changes.status}`);
  }
  try {
    const requested = requestedChanges(changes as UpsertRequest);
    if (changes.status === undefined) delete requested.status;
    return requested;
  } catch (error) {
    if (!(error instanceof InvalidRequest)) throw error;
    throw new InvalidRequest(
      (error.detail ?? []).map((d) => ({ ...d, field: `changes.${d.field}` })),
      error.message,
    );
  }
}

function rejectRepeats(items: BulkItemRefDto[]): void {
  const seen = new Map<string, number>();
  const repeats: FieldError[] = [];
  items.forEach((ref, index) => {
    const key = itemKey(ref);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else repeats.push({ field: `items[${index}]`, message: `repeats items[${first}] (${key})` });
  });
  if (repeats.length > 0) throw new InvalidRequest(repeats, 'Each item may appear once.');
}

function failure(index: number, ref: BulkItemRefDto, error: DomainError): ItemResult {
  return {
    index,
    scanId: ref.scanId,
    remediationId: ref.remediationId,
    status: ERROR_STATUS[error.code],
    outcome: 'failed',
    error: {
      error: error.code,
      message: error.message,
      ...(error.detail?.length ? { detail: error.detail } : {}),
    },
  };
}

function summarise<R extends Pick<BulkResultDto, 'outcome'>>(bulkId: string, results: R[]) {
  const count = (outcome: BulkResultDto['outcome']) =>
    results.filter((r) => r.outcome === outcome).length;
  return {
    bulkId,
    total: results.length,
    succeeded: count('updated'),
    unchanged: count('unchanged'),
    failed: count('failed'),
    results,
  };
}
