import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { queryPrepared } from '../database/prepared';
import { auditInsertFromSql } from '../audit/audit.repository';
import { Actor, RESCAN_ACTOR } from '../common/auth/principal';
import { NormalisedFinding } from '../scans/import/normalise-findings';
import { remediationIdFor } from '../scans/scan-backlog';
import { FieldChange } from './remediation-history.entity';
import { historyInsertFromSql } from './remediation-history.repository';
import { SlaPolicyEntity } from './sla-policy.entity';
import { policyJsonSql } from './sla-policy.repository';
import { ItemChanges } from './upsert-rules';
import {
  ACTIVE_STATUSES,
  RemediationItemEntity,
  RemediationStatus,
} from './remediation-item.entity';
import { refreshStatisticsIfStale } from '../database/planner-statistics';

export const ITEM_COLUMNS = `scan_id AS "scanId", remediation_id AS "remediationId", tenant_id AS "tenantId", position,
  finding_id AS "findingId", asset_id AS "assetId", title, severity, status, owner, notes,
  target_date AS "targetDate", due_at AS "dueAt", resolved_at AS "resolvedAt", created_at AS "createdAt",
  updated_at AS "updatedAt", updated_by_key_id AS "updatedByKeyId", updated_by_label AS "updatedByLabel", version,
  fingerprint, fingerprint_quality AS "fingerprintQuality", location, first_seen_at AS "firstSeenAt",
  carried_from_scan_id AS "carriedFromScanId", carried_from_remediation_id AS "carriedFromRemediationId",
  superseded_by_scan_id AS "supersededByScanId", superseded_by_remediation_id AS "supersededByRemediationId",
  duplicate_of_remediation_id AS "duplicateOfRemediationId", regression, reopen_count AS "reopenCount",
  reopened_at AS "reopenedAt", verification_state AS "verificationState",
  verification_scan_id AS "verificationScanId", verification_checked_at AS "verificationCheckedAt",
  sla_breach_recorded_for AS "slaBreachRecordedFor"`;

/**
 * One item with its tenant's SLA policy: read by every upsert and item request, so built once
 * (a text made per call is hashed again to find its prepared statement).
 */
const FIND_ONE_SQL = `SELECT ${ITEM_COLUMNS}, ${policyJsonSql('$1')} AS "slaPolicy" FROM remediation_items
  WHERE tenant_id = $1 AND scan_id = $2 AND remediation_id = $3`;

/** How many rescans currentOf follows at most (a guard: no chain loops, each hop is newer). */
const MAX_SUPERSEDE_DEPTH = 1000;

/**
 * The end of each item's supersededBy chain ($2/$3, of tenant $1), one primary-key lookup a
 * hop, at most $4 hops: per item, the furthest one reached (the one not superseded).
 */
const CURRENT_OF_SQL = `WITH RECURSIVE chain AS (
    SELECT f.from_scan, f.from_rem, i.scan_id, i.remediation_id,
           i.superseded_by_scan_id, i.superseded_by_remediation_id, 0 AS depth
      FROM unnest($2::text[], $3::text[]) AS f(from_scan, from_rem)
      JOIN remediation_items i
        ON i.tenant_id = $1 AND i.scan_id = f.from_scan AND i.remediation_id = f.from_rem
    UNION ALL
    SELECT c.from_scan, c.from_rem, n.scan_id, n.remediation_id,
           n.superseded_by_scan_id, n.superseded_by_remediation_id, c.depth + 1
      FROM chain c
      JOIN remediation_items n
        ON n.tenant_id = $1 AND n.scan_id = c.superseded_by_scan_id
       AND n.remediation_id = c.superseded_by_remediation_id
     WHERE c.depth < $4
  )
  SELECT DISTINCT ON (from_scan, from_rem)
         from_scan AS "fromScanId", from_rem AS "fromRemediationId",
         scan_id AS "scanId", remediation_id AS "remediationId"
    FROM chain
   ORDER BY from_scan, from_rem, depth DESC`;

