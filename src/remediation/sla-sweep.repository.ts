import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DEFAULT_SLA_RULES } from './sla';
import { ACTIVE_STATUSES_SQL, DAY } from './sla-sql';

export interface RecordedBreach {
  tenantId: string;
  scanId: string;
  remediationId: string;
  version: number;
  severity: string;
  clockStartAt: Date;
  dueAt: Date;
}

/**
 * Two clock starts compared to the millisecond: a clock carried to a rescan's item travels
 * through a JavaScript Date, which keeps milliseconds, not Postgres's microseconds.
 */
function otherClock(recorded: string, clock: string): string {
  return `date_trunc('milliseconds', ${recorded}) IS DISTINCT FROM date_trunc('milliseconds', ${clock})`;
}

/**
 * Which current items can have a breach to record: the predicate of the index
 * idx_remediation_items_sla_unrecorded, which the statement repeats so that the planner uses
 * it (the sla e2e spec fails if the two part). An item is recorded for its clock start, which
 * is its first-seen time unless a regression restarted it: an item recorded for its
 * first-seen time and never reopened has nothing left to record.
 */
const UNRECORDED = `r.superseded_by_scan_id IS NULL
            AND r.status IN (${ACTIVE_STATUSES_SQL})
            AND (r.sla_breach_recorded_for IS DISTINCT FROM r.first_seen_at OR r.regression)`;

/** The clock start of an item `r` under its tenant's policy row `p` (sla.ts's clockStartOf). */
const CLOCK_START = `CASE WHEN COALESCE(p.restart_on_reopen, false) AND r.regression AND r.reopened_at IS NOT NULL
                          THEN r.reopened_at ELSE r.first_seen_at END`;

/**
 * The sweep's one statement over remediation_items (with its history and audit entries): the
 * SLA of every tenant's current open items, each under its tenant's policy (a tenant without a
 * row has the defaults). `sla_breach_recorded_for` holds the clock start whose breach has been
 * recorded: a new clock (restartOnReopen after a regression) is recorded again, the same clock
 * never twice.
 *
 * It reads only items that can be due under the strictest policy: per severity, those first
 * seen before now minus the fewest days any policy (or the defaults) gives it. A clock never
 * starts before the item was first seen (a reopen comes with a later scan; a reopen stamped
 * early by an instance's skewed clock is recorded that much late), so no due item is left
 * out, and the items within every SLA, the bulk of a large backlog, are not read at all.
 * Exported for the spec that checks what it reads; recordBatch is its only caller.
 */
export const RECORD_BATCH_SQL = `WITH earliest_days AS (
     SELECT d.key AS severity, min(d.value::int) AS days
       FROM (SELECT $1::jsonb AS days UNION ALL SELECT days FROM sla_policies) policy
      CROSS JOIN LATERAL jsonb_each_text(policy.days) d
      WHERE d.value IS NOT NULL
      GROUP BY d.key
   ), due AS (
     SELECT candidate.* FROM earliest_days e
      CROSS JOIN LATERAL (
        SELECT r.scan_id, r.remediation_id, c.clock_start, c.clock_start + c.days * ${DAY} AS due_at
          FROM remediation_items r
          LEFT JOIN sla_policies p ON p.tenant_id = r.tenant_id
         CROSS JOIN LATERAL (
           SELECT ${CLOCK_START} AS clock_start, (COALESCE(p.days, $1::jsonb) ->> r.severity)::int AS days
         ) c
         WHERE r.severity = e.severity AND r.first_seen_at < $2::timestamptz - e.days * ${DAY}
           AND ${UNRECORDED}
           AND c.days IS NOT NULL
           AND c.clock_start + c.days * ${DAY} < $2::timestamptz
           AND ${otherClock('r.sla_breach_recorded_for', 'c.clock_start')}
         LIMIT $3
         FOR UPDATE OF r SKIP LOCKED
      ) candidate
      LIMIT $3
   ), updated AS (
     UPDATE remediation_items r
        SET sla_breach_recorded_for = due.clock_start
       FROM due
      WHERE r.scan_id = due.scan_id AND r.remediation_id = due.remediation_id
        AND ${otherClock('r.sla_breach_recorded_for', 'due.clock_start')}
     RETURNING r.tenant_id, r.scan_id, r.remediation_id, r.version, r.severity, due.clock_start, due.due_at
   ), history AS (
     INSERT INTO remediation_history
            (tenant_id, scan_id, remediation_id, version, actor_key_id, actor_type, actor_label, changes, at)
     SELECT tenant_id, scan_id, remediation_id, version, NULL, 'system', 'sla',
            jsonb_build_object('slaState', jsonb_build_object('from', NULL, 'to', 'breached')), now()
       FROM updated
   ), audit AS (
     INSERT INTO audit_log (tenant_id, actor_key_id, actor_type, actor_label, action, target_type, target_id, details, at)
     SELECT tenant_id, NULL, 'system', 'sla', 'remediation.sla_breached', 'remediation_item',
            scan_id || '/' || remediation_id,
            jsonb_build_object('version', version, 'severity', severity, 'clockStartAt', clock_start,
                               'dueAt', due_at),
            now()
       FROM updated
   )
   SELECT tenant_id AS "tenantId", scan_id AS "scanId", remediation_id AS "remediationId", version,
          severity, clock_start AS "clockStartAt", due_at AS "dueAt"
     FROM updated`;

export function recordBatchParams(now: Date, limit: number): unknown[] {
  return [JSON.stringify(DEFAULT_SLA_RULES.days), now, limit];
}

@Injectable()
export class SlaSweepRepository {
  /**
   * Up to `limit` breaches not yet recorded, recorded in one statement. Rows another instance
   * is recording are skipped (SKIP LOCKED), and the UPDATE re-checks the marker after any wait,
   * so two instances never record one breach twice. The history entry does not bump the
   * version: the item's fields did not change, so no client's If-Match goes stale.
   */
  async recordBatch(manager: EntityManager, now: Date, limit: number): Promise<RecordedBreach[]> {
    return manager.query(RECORD_BATCH_SQL, recordBatchParams(now, limit));
  }
}
