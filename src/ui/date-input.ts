/**
 * Dates typed and shown in the provider's locale (#17.24): the order of day,
 * month and year and the separator come from `Intl.DateTimeFormat(locale)
 * .formatToParts`, so en-IN and hi-IN read 31/12/2026 and en-US 12/31/2026.
 * Pure functions: the field that uses them is `src/ui/date-field.ts`.
 */
import { calendarDate } from '../time/calendar.js';
import { parseDateOnly } from '../time/days.js';

export type DatePart = 'day' | 'month' | 'year';

export interface DateShape {
  /** Day, month and year in the locale's order. */
  order: DatePart[];
  /** A date in the locale's short numeric form, with day 31 and month 12 so its order cannot be misread: "31/12/2026". */
  example: string;
}

/** Gregorian and numeric whatever the locale's default calendar; an unusable tag falls back to the runtime's. */
function numericDateFormat(locale: string): Intl.DateTimeFormat {
  const options: Intl.DateTimeFormatOptions = { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC', calendar: 'gregory' };
  try {
    return new Intl.DateTimeFormat(locale, options);
  } catch {
    return new Intl.DateTimeFormat(undefined, options);
  }
}

const shapes = new Map<string, DateShape & { format: Intl.DateTimeFormat }>();

function shapeOf(locale: string): DateShape & { format: Intl.DateTimeFormat } {
  let shape = shapes.get(locale);
  if (!shape) {
    const format = numericDateFormat(locale);
    const sample = calendarDate(new Date().getUTCFullYear(), 12, 31)!;
    const order = format
      .formatToParts(sample)
      .map((p) => p.type)
      .filter((t): t is DatePart => t === 'day' || t === 'month' || t === 'year');
    shape = { format, order: order.length === 3 ? order : ['day', 'month', 'year'], example: format.format(sample) };
    shapes.set(locale, shape);
  }
  return shape;
}

/** How a date is written in `locale`. */
export const dateShape = (locale: string): DateShape => {
  const { order, example } = shapeOf(locale);
  return { order, example };
};

/** `YYYY-MM-DD` as the locale writes it ("2026-11-28" → "28/11/2026" in en-IN); '' for '' or a malformed date. */
export function formatDateInput(iso: string, locale: string): string {
  const date = parseDateOnly(iso);
  return date ? shapeOf(locale).format.format(date) : '';
}

/**
 * Every decimal digit, in any script (०-९, ০-৯, ٠-٩, fullwidth …), as ASCII.
 * Unicode keeps each script's digits as a contiguous run 0–9, so a digit's
 * value is its distance from the start of its run.
 */
export function normaliseDigits(text: string): string {
  const isDigit = (cp: number) => /\p{Nd}/u.test(String.fromCodePoint(cp));
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80 || !isDigit(cp)) {
      out += ch;
      continue;
    }
    let start = cp;
    while (isDigit(start - 1)) start--;
    out += String((cp - start) % 10);
  }
  return out;
}

export type ParsedDate =
  /** Nothing typed: no date. */
  | { kind: 'empty' }
  | { kind: 'date'; iso: string }
  /** Digits that do not make a day, a month and a year (or not yet). */
  | { kind: 'unreadable' }
  /** Three numbers, but no such day (31/02/2026) or a year out of range. */
  | { kind: 'impossible' };

const YEARS = { min: 1900, max: 2199 };
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * A typed date in the locale's order. Separators may be anything that is not
 * a digit ("28/11/2026", "28.11.2026", "28 11 2026"), or none at all with
 * two-digit day and month ("28112026"). A four-digit first number is read as
 * year-month-day whatever the locale (a pasted "2026-11-28"). A two-digit
 * year means 20xx, except `typing`: then "28/11/20" is a year not yet
 * finished, not 2020.
 */
export function parseDateInput(text: string, locale: string, { typing = false } = {}): ParsedDate {
  const typed = normaliseDigits(text).trim();
  if (!typed) return { kind: 'empty' };
  const { order } = shapeOf(locale);
  let groups: string[] = typed.match(/\d+/g) ?? [];
  if (groups.length === 1 && groups[0]!.length === 8) {
    // Digits only: two for the day, two for the month, four for the year, in the locale's order.
    const digits = groups[0]!;
    let at = 0;
    const byPart = {} as Record<DatePart, string>;
    for (const part of order) {
      const width = part === 'year' ? 4 : 2;
      byPart[part] = digits.slice(at, at + width);
      at += width;
    }
    groups = order.map((p) => byPart[p]);
  }
  if (groups.length !== 3) return { kind: 'unreadable' };
  const readOrder: DatePart[] = groups[0]!.length === 4 && order[0] !== 'year' ? ['year', 'month', 'day'] : order;
  const value = {} as Record<DatePart, string>;
  readOrder.forEach((part, i) => (value[part] = groups[i]!));
  if (value.day.length > 2 || value.month.length > 2) return { kind: 'unreadable' };
  let year = Number(value.year);
  if (value.year.length === 2 && !typing) year += 2000;
  else if (value.year.length !== 4) return { kind: 'unreadable' };
  const month = Number(value.month);
  const day = Number(value.day);
  if (year < YEARS.min || year > YEARS.max || !calendarDate(year, month, day)) return { kind: 'impossible' };
  return { kind: 'date', iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
}
