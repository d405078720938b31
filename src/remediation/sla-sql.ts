/**
 * The rules of sla.ts as SQL expressions over remediation_items, so that filters, sorts and the
 * report run in the database. The policy is small: its values are bound as parameters.
 */
import { SEVERITIES } from '../crypto/finding-types';
import { ACTIVE_STATUSES } from './remediation-item.entity';
import { SlaRules } from './sla';

/** Adds a value to the statement's parameters and returns its placeholder. */
export type Bind = (value: unknown) => string;

export interface SlaSql {
  clockStart: string;
  /** Null when the severity has no SLA. */
  dueAt: string;
  state: string;
}

/** Exact 24-hour days: `interval '1 day'` would follow the session's daylight saving rules. */
export const DAY = `interval '86400 seconds'`;

/** The statuses whose SLA runs, as an SQL list: `status IN (${ACTIVE_STATUSES_SQL})`. */
export const ACTIVE_STATUSES_SQL = ACTIVE_STATUSES.map((s) => `'${s}'`).join(', ');

export function severityRankSql(column = 'severity'): string {
  return `CASE ${column} ${SEVERITIES.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} ELSE ${SEVERITIES.length} END`;
}

/** The SLA of each row read at `now` (a bound timestamptz expression). */
export function slaSql(rules: SlaRules, now: string, bind: Bind): SlaSql {
  const clockStart = rules.restartOnReopen
    ? `(CASE WHEN regression AND reopened_at IS NOT NULL THEN reopened_at ELSE first_seen_at END)`
    : 'first_seen_at';
  const days = `(CASE severity ${SEVERITIES.map((s) => `WHEN '${s}' THEN ${bind(rules.days[s])}::int`).join(' ')} END)`;
  const dueAt = `(${clockStart} + ${days} * ${DAY})`;
  const state = `(CASE
      WHEN status IN ('accepted_risk', 'false_positive') OR ${dueAt} IS NULL THEN 'exempt'
      WHEN status = 'done' THEN CASE WHEN COALESCE(resolved_at, updated_at) <= ${dueAt} THEN 'met' ELSE 'missed' END
      WHEN status NOT IN (${ACTIVE_STATUSES_SQL}) THEN 'exempt'
      WHEN ${dueAt} < ${now} THEN 'breached'
      WHEN ${dueAt} <= ${now} + ${bind(rules.dueSoonDays)}::int * ${DAY} THEN 'due_soon'
      ELSE 'within' END)`;
  return { clockStart, dueAt, state };
}
