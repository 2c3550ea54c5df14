/**
 * Days in a time zone: whole calendar days until a date, the time to the next
 * midnight, and the parser of API dates (`YYYY-MM-DD`). Apart from calendar.ts
 * (month keys), which the balance needs and this it does not. They throw a
 * RangeError on malformed input, an Invalid Date or an unknown zone.
 */
import { calendarDate, calendarDayIn, partsFormat } from './calendar.js';

const MS_PER_DAY = 86_400_000;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A `YYYY-MM-DD` API date as UTC midnight, or null when malformed or not a real day. */
export function parseDateOnly(text: string): Date | null {
  const m = DATE_ONLY.exec(text);
  return m ? calendarDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
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
