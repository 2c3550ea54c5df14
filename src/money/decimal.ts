/**
 * Exact decimal arithmetic for the API's money strings ("1770.00", "0.015").
 *
 * A `Decimal` is `units × 10^-scale` with `units` a BigInt, so no binary
 * floating point is ever involved. `scale` is a small non-negative integer (a
 * count of decimal places), the only plain `number` in the representation.
 * Instances are immutable; every operation returns a new one.
 */

import { minorUnitDigits } from './minor-units.js';

export { minorUnitDigits };

const DECIMAL_PATTERN = /^(-)?(\d+)(?:\.(\d+))?$/;

/** A value accepted wherever a Decimal is expected: a Decimal or a decimal string. */
export type DecimalLike = Decimal | string;

const pow10Cache: bigint[] = [];
function pow10(n: number): bigint {
  let p = pow10Cache[n];
  if (p === undefined) {
    p = 10n ** BigInt(n);
    pow10Cache[n] = p;
  }
  return p;
}

function assertPlaces(places: number): void {
  if (!Number.isSafeInteger(places) || places < 0) {
    throw new RangeError(`Decimal places must be a non-negative integer, got ${String(places)}`);
  }
}

/** Thrown by `Decimal.parse` for anything that is not a plain decimal string. */
export class DecimalParseError extends TypeError {
  constructor(readonly input: unknown) {
    super(`Not a decimal string: ${JSON.stringify(input) ?? String(input)} (expected e.g. "1770.00" or "-0.5")`);
    this.name = 'DecimalParseError';
  }
}

export class Decimal {
  static readonly ZERO = new Decimal(0n, 0);

  private constructor(
    /** The digits as an integer: value = units × 10^-scale. */
    readonly units: bigint,
    /** Number of decimal places carried. */
    readonly scale: number,
  ) {}

  /**
   * Parses `-?digits(.digits)?` exactly ("1770.00", "0.015", "-2.5").
   * Throws `DecimalParseError` on anything else: whitespace, "+", exponents,
   * grouping separators, "", ".5", "NaN", "Infinity".
   */
  static parse(input: string): Decimal {
    const match = typeof input === 'string' ? DECIMAL_PATTERN.exec(input) : null;
    if (!match) throw new DecimalParseError(input);
    const [, minus, whole, fraction = ''] = match;
    const magnitude = BigInt(whole + fraction);
    return new Decimal(minus ? -magnitude : magnitude, fraction.length);
  }

  /** Like `parse`, but answers `null` instead of throwing. */
  static tryParse(input: string): Decimal | null {
    try {
      return Decimal.parse(input);
    } catch {
      return null;
    }
  }

  /** A Decimal, a decimal string, or an integer (bigint, or a safe-integer number such as a credit count). */
  static from(value: DecimalLike | bigint | number): Decimal {
    if (value instanceof Decimal) return value;
    if (typeof value === 'string') return Decimal.parse(value);
    return Decimal.fromInteger(value);
  }

  /** An integer. A `number` must be a safe integer (credit counts, quantities), never a money amount. */
  static fromInteger(value: bigint | number): Decimal {
    if (typeof value === 'number' && !Number.isSafeInteger(value)) {
      throw new RangeError(`Expected a safe integer, got ${String(value)}`);
    }
    return new Decimal(BigInt(value), 0);
  }

  /** `fromMinorUnits(177000n, 'INR')` → 1770.00 (scale = the currency's minor digits). */
  static fromMinorUnits(minor: bigint, currency: string): Decimal {
    return new Decimal(minor, minorUnitDigits(currency));
  }

  /** Same value expressed with `scale` places (scale must not drop digits). */
  private rescale(scale: number): bigint {
    return this.units * pow10(scale - this.scale);
  }

  plus(other: DecimalLike): Decimal {
    const o = Decimal.from(other);
    const scale = Math.max(this.scale, o.scale);
    return new Decimal(this.rescale(scale) + o.rescale(scale), scale);
  }

  minus(other: DecimalLike): Decimal {
    return this.plus(Decimal.from(other).negate());
  }

  /** Multiplies by a Decimal / decimal string, or by an integer (bigint or safe-integer number, e.g. a quantity). */
  times(other: DecimalLike | bigint | number): Decimal {
    const o = Decimal.from(other);
    return new Decimal(this.units * o.units, this.scale + o.scale);
  }

  negate(): Decimal {
    return new Decimal(-this.units, this.scale);
  }

  abs(): Decimal {
    return this.units < 0n ? this.negate() : this;
  }

  /** -1, 0 or 1, by value ("1.5" equals "1.50"). */
  compare(other: DecimalLike): -1 | 0 | 1 {
    const o = Decimal.from(other);
    const scale = Math.max(this.scale, o.scale);
    const a = this.rescale(scale);
    const b = o.rescale(scale);
    return a < b ? -1 : a > b ? 1 : 0;
  }

  equals(other: DecimalLike): boolean {
    return this.compare(other) === 0;
  }

  isZero(): boolean {
    return this.units === 0n;
  }

  isPositive(): boolean {
    return this.units > 0n;
  }

  isNegative(): boolean {
    return this.units < 0n;
  }

  /**
   * Rounds to `places` decimals, half-up: ties go away from zero
   * (2.675 → 2.68, 2.665 → 2.67, -2.675 → -2.68). Never reduces precision it
   * does not have to: 1.5 rounded to 2 places is 1.50.
   */
  roundHalfUp(places: number): Decimal {
    assertPlaces(places);
    if (this.scale <= places) return new Decimal(this.rescale(places), places);
    const divisor = pow10(this.scale - places);
    let quotient = this.units / divisor; // truncates toward zero
    const remainder = this.units % divisor; // same sign as units
    const twice = (remainder < 0n ? -remainder : remainder) * 2n;
    if (twice >= divisor) quotient += this.units < 0n ? -1n : 1n;
    return new Decimal(quotient, places);
  }

  /** Exactly `places` decimals, rounding half-up when needed: "1770.00". Never "-0.00". */
  toFixed(places: number): string {
    const { units } = this.roundHalfUp(places);
    const negative = units < 0n;
    const digits = (negative ? -units : units).toString().padStart(places + 1, '0');
    const whole = digits.slice(0, digits.length - places);
    const fraction = digits.slice(digits.length - places);
    return (negative ? '-' : '') + whole + (places > 0 ? `.${fraction}` : '');
  }

  /** The value in the currency's minor unit, rounded half-up: 1770.00 INR → 177000n; 1234.5 JPY → 1235n. */
  toMinorUnits(currency: string): bigint {
    return this.roundHalfUp(minorUnitDigits(currency)).units;
  }

  /** The exact value with the places it carries ("1.50" stays "1.50"). */
  toString(): string {
    return this.toFixed(this.scale);
  }

  toJSON(): string {
    return this.toString();
  }
}
