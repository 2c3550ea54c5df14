/**
 * Dates and timestamps for display, in the provider's locale and time zone. Apart
 * from money (money/format.ts) and month (format-month.ts) formatting, so only the
 * elements that show a date carry it: they call `dateOf(this.fmt, iso)` and
 * `dateTimeOf(this.fmt, iso)` with their formatter's locale and zone.
 * Malformed input or an unknown time zone gives `EM_DASH` ("—"), never "Invalid Date".
 */
import { EM_DASH } from './em-dash.js';
import { parseTimestamp } from './calendar.js';
import { parseDateOnly } from './days.js';
import { dateFormat } from './format-month.js';

/**
 * A date-only string is a calendar date, shown as that day everywhere (never
 * shifted by a UTC offset); a timestamp is shown in `timeZone`.
 */
function formatInstantOrDate(iso: string, locale: string, options: Intl.DateTimeFormatOptions, timeZone: string | undefined): string {
  try {
    const day = parseDateOnly(iso);
    if (day) return dateFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(day);
    const instant = parseTimestamp(iso);
    if (!instant) return EM_DASH;
    return dateFormat(locale, { ...options, timeZone }).format(instant);
  } catch {
    return EM_DASH; // unknown time zone
  }
}

/**
 * "Nov 3, 2026" (en-US). Takes a timestamp (shown in `timeZone`, default the
 * viewer's) or a `YYYY-MM-DD` date (shown as that calendar day). Malformed → "—".
 */
export function formatDate(iso: string, locale: string, timeZone?: string): string {
  return formatInstantOrDate(iso, locale, { dateStyle: 'medium' }, timeZone);
}

/** "Nov 3, 2026, 1:45 PM" (en-US, in `timeZone`). A `YYYY-MM-DD` date shows as a date. Malformed → "—". */
export function formatDateTime(iso: string, locale: string, timeZone?: string): string {
  return formatInstantOrDate(iso, locale, { dateStyle: 'medium', timeStyle: 'short' }, timeZone);
}

/** Where dates are shown: a locale and a time zone (an element's `fmt`). */
export interface DateSettings {
  readonly locale: string;
  readonly timeZone?: string;
}

/** The date of `iso` in `fmt`'s locale and time zone. */
export const dateOf = (fmt: DateSettings, iso: string): string => formatDate(iso, fmt.locale, fmt.timeZone);
/** The date and time of `iso` in `fmt`'s locale and time zone. */
export const dateTimeOf = (fmt: DateSettings, iso: string): string => formatDateTime(iso, fmt.locale, fmt.timeZone);
