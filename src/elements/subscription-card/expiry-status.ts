/**
 * How close a plan's expiry is, in whole calendar days in the viewer's time
 * zone: the rule behind the subscription card's badge (pure, so tests pin the clock).
 */
import { calendarDaysUntil } from '../../time/days.js';

/** At this many days or fewer the card warns "Expires in N days". */
export const EXPIRY_WARNING_DAYS = 30;

export type ExpiryStatus =
  /** No expiry date (or one we cannot read). */
  | { kind: 'none' }
  /** The expiry date has passed; `daysAgo` ≥ 1. */
  | { kind: 'expired'; daysAgo: number }
  /** 0 (today is the last day) to 30 days left. */
  | { kind: 'soon'; daysLeft: number }
  /** More than 30 days left. */
  | { kind: 'later'; daysLeft: number };

/**
 * `expiresAt` is a `YYYY-MM-DD` date: the plan's last day. On that day the plan
 * still runs ("expires today"); from the next day on it is expired.
 * An unknown `timeZone` falls back to the runtime's own.
 */
export function expiryStatus(expiresAt: string | null | undefined, now: Date, timeZone?: string): ExpiryStatus {
  if (!expiresAt) return { kind: 'none' };
  let days: number;
  try {
    days = daysUntil(expiresAt, now, timeZone);
  } catch {
    return { kind: 'none' };
  }
  if (days < 0) return { kind: 'expired', daysAgo: -days };
  if (days <= EXPIRY_WARNING_DAYS) return { kind: 'soon', daysLeft: days };
  return { kind: 'later', daysLeft: days };
}

function daysUntil(date: string, now: Date, timeZone: string | undefined): number {
  try {
    return calendarDaysUntil(date, now, timeZone);
  } catch (error) {
    if (!timeZone) throw error;
    return calendarDaysUntil(date, now); // a time zone this runtime does not know
  }
}
