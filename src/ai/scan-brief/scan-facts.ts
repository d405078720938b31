/**
 * The facts of a scan brief, computed in code (pure: no database, the clock is given). Whoever
 * phrases the brief (the model or the offline templates) may only state these numbers.
 */
import { FindingType, SEVERITIES, SEVERITY_RANK, Severity } from '../../crypto/finding-types';
import {
  RemediationItemEntity,
  REMEDIATION_STATUSES,
  RemediationStatus,
  ACTIVE_STATUSES,
} from '../../remediation/remediation-item.entity';
import { SlaRules, slaOf } from '../../remediation/sla';
import { RescanCounts } from '../../scans/scan-backlog';
import { ScanEntity } from '../../scans/scan.entity';
import { Deadline, nearestDeadline } from './deadlines';

export const MAX_KEY_RISKS = 5;

/** Finding types that are a classical key exchange: what harvest-now-decrypt-later records. */
const KEY_EXCHANGE_TYPES: ReadonlySet<FindingType> = new Set<FindingType>([
  'quantum_vulnerable_dh',
  'quantum_vulnerable_ecc',
  'rsa_key_transport',
  'no_hybrid_kex',
  'ssh_no_pq_kex',
  'long_lived_data_classical_kex',
]);

export interface ScanFacts {
  scanId: string;
  target: string | null;
  findingCount: number;
  readiness: { score: number; band: string };
  /** Findings per severity, every severity present. */
  bySeverity: Record<Severity, number>;
  /** Backlog items per status, every status present. */
  byStatus: Record<RemediationStatus, number>;
  /** Open items past their SLA due time. */
  slaBreaches: number;
  /** Findings whose cryptography a quantum computer breaks. */
  quantumVulnerable: number;
  /** What the comparison with the previous scan of the target found; null when none. */
  rescan: {
    baselineScanId: string;
    coverage: string;
    counts: RescanCounts;
  } | null;
  nearestDeadline: Deadline | null;
}

export interface KeyRisk {
  remediationId: string;
  title: string;
  severity: string;
  why: string;
}

/** One finding of the scan as the brief needs it. */
export interface BriefFinding {
  position: number;
  severity: string;
  quantumVulnerable: boolean;
  type: FindingType;
  /** The knowledge entry's name of the type. */
  typeName: string;
}

export interface BriefInput {
  scan: ScanEntity;
  findings: BriefFinding[];
  items: RemediationItemEntity[];
  rules: SlaRules;
  now: Date;
}

export interface ScanBriefFacts {
  facts: ScanFacts;
  keyRisks: KeyRisk[];
  /** The finding type of each key risk (for the knowledge entry that grounds its advice). */
  riskTypes: Record<string, FindingType>;
}

export function scanFacts(input: BriefInput): ScanBriefFacts {
  const { scan, findings, items, rules, now } = input;
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) if (f.severity in bySeverity) bySeverity[f.severity as Severity]++;
  const byStatus = Object.fromEntries(REMEDIATION_STATUSES.map((s) => [s, 0])) as Record<
    RemediationStatus,
    number
  >;
  for (const item of items) byStatus[item.status] = (byStatus[item.status] ?? 0) + 1;
  const breached = new Set(
    items
      .filter((item) => slaOf(item, rules, now).state === 'breached')
      .map((i) => i.remediationId),
  );
  const facts: ScanFacts = {
    scanId: scan.id,
    target: scan.target,
    findingCount: scan.findingCount,
    readiness: { score: scan.readinessScore, band: scan.readinessBand },
    bySeverity,
    byStatus,
    slaBreaches: breached.size,
    quantumVulnerable: findings.filter((f) => f.quantumVulnerable).length,
    rescan:
      scan.baselineScanId && scan.rescanCounts
        ? {
            baselineScanId: scan.baselineScanId,
            coverage: scan.coverage ?? 'partial',
            counts: { ...(scan.rescanCounts as unknown as RescanCounts) },
          }
        : null,
    nearestDeadline: nearestDeadline(
      findings.map((f) => f.type),
      now.toISOString().slice(0, 10),
    ),
  };
  const keyRisks = keyRisksOf(findings, items, breached);
  const typeByPosition = new Map(findings.map((f) => [f.position, f.type]));
  const riskTypes = Object.fromEntries(
    keyRisks.map((risk) => {
      const item = items.find((i) => i.remediationId === risk.remediationId)!;
      return [risk.remediationId, typeByPosition.get(item.position) ?? 'unknown'];
    }),
  ) as Record<string, FindingType>;
  return { facts, keyRisks, riskTypes };
}

/**
 * The few open items that matter most: past their SLA first, then by severity, then a
 * quantum-vulnerable key exchange (recorded traffic can be decrypted later), then finding order.
 */
function keyRisksOf(
  findings: BriefFinding[],
  items: RemediationItemEntity[],
  breached: Set<string>,
): KeyRisk[] {
  const byPosition = new Map(findings.map((f) => [f.position, f]));
  const open = items.filter(
    (item) => ACTIVE_STATUSES.includes(item.status) && !item.duplicateOfRemediationId,
  );
  const rank = (item: RemediationItemEntity) => {
    const finding = byPosition.get(item.position);
    return [
      breached.has(item.remediationId) ? 0 : 1,
      SEVERITY_RANK[item.severity as Severity] ?? SEVERITIES.length,
      finding && isQuantumKeyExchange(finding) ? 0 : 1,
      item.position,
    ];
  };
  return open
    .map((item) => ({ item, key: rank(item) }))
    .sort((a, b) => compareKeys(a.key, b.key))
    .slice(0, MAX_KEY_RISKS)
    .map(({ item }) => ({
      remediationId: item.remediationId,
      title: item.title,
      severity: item.severity,
      why: whyOf(item, byPosition.get(item.position), breached.has(item.remediationId)),
    }));
}

function isQuantumKeyExchange(finding: BriefFinding): boolean {
  return finding.quantumVulnerable && KEY_EXCHANGE_TYPES.has(finding.type);
}

function whyOf(
  item: RemediationItemEntity,
  finding: BriefFinding | undefined,
  breached: boolean,
): string {
  const reasons: string[] = [];
  if (breached) reasons.push('past its remediation SLA');
  reasons.push(`${item.severity} severity`);
  if (finding && isQuantumKeyExchange(finding))
    reasons.push('quantum-vulnerable key exchange: recorded traffic can be decrypted later');
  else if (finding?.quantumVulnerable) reasons.push('quantum-vulnerable cryptography');
  const what = finding && finding.type !== 'unknown' ? `${finding.typeName}; ` : '';
  return `${what}${reasons.join(', ')}`;
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
