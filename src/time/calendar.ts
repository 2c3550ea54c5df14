/**
 * Calendar arithmetic in a time zone: month keys and recent months (days until a
 * date and the time to the next midnight are in days.ts, with the `YYYY-MM-DD`
 * parser: only the subscription card and the date formatting use them). Not display
 * functions (format-month.ts, format-date.ts): they throw a RangeError on malformed
 * input, an Invalid Date or an unknown zone. Also the parser of API timestamps.
 */
/** A formatter whose parts are Gregorian, Latin digits; cached per options. Throws RangeError for an unknown zone. */
const partsFormats = new Map<string, Intl.DateTimeFormat>();
export function partsFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let format = partsFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', options);
    partsFormats.set(key, format);
  }
  return format;
}

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/** A calendar date as a UTC-midnight Date, or null when it is not a real date (2026-02-30). */
export function calendarDate(year: number, month: number, day: number): Date | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year); // Date.UTC maps years 0–99 to 1900–1999
  const valid = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid ? date : null;
}

/** An ISO-8601 timestamp with an offset (`Z` or `±hh:mm`), or null when malformed or not a real day. */
export function parseTimestamp(text: string): Date | null {
  const m = TIMESTAMP.exec(text);
  if (!m || !calendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) return null;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date;
}

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** The calendar day `instant` falls on in `timeZone` (default: the runtime's). Throws RangeError on a bad zone. */
export function calendarDayIn(instant: Date, timeZone: string | undefined): CalendarDay {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid Date');
  const parts = partsFormat({
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}

function toMonthKey(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/**
 * 'YYYY-MM' of the month a timestamp falls in, in `timeZone` (default the
 * viewer's): '2026-11-30T20:00:00Z' in Asia/Kolkata → '2026-12'.
 * Throws RangeError for a malformed timestamp or unknown zone.
 */
export function monthKey(iso: string, timeZone?: string): string {
  const instant = parseTimestamp(iso);
  if (!instant) throw new RangeError(`Expected an ISO-8601 timestamp with offset, got ${JSON.stringify(iso)}`);
  const { year, month } = calendarDayIn(instant, timeZone);
  return toMonthKey(year, month);
}

/**
 * The current month (in `timeZone`) and the ones before it, newest first:
 * previousMonths(2027-01-10, 3) → ['2027-01', '2026-12', '2026-11'].
 */
export function previousMonths(now: Date, count: number, timeZone?: string): string[] {
  const { year, month } = calendarDayIn(now, timeZone);
  const months: string[] = [];
  for (let i = 0; i < count; i++) {
    const index = year * 12 + (month - 1) - i;
    months.push(toMonthKey(Math.floor(index / 12), (index % 12) + 1));
  }
  return months;
}
