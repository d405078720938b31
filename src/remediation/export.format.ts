/**
 * The export's line formats as pure functions: NDJSON (one item per line, as the API returns
 * it) and CSV (a header row, nested fields flattened with dots, safe to open in a spreadsheet).
 */
import { RemediationItemDto } from './remediation.dto';

/**
 * The CSV columns: every field of an item, nested ones as `parent.child`. Fixed, so that the
 * header does not depend on which items happen to be exported (a null object has no children
 * to flatten); a field an item lacks is an empty cell.
 */
export const CSV_COLUMNS = [
  'scanId',
  'remediationId',
  'findingId',
  'assetId',
  'title',
  'severity',
  'status',
  'owner',
  'notes',
  'targetDate',
  'overdue',
  'resolvedAt',
  'createdAt',
  'updatedAt',
  'updatedBy.keyId',
  'updatedBy.label',
  'updatedBy.type',
  'updatedBy.id',
  'version',
  'fingerprint',
  'fingerprintQuality',
  'firstSeenAt',
  'carriedFrom.scanId',
  'carriedFrom.remediationId',
  'supersededBy.scanId',
  'supersededBy.remediationId',
  'duplicateOf.scanId',
  'duplicateOf.remediationId',
  'regression',
  'reopenCount',
  'verification.state',
  'verification.verifyScanId',
  'verification.checkedAt',
  'slaClockStartAt',
  'slaDueAt',
  'slaDaysRemaining',
  'slaState',
] as const;

/** A spreadsheet reads a text cell starting with one of these as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function ndjsonLine(item: RemediationItemDto): string {
  return JSON.stringify(item) + '\n';
}

export function csvHeader(): string {
  return CSV_COLUMNS.map(csvCell).join(',') + '\r\n';
}

export function csvRow(item: RemediationItemDto): string {
  return CSV_COLUMNS.map((column) => csvCell(valueAt(item, column))).join(',') + '\r\n';
}

export function valueAt(item: object, path: string): unknown {
  let value: unknown = item;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/**
 * One cell (RFC 4180 quoting). Text that a spreadsheet would run as a formula gets a leading
 * `'`; numbers and booleans are written as they are (-3 stays a number).
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  let text = typeof value === 'string' ? value : JSON.stringify(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
