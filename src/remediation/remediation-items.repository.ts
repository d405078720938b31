import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { auditInsertFromSql } from '../audit/audit.repository';
import { Actor } from '../common/auth/principal';
import { NormalisedFinding } from '../scans/import/normalise-findings';
import { remediationIdFor } from '../scans/scan-backlog';
import { FieldChange } from './remediation-history.entity';
import { historyInsertFromSql } from './remediation-history.repository';
import { ItemChanges } from './upsert-rules';
import {
  ACTIVE_STATUSES,
  RemediationItemEntity,
  RemediationStatus,
} from './remediation-item.entity';

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

export interface ItemKey {
  tenantId: string;
  scanId: string;
  remediationId: string;
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
};

/**
 * All SQL on remediation_items. Every statement filters on the tenant. The upsert's one
 * statement also appends history and audit entries, with SQL their repositories supply.
 */
@Injectable()
export class RemediationItemsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One backlog item per finding, rem_001... in finding order, in one statement. */
  async insertBacklog(
    manager: EntityManager,
    tenantId: string,
    scanId: string,
    findings: NormalisedFinding[],
    actor: Actor,
  ): Promise<void> {
    if (findings.length === 0) return;
    await manager.query(
      `INSERT INTO remediation_items (scan_id, tenant_id, remediation_id, position, finding_id, asset_id, title,
                                      severity, fingerprint, fingerprint_quality, location, status, updated_at,
                                      first_seen_at, updated_by_key_id, updated_by_label, version)
       SELECT $1, $2, u.*, 'open', now(), now(), $9, $10, 1
         FROM unnest($3::text[], $4::int[], $5::text[], $6::text[], $7::text[], $8::text[],
                     $11::text[], $12::text[], $13::text[]) AS u`,
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
      ],
    );
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
   * The change, its history entry and its audit entry in one statement, so that an upsert
   * costs the same round trips as the bare minimum (begin, lock, write, commit).
   */
  async updateWithHistory(
    manager: EntityManager,
    key: ItemKey,
    changes: ItemChanges,
    actor: Actor,
    history: Record<string, FieldChange>,
    /** More audit details, e.g. the bulkId of a bulk change. */
    auditDetails: Record<string, unknown> = {},
  ): Promise<RemediationItemEntity> {
    const params: unknown[] = [
      key.tenantId,
      key.scanId,
      key.remediationId,
      actor.keyId,
      actor.label,
      JSON.stringify(history),
      JSON.stringify(auditDetails),
    ];
    const assignments = (Object.entries(changes) as [keyof ItemChanges, unknown][]).map(
      ([field, value]) => {
        params.push(value);
        return `${CHANGE_COLUMNS[field]} = $${params.length}`;
      },
    );
    const rows: RemediationItemEntity[] = await manager.query(
      `WITH updated AS (
         UPDATE remediation_items
            SET ${assignments.join(', ')}, version = version + 1, updated_at = now(),
                updated_by_key_id = $4, updated_by_label = $5
          WHERE tenant_id = $1 AND scan_id = $2 AND remediation_id = $3
          RETURNING ${ITEM_COLUMNS}
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
           details: "jsonb_build_object('version', version, 'changes', $6::jsonb) || $7::jsonb",
         })}
       )
       SELECT * FROM updated`,
      params,
    );
    return rows[0];
  }

  async findOne(key: ItemKey): Promise<RemediationItemEntity | null> {
    const rows: RemediationItemEntity[] = await this.dataSource.query(
      `SELECT ${ITEM_COLUMNS} FROM remediation_items
        WHERE tenant_id = $1 AND scan_id = $2 AND remediation_id = $3`,
      [key.tenantId, key.scanId, key.remediationId],
    );
    return rows[0] ?? null;
  }

  /** Keyset page in finding order: cost depends on the page size, not on the backlog's size. */
  page(
    tenantId: string,
    scanId: string,
    filter: QueueFilter,
    limit: number,
    afterPosition: number,
  ): Promise<RemediationItemEntity[]> {
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
    return this.dataSource.query(
      `SELECT ${ITEM_COLUMNS} FROM remediation_items
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
  async refreshStatistics(): Promise<void> {
    await this.dataSource.query('ANALYZE remediation_items');
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
