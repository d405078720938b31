/**
 * Post-quantum readiness of a scan as a 0–100 score and a band.
 *
 * Formula:
 *   penalty = Σ over findings of (SEVERITY_WEIGHT[severity] + 2 if quantum-vulnerable)
 *   score   = min(CAP[worst severity], round(100 · e^(−penalty / 100)))
 *
 * Every weight is ≥ 0 and both parts only fall as findings are added (the penalty grows, the worst
 * severity can only get worse), so adding a finding never raises the score. The exponential keeps
 * the score above 0 however large the scan, while the cap makes the worst finding count on its
 * own: one critical finding holds the score at 49 ('poor') however many clean findings surround
 * it, one high at 74 ('fair'), and any medium one (every RSA or elliptic-curve key) keeps a scan
 * from 'ready'. Info findings (post-quantum-safe algorithms) cost nothing.
 */
import { Severity } from './classify-finding';

export type ReadinessBand = 'critical' | 'poor' | 'fair' | 'good' | 'ready';

const SEVERITY_WEIGHT: Record<Severity, number> = {
  critical: 30,
  high: 12,
  medium: 4,
  low: 1,
  info: 0,
};
const QUANTUM_VULNERABLE_WEIGHT = 2;
const PENALTY_SCALE = 100;

const SCORE_CAP: Record<Severity, number> = {
  critical: 49,
  high: 74,
  medium: 89,
  low: 100,
  info: 100,
};

/** Lower bounds, best band first. */
const BANDS: [number, ReadinessBand][] = [
  [90, 'ready'],
  [75, 'good'],
  [60, 'fair'],
  [40, 'poor'],
  [0, 'critical'],
];

export function readinessOf(findings: { severity: Severity; quantumVulnerable: boolean }[]): {
  score: number;
  band: ReadinessBand;
} {
  const score = Math.min(capOf(findings), decayedScore(penaltyOf(findings)));
  return { score, band: bandOf(score) };
}

function penaltyOf(findings: { severity: Severity; quantumVulnerable: boolean }[]): number {
  return findings.reduce(
    (sum, f) =>
      sum +
      (SEVERITY_WEIGHT[f.severity] ?? 0) +
      (f.quantumVulnerable ? QUANTUM_VULNERABLE_WEIGHT : 0),
    0,
  );
}

function decayedScore(penalty: number): number {
  return Math.round(100 * Math.exp(-penalty / PENALTY_SCALE));
}

function capOf(findings: { severity: Severity }[]): number {
  return findings.reduce((cap, f) => Math.min(cap, SCORE_CAP[f.severity] ?? 100), 100);
}

function bandOf(score: number): ReadinessBand {
  return BANDS.find(([lowest]) => score >= lowest)?.[1] ?? 'critical';
}
