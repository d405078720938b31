import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { normaliseHost } from '../scans/fingerprint';
import {
  ACTIVE_STATUSES,
  RemediationItemEntity,
  RemediationStatus,
} from './remediation-item.entity';
import { ITEM_COLUMNS } from './remediation-items.repository';
import { SlaRules, SlaState } from './sla';
import { Bind, severityRankSql, slaSql } from './sla-sql';
import { queryPrepared } from '../database/prepared';

export const BACKLOG_SORTS = ['position', 'slaDueAt', 'severity', 'updatedAt'] as const;
export type BacklogSort = (typeof BACKLOG_SORTS)[number];

export interface BacklogFilter {
  statuses?: RemediationStatus[];
  severities?: string[];
  owner?: string;
  target?: string;
  scanId?: string;
  overdue?: boolean;
  slaStates?: SlaState[];
  /** 'none' = no verification yet. */
  verification?: string[];
  regression?: boolean;
}

/** Where the previous page ended: the sort key (as text, exact to the microsecond) and the item. */
export interface BacklogKeyset {
  key: string | null;
  scanId: string;
  position: number;
}

export type BacklogRow = RemediationItemEntity & { sortKey: string | null };

/**
 * Each sort: its key (an SQL expression over the row and its SLA), the key's type, the
 * direction. Ties break on (scan_id, position), which is unique within a tenant and never
 * changes, so that a keyset page neither skips nor repeats an item while items change.
 */
const SORTS: Record<BacklogSort, { key: string | null; type: string; desc: boolean }> = {
  // Scan ids are ULIDs: in creation order. Served by the partial index on current items.
  position: { key: null, type: '', desc: false },
  slaDueAt: {
    key: `COALESCE("slaDueAt", 'infinity'::timestamptz)`,
    type: 'timestamptz',
    desc: false,
  },
  severity: { key: `"severityRank"`, type: 'int', desc: false },
  updatedAt: { key: `"updatedAt"`, type: 'timestamptz', desc: true },
};

/**
 * The tenant-wide reads of remediation_items (the backlog across scans, the SLA report).
 * Current items only: a superseded item is history. SLA values are computed in SQL from the
 * tenant's policy, bound as parameters, read at `now` (the Clock, so tests can move it).
 */