/** What the optimistic write returns of the row (updateIfVersion). */
const WRITTEN_COLUMNS = `version, updated_at AS "updatedAt", sla_breach_recorded_for AS "slaBreachRecordedFor"`;
type WrittenColumns = Pick<RemediationItemEntity, 'version' | 'updatedAt' | 'slaBreachRecordedFor'>;

/**
 * The texts of writeChange's statement by shape (the fields it sets, whether it checks the
 * version, whether it has extra CTEs): its placeholders depend on nothing else. Built once,
 * and the same string every time, so that finding its prepared statement does not hash and
 * compare kilobytes of text per request. Few shapes exist; past the bound texts are built.
 */
const MAX_WRITE_SHAPES = 64;
const writeTexts = new Map<string, string>();

function rememberWriteText(shape: string, text: string): string {
  if (writeTexts.size < MAX_WRITE_SHAPES) writeTexts.set(shape, text);
  return text;
}

/**
 * More CTEs for the statement that writes a change, built on its CTE `source` (the updated
 * row): `ctes` to append, `select` an expression the final SELECT reads, so that CTEs without
 * side effects of their own (a NOTIFY) run too.
 */
export type ExtraCtes = (
  param: (value: unknown) => string,
  source: string,
) => { ctes: string; select: string };

/** An item with its tenant's SLA policy row (null: the defaults), read by the same statement. */
export type ItemWithPolicy = RemediationItemEntity & { slaPolicy: SlaPolicyEntity | null };

export interface ItemKey {
  tenantId: string;
  scanId: string;
  remediationId: string;
}

export interface ItemRef {
  scanId: string;
  remediationId: string;
}

/** An item's key in maps of items: `scanId/remediationId`. */
export const itemKey = (ref: ItemRef): string => `${ref.scanId}/${ref.remediationId}`;

/** What a new item of a rescan inherits from the baseline item it continues. */
export interface InheritedFields {
  status: RemediationStatus;
  owner: string | null;
  notes: string | null;
  targetDate: string | null;
  dueAt: Date | null;
  firstSeenAt: Date;
  carriedFrom: ItemRef;
  regression: boolean;
  reopenCount: number;
  reopenedAt: Date | null;
  /** The SLA clock whose breach the baseline item has recorded: the same clock is not recorded twice. */
  slaBreachRecordedFor: Date | null;
}

/** The new state of a baseline item after a rescan (every column written as given). */
export interface BaselineChange extends ItemRef {
  supersededByScanId: string | null;
  supersededByRemediationId: string | null;
  status: RemediationStatus;
  resolvedAt: Date | null;
  verificationState: string | null;
  verificationScanId: string | null;
  verificationCheckedAt: Date | null;
  history: Record<string, FieldChange>;
  /** The audit action: remediation.carried, remediation.reopened or remediation.fixed. */
  action: string;
}

/** One item's write in a set-based change: its locked row, what changes, its history entry. */
export interface ItemWrite {
  current: RemediationItemEntity;
  changes: ItemChanges;
  history: Record<string, FieldChange>;
}

export interface QueueFilter {
  statuses?: RemediationStatus[];
  severities?: string[];
  owner?: string;
  overdue?: boolean;
}

const CHANGE_COLUMNS: Record<keyof ItemChanges, string> = {
  status: 'status',
  owner: 'owner',
  notes: 'notes',
  targetDate: 'target_date',
  dueAt: 'due_at',
  assetId: 'asset_id',
  resolvedAt: 'resolved_at',
  verificationState: 'verification_state',
  verificationScanId: 'verification_scan_id',
  verificationCheckedAt: 'verification_checked_at',
};

/** The SQL array type of each changeable column, for rows that travel through unnest(). */
const CHANGE_TYPES: Record<keyof ItemChanges, string> = {
  status: 'text',
  owner: 'text',
  notes: 'text',
  targetDate: 'text',
  dueAt: 'timestamptz',
  assetId: 'text',
  resolvedAt: 'timestamptz',
  verificationState: 'text',
  verificationScanId: 'text',
  verificationCheckedAt: 'timestamptz',
};
const CHANGE_FIELDS = Object.keys(CHANGE_COLUMNS) as (keyof ItemChanges)[];

