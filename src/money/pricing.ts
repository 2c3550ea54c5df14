/**
 * The wizard's live price preview and input validation. `previewQuote` applies
 * exactly the server's quote rules (shared/API.md) so the preview and the
 * server's quote agree to the minor unit:
 *
 * - each line amount is rounded half-up to the currency's minor unit;
 * - subtotal = sum of the (rounded) line amounts;
 * - tax = round_half_up(subtotal × rate) when the options carry a tax (GST for INR), else null;
 * - total = subtotal + tax.
 */
import type { PurchaseKind, PurchaseOptions, Quote, QuoteRequest } from '../api/schemas.js';
import { Decimal, minorUnitDigits } from './decimal.js';

type QuoteLine = Quote['lines'][number];

/** A unit price keeps its own precision ("0.015" stays) but shows at least the minor digits ("1.5" → "1.50"). */
function unitAmount(value: Decimal, digits: number): string {
  return value.toFixed(Math.max(digits, value.scale));
}

function assertQuantity(credits: number): void {
  if (!Number.isSafeInteger(credits) || credits < 0) {
    throw new RangeError(`Credits must be a whole number ≥ 0, got ${String(credits)}`);
  }
}

/**
 * The client-side preview of `POST …/purchases/quote`. Validate the inputs
 * first (`validateCreditsInput`, `validateAmountInput`): this throws a
 * RangeError for negative or fractional credits and a DecimalParseError for
 * a malformed amount or price.
 */
export function previewQuote(request: QuoteRequest, options: PurchaseOptions): Quote {
  const { currency } = options;
  const digits = minorUnitDigits(currency);
  const lines: QuoteLine[] = [];
  const amounts: Decimal[] = [];

  const addLine = (label: string, quantity: number, unit: Decimal): void => {
    const amount = unit.times(quantity).roundHalfUp(digits);
    amounts.push(amount);
    lines.push({ label, quantity, unit_amount: unitAmount(unit, digits), amount: amount.toFixed(digits) });
  };
  const addCredits = (credits: number): void => {
    assertQuantity(credits);
    if (credits > 0) addLine('Credits', credits, Decimal.parse(options.cost_per_credit));
  };

  switch (request.kind) {
    case 'pro_subscription':
      addLine('Pro Subscription', 1, Decimal.parse(options.pro.price));
      addCredits(request.credits);
      break;
    case 'credits':
      addCredits(request.credits);
      break;
    case 'custom':
      addLine('Custom Payment', 1, Decimal.parse(request.amount));
      break;
  }

  const subtotal = amounts.reduce((sum, amount) => sum.plus(amount), Decimal.ZERO);
  const taxAmount = options.tax ? subtotal.times(options.tax.rate).roundHalfUp(digits) : Decimal.ZERO;
  return {
    currency,
    lines,
    subtotal: subtotal.toFixed(digits),
    tax: options.tax ? { name: options.tax.name, rate: options.tax.rate, amount: taxAmount.toFixed(digits) } : null,
    total: subtotal.plus(taxAmount).toFixed(digits),
  };
}

/**
 * Whether two quotes (typically the preview and the server's) charge the same:
 * same currency, and equal subtotal, tax amount and total compared as decimals
 * ("1770.0" equals "1770.00"). A null tax counts as a zero tax amount.
 * Malformed amounts never agree.
 */
export function quotesAgree(a: Quote, b: Quote): boolean {
  if (a.currency !== b.currency) return false;
  const same = (x: string, y: string): boolean => {
    const dx = Decimal.tryParse(x);
    const dy = Decimal.tryParse(y);
    return dx !== null && dy !== null && dx.equals(dy);
  };
  return (
    same(a.subtotal, b.subtotal) &&
    same(a.tax?.amount ?? '0', b.tax?.amount ?? '0') &&
    same(a.total, b.total)
  );
}

export type CreditsInputResult =
  | { ok: true; credits: number }
  | { ok: false; reason: 'not_whole' | 'below_min' | 'above_max' | 'empty' };

export interface CreditsInputRules {
  kind: PurchaseKind;
  min: number;
  max: number;
}

