/**
 * What a rescan does (CONTRACT §10), as a pure function: which new finding carries, reopens or
 * starts which item, and what becomes of each baseline item. No database, no clock.
 */
import { RemediationStatus, VerificationState } from './remediation-item.entity';

export const CLOSED_STATUSES: readonly RemediationStatus[] = [
  'done',
  'accepted_risk',
  'false_positive',
];

/** A new finding as the rules see it. */
export interface RescanFinding {
  position: number;
  fingerprint: string;
  location: string | null;
  /** Set when an earlier finding of this import has the same fingerprint. */
  duplicate: boolean;
}

/** A current baseline item as the rules see it. */
export interface BaselineItem {
  scanId: string;
  remediationId: string;
  fingerprint: string;
  fingerprintQuality: 'strong' | 'weak';
  location: string | null;
  status: RemediationStatus;
  verificationState: VerificationState | null;
}

export type Coverage = 'partial' | 'complete';

export type FindingOutcome<B> =
  | { position: number; change: 'new' }
  | { position: number; change: 'duplicate' }
  | { position: number; change: 'carried' | 'reopened'; from: B };

export type BaselineOutcome<B> = { change: 'fixed' | 'notObserved'; item: B };

export interface RescanPlan<B> {
  findings: FindingOutcome<B>[];
  /** Baseline items not matched by a finding, except settled ones (confirmed fixed earlier). */
  baseline: BaselineOutcome<B>[];
}

export interface RescanCounts {
  new: number;
  carried: number;
  fixed: number;
  reopened: number;
  notObserved: number;
  duplicates: number;
}

/**
 * Decides the rescan. `baseline` must hold current items only; when several share a
 * fingerprint (from different earlier scans) the newest (greatest scan id: ULIDs) wins and the
 * others are compared as absent, so each baseline item is counted at most once.
 */
export function planRescan<B extends BaselineItem>(
  findings: RescanFinding[],
  baseline: B[],
  coverage: Coverage,
  coveredLocations: ReadonlySet<string>,
): RescanPlan<B> {
  const byFingerprint = new Map<string, B>();
  for (const item of baseline) {
    const known = byFingerprint.get(item.fingerprint);
    if (!known || item.scanId > known.scanId) byFingerprint.set(item.fingerprint, item);
  }
  const matched = new Set<B>();
  const rescanned = new Set(coveredLocations);
  const outcomes = findings.map((finding): FindingOutcome<B> => {
    if (finding.location !== null) rescanned.add(finding.location);
    if (finding.duplicate) return { position: finding.position, change: 'duplicate' };
    const from = byFingerprint.get(finding.fingerprint);
    if (!from || matched.has(from)) return { position: finding.position, change: 'new' };
    matched.add(from);
    const change = from.status === 'done' ? 'reopened' : 'carried';
    return { position: finding.position, change, from };
  });
  const unmatched = baseline.filter((item) => !matched.has(item));
  const present = new Set(findings.map((f) => f.fingerprint));
  return {
    findings: outcomes,
    baseline: unmatched
      .filter((item) => item.verificationState !== 'confirmed')
      .map((item) => ({ change: absentChange(item, coverage, rescanned, present), item })),
  };
}

function absentChange(
  item: BaselineItem,
  coverage: Coverage,
  rescanned: ReadonlySet<string>,
  present: ReadonlySet<string>,
): 'fixed' | 'notObserved' {
  // An older item whose fingerprint a newer baseline item carried is not gone: never a fix.
  if (present.has(item.fingerprint)) return 'notObserved';
  // A weak fingerprint has no location: nothing can prove it gone.
  if (item.fingerprintQuality === 'weak' || item.location === null) return 'notObserved';
  return coverage === 'complete' || rescanned.has(item.location) ? 'fixed' : 'notObserved';
}

export function countsOf(plan: RescanPlan<unknown>): RescanCounts {
  const counts: RescanCounts = {
    new: 0,
    carried: 0,
    fixed: 0,
    reopened: 0,
    notObserved: 0,
    duplicates: 0,
  };
  for (const f of plan.findings) {
    if (f.change === 'duplicate') counts.duplicates += 1;
    else counts[f.change] += 1;
  }
  for (const b of plan.baseline) counts[b.change] += 1;
  return counts;
}
