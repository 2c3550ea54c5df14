/**
 * Locale-aware formatting of money, credits and rates. Months are formatted in
 * src/time/format-month.ts and dates in src/time/format-date.ts, each apart, so a
 * bundle carries only the formatting it shows (the balance shows no date); the
 * calendar arithmetic (days until expiry, month keys) is in src/time/calendar.ts.
 *
 * Display functions never render "NaN": for input they cannot read (a malformed
 * amount) they return `EM_DASH` ("—"). Formatters are cached per locale and options.
 */
import { minorUnitDigits } from './minor-units.js';
import { EM_DASH } from '../time/em-dash.js';

export { EM_DASH };

const MINUS_SIGN = '\u2212';

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Cached formatter; an unusable locale tag falls back to the runtime's locale instead of throwing. */
function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify([locale, options]);
  let format = numberFormats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale, options);
    } catch (error) {
      if (locale === undefined) throw error;
      format = new Intl.NumberFormat(undefined, options);
    }
    numberFormats.set(key, format);
  }
  return format;
}

/**
 * A decimal string (`-?digits(.digits)?`, as `Decimal.parse` reads it) in its plain form: no leading
 * zeros, never "-0", at least `minPlaces` decimals (padded, never rounded). `null` for anything else.
 * The same text `Decimal.parse(s).toFixed(max(minPlaces, scale))` gives, without the Decimal class.
 */
function plainDecimal(amount: string, minPlaces: number): { text: string; scale: number } | null {
  const match = typeof amount === 'string' ? /^(-)?(\d+)(?:\.(\d+))?$/.exec(amount) : null;
  if (!match) return null;
  const [, minus, whole, fraction = ''] = match;
  const places = Math.max(minPlaces, fraction.length);
  const sign = minus && /[1-9]/.test(whole + fraction) ? '-' : '';
  return { text: sign + whole.replace(/^0+(?=\d)/, '') + (places ? `.${fraction.padEnd(places, '0')}` : ''), scale: fraction.length };
}

/** A decimal string above zero ("0.02"; not "0.00", "-1" or "abc"), as `Decimal.tryParse(s)?.isPositive()` answers. */
export function isPositiveDecimal(amount: string): boolean {
  const value = plainDecimal(amount, 0);
  return !!value && !value.text.startsWith('-') && /[1-9]/.test(value.text);
}

/**
 * Intl.NumberFormat v3 formats a decimal string exactly (no conversion to a
 * binary double). The ES2022 lib typings only admit number | bigint.
 */
function formatDecimalString(format: Intl.NumberFormat, value: string): string {
  return (format.format as unknown as (value: string) => string).call(format, value);
}

/**
 * "₹1,770.00" for ('1770.00', 'INR', 'en-IN'); "$0.02" for ('0.02', 'USD', 'en-US');
 * a negative amount with U+2212 MINUS SIGN ("−₹8,850.00"), like credits.
 * Exact for any length of amount: the decimal string goes to Intl as a string,
 * never through Number. Shows at least the currency's minor digits and keeps
 * extra precision a sub-cent unit price carries ("0.015" → "$0.015").
 * Malformed amount → "—".
 */
export function formatMoney(amount: string, currency: string, locale: string): string {
  const digits = minorUnitDigits(currency);
  const value = plainDecimal(amount, digits);
  if (!value) return EM_DASH;
  const { text } = value;
  const places = Math.max(digits, value.scale);
  try {
    const format = numberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: places,
    });
    return formatDecimalString(format, text).replace('-', MINUS_SIGN);
  } catch {
    return `${text.replace('-', MINUS_SIGN)} ${currency}`; // a currency code this runtime rejects
  }
}

function isFiniteNumber(n: unknown): n is number {
  return typeof n === 'number' && Number.isFinite(n);
}

/** Whole credits with locale grouping: en-IN 125000 → "1,25,000"; en-US → "125,000"; negative with U+2212 ("−2,500"). Non-finite → "—". */
export function formatCredits(n: number, locale: string): string {
  if (!isFiniteNumber(n)) return EM_DASH;
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(n).replace('-', MINUS_SIGN);
}

/**
 * A credit change with its sign: "+5,000", "−350" (U+2212 MINUS SIGN, also
 * where the locale uses a hyphen-minus), "0". Non-finite → "—".
 */
export function formatSignedCredits(n: number, locale: string): string {
  if (!isFiniteNumber(n)) return EM_DASH;
  return numberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' })
    .formatToParts(n)
    .map((part) => (part.type === 'minusSign' ? part.value.replace('-', MINUS_SIGN) : part.value))
    .join('');
}

/** "0.18" → "18%", "0.125" → "12.5%" (exact). Malformed → "—". */
export function formatPercent(rate: string, locale: string): string {
  const value = plainDecimal(rate, 0);
  if (!value) return EM_DASH;
  const places = Math.max(0, value.scale - 2);
  const format = numberFormat(locale, { style: 'percent', maximumFractionDigits: places });
  return formatDecimalString(format, value.text);
}