/**
 * Whole digits, optionally grouped the way people type them: "5,000", "5 000",
 * "5_000", "1,25,000" (Indian lakh grouping). Groups hold 2–3 digits and the
 * last one 3, so "10,5" or "12,50" (a decimal comma) is never read as 105/1250.
 */
const WHOLE_DIGITS = String.raw`\d+|\d{1,3}(?:[,_ \u00A0\u202F\u2009]\d{2,3})*[,_ \u00A0\u202F\u2009]\d{3}`;
const GROUPED_INTEGER = new RegExp(String.raw`^([+-])?(${WHOLE_DIGITS})$`);
const GROUP_SEPARATORS = /[,_ \u00A0\u202F\u2009]/g;

/**
 * Any Unicode decimal digits as ASCII: "१०००" (Devanagari), "１０００" (full
 * width), "١٠٠٠" (Arabic-Indic) → "1000". Full-width and Arabic separators
 * become "," and "."; everything else is left for the validators to judge.
 */
export function asciiDigits(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\u066B/g, '.')
    .replace(/\u066C/g, ',')
    .replace(/\p{Nd}/gu, (digit) => {
      // Unicode keeps each script's digits 0–9 contiguous and in order: a digit's value is
      // its distance from the start of its run, modulo 10.
      let cp = digit.codePointAt(0)!;
      let offset = 0;
      while (/\p{Nd}/u.test(String.fromCodePoint(cp - 1))) {
        cp--;
        offset++;
      }
      return String(offset % 10);
    });
}

/**
 * Validates what the user typed as a credit count. Whole numbers only;
 * grouping commas, spaces and underscores are allowed ("5,000"), decimals,
 * exponents and anything else are `not_whole`. A Pro subscription allows 0
 * additional credits; otherwise credits must be within [min, max].
 */
export function validateCreditsInput(raw: string, rules: CreditsInputRules): CreditsInputResult {
  const text = asciiDigits(raw).trim();
  if (text === '') return { ok: false, reason: 'empty' };
  const match = GROUPED_INTEGER.exec(text);
  if (!match) return { ok: false, reason: 'not_whole' };
  const magnitude = BigInt(match[2].replace(GROUP_SEPARATORS, ''));
  const value = match[1] === '-' ? -magnitude : magnitude;
  if (rules.kind === 'pro_subscription' && value === 0n) return { ok: true, credits: 0 };
  if (value < BigInt(rules.min)) return { ok: false, reason: 'below_min' };
  if (value > BigInt(rules.max) || value > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, reason: 'above_max' };
  return { ok: true, credits: Number(value) };
}

export type AmountInputResult =
  | { ok: true; amount: string }
  | { ok: false; reason: 'empty' | 'not_positive' | 'too_many_decimals' | 'invalid' };

/** Optional grouping in the whole part ("2,500.00"), optional fraction; ".5" and "5." are accepted. */
const AMOUNT_PATTERN = new RegExp(String.raw`^([+-])?(${WHOLE_DIGITS}|)(?:\.(\d*))?$`);

/**
 * Validates a custom-payment amount typed by the user. It must be a plain
 * decimal (grouping commas/spaces/underscores allowed, no exponents), greater
 * than zero, with at most 2 decimals (trailing zeros beyond that are harmless:
 * "12.500" is 12.50). Answers the canonical 2-decimal string: "12.5" → "12.50".
 */
export function validateAmountInput(raw: string): AmountInputResult {
  const text = asciiDigits(raw).trim();
  if (text === '') return { ok: false, reason: 'empty' };
  const match = AMOUNT_PATTERN.exec(text);
  if (!match) return { ok: false, reason: 'invalid' };
  const [, sign = '', whole, fraction] = match;
  if (whole === '' && !fraction) return { ok: false, reason: 'invalid' }; // ".", "-", "+."
  const value = Decimal.parse(`${sign === '-' ? '-' : ''}${whole.replace(GROUP_SEPARATORS, '') || '0'}${fraction ? `.${fraction}` : ''}`);
  if (!value.roundHalfUp(2).equals(value)) return { ok: false, reason: 'too_many_decimals' };
  if (!value.isPositive()) return { ok: false, reason: 'not_positive' };
  return { ok: true, amount: value.toFixed(2) };
}
