/**
 * Calendar arithmetic in a time zone: days until a date, the time to the next
 * midnight, month keys. Not display functions (those are in src/money/format.ts):
 * they throw a RangeError on malformed input, an Invalid Date or an unknown zone.
 * Also the one parser of API dates (`YYYY-MM-DD`) and timestamps, shared with the formatters.
 */
const MS_PER_DAY = 86_400_000;

/** A formatter whose parts are Gregorian, Latin digits; cached per options. Throws RangeError for an unknown zone. */
const partsFormats = new Map<string, Intl.DateTimeFormat>();
function partsFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let format = partsFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', options);
    partsFormats.set(key, format);
  }
  return format;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/** A calendar date as a UTC-midnight Date, or null when it is not a real date (2026-02-30). */
export function calendarDate(year: number, month: number, day: number): Date | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year); // Date.UTC maps years 0–99 to 1900–1999
  const valid = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid ? date : null;
}

/** A `YYYY-MM-DD` API date as UTC midnight, or null when malformed or not a real day. */
export function parseDateOnly(text: string): Date | null {
  const m = DATE_ONLY.exec(text);
  return m ? calendarDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** An ISO-8601 timestamp with an offset (`Z` or `±hh:mm`), or null when malformed or not a real day. */
export function parseTimestamp(text: string): Date | null {
  const m = TIMESTAMP.exec(text);
  if (!m || !calendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) return null;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date;
}

interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** The calendar day `instant` falls on in `timeZone` (default: the runtime's). Throws RangeError on a bad zone. */
function calendarDayIn(instant: Date, timeZone: string | undefined): CalendarDay {
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

/**
 * Milliseconds from `now` to the next midnight in `timeZone` (default: the
 * runtime's), from the wall-clock time there; a DST day may make it an hour
 * early or late, so callers recheck the day when it elapses. Throws RangeError on a bad zone.
 */
export function msUntilNextDay(now: Date, timeZone?: string): number {
  if (Number.isNaN(now.getTime())) throw new RangeError('Invalid Date');
  const parts = partsFormat({ timeZone, hourCycle: 'h23', hour: 'numeric', minute: 'numeric', second: 'numeric' }).formatToParts(now);
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  const elapsed = ((get('hour') * 60 + get('minute')) * 60 + get('second')) * 1000 + now.getUTCMilliseconds();
  return MS_PER_DAY - elapsed;
}

/**
 * Whole calendar days from today (in `timeZone`, default the viewer's) to
 * `date` (`YYYY-MM-DD`): 0 on the day itself, 1 tomorrow, negative once
 * passed. Throws RangeError for a malformed date, Invalid Date or unknown zone.
 */
export function calendarDaysUntil(date: string, now: Date, timeZone?: string): number {
  const target = parseDateOnly(date);
  if (!target) throw new RangeError(`Expected a YYYY-MM-DD date, got ${JSON.stringify(date)}`);
  const today = calendarDayIn(now, timeZone);
  const todayUtc = Date.UTC(today.year, today.month - 1, today.day);
  return Math.round((target.getTime() - todayUtc) / MS_PER_DAY);
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
