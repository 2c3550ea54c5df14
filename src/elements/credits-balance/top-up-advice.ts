/**
 * The Pro guide's "When to Top Up" table as a pure function.
 *
 * | Balance vs. the next event's expected photos | Advice                                   |
 * |----------------------------------------------|------------------------------------------|
 * | balance ≥ 2× expected                        | `fine`: don't bother                     |
 * | expected ≤ balance < 2× expected             | `before-sync`: top up to ~3× before Sync |
 * | balance < expected (incl. negative balances) | `now`: top up now, don't start Sync      |
 *
 * The guide names the middle row by its typical value ("= 1.5×"); it leaves
 * the gaps between 1× and 1.5× and between 1.5× and 2× open. We read the
 * row as the whole band from 1× up to (not including) 2×: the balance covers
 * the event, but without the 2× margin the first row asks for, so topping up
 * before Sync is the safe advice there.
 */

/** The smallest credit purchase the dashboard accepts (the guide: 1,000 per top-up). */
export const MIN_PURCHASE = 1_000;
/** Suggested quantities are rounded up to this step. */
export const SUGGESTION_STEP = 100;
/** The guide's target: top up to about 3× the expected photos. */
export const TARGET_MULTIPLE = 3;

export type TopUpLevel = 'fine' | 'before-sync' | 'now';

export interface TopUpAdvice {
  level: TopUpLevel;
  /** The expected photos the advice was computed for (whole, ≥ 1). */
  expectedPhotos: number;
  /**
   * Credits to buy to reach ~3× expected, rounded up to a step of 100 and
   * never below the minimum purchase; 0 when no top-up is needed.
   */
  suggestedCredits: number;
}

/** The expected photo count as a whole number ≥ 1, or undefined when it is not usable. */
export function normaliseExpectedPhotos(value: unknown): number | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n) || n <= 0) return undefined;
  return Math.ceil(n);
}

/**
 * The advice for a balance before an event of `expectedPhotos` photos (1 credit
 * = 1 processed photo); undefined when `expectedPhotos` is missing or not a
 * positive number.
 */
export function topUpAdvice(availableCredits: number, expectedPhotos: unknown): TopUpAdvice | undefined {
  const expected = normaliseExpectedPhotos(expectedPhotos);
  if (expected === undefined || !Number.isFinite(availableCredits)) return undefined;
  const level: TopUpLevel = availableCredits >= 2 * expected ? 'fine' : availableCredits >= expected ? 'before-sync' : 'now';
  return { level, expectedPhotos: expected, suggestedCredits: level === 'fine' ? 0 : suggestedTopUp(availableCredits, expected) };
}

/** Credits that bring the balance to ~3× expected: rounded up to the step, at least the minimum purchase. */
export function suggestedTopUp(availableCredits: number, expectedPhotos: number): number {
  const shortfall = TARGET_MULTIPLE * expectedPhotos - availableCredits;
  const rounded = Math.ceil(shortfall / SUGGESTION_STEP) * SUGGESTION_STEP;
  return Math.max(MIN_PURCHASE, rounded);
}

/** The advice asks to top up now: its action is the card's primary one (Purchase Credits steps back). */
export const urgent = (advice: TopUpAdvice | undefined) => advice?.level === 'now' && advice.suggestedCredits > 0;
