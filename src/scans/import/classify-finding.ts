/**
 * Import's view of the one classifier in src/crypto: severity, the API's coarse category and
 * quantum vulnerability of a finding, derived from the same verdict (finding type and algorithm
 * family) that the explainers explain and fingerprints hash.
 */
import { classify, CryptoFacts } from '../../crypto/classify';
import { FindingCategory, Severity, SEVERITY_RANK } from '../../crypto/finding-types';

export { FINDING_CATEGORIES, SEVERITIES, SEVERITY_RANK } from '../../crypto/finding-types';
export type { FindingCategory, Severity } from '../../crypto/finding-types';

export type ClassifierInput = Pick<
  CryptoFacts,
  | 'title'
  | 'algorithm'
  | 'keySize'
  | 'signatureAlgorithm'
  | 'protocol'
  | 'protocolVersion'
  | 'cipherSuites'
  | 'curve'
  | 'port'
  | 'assetType'
  | 'notAfter'
  | 'selfSigned'
>;

export interface Classification {
  severity: Severity;
  quantumVulnerable: boolean;
  category: FindingCategory;
}

export function classifyFinding(input: ClassifierInput, now: Date = new Date()): Classification {
  const { severity, quantumVulnerable, category } = classify(input, now);
  return { severity, quantumVulnerable, category };
}

/** Worst severity first; on a tie the earlier one. Quantum-vulnerable if any part is. */
export function worstOf(assessments: Classification[]): Classification {
  if (assessments.length === 0)
    return { severity: 'low', quantumVulnerable: false, category: 'other' };
  const worst = assessments.reduce((a, b) =>
    SEVERITY_RANK[b.severity] < SEVERITY_RANK[a.severity] ? b : a,
  );
  return { ...worst, quantumVulnerable: assessments.some((a) => a.quantumVulnerable) };
}
