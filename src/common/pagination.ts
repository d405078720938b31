import { InvalidRequest } from './errors/domain-errors';

/** Keyset cursors are opaque to clients: base64url of a small JSON value. */
export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

export function decodeCursor<T>(cursor: string, isValid: (value: unknown) => value is T): T {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = undefined;
  }
  if (!isValid(value)) throw InvalidRequest.field('cursor', 'cursor is not one this API returned');
  return value;
}

export function toIso(date: Date | null): string | null {
  return date ? date.toISOString() : null;
}

export interface Page<T> {
  rows: T[];
  nextCursor: string | null;
}

/**
 * Repositories are asked for limit + 1 rows: the extra row only says whether another page
 * exists, and the cursor points after the last row returned.
 */
export function toPage<T>(rows: T[], limit: number, cursorOf: (last: T) => unknown): Page<T> {
  const page = rows.slice(0, limit);
  const nextCursor = rows.length > limit ? encodeCursor(cursorOf(page[page.length - 1])) : null;
  return { rows: page, nextCursor };
}