/**
 * All SQL on remediation_items. Every statement filters on the tenant. The upsert's one
 * statement also appends history and audit entries, with SQL their repositories supply.
 */
@Injectable()
export class RemediationItemsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * One backlog item per finding, rem_001... in finding order, in one statement. A rescan
   * hands what each item inherits from its baseline item; a plain import inherits nothing.
   */
  async insertBacklog(
    manager: EntityManager,
    tenantId: string,
    scanId: string,
    findings: NormalisedFinding[],
    actor: Actor,
    inherited: Map<number, InheritedFields> = new Map(),
  ): Promise<void> {
    if (findings.length === 0) return;
    const from = (f: NormalisedFinding): InheritedFields | undefined => inherited.get(f.position);
    await manager.query(
      `INSERT INTO remediation_items (scan_id, tenant_id, remediation_id, position, finding_id, asset_id, title,
                                      severity, fingerprint, fingerprint_quality, location, status, owner, notes,
                                      target_date, due_at, first_seen_at, carried_from_scan_id,
                                      carried_from_remediation_id, duplicate_of_remediation_id, regression,
                                      reopen_count, reopened_at, updated_at, updated_by_key_id, updated_by_label,
                                      version, sla_breach_recorded_for)
       SELECT $1, $2, u.remediation_id, u.position, u.finding_id, u.asset_id, u.title, u.severity, u.fingerprint,
              u.quality, u.location, coalesce(u.status, 'open'), u.owner, u.notes, u.target_date, u.due_at,
              coalesce(u.first_seen_at, now()), u.carried_scan, u.carried_rem, u.duplicate_of,
              coalesce(u.regression, false), coalesce(u.reopen_count, 0), u.reopened_at, now(), $9, $10, 1,
              u.sla_breach_recorded_for
         FROM unnest($3::text[], $4::int[], $5::text[], $6::text[], $7::text[], $8::text[],
                     $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[],
                     $17::text[], $18::timestamptz[], $19::timestamptz[], $20::text[], $21::text[],
                     $22::text[], $23::boolean[], $24::int[], $25::timestamptz[], $26::timestamptz[])
           AS u(remediation_id, position, finding_id, asset_id, title, severity, fingerprint, quality,
                location, status, owner, notes, target_date, due_at, first_seen_at, carried_scan,
                carried_rem, duplicate_of, regression, reopen_count, reopened_at, sla_breach_recorded_for)`,
      [
        scanId,
        tenantId,
        findings.map((f) => remediationIdFor(f.position)),
        findings.map((f) => f.position),
        findings.map((f) => f.findingId),
        findings.map((f) => f.assetId),
        findings.map((f) => f.title),
        findings.map((f) => f.severity),
        actor.keyId,
        actor.label,
        findings.map((f) => f.fingerprint),
        findings.map((f) => f.fingerprintQuality),
        findings.map((f) => f.location),
        findings.map((f) => from(f)?.status ?? null),
        findings.map((f) => from(f)?.owner ?? null),
        findings.map((f) => from(f)?.notes ?? null),
        findings.map((f) => from(f)?.targetDate ?? null),
        findings.map((f) => from(f)?.dueAt ?? null),
        findings.map((f) => from(f)?.firstSeenAt ?? null),
        findings.map((f) => from(f)?.carriedFrom.scanId ?? null),
        findings.map((f) => from(f)?.carriedFrom.remediationId ?? null),
        findings.map((f) => (f.duplicateOf ? remediationIdFor(f.duplicateOf.position) : null)),
        findings.map((f) => from(f)?.regression ?? null),
        findings.map((f) => from(f)?.reopenCount ?? null),
        findings.map((f) => from(f)?.reopenedAt ?? null),
        findings.map((f) => from(f)?.slaBreachRecordedFor ?? null),
      ],
    );
  }

  /** Takes a transaction-scoped advisory lock: transactions with the same key take turns. */
  async serialiseImports(manager: EntityManager, key: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [key]);
  }

  /**
   * The current items a rescan compares against, locked in key order (no deadlocks between
   * imports): an upsert that got its lock first lands before the carry-forward reads the row,
   * one that comes later finds the row superseded. One query whatever the baseline's size.
   */
  lockBaseline(
    manager: EntityManager,
    tenantId: string,
    source: { targetKey: string; excludeScanId: string } | { scanId: string },
  ): Promise<RemediationItemEntity[]> {
    const scans =
      'scanId' in source
        ? { sql: 'scan_id = $2', params: [source.scanId] }
        : {
            sql: `scan_id IN (SELECT id FROM scans WHERE tenant_id = $1 AND target_key = $2 AND id <> $3)`,
            params: [source.targetKey, source.excludeScanId],
          };
    return manager.query(
      `SELECT ${ITEM_COLUMNS} FROM remediation_items
        WHERE tenant_id = $1 AND ${scans.sql}
          AND superseded_by_scan_id IS NULL AND duplicate_of_remediation_id IS NULL
        ORDER BY scan_id, remediation_id
        FOR UPDATE`,
      [tenantId, ...scans.params],
    );
  }

  /**
   * What a rescan changes on baseline items, with one history and one audit entry each whose
   * actor is the system: one statement for all of them (rows travel through unnest()).
   */
  async applyRescanChanges(
    manager: EntityManager,
    tenantId: string,
    changes: BaselineChange[],
  ): Promise<void> {
    if (changes.length === 0) return;
    const actor = RESCAN_ACTOR;
    await manager.query(
      `WITH input AS (
         SELECT * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::timestamptz[],
                              $8::text[], $9::text[], $10::timestamptz[], $11::jsonb[], $12::text[])
           AS u(scan_id, remediation_id, sup_scan, sup_rem, status, resolved_at, v_state, v_scan, v_at,
                changes, action)
       ), updated AS (
         UPDATE remediation_items r
            SET superseded_by_scan_id = i.sup_scan, superseded_by_remediation_id = i.sup_rem,
                status = i.status, resolved_at = i.resolved_at, verification_state = i.v_state,
                verification_scan_id = i.v_scan, verification_checked_at = i.v_at,
                version = r.version + 1, updated_at = now(), updated_by_key_id = NULL,
                updated_by_label = $13
           FROM input i
          WHERE r.tenant_id = $1 AND r.scan_id = i.scan_id AND r.remediation_id = i.remediation_id
          RETURNING r.scan_id, r.remediation_id, r.version, i.changes, i.action
       ), history AS (
         ${historyInsertFromSql({
           source: 'updated',
           tenantId: '$1',
           scanId: 'scan_id',
           remediationId: 'remediation_id',
           version: 'version',
           actorKeyId: 'NULL',
           actorLabel: '$13',
           changes: 'changes',
           actorType: "'system'",
         })}
       )
       ${auditInsertFromSql({
         source: 'updated',
         tenantId: '$1',
         actorKeyId: 'NULL',
         actorLabel: '$13',
         action: 'action',
         targetType: "'remediation_item'",
         targetId: "scan_id || '/' || remediation_id",
         details: "jsonb_build_object('version', version, 'changes', changes)",
         actorType: "'system'",
       })}`,
      [
        tenantId,
        changes.map((c) => c.scanId),
        changes.map((c) => c.remediationId),
        changes.map((c) => c.supersededByScanId),
        changes.map((c) => c.supersededByRemediationId),
        changes.map((c) => c.status),
        changes.map((c) => c.resolvedAt),
        changes.map((c) => c.verificationState),
        changes.map((c) => c.verificationScanId),
        changes.map((c) => c.verificationCheckedAt),
        changes.map((c) => JSON.stringify(c.history)),
        changes.map((c) => c.action),
        actor.label,
      ],
    );
  }

  /** The first history entry of items a rescan created from a baseline item. */
  async insertOriginHistory(
    manager: EntityManager,
    tenantId: string,
    scanId: string,
    entries: { remediationId: string; changes: Record<string, FieldChange> }[],
  ): Promise<void> {
    if (entries.length === 0) return;
    await manager.query(
      `WITH input AS (
         SELECT * FROM unnest($3::text[], $4::jsonb[]) AS u(remediation_id, changes)
       )
       ${historyInsertFromSql({
         source: 'input',
         tenantId: '$1',
         scanId: '$2',
         remediationId: 'remediation_id',
         version: '1',
         actorKeyId: 'NULL',
         actorLabel: '$5',
         changes: 'changes',
         actorType: "'system'",
       })}`,
      [
        tenantId,
        scanId,
        entries.map((e) => e.remediationId),
        entries.map((e) => JSON.stringify(e.changes)),
        RESCAN_ACTOR.label,
      ],
    );
  }

  /** The non-duplicate item of a scan with this fingerprint (verify's "still present"). */
  async findInScan(
    manager: EntityManager,
    tenantId: string,
    scanId: string,
    fingerprint: string,
  ): Promise<RemediationItemEntity | null> {
    const rows: RemediationItemEntity[] = await manager.query(
      `SELECT ${ITEM_COLUMNS} FROM remediation_items
        WHERE tenant_id = $1 AND scan_id = $2 AND fingerprint = $3 AND duplicate_of_remediation_id IS NULL
        ORDER BY position LIMIT 1`,
      [tenantId, scanId, fingerprint],
    );
    return rows[0] ?? null;
  }

  /** Whether a scan has any item at this location (the location was rescanned). */
  async locationSeen(
    manager: EntityManager,
    tenantId: string,
    scanId: string,
    location: string,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM remediation_items WHERE tenant_id = $1 AND scan_id = $2 AND location = $3 LIMIT 1`,
      [tenantId, scanId, location],
    );
    return rows.length > 0;
  }

  /** Items by key, in the order given (the rescan diff's page). */
  async findMany(tenantId: string, keys: ItemRef[]): Promise<RemediationItemEntity[]> {
    if (keys.length === 0) return [];
    const rows: RemediationItemEntity[] = await this.dataSource.query(
      `SELECT ${ITEM_COLUMNS} FROM remediation_items
        WHERE tenant_id = $1 AND (scan_id, remediation_id) IN (SELECT * FROM unnest($2::text[], $3::text[]))`,
      [tenantId, keys.map((k) => k.scanId), keys.map((k) => k.remediationId)],
    );
    const byKey = new Map(rows.map((r) => [itemKey(r), r]));
    return keys.map((k) => byKey.get(itemKey(k))!).filter(Boolean);
  }

  /**
   * The current item of each of these superseded items: the end of its supersededBy chain (the
   * item no rescan superseded), keyed by the given item's itemKey, in one
   * statement. Only for items already found superseded (the 409's detail), never on a write's
   * way. The walk is bounded: past the bound it names the furthest item reached. A key not
   * found is missing from the map.
   */
  async currentOf(
    manager: EntityManager,
    tenantId: string,
    superseded: ItemRef[],
  ): Promise<Map<string, ItemRef>> {
    if (superseded.length === 0) return new Map();
    const rows: (ItemRef & { fromScanId: string; fromRemediationId: string })[] =
      await manager.query(CURRENT_OF_SQL, [
        tenantId,
        superseded.map((k) => k.scanId),
        superseded.map((k) => k.remediationId),
        MAX_SUPERSEDE_DEPTH,
      ]);
    return new Map(
      rows.map((r) => [
        itemKey({ scanId: r.fromScanId, remediationId: r.fromRemediationId }),
        { scanId: r.scanId, remediationId: r.remediationId },
      ]),
    );
  }

  /** currentOf for one superseded item of a tenant. */
  async currentItemOf(
    manager: EntityManager,
    item: ItemRef & { tenantId: string },
  ): Promise<ItemRef | undefined> {
    return (await this.currentOf(manager, item.tenantId, [item])).get(itemKey(item));
  }

  /** Locks the row until the transaction ends, so that concurrent writers take turns. */
  async lock(manager: EntityManager, key: ItemKey): Promise<RemediationItemEntity | null> {
    const rows: RemediationItemEntity[] = await manager.query(
      `SELECT ${ITEM_COLUMNS} FROM remediation_items
        WHERE tenant_id = $1 AND scan_id = $2 AND remediation_id = $3
        FOR UPDATE`,
      [key.tenantId, key.scanId, key.remediationId],
    );
    return rows[0] ?? null;
  }

  /**
   * Locks every one of these items of the tenant (the others are not returned) until the
   * transaction ends, in key order: two bulk changes over overlapping items take turns rather
   * than deadlock, and a single upsert (one row) waits or is waited for. One statement.
   */
  lockMany(
    manager: EntityManager,
    tenantId: string,
    keys: ItemRef[],
  ): Promise<RemediationItemEntity[]> {
    if (keys.length === 0) return Promise.resolve([]);
    return manager.query(
      `SELECT ${ITEM_COLUMNS} FROM remediation_items
        WHERE tenant_id = $1 AND (scan_id, remediation_id) IN (SELECT * FROM unnest($2::text[], $3::text[]))
        ORDER BY scan_id, remediation_id
        FOR UPDATE`,
      [tenantId, keys.map((k) => k.scanId), keys.map((k) => k.remediationId)],
    );
  }

  /**
   * Many changes of one bulk, each with its history and audit entry carrying the bulkId, in
   * one statement: the rows travel through unnest() with every changeable column's new value
   * (the locked row's value where the item's change leaves the column alone). The rows must
   * be locked by this transaction (lockMany), so that those values are the current ones.
   */
  async updateManyWithHistory(
    manager: EntityManager,
    tenantId: string,
    writes: ItemWrite[],
    actor: Actor,
    bulkId: string,
  ): Promise<RemediationItemEntity[]> {
    if (writes.length === 0) return [];
    const valueOf = (w: ItemWrite, field: keyof ItemChanges): unknown =>
      field in w.changes ? w.changes[field] : (w.current[field] ?? null);
    const params: unknown[] = [
      tenantId,
      actor.keyId,
      actor.label,
      bulkId,
      writes.map((w) => w.current.scanId),
      writes.map((w) => w.current.remediationId),
      writes.map((w) => JSON.stringify(w.history)),
      ...CHANGE_FIELDS.map((field) => writes.map((w) => valueOf(w, field))),
    ];
    const arrays = CHANGE_FIELDS.map((field, i) => `$${8 + i}::${CHANGE_TYPES[field]}[]`);
    const rows: (RemediationItemEntity & { history: unknown })[] = await manager.query(
      `WITH input AS (
         SELECT * FROM unnest($5::text[], $6::text[], $7::jsonb[], ${arrays.join(', ')})
           AS u(in_scan_id, in_remediation_id, in_history, ${CHANGE_FIELDS.map((f) => `in_${CHANGE_COLUMNS[f]}`).join(', ')})
       ), updated AS (
         UPDATE remediation_items
            SET ${CHANGE_FIELDS.map((f) => `${CHANGE_COLUMNS[f]} = in_${CHANGE_COLUMNS[f]}`).join(', ')},
                version = version + 1, updated_at = now(), updated_by_key_id = $2, updated_by_label = $3
           FROM input
          WHERE tenant_id = $1 AND scan_id = in_scan_id AND remediation_id = in_remediation_id
          RETURNING ${ITEM_COLUMNS}, in_history AS history
       ), history AS (
         ${historyInsertFromSql({
           source: 'updated',
           tenantId: '$1',
           scanId: '"scanId"',
           remediationId: '"remediationId"',
           version: 'version',
           actorKeyId: '$2',
           actorLabel: '$3',
           changes: 'history',
           bulkId: '$4',
         })}
       ), audit AS (
         ${auditInsertFromSql({
           source: 'updated',
           tenantId: '$1',
           actorKeyId: '$2',
           actorLabel: '$3',
           action: "'remediation.updated'",
           targetType: "'remediation_item'",
           targetId: `"scanId" || '/' || "remediationId"`,
           details:
             "jsonb_build_object('version', version, 'changes', history, 'bulkId', $4::text)",
         })}
       )
       SELECT * FROM updated`,
      params,
    );
    return rows.map(({ history: _history, ...item }) => item);
  }

  /**
   * The change, its history entry and its audit entry in one statement, inside the caller's
   * transaction (the row locked by lock()).
   */
  async updateWithHistory(
    manager: EntityManager,
    key: ItemKey,
    changes: ItemChanges,
    actor: Actor,
    history: Record<string, FieldChange>,
  ): Promise<RemediationItemEntity> {
    const rows = await this.writeChange(manager, { key, changes, actor, history });
    return rows[0];
  }

  /**
   * The change of an item as it was `read`, with its history, audit entry and the CTEs `also`
   * builds on `updated` (its webhook event), as ONE statement: atomic without a transaction,
   * and a round trip in all. Null, with nothing written, when another writer changed or
   * superseded the item since it was read. The statement returns only what it does not know
   * in advance (version, updated_at, the SLA sweep's marker): every other writer bumps the
   * version, which the statement checks, so the rest of the row is the row read with the
   * changes applied.
   */
  async updateIfVersion(
    read: RemediationItemEntity,
    changes: ItemChanges,
    actor: Actor,
    history: Record<string, FieldChange>,
    also: ExtraCtes,
  ): Promise<RemediationItemEntity | null> {
    const rows = await this.writeChange(this.dataSource.manager, {
      key: read,
      changes,
      actor,
      history,
      expectedVersion: read.version,
      also,
    });
    if (rows.length === 0) return null;
    return {
      ...read,
      ...changes,
      ...(rows[0] as WrittenColumns),
      updatedByKeyId: actor.keyId,
      updatedByLabel: actor.label,
    };
  }

  private async writeChange(
    manager: EntityManager,
    change: {
      key: ItemKey;
      changes: ItemChanges;
      actor: Actor;
      history: Record<string, FieldChange>;
      expectedVersion?: number;
      also?: ExtraCtes;
    },
  ): Promise<RemediationItemEntity[]> {
    const { key, actor } = change;
    const params: unknown[] = [
      key.tenantId,
      key.scanId,
      key.remediationId,
      actor.keyId,
      actor.label,
      JSON.stringify(change.history),
    ];
    const param = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    const fields = Object.keys(change.changes) as (keyof ItemChanges)[];
    const assignments = fields.map(
      (field) => `${CHANGE_COLUMNS[field]} = ${param(change.changes[field])}`,
    );
    const checksVersion = change.expectedVersion !== undefined;
    const versionCheck = checksVersion
      ? `AND version = ${param(change.expectedVersion)} AND superseded_by_scan_id IS NULL`
      : '';
    const also = change.also ? change.also(param, 'updated') : null;
    // The optimistic write knows the rest of the row (updateIfVersion): it returns the rest only.
    const returning = checksVersion ? WRITTEN_COLUMNS : ITEM_COLUMNS;
    const shape = `${fields.join()}|${checksVersion}|${also !== null}`;
    const sql =
      writeTexts.get(shape) ??
      rememberWriteText(
        shape,
        `WITH updated AS (
         UPDATE remediation_items
            SET ${assignments.join(', ')}, version = version + 1, updated_at = now(),
                updated_by_key_id = $4, updated_by_label = $5
          WHERE tenant_id = $1 AND scan_id = $2 AND remediation_id = $3 ${versionCheck}
          RETURNING ${returning}
       ), history AS (
         ${historyInsertFromSql({
           source: 'updated',
           tenantId: '$1',
           scanId: '$2',
           remediationId: '$3',
           version: 'version',
           actorKeyId: '$4',
           actorLabel: '$5',
           changes: '$6::jsonb',
         })}
       ), audit AS (
         ${auditInsertFromSql({
           source: 'updated',
           tenantId: '$1',
           actorKeyId: '$4',
           actorLabel: '$5',
           action: "'remediation.updated'",
           targetType: "'remediation_item'",
           targetId: "$2 || '/' || $3",
           details: "jsonb_build_object('version', version, 'changes', $6::jsonb)",
         })}
       )${also ? `, ${also.ctes}` : ''}
       SELECT updated.*${also ? `, ${also.select} AS "_also"` : ''} FROM updated`,
      );
    // Outside a transaction (the optimistic single upsert) this is the hot statement: prepared.
    const rows = await queryPrepared<RemediationItemEntity>(manager, sql, params);
    for (const row of rows) delete (row as { _also?: unknown })._also;
    return rows;
  }

  async findOne(key: ItemKey): Promise<ItemWithPolicy | null> {
    const rows = await queryPrepared<ItemWithPolicy>(this.dataSource.manager, FIND_ONE_SQL, [
      key.tenantId,
      key.scanId,
      key.remediationId,
    ]);
    return rows[0] ?? null;
  }

  /** Keyset page in finding order: cost depends on the page size, not on the backlog's size. */
  page(
    tenantId: string,
    scanId: string,
    filter: QueueFilter,
    limit: number,
    afterPosition: number,
  ): Promise<ItemWithPolicy[]> {
    const params: unknown[] = [tenantId, scanId, afterPosition, limit];
    const conditions: string[] = [];
    const add = (sql: (placeholder: string) => string, value: unknown): void => {
      params.push(value);
      conditions.push(sql(`$${params.length}`));
    };
    if (filter.statuses?.length) add((p) => `status = ANY(${p}::text[])`, filter.statuses);
    if (filter.severities?.length) add((p) => `severity = ANY(${p}::text[])`, filter.severities);
    if (filter.owner !== undefined) add((p) => `owner = ${p}`, filter.owner);
    if (filter.overdue !== undefined) {
      add(
        (p) =>
          `${filter.overdue ? '' : 'NOT '}(due_at IS NOT NULL AND due_at < now() AND status = ANY(${p}::text[]))`,
        ACTIVE_STATUSES,
      );
    }
    return queryPrepared(
      this.dataSource.manager,
      `SELECT ${ITEM_COLUMNS}, ${policyJsonSql('$1')} AS "slaPolicy" FROM remediation_items
        WHERE tenant_id = $1 AND scan_id = $2 AND position > $3 ${conditions.map((c) => `AND ${c}`).join(' ')}
        ORDER BY position
        LIMIT $4`,
      params,
    );
  }

  /** Open items (ACTIVE_STATUSES) of each of these scans, in one statement. */
  async activeCounts(tenantId: string, scanIds: string[]): Promise<Map<string, number>> {
    if (scanIds.length === 0) return new Map();
    const rows: { scanId: string; count: number }[] = await this.dataSource.query(
      `SELECT scan_id AS "scanId", count(*)::int AS count FROM remediation_items
        WHERE tenant_id = $1 AND scan_id = ANY($2::text[]) AND status = ANY($3::text[])
        GROUP BY scan_id`,
      [tenantId, scanIds, ACTIVE_STATUSES],
    );
    return new Map(rows.map((row) => [row.scanId, row.count]));
  }

  /**
   * Fresh planner statistics after an import (see ScansService): without them a queue page
   * may sort a whole backlog until autovacuum catches up.
   */
  async refreshStatistics(rowsWritten: number): Promise<void> {
    await refreshStatisticsIfStale(this.dataSource, 'remediation_items', rowsWritten);
  }

  async statusCounts(tenantId: string, scanId: string): Promise<Map<RemediationStatus, number>> {
    const rows: { status: RemediationStatus; count: number }[] = await this.dataSource.query(
      `SELECT status, count(*)::int AS count FROM remediation_items
        WHERE tenant_id = $1 AND scan_id = $2 GROUP BY status`,
      [tenantId, scanId],
    );
    return new Map(rows.map((row) => [row.status, row.count]));
  }
}
