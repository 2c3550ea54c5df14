/**
 * A calendar month for display ('2026-11' → "November 2026"), and the cached
 * `Intl.DateTimeFormat` the date formatting (format-date.ts) shares. Apart from
 * the date formatting: the balance's runway shows a month and no date.
 * Malformed input or an unknown time zone gives `EM_DASH` ("—"), never "Invalid Date".
 */
import { EM_DASH } from './em-dash.js';
import { calendarDate } from './calendar.js';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Cached formatter; an unusable locale tag falls back to the runtime's locale (a bad timeZone still throws). */
export function dateFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify([locale, options]);
  let format = dateFormats.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(locale, options);
    } catch (error) {
      if (locale === undefined) throw error;
      format = new Intl.DateTimeFormat(undefined, options); // still throws for a bad timeZone
    }
    dateFormats.set(key, format);
  }
  return format;
}

const MONTH_ONLY = /^(\d{4})-(\d{2})$/;

/** '2026-11' → "November 2026" (en-US): a calendar month, independent of time zones. Malformed → "—". */
export function formatMonth(month: string, locale: string): string {
  const m = MONTH_ONLY.exec(month);
  const first = m ? calendarDate(Number(m[1]), Number(m[2]), 1) : null;
  if (!first) return EM_DASH;
  return dateFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(first);
}
