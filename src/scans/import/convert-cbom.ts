import { cbomToFindings } from './cbom-to-findings';
import {
  FindingFieldError,
  FindingValidationError,
  MAX_FINDINGS,
  NormalisedFinding,
  normaliseFindings,
} from './normalise-findings';

/**
 * A CBOM import's findings, or why it is refused: plain data, so that the same answer can be
 * computed on the event loop or in a worker thread and cross between them unchanged.
 */
export type CbomConversion =
  | { kind: 'findings'; findings: NormalisedFinding[] }
  /** A finding or the CBOM itself is invalid: the import's 422, field by field. */
  | { kind: 'invalid'; errors: FindingFieldError[] }
  /** More findings than one scan may hold. */
  | { kind: 'too_many' };

export function convertCbom(cbom: unknown): CbomConversion {
  try {
    const native = cbomToFindings(cbom);
    if (native.length > MAX_FINDINGS) return { kind: 'too_many' };
    return { kind: 'findings', findings: normaliseFindings(native) };
  } catch (error) {
    if (error instanceof FindingValidationError) return { kind: 'invalid', errors: error.errors };
    throw error;
  }
}
