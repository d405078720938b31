import { RemediationEvents } from './remediation-events';
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
  PreconditionFailed,
} from '../common/errors/domain-errors';
import { REMEDIATION_ID_PATTERN, ULID_ID } from '../common/id-params';
import { newId } from '../common/ids';
import { ScansRepository } from '../scans/scans.repository';
import { withSla } from './backlog.service';
import {
  BulkChangesDto,
  BulkItemRefDto,
  BulkResponseDto,
  BulkResultDto,
  BulkUpdateDto,
} from './bulk.dto';
import { RemediationItemsRepository } from './remediation-items.repository';
import { RemediationStatus } from './remediation-item.entity';
import { SlaPolicyService } from './sla-policy.service';
import { SlaRules } from './sla';
import {
  effectiveChanges,
  historyOf,
  ItemChanges,
  requestedChanges,
  UpsertRequest,
  versionMatches,
} from './upsert-rules';

const SCAN_ID = ULID_ID('scan');
const NEEDS_JUSTIFICATION: RemediationStatus[] = ['accepted_risk', 'false_positive'];

interface BulkRun {
  caller: Principal;
  bulkId: string;
  requested: ItemChanges;
  rules: SlaRules;
  now: Date;
}

/**
 * One change to many items, each under the same row lock and rules as the single upsert
 * (upsert-rules.ts, RemediationItemsRepository). Partial: one transaction per item, so a
 * failing item never holds back the others. Atomic: one transaction, locks taken in key
 * order (no deadlock between two atomic bulks), rolled back whole when any item fails.
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
      rules: await this.policies.rules(caller.tenantId),
      now: this.clock.now(),
    };
    if (body.atomic) return this.applyAtomic(run, body);
    const results: BulkResultDto[] = [];
    for (const [index, ref] of body.items.entries()) {
      try {
        results.push(
          await this.dataSource.transaction((manager) => this.applyOne(manager, run, ref, index)),
        );
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        results.push(failure(index, ref, error));
      }
    }
    const response = summarise(run.bulkId, results);
    await this.recordBulk(this.dataSource.manager, run, body, response);
    return response;
  }

  private async applyAtomic(run: BulkRun, body: BulkUpdateDto): Promise<BulkResponseDto> {
    const order = body.items
      .map((ref, index) => ({ ref, index }))
      .sort((a, b) => compareKeys(a.ref, b.ref));
    return this.dataSource.transaction(async (manager) => {
      const results: BulkResultDto[] = [];
      for (const { ref, index } of order) {
        try {
          results.push(await this.applyOne(manager, run, ref, index));
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          results.push(failure(index, ref, error));
        }
      }
      results.sort((a, b) => a.index - b.index);
      const failed = results.filter((r) => r.outcome === 'failed');
      if (failed.length > 0) {
        // Thrown inside the transaction: every change made so far is rolled back.
        throw new DomainError(
          'conflict',
          `The bulk change cannot apply whole (${failed.length} of ${results.length} items fail); nothing was changed.`,
          failed.map((r) => ({
            field: `items[${r.index}]`,
            message: `${r.status} ${r.error!.error}: ${r.error!.message}`,
          })),
        );
      }
      const response = summarise(run.bulkId, results);
      await this.recordBulk(manager, run, body, response);
      return response;
    });
  }

  /** The single upsert's steps: lock, tenant and supersede checks, If-Match, rules, write. */
  private async applyOne(
    manager: EntityManager,
    run: BulkRun,
    ref: BulkItemRefDto,
    index: number,
  ): Promise<BulkResultDto> {
    const key = {
      tenantId: run.caller.tenantId,
      scanId: ref.scanId,
      remediationId: ref.remediationId,
    };
    if (!SCAN_ID.test(key.scanId)) throw new NotFound('Scan');
    if (!REMEDIATION_ID_PATTERN.test(key.remediationId)) throw new NotFound('Remediation item');
    const current = await this.items.lock(manager, key);
    if (!current) {
      const scanExists = await this.scans.exists(key.tenantId, key.scanId, manager);
      throw new NotFound(scanExists ? `Remediation item ${key.remediationId}` : 'Scan');
    }
    if (current.supersededByScanId) {
      const by = `${current.supersededByScanId}/${current.supersededByRemediationId}`;
      throw new DomainError(
        'conflict',
        `Remediation item ${key.remediationId} is superseded by ${by}.`,
        [{ field: 'remediationId', message: `superseded by ${by}` }],
      );
    }
    if (ref.ifMatch !== undefined && !versionMatches(String(ref.ifMatch), current.version)) {
      throw new PreconditionFailed(
        `ifMatch ${ref.ifMatch} does not match the current version ${current.version}.`,
      );
    }
    const changes = effectiveChanges(current, run.requested, run.now);
    const base = { index, scanId: key.scanId, remediationId: key.remediationId, status: 200 };
    if (Object.keys(changes).length === 0) {
      return { ...base, outcome: 'unchanged', item: withSla(current, run.rules, run.now) };
    }
    const history = historyOf(current, changes);
    const updated = await this.items.updateWithHistory(
      manager,
      key,
      changes,
      actorOf(run.caller),
      history,
      { bulkId: run.bulkId },
    );
    await this.events.changed(manager, updated, history);
    return { ...base, outcome: 'updated', item: withSla(updated, run.rules, run.now) };
  }

  private async recordBulk(
    manager: EntityManager,
    run: BulkRun,
    body: BulkUpdateDto,
    response: BulkResponseDto,
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
        total: response.total,
        succeeded: response.succeeded,
        unchanged: response.unchanged,
        failed: response.failed,
      },
    });
  }
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
    const key = `${ref.scanId}/${ref.remediationId}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else repeats.push({ field: `items[${index}]`, message: `repeats items[${first}] (${key})` });
  });
  if (repeats.length > 0) throw new InvalidRequest(repeats, 'Each item may appear once.');
}

function compareKeys(a: BulkItemRefDto, b: BulkItemRefDto): number {
  if (a.scanId !== b.scanId) return a.scanId < b.scanId ? -1 : 1;
  return a.remediationId < b.remediationId ? -1 : a.remediationId > b.remediationId ? 1 : 0;
}

function failure(index: number, ref: BulkItemRefDto, error: DomainError): BulkResultDto {
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

function summarise(bulkId: string, results: BulkResultDto[]): BulkResponseDto {
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
