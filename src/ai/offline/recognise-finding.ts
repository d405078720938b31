/**
 * The explainers' view of the one classifier in src/crypto: the same verdict import stores.
 * Kept as a module so that callers (the Claude explainer) import the same names as before.
 */
import { classify, CryptoClassification } from '../../crypto/classify';
import { FindingType } from '../../crypto/finding-types';
import { ExplainableFinding } from './explainable-finding';

export type { FindingType } from '../../crypto/finding-types';
export { exposureOf } from '../../crypto/context';

export function recogniseFinding(finding: ExplainableFinding, now: Date = new Date()): FindingType {
  return classifyExplainable(finding, now).findingType;
}

/** The full verdict: type, family, which reading was taken and what else the finding shows. */
export function classifyExplainable(
  finding: ExplainableFinding,
  now: Date = new Date(),
): CryptoClassification {
  return classify(finding ?? {}, now);
}