@Injectable()
export class BacklogRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The report's counts per severity and in total (GROUPING SETS), SLA read at `now`. */
  slaCounts(
    tenantId: string,
    target: string | undefined,
    rules: SlaRules,
    now: Date,
  ): Promise<SlaCountsRow[]> {
    const params: unknown[] = [];
    const bind: Bind = (value) => {
      params.push(value);
      return `$${params.length}`;
    };
    const sla = slaSql(rules, `${bind(now)}::timestamptz`, bind);
    const tenant = bind(tenantId);
    const targetFilter =
      target === undefined
        ? ''
        : `AND scan_id IN (SELECT id FROM scans WHERE tenant_id = ${tenant} AND target_key = ${bind(normaliseHost(target))})`;
    const active = bind(ACTIVE_STATUSES);
    return this.dataSource.query(
      `WITH items AS (
         SELECT severity, status, ${sla.state} AS state,
                extract(epoch FROM COALESCE(resolved_at, updated_at) - ${sla.clockStart}) / 86400 AS days_to_resolve
           FROM remediation_items
          WHERE tenant_id = ${tenant} AND superseded_by_scan_id IS NULL ${targetFilter}
       )
       SELECT severity,
              count(*) FILTER (WHERE status = ANY(${active}::text[]))::int AS open,
              count(*) FILTER (WHERE state = 'within')::int AS within,
              count(*) FILTER (WHERE state = 'due_soon')::int AS "dueSoon",
              count(*) FILTER (WHERE state = 'breached')::int AS breached,
              count(*) FILTER (WHERE state = 'met')::int AS met,
              count(*) FILTER (WHERE state = 'missed')::int AS missed,
              (percentile_cont(0.5) WITHIN GROUP (ORDER BY days_to_resolve)
                 FILTER (WHERE status = 'done'))::float8 AS "medianDaysToResolve"
         FROM items
        GROUP BY GROUPING SETS ((severity), ())`,
      params,
    );
  }

  page(
    tenantId: string,
    filter: BacklogFilter,
    rules: SlaRules,
    now: Date,
    sort: BacklogSort,
    after: BacklogKeyset | null,
    limit: number,
  ): Promise<BacklogRow[]> {
    const params: unknown[] = [];
    const bind: Bind = (value) => {
      params.push(value);
      return `$${params.length}`;
    };
    const nowSql = `${bind(now)}::timestamptz`;
    const sla = slaSql(rules, nowSql, bind);
    const tenant = bind(tenantId);
    const inner = [`tenant_id = ${tenant}`, 'superseded_by_scan_id IS NULL'];
    const outer: string[] = [];
    if (filter.statuses?.length) inner.push(`status = ANY(${bind(filter.statuses)}::text[])`);
    if (filter.severities?.length) inner.push(`severity = ANY(${bind(filter.severities)}::text[])`);
    if (filter.owner !== undefined) inner.push(`owner = ${bind(filter.owner)}`);
    if (filter.scanId !== undefined) inner.push(`scan_id = ${bind(filter.scanId)}`);
    if (filter.target !== undefined) {
      inner.push(
        `scan_id IN (SELECT id FROM scans WHERE tenant_id = ${tenant} AND target_key = ${bind(normaliseHost(filter.target))})`,
      );
    }
    if (filter.overdue !== undefined) {
      const overdue = `(due_at IS NOT NULL AND due_at < ${nowSql} AND status = ANY(${bind(ACTIVE_STATUSES)}::text[]))`;
      inner.push(filter.overdue ? overdue : `NOT ${overdue}`);
    }
    if (filter.regression !== undefined) inner.push(`regression = ${bind(filter.regression)}`);
    if (filter.verification?.length) {
      const states = bind(filter.verification);
      inner.push(
        `(verification_state = ANY(${states}::text[]) OR (verification_state IS NULL AND 'none' = ANY(${states}::text[])))`,
      );
    }
    if (filter.slaStates?.length) outer.push(`"slaState" = ANY(${bind(filter.slaStates)}::text[])`);
    const order = SORTS[sort];
    const dir = order.desc ? 'DESC' : 'ASC';
    const keyCols = order.key ? [order.key, '"scanId"', 'position'] : ['"scanId"', 'position'];
    if (after) {
      const values = order.key
        ? [
            `${bind(after.key)}::${order.type}`,
            `${bind(after.scanId)}::text`,
            `${bind(after.position)}::int`,
          ]
        : [`${bind(after.scanId)}::text`, `${bind(after.position)}::int`];
      outer.push(`(${keyCols.join(', ')}) ${order.desc ? '<' : '>'} (${values.join(', ')})`);
    }
    // The sort key as text: exact to the microsecond, unlike a JavaScript Date. Prepared: the
    // page of a tenant's backlog is read far more often than any other backlog statement.
    return queryPrepared(
      this.dataSource.manager,
      `SELECT *, ${order.key ? `(${order.key})::text` : 'NULL'} AS "sortKey" FROM (
         SELECT ${ITEM_COLUMNS}, ${sla.dueAt} AS "slaDueAt", ${sla.state} AS "slaState",
                ${severityRankSql()} AS "severityRank"
           FROM remediation_items
          WHERE ${inner.join(' AND ')}
       ) q
       ${outer.length ? `WHERE ${outer.join(' AND ')}` : ''}
       ORDER BY ${keyCols.map((c) => `${c} ${dir}`).join(', ')}
       LIMIT ${bind(limit)}`,
      params,
    );
  }
}

export interface SlaCountsRow {
  /** Null on the totals row. */
  severity: string | null;
  open: number;
  within: number;
  dueSoon: number;
  breached: number;
  met: number;
  missed: number;
  medianDaysToResolve: number | null;
}
