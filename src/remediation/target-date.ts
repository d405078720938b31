const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(:(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i;

export interface TargetDate {
  /** As stored and returned: 'YYYY-MM-DD', or a UTC date-time. */
  normalised: string;
  /** The instant after which the item is overdue. */
  dueAt: Date;
}

/**
 * An ISO 8601 date or date-time (UTC when it names no offset). A plain date is due at the
 * end of that day, UTC. Null when the text is not a real calendar date.
 */
export function parseTargetDate(text: string): TargetDate | null {
  const dateOnly = DATE_ONLY.exec(text);
  if (dateOnly) {
    const [year, month, day] = dateOnly.slice(1, 4).map(Number);
    if (!isCalendarDate(year, month, day)) return null;
    return { normalised: text, dueAt: new Date(Date.UTC(year, month - 1, day + 1)) };
  }
  const dateTime = DATE_TIME.exec(text);
  if (!dateTime) return null;
  const [year, month, day, hour, minute] = dateTime.slice(1, 6).map(Number);
  const second = dateTime[7] ? Number(dateTime[7]) : 0;
  if (!isCalendarDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  const withZone = dateTime[9] ? text : `${text}Z`;
  const instant = new Date(withZone);
  if (Number.isNaN(instant.getTime())) return null;
  return { normalised: instant.toISOString(), dueAt: instant };
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (year < 1970 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
