/**
 * The server's own money math, independent of the client's preview
 * (src/money): decimals are parsed into BigInt integers and every rounding is
 * half-up (away from zero) to the currency's minor unit (2 places here).
 */
import type { BillingDetails, Quote, TaxAmount } from '../api/schemas.js';
import { GST_STATES, SELLER_STATE_CODE, placeOfSupply, stateCodesOf } from '../tax/gstin.js';

export const MINOR_DIGITS = 2;
export const MIN_CREDITS = 1000;
export const MAX_CREDITS = 10_000_000;
export const PRO_TERM_DAYS = 365;
export const GST_RATE = '0.18';
/** 9Pic's own GSTIN (Maharashtra, the seller's state), printed on every INR tax invoice. */
export const SELLER_GSTIN = '27AAHCN9126P1ZQ';

/** value = units / 10^scale */
export interface Dec {
  units: bigint;
  scale: number;
}

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

export function parseDec(text: string): Dec {
  const m = DECIMAL.exec(text.trim());
  if (!m) throw new RangeError(`Not a decimal: ${text}`);
  const frac = m[3] ?? '';
  const units = BigInt(m[2]! + frac);
  return { units: m[1] ? -units : units, scale: frac.length };
}

const pow10 = (n: number) => 10n ** BigInt(n);

/** Round to `digits` decimal places, half away from zero. */
export function roundDec(d: Dec, digits = MINOR_DIGITS): Dec {
  if (d.scale <= digits) return { units: d.units * pow10(digits - d.scale), scale: digits };
  const div = pow10(d.scale - digits);
  const neg = d.units < 0n;
  const abs = neg ? -d.units : d.units;
  let q = abs / div;
  if ((abs % div) * 2n >= div) q += 1n;
  return { units: neg ? -q : q, scale: digits };
}

export const mulDec = (a: Dec, b: Dec): Dec => ({ units: a.units * b.units, scale: a.scale + b.scale });

export function addDec(a: Dec, b: Dec): Dec {
  const scale = Math.max(a.scale, b.scale);
  return { units: a.units * pow10(scale - a.scale) + b.units * pow10(scale - b.scale), scale };
}

export function formatDec(d: Dec, digits = MINOR_DIGITS): string {
  const r = roundDec(d, digits);
  const neg = r.units < 0n;
  const s = (neg ? -r.units : r.units).toString().padStart(digits + 1, '0');
  const body = digits ? `${s.slice(0, -digits)}.${s.slice(-digits)}` : s;
  return neg ? `-${body}` : body;
}

/** Minor units (e.g. paise) of a decimal string, rounded half-up. */
export const toMinor = (text: string) => roundDec(parseDec(text)).units;

/** Money in minor units as a major-unit decimal string ("1770.00"). */
export const fromMinor = (minor: bigint) => formatDec({ units: minor, scale: MINOR_DIGITS });

export interface PriceList {
  currency: string;
  cost_per_credit: string;
  pro_price: string;
  /** GST rate for INR, null for every other currency. */
  tax_rate: string | null;
}

export function priceList(currency: string): PriceList {
  return currency === 'INR'
    ? { currency, cost_per_credit: '1.50', pro_price: '10000.00', tax_rate: GST_RATE }
    : { currency, cost_per_credit: '0.02', pro_price: '200.00', tax_rate: null };
}

export type QuoteInput =
  | { kind: 'pro_subscription'; credits: number }
  | { kind: 'credits'; credits: number }
  | { kind: 'custom'; amount: string };

/**
 * GST split by the place of supply (API.md, contract 1.1): the seller is in
 * Maharashtra (27), so a buyer in state 27 pays CGST + SGST (half the rate
 * each), any other state IGST. CGST is rounded; SGST is the rest, so the parts
 * always sum to the tax exactly.
 */
export function gstSplit(subtotal: string, tax: { name: string; rate: string; amount: string }, buyerState: string): TaxAmount {
  const amount = parseDec(tax.amount);
  if (buyerState !== SELLER_STATE_CODE)
    return { ...tax, components: [{ name: 'IGST', rate: tax.rate, amount: formatDec(amount) }], place_of_supply: placeOfSupply(buyerState) };
  const halfRate = trimRate(formatDec(mulDec(parseDec(tax.rate), { units: 5n, scale: 1 }), 6));
  const cgst = roundDec(mulDec(parseDec(subtotal), parseDec(halfRate)));
  const sgst = addDec(amount, { units: -cgst.units, scale: cgst.scale });
  return {
    ...tax,
    components: [
      { name: 'CGST', rate: halfRate, amount: formatDec(cgst) },
      { name: 'SGST', rate: halfRate, amount: formatDec(sgst) },
    ],
    place_of_supply: placeOfSupply(buyerState),
  };
}

/**
 * The buyer's state code for the place of supply: their GSTIN's first two
 * digits, else their Indian billing address's state, else the seller's.
 */
export function buyerState(billing: BillingDetails | null): string {
  if (billing?.address.country !== 'IN') return SELLER_STATE_CODE;
  const gstin = billing.tax_id?.trim().toUpperCase();
  if (gstin && /^\d{2}/.test(gstin) && GST_STATES[gstin.slice(0, 2)]) return gstin.slice(0, 2);
  return stateCodesOf(billing.address.state ?? '').at(-1) ?? SELLER_STATE_CODE;
}

/** "0.090000" → "0.09" (at least two places, as the API writes rates). */
const trimRate = (rate: string) => rate.replace(/(\.\d\d\d*?)0+$/, '$1');

/** The quote of a (validated) purchase: lines, subtotal, tax on the subtotal (split by `buyerState` when given), total. */
export function quote(prices: PriceList, input: QuoteInput, buyerState?: string): Quote {
  const lines: Quote['lines'] = [];
  let subtotal: Dec = { units: 0n, scale: MINOR_DIGITS };
  const add = (label: string, quantity: number, unit: string) => {
    const amount = roundDec(mulDec({ units: BigInt(quantity), scale: 0 }, parseDec(unit)));
    lines.push({ label, quantity, unit_amount: unit, amount: formatDec(amount) });
    subtotal = addDec(subtotal, amount);
  };
  if (input.kind === 'pro_subscription') add('Pro Subscription', 1, prices.pro_price);
  if (input.kind !== 'custom' && input.credits > 0) add('Credits', input.credits, prices.cost_per_credit);
  if (input.kind === 'custom') add('Custom Payment', 1, formatDec(parseDec(input.amount)));
  const tax = prices.tax_rate ? roundDec(mulDec(subtotal, parseDec(prices.tax_rate))) : null;
  const total = tax ? addDec(subtotal, tax) : subtotal;
  return {
    currency: prices.currency,
    lines,
    subtotal: formatDec(subtotal),
    tax:
      tax && prices.tax_rate
        ? buyerState
          ? gstSplit(formatDec(subtotal), { name: 'GST', rate: prices.tax_rate, amount: formatDec(tax) }, buyerState)
          : { name: 'GST', rate: prices.tax_rate, amount: formatDec(tax) }
        : null,
    total: formatDec(total),
  };
}
