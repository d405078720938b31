/**
 * What the caller's `context` string says about urgency: how exposed the asset is ("external",
 * "internet-facing", "internal lab") and how long its data must stay secret ("records kept
 * 30 years"). Patterns are compiled once; the text is bounded.
 */
import { MAX_TEXT_CHARS } from './limits';

export type Exposure = 'external' | 'internal' | 'unspecified';

/** What exposure hints a finding itself may carry (host, details). */
export interface ExposureHints {
  host?: string;
  details?: Record<string, unknown>;
}

const EXTERNAL_NEGATED = /\b(?:not|no|never)\s+(?:internet|public|external|exposed)/;
const EXTERNAL =
  /\b(?:external(?:ly)?|internet|public(?:ly)?|edge|dmz|customer[\s-]facing|partners?)\b/;
const INTERNAL =
  /\b(?:internal(?:ly)?|intranet|labs?|dev|development|test|testing|staging|sandbox|isolated|air[\s-]?gapped|private network)\b/;
const EXPOSURE_DETAIL_KEYS = ['exposure', 'environment', 'zone', 'network'];
const PUBLIC_DETAIL_FLAGS = ['internetFacing', 'public', 'external'];
const PRIVATE_HOST =
  /^(?:localhost|127\.|10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.)|\.(?:local|internal|lan|corp|intranet|home\.arpa)$/;

/** How exposed the asset is: the context decides; without one, hints in the finding do. */
export function exposureOf(context: string | undefined, finding?: ExposureHints): Exposure {
  const fromContext = exposureInText(normalise(context));
  if (fromContext !== 'unspecified' || !finding) return fromContext;
  return exposureOfFinding(finding);
}

function exposureInText(text: string): Exposure {
  if (EXTERNAL_NEGATED.test(text)) return 'internal';
  // Both kinds of words present ("internal API behind the public edge"): the urgent reading wins.
  if (EXTERNAL.test(text)) return 'external';
  if (INTERNAL.test(text)) return 'internal';
  return 'unspecified';
}

function exposureOfFinding(finding: ExposureHints): Exposure {
  const details = finding.details ?? {};
  if (PUBLIC_DETAIL_FLAGS.some((flag) => details[flag] === true)) return 'external';
  const hints = EXPOSURE_DETAIL_KEYS.map((key) => details[key]).filter(
    (v): v is string => typeof v === 'string',
  );
  const fromDetails = exposureInText(normalise(hints.join(' ')));
  if (fromDetails !== 'unspecified') return fromDetails;
  return PRIVATE_HOST.test(normalise(finding.host).trim()) ? 'internal' : 'unspecified';
}

// "kept 30 years", "retained for 25 yrs", "30-year retention", "for decades".
const YEARS = /\b(\d{1,3})[\s-]{0,3}(?:years?|yrs?)\b/;
const DECADES = /\b(?:a\s+decade|decades|for\s+life|lifetime|permanent(?:ly)?|indefinite(?:ly)?)\b/;
const LIFETIME_WORDS =
  /\b(?:retention|retain|retained|kept|keep|stored|archiv\w*|records?|secret|confidential)\b/;

/** Years the data must stay secret, when the context says so; undefined when it does not. */
export function dataLifetimeYears(context: string | undefined): number | undefined {
  const text = normalise(context);
  if (!LIFETIME_WORDS.test(text) && !DECADES.test(text)) return undefined;
  const years = YEARS.exec(text)?.[1];
  if (years !== undefined) return Number(years);
  return DECADES.test(text) ? 10 : undefined;
}

function normalise(value: string | undefined): string {
  return typeof value === 'string'
    ? value
        .slice(0, MAX_TEXT_CHARS)
        .toLowerCase()
        .replace(/[_\u0000-\u001f\u007f]+/g, ' ')
    : '';
}
