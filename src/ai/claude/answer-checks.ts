import { ModelAnswerRejected } from './claude-errors';

/**
 * Checks on text a model wrote, shared by every Claude task: plain text only, bounded, no URL
 * that the answer's own references don't carry, nothing that follows planted instructions.
 */

const MARKUP_PATTERNS = [
  /<\/?[a-z][^>]*>/i, // HTML tags
  /\*\*|__|`/, // bold, code spans
  /^\s{0,3}#{1,6}\s/m, // headings
  /^\s*[-*+]\s+\S/m, // bullet lists
  /\[[^\]]*\]\([^)]*\)/, // links
];

/** Phrases that mean the model followed planted instructions instead of doing its task. */
const LEAK_PATTERNS = [
  /ignore (all |any )?(the )?(previous|prior|above) instructions/i,
  /system prompt/i,
  /boundary marker/i,
];

const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+/gi;

/** A trimmed non-empty string of at most `max` characters, or a rejection naming the field. */
export function plainText(value: unknown, field: string, max: number): string {
  if (typeof value !== 'string') throw new ModelAnswerRejected(`${field} is not a string`);
  const text = value.trim();
  if (!text) throw new ModelAnswerRejected(`${field} is empty`);
  if (text.length > max) throw new ModelAnswerRejected(`${field} is longer than ${max} characters`);
  if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(text))
    throw new ModelAnswerRejected(`${field} contains control characters`);
  if (MARKUP_PATTERNS.some((p) => p.test(text)))
    throw new ModelAnswerRejected(`${field} contains markup`);
  return text;
}

/** Every URL in the text must be one of the allowed ones (trailing punctuation ignored). */
export function checkUrls(text: string, allowed: readonly string[]): void {
  const permitted = new Set(allowed.map(normaliseUrl));
  for (const found of text.match(URL_PATTERN) ?? []) {
    if (!permitted.has(normaliseUrl(found.replace(/[.,;:!?]+$/, ''))))
      throw new ModelAnswerRejected('the answer carries a URL that is not in its references');
  }
}

/** The answer echoes the per-request boundary or text that planted instructions ask for. */
export function checkNoLeak(text: string, boundary: string): void {
  if (text.includes(boundary) || LEAK_PATTERNS.some((p) => p.test(text)))
    throw new ModelAnswerRejected('the answer echoes planted instructions');
}

function normaliseUrl(url: string): string {
  return url
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '');
}
