/**
 * SLA arithmetic as pure functions (no database, no clock unless given). The same rules are
 * written as SQL in sla-sql.ts for filters, sorts and the report, and in sla-sweep.repository.ts
 * for the sweep; the unit specs pin these, the e2e specs check that they agree.
 */
import { SEVERITIES, Severity } from '../crypto/finding-types';
import { RemediationStatus } from './remediation-item.entity';

export const SLA_STATES = ['within', 'due_soon', 'breached', 'met', 'missed', 'exempt'] as const;
export type SlaState = (typeof SLA_STATES)[number];

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Days per severity (null = not enforced), when "due soon" starts, what a regression does. */
export interface SlaRules {
  days: Record<Severity, number | null>;
  dueSoonDays: number;
  restartOnReopen: boolean;
}

export const DEFAULT_SLA_RULES: SlaRules = {
  days: { critical: 7, high: 30, medium: 90, low: 180, info: null },
  dueSoonDays: 14,
  restartOnReopen: false,
};

/** The item fields the SLA reads. */
export interface SlaSubject {
  severity: string;
  status: RemediationStatus;
  firstSeenAt: Date;
  reopenedAt: Date | null;
  regression: boolean;
  resolvedAt: Date | null;
  updatedAt: Date;
}

export interface Sla {
  clockStartAt: Date;
  /** Null when the severity has no SLA. */
  dueAt: Date | null;
  /** Whole days left, rounded down (negative once breached); null when the clock is stopped. */
  daysRemaining: number | null;
  state: SlaState;
}

const EXEMPT_STATUSES: RemediationStatus[] = ['accepted_risk', 'false_positive'];

/** firstSeenAt survives rescans; a regression restarts the clock only when the policy says so. */
export function clockStartOf(item: SlaSubject, rules: SlaRules): Date {
  return rules.restartOnReopen && item.regression && item.reopenedAt
    ? item.reopenedAt
    : item.firstSeenAt;
}

export function daysFor(rules: SlaRules, severity: string): number | null {
  return (SEVERITIES as readonly string[]).includes(severity)
    ? rules.days[severity as Severity]
    : null;
}

/**
 * The item's SLA read at `now`. Closed items: `met` when resolved by the due time, `missed`
 * after; accepted_risk, false_positive and severities without days are `exempt`. Open items:
 * `breached` once the due time has passed, `due_soon` within dueSoonDays of it, else `within`.
 */
export function slaOf(item: SlaSubject, rules: SlaRules, now: Date): Sla {
  const clockStartAt = clockStartOf(item, rules);
  const days = daysFor(rules, item.severity);
  const dueAt = days === null ? null : new Date(clockStartAt.getTime() + days * DAY_MS);
  if (dueAt === null || EXEMPT_STATUSES.includes(item.status)) {
    return { clockStartAt, dueAt, daysRemaining: null, state: 'exempt' };
  }
  if (item.status === 'done') {
    const resolvedAt = item.resolvedAt ?? item.updatedAt;
    const state = resolvedAt.getTime() <= dueAt.getTime() ? 'met' : 'missed';
    return { clockStartAt, dueAt, daysRemaining: null, state };
  }
  const leftMs = dueAt.getTime() - now.getTime();
  const daysRemaining = Math.floor(leftMs / DAY_MS);
  let state: SlaState = 'within';
  if (leftMs < 0) state = 'breached';
  else if (leftMs <= rules.dueSoonDays * DAY_MS) state = 'due_soon';
  return { clockStartAt, dueAt, daysRemaining, state };
}
