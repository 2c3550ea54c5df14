/**
 * How long the balance lasts at recent usage, as a pure function.
 *
 * "Recent usage" is the previous full calendar month plus this month so far
 * (both in the provider's time zone), averaged over the days they span,
 * today's elapsed part included. The runway is the balance divided by that
 * daily rate, rounded down (an operator should not be told a day too many):
 * under one day reads "less than a day", over 365 days "more than a year".
 * No runway without usage in those months, or without a positive balance.
 */
import type { MonthUsage } from '../../state/resources.js';

const MS_PER_DAY = 86_400_000;
/** Beyond this many days the runway reads "more than a year". */
export const RUNWAY_MAX_DAYS = 365;

export interface Runway {
  kind: 'days' | 'under-a-day' | 'over-a-year';
  /** Whole days (rounded down); only for `days`. */
  days: number;
  /** Credits used in the two months the rate is taken from. */
  used: number;
  /** Those months, 'YYYY-MM': the previous one and the current one. */
  previousMonth: string;
  currentMonth: string;
}

/**
 * `now` as the wall-clock time in `timeZone`, written as if it were UTC (ms),
 * so calendar arithmetic is plain subtraction. Undefined for an unknown zone.
 */
function wallClockMs(now: Date, timeZone: string | undefined): number | undefined {
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    }).formatToParts(now);
    const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
    return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'), now.getUTCMilliseconds());
  } catch {
    return undefined;
  }
}

/** Days in the calendar month 'YYYY-MM'. */
function daysInMonth(month: string): number {
  const [year, monthNumber] = month.split('-').map(Number);
  return new Date(Date.UTC(year!, monthNumber!, 0)).getUTCDate();
}

/**
 * The runway of `available` credits given monthly usage (current month
 * first, as the monthly-usage resource gives it), or undefined when there is
 * nothing to say.
 */
export function runway(available: number, months: readonly MonthUsage[], now: Date, timeZone?: string): Runway | undefined {
  const [current, previous] = months;
  if (!current || !previous || !Number.isFinite(available) || available <= 0) return undefined;
  const used = current.credits_used + previous.credits_used;
  if (!(used > 0)) return undefined;
  const wallClock = wallClockMs(now, timeZone);
  if (wallClock === undefined) return undefined; // an unknown time zone: no runway rather than a wrong one
  const [year, monthNumber] = current.month.split('-').map(Number);
  const elapsedThisMonth = (wallClock - Date.UTC(year!, monthNumber! - 1, 1)) / MS_PER_DAY;
  const span = daysInMonth(previous.month) + Math.min(daysInMonth(current.month), Math.max(0, elapsedThisMonth));
  const days = (available * span) / used;
  const kind = days < 1 ? 'under-a-day' : days > RUNWAY_MAX_DAYS ? 'over-a-year' : 'days';
  return { kind, days: kind === 'days' ? Math.floor(days) : 0, used, previousMonth: previous.month, currentMonth: current.month };
}
