/**
 * The upsert's rules as pure functions (no database, no clock unless given): what a request
 * asks for, what it really changes on the current item, what history records, and If-Match.
 */
import { DomainError, InvalidRequest, PreconditionFailed } from '../common/errors/domain-errors';
import { FieldChange } from './remediation-history.entity';
import {
  RemediationItemEntity,
  RemediationStatus,
  VerificationState,
} from './remediation-item.entity';
import { parseTargetDate } from './target-date';

/** The fields a client may change; each is written as given (null clears). */
export interface ItemChanges {
  status?: RemediationStatus;
  owner?: string | null;
  notes?: string | null;
  targetDate?: string | null;
  dueAt?: Date | null;
  assetId?: string | null;
  resolvedAt?: Date | null;
  verificationState?: VerificationState | null;
  verificationScanId?: string | null;
  verificationCheckedAt?: Date | null;
}

/** The upsert body as the rules see it (validated for types by the DTO already). */
export interface UpsertRequest {
  status: RemediationStatus;
  owner?: string | null;
  notes?: string | null;
  targetDate?: string | null;
  assetId?: string | null;
}

/** The item fields the rules read. */
export type ItemState = Pick<
  RemediationItemEntity,
  'status' | 'owner' | 'notes' | 'targetDate' | 'dueAt' | 'assetId' | 'resolvedAt'
> &
  Partial<
    Pick<
      RemediationItemEntity,
      'verificationState' | 'verificationScanId' | 'verificationCheckedAt'
    >
  >;

/** The item fields a write checks before the rules: supersede and version. */
export type WritableItem = ItemState &
  Pick<
    RemediationItemEntity,
    'remediationId' | 'version' | 'supersededByScanId' | 'supersededByRemediationId'
  >;

/** A version the client expects: the If-Match header, or a bulk item's `ifMatch`. */
export interface Precondition {
  /** How the message names it: `If-Match` or `ifMatch`. */
  name: string;
  value: string;
}

/** What a write to one item does: the fields that change and the history entry. */
export interface WritePlan {
  changes: ItemChanges;
  history: Record<string, FieldChange>;
}

/** Closing an item this way is a decision that needs a written justification. */
const NEEDS_JUSTIFICATION: RemediationStatus[] = ['accepted_risk', 'false_positive'];

/** Fields reported in history, in this order. */
const TRACKED_FIELDS = [
  'status',
  'owner',
  'notes',
  'targetDate',
  'assetId',
  'resolvedAt',
  'verificationState',
  'verificationScanId',
] as const;

/** History names verificationState `verification`, as the item shows it. */
const HISTORY_NAMES: Partial<Record<(typeof TRACKED_FIELDS)[number], string>> = {
  verificationState: 'verification',
  verificationScanId: 'verifyScanId',
};

/** What the request asks for, validated on its own (before looking at the item). */
export function requestedChanges(body: UpsertRequest): ItemChanges {
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
export function effectiveChanges(
  current: ItemState,
  requested: ItemChanges,
  now: Date = new Date(),
): ItemChanges {
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
  if (status === 'done' && current.status !== 'done') next.resolvedAt = now;
  if (status !== 'done' && current.resolvedAt !== null) next.resolvedAt = null;
  // Done by hand is a claim until a scan checks it; leaving done withdraws the claim.
  if (status === 'done' && current.status !== 'done') next.verificationState = 'pending';
  if (status !== 'done' && current.verificationState === 'pending') next.verificationState = null;
  return Object.fromEntries(
    Object.entries(next).filter(
      ([field, value]) => !sameValue(current[field as keyof ItemChanges], value),
    ),
  );
}

/** What the history records: the tracked fields that change, from their current values. */
export function historyOf(before: ItemState, changes: ItemChanges): Record<string, FieldChange> {
  const history: Record<string, FieldChange> = {};
  for (const field of TRACKED_FIELDS) {
    if (field in changes) {
      const name = HISTORY_NAMES[field] ?? field;
      history[name] = { from: jsonValue(before[field]), to: jsonValue(changes[field]) };
    }
  }
  return history;
}

/**
 * Every rule of a write to one locked item, in this order: superseded (409), the expected
 * version (412), the business rules (422). Null when nothing would change: a no-op bumps
 * nothing. The single upsert and each item of a bulk change run exactly this. A caller that
 * finds the item superseded resolves its current item first and throws supersededConflict
 * naming it (a query only then); the check here is the guard.
 */
export function planWrite(
  current: WritableItem,
  requested: ItemChanges,
  now: Date,
  precondition?: Precondition,
): WritePlan | null {
  if (current.supersededByScanId) throw supersededConflict(current);
  if (precondition && !versionMatches(precondition.value, current.version)) {
    throw new PreconditionFailed(
      `${precondition.name} ${precondition.value} does not match the current version ${current.version}.`,
    );
  }
  const changes = effectiveChanges(current, requested, now);
  if (Object.keys(changes).length === 0) return null;
  return { changes, history: historyOf(current, changes) };
}

/**
 * A write to a superseded item: 409 naming the current item, the end of its supersededBy chain
 * (the repository's currentOf, which the caller that finds the item superseded resolves first).
 * Without it the item's own successor is named: the current item when one rescan superseded it.
 */
export function supersededConflict(
  item: Pick<
    RemediationItemEntity,
    'remediationId' | 'supersededByScanId' | 'supersededByRemediationId'
  >,
  currentItem?: { scanId: string; remediationId: string },
): DomainError {
  const { scanId, remediationId } = currentItem ?? {
    scanId: item.supersededByScanId!,
    remediationId: item.supersededByRemediationId!,
  };
  const current = `${scanId}/${remediationId}`;
  return new DomainError(
    'conflict',
    `Remediation item ${item.remediationId} was superseded by a rescan: write to ${current} instead.`,
    [
      { field: 'scanId', message: `superseded by scan ${scanId}` },
      { field: 'remediationId', message: `superseded by ${current}` },
    ],
  );
}

/** If-Match: the version as a bare number, a quoted or weak ETag, or `*`. */
export function versionMatches(ifMatch: string, version: number): boolean {
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

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : false;
  }
  return (a ?? null) === (b ?? null);
}

function jsonValue(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : (value ?? null);
}
