/**
 * The rule of a scan brief: every quantity in its text (a count, score, percentage, number of
 * days, year) is one of the facts. Numbers that are part of a name are not quantities: FIPS 203,
 * TLS 1.2, RSA-2048, ML-KEM-768, SP 800-131A Rev. 2, X25519MLKEM768, rem_001.
 */

/** A number, with hyphen-joined parts (800-131A, 2030-12-31) kept together. */
const NUMBER = /\d+(?:[.,]\d+)*(?:-[A-Za-z0-9]+)*/g;

/**
 * A word that names what follows: two capitals or more (FIPS, TLS, OpenSSH, ML-KEM), one
 * capital joined by a hyphen (P-256), or "Rev." / "version". Ends right before the number.
 */
const NAME_BEFORE =
  /(?:(?<![A-Za-z])(?:[A-Za-z]*[A-Z][A-Za-z]*[A-Z][A-Za-z]*|[A-Z](?=-))[\s-]|\b(?:Rev\.?|[Vv]ersion)\s)$/;

/** Capitalised words that are not names: a count may follow them. */
const NOT_NAMES = /(?:^|[^A-Za-z])(?:SLAs?|ID|OK)[\s-]$/;

/** Number words: "three critical findings" is a count as much as "3" is. */
const NUMBER_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  dozen: 12,
};
const NUMBER_WORD = new RegExp(`\\b(${Object.keys(NUMBER_WORDS).join('|')})\\b`, 'gi');

/** The quantities a text states, as normalised strings ("1,234" → "1234", "2030-12-31" kept). */
export function quantitiesIn(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const start = match.index;
    const end = start + match[0].length;
    // Joined to letters or an underscore (X25519, IKEv1, rem_001, 131A): part of a name.
    if (/[A-Za-z_]/.test(text[start - 1] ?? '') || /[A-Za-z_]/.test(text[end] ?? '')) continue;
    if (/[A-Za-z]/.test(match[0])) continue;
    const before = text.slice(Math.max(0, start - 40), start);
    if (NAME_BEFORE.test(before) && !NOT_NAMES.test(before)) continue;
    // A decimal point right before (as in "1.2" split oddly) belongs to the previous number.
    if (/\d[.,]$/.test(before)) continue;
    found.push(normalise(match[0]));
  }
  for (const match of text.matchAll(NUMBER_WORD)) {
    found.push(String(NUMBER_WORDS[match[1].toLowerCase()]));
  }
  return found;
}

/**
 * Every number the facts hold: numeric values (and their absolute values), numbers inside their
 * strings (titles, dates), and the year of each date.
 */
export function allowedQuantities(...facts: unknown[]): Set<string> {
  const allowed = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'number' && Number.isFinite(value)) {
      allowed.add(normalise(String(value)));
      allowed.add(normalise(String(Math.abs(value))));
    } else if (typeof value === 'string') {
      for (const match of value.matchAll(/\d+(?:[.,]\d+)*(?:-\d+)*/g)) {
        allowed.add(normalise(match[0]));
        // A date allows itself and its year; its month and day are not counts of anything.
        const parts = /^\d{4}-\d{2}-\d{2}$/.test(match[0])
          ? [match[0].slice(0, 4)]
          : match[0].split('-');
        for (const part of parts) allowed.add(normalise(part));
      }
    } else if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (value && typeof value === 'object') {
      Object.values(value).forEach(visit);
    }
  };
  facts.forEach(visit);
  return allowed;
}

/** The quantities of the text that are not facts (empty: the text keeps to the facts). */
export function inventedQuantities(text: string, allowed: ReadonlySet<string>): string[] {
  return quantitiesIn(text).filter((q) => !allowed.has(q));
}

function normalise(number: string): string {
  const plain = number.replace(/,(?=\d{3}(?:\D|$))/g, '');
  if (/^\d+-\d+-\d+$/.test(plain)) return plain;
  const n = Number(plain.replace(',', '.'));
  return Number.isFinite(n) ? String(n) : plain;
}
