/**
 * formatMoney and formatPercent read decimal strings without the Decimal class (so a bundle that
 * formats money does not carry it): the same output as the Decimal-based reading on random cases.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { Decimal, minorUnitDigits } from '../../src/money/decimal.js';
import { formatMoney, formatPercent, isPositiveDecimal, EM_DASH } from '../../src/money/format.js';

// The Decimal-based reading these functions had before (src/money/format.ts at 339cee3).
const formats = new Map<string, Intl.NumberFormat>();
const format = (locale: string, options: Intl.NumberFormatOptions) => {
  const key = JSON.stringify([locale, options]);
  let f = formats.get(key);
  if (!f) {
    try {
      f = new Intl.NumberFormat(locale, options);
    } catch (error) {
      if (!(error instanceof RangeError) || !/locale|language tag/i.test(error.message)) throw error;
      f = new Intl.NumberFormat(undefined, options);
    }
    formats.set(key, f);
  }
  return f;
};
const asString = (f: Intl.NumberFormat, value: string) => (f.format as unknown as (v: string) => string).call(f, value);
function moneyWithDecimal(amount: string, currency: string, locale: string): string {
  const value = Decimal.tryParse(amount);
  if (!value) return EM_DASH;
  const digits = minorUnitDigits(currency);
  const places = Math.max(digits, value.scale);
  const text = value.toFixed(places);
  try {
    return asString(format(locale, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: places }), text).replace('-', '\u2212');
  } catch {
    return `${text.replace('-', '\u2212')} ${currency}`;
  }
}
function percentWithDecimal(rate: string, locale: string): string {
  const value = Decimal.tryParse(rate);
  if (!value) return EM_DASH;
  return asString(format(locale, { style: 'percent', maximumFractionDigits: Math.max(0, value.scale - 2) }), value.toString());
}

const digitString = (min: number, max: number) => fc.string({ unit: fc.constantFrom('0', '0', '0', '1', '5', '9'), minLength: min, maxLength: max });
/** Decimal strings as the API sends them and as it must not: leading zeros, "-0.00", long fractions, junk. */
const amount = fc.oneof(
  fc.tuple(fc.constantFrom('', '-'), digitString(1, 24), fc.option(digitString(1, 18), { nil: undefined })).map(([sign, whole, fraction]) => `${sign}${whole}${fraction === undefined ? '' : `.${fraction}`}`),
  fc.constantFrom('0', '-0', '-0.00', '000.10', '1e3', '+1', '.5', '1.', ' 1', '1,000.00', 'NaN', '', '-', '٣.٥'),
  fc.string({ maxLength: 8 }),
);
const currency = fc.constantFrom('INR', 'USD', 'JPY', 'KWD', 'EUR', 'CLF', 'ZZZ', 'inr', 'US');
const locale = fc.constantFrom('en-IN', 'hi-IN', 'en-US', 'de-DE', 'ja-JP', 'ar-EG', 'fr-CH', 'xx-invalid-tag-');

describe('money formatting without the Decimal class', function () {
  this.timeout(60_000);
  it('formatMoney gives what the Decimal-based reading gave (random amounts, currencies, locales)', () => {
    fc.assert(
      fc.property(amount, currency, locale, (a, c, l) => formatMoney(a, c, l) === moneyWithDecimal(a, c, l)),
      { numRuns: 20_000 },
    );
  });

  it('formatPercent gives what the Decimal-based reading gave', () => {
    fc.assert(
      fc.property(amount, locale, (r, l) => formatPercent(r, l) === percentWithDecimal(r, l)),
      { numRuns: 10_000 },
    );
  });

  it('isPositiveDecimal answers as Decimal.tryParse(s)?.isPositive()', () => {
    fc.assert(fc.property(amount, (a) => isPositiveDecimal(a) === (Decimal.tryParse(a)?.isPositive() ?? false)), { numRuns: 20_000 });
    expect(isPositiveDecimal('0.00')).to.equal(false);
    expect(isPositiveDecimal('-0.5')).to.equal(false);
    expect(isPositiveDecimal('0.02')).to.equal(true);
  });
});
