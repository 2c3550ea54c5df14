/**
 * The order the user is building: what they typed, checked against the
 * organisation's purchase options, and turned into the request the server
 * quotes and charges. Pure functions; the element keeps the input.
 */
import type { PurchaseKind, PurchaseOptions, Quote, QuoteRequest } from '../../api/schemas.js';
import { previewQuote, validateAmountInput, validateCreditsInput } from '../../money/pricing.js';
import type { Formatter } from '../../ui/formatter.js';
import { ApiError } from '../../api/errors.js';
import { msg, str } from '../../i18n/localize.js';
import { kindName } from '../../ui/kind-labels.js';
import { textLength } from '../../ui/text-length.js';
import { plural } from '../../ui/plural.js';

export const REMARK_LIMIT = 500;

/** The host's `plan` attribute. */
export type PlanAttribute = 'pro' | 'credits' | 'custom';
export const planKind = (plan: string | undefined): PurchaseKind | undefined =>
  plan === 'pro' ? 'pro_subscription' : plan === 'credits' ? 'credits' : plan === 'custom' ? 'custom' : undefined;

export interface OrderInput {
  kind: PurchaseKind;
  /** As typed ("5,000"). */
  credits: string;
  /** As typed ("2,500.00"). */
  amount: string;
  remark: string;
}

export const initialOrder = (kind: PurchaseKind = 'credits', options?: PurchaseOptions): OrderInput => ({
  kind,
  credits: kind === 'pro_subscription' ? '0' : String(options?.min_credits ?? ''),
  amount: '',
  remark: '',
});

export type OrderField = 'credits' | 'amount' | 'remark';
export type OrderErrors = Partial<Record<OrderField, string>>;

export const ORDER_FIELDS: readonly OrderField[] = ['credits', 'amount', 'remark'];

/** The messages a rejected purchase (422 `fields`) gave for the order's own fields; other keys are left to the error panel. */
export function serverFieldErrors(error: unknown): OrderErrors {
  const fields = error instanceof ApiError ? error.fields : {};
  const out: OrderErrors = {};
  for (const field of ORDER_FIELDS) if (typeof fields[field] === 'string' && fields[field].trim()) out[field] = fields[field];
  return out;
}

export interface CheckedOrder {
  /** The quote/purchase body when the input is valid. */
  request: QuoteRequest | null;
  errors: OrderErrors;
  /** The live preview (exact decimal money), when valid. */
  preview: Quote | null;
}

/** The plans this organisation may choose (Enterprise is shown but never chosen). */
export const availableKinds = (options: PurchaseOptions): PurchaseKind[] =>
  options.pro.available ? ['pro_subscription', 'credits', 'custom'] : ['credits', 'custom'];

export function checkOrder(input: OrderInput, options: PurchaseOptions, fmt: Formatter): CheckedOrder {
  const errors: OrderErrors = {};
  let request: QuoteRequest | null = null;
  if (input.kind === 'custom') {
    const amount = validateAmountInput(input.amount);
    if (!amount.ok) errors.amount = amountError(amount.reason);
    const remark = input.remark.trim();
    if (!remark) errors.remark = msg('Enter a remark: what this payment is for.', { id: 'purchase-wizard.error.remark-required' });
    else if (textLength(remark) > REMARK_LIMIT)
      errors.remark = remarkTooLong(textLength(remark) - REMARK_LIMIT, fmt);
    if (amount.ok && !errors.remark) request = { kind: 'custom', amount: amount.amount, remark };
    // The summary follows the amount even before the remark is written.
    else if (amount.ok) return { request: null, errors, preview: safePreview({ kind: 'custom', amount: amount.amount, remark: '' }, options) };
  } else {
    const result = validateCreditsInput(input.credits, { kind: input.kind, min: options.min_credits, max: options.max_credits });
    if (result.ok) request = { kind: input.kind, credits: result.credits };
    else errors.credits = creditsError(result.reason, input.kind, options, fmt);
  }
  return { request, errors, preview: request ? safePreview(request, options) : null };
}

function safePreview(request: QuoteRequest, options: PurchaseOptions): Quote | null {
  try {
    return previewQuote(request, options);
  } catch {
    return null; // malformed prices in the options: the server's quote will say
  }
}

function creditsError(reason: 'not_whole' | 'below_min' | 'above_max' | 'empty', kind: PurchaseKind, options: PurchaseOptions, fmt: Formatter): string {
  const min = fmt.credits(options.min_credits);
  switch (reason) {
    case 'empty':
      return kind === 'pro_subscription'
        ? msg(str`Enter 0, or at least ${min} credits.`, { id: 'purchase-wizard.error.credits-pro' })
        : msg('Enter the number of credits.', { id: 'purchase-wizard.error.credits-empty' });
    case 'not_whole':
      return msg('Credits are whole numbers: enter digits only, without decimals.', { id: 'purchase-wizard.error.credits-whole' });
    case 'below_min':
      return kind === 'pro_subscription'
        ? msg(str`Enter 0, or at least ${min} credits.`, { id: 'purchase-wizard.error.credits-pro' })
        : msg(str`The minimum purchase is ${min} credits.`, { id: 'purchase-wizard.error.credits-min' });
    case 'above_max':
      return msg(str`The maximum purchase is ${fmt.credits(options.max_credits)} credits.`, { id: 'purchase-wizard.error.credits-max' });
  }
}

function amountError(reason: 'empty' | 'not_positive' | 'too_many_decimals' | 'invalid'): string {
  switch (reason) {
    case 'empty':
      return msg('Enter the amount.', { id: 'purchase-wizard.error.amount-empty' });
    case 'not_positive':
      return msg('The amount must be more than zero.', { id: 'purchase-wizard.error.amount-positive' });
    case 'too_many_decimals':
      return msg('Use at most two decimal places.', { id: 'purchase-wizard.error.amount-decimals' });
    case 'invalid':
      return msg('Enter an amount such as 2500 or 2500.50.', { id: 'purchase-wizard.error.amount-invalid' });
  }
}

/** The purchase body of a quoted order. */
export const purchaseBody = (request: QuoteRequest) => ({ ...request, accept_refund_policy: true as const });

/** Identifies an order: the same text means the same purchase (and the same idempotency key). */
export const orderSignature = (organisation: string, request: QuoteRequest): string =>
  JSON.stringify([organisation, request.kind, 'credits' in request ? request.credits : null, 'amount' in request ? request.amount : null, 'remark' in request ? request.remark : null]);

/** Quote lines in the user's language (server labels are English): the kinds by their one name. */
export function lineLabel(label: string): string {
  switch (label) {
    case 'Credits':
      return msg('Credits', { id: 'purchase-wizard.line.credits' });
    case 'Pro Subscription':
      return kindName('pro_subscription');
    case 'Custom Payment':
      return kindName('custom');
    default:
      return label;
  }
}

/** "The remark is 1 character too long …" / "… 12 characters too long …": one message per plural category. */
function remarkTooLong(over: number, fmt: Formatter): string {
  const [n, max] = [fmt.credits(over), fmt.credits(REMARK_LIMIT)];
  return plural(over, {
    one: () => msg(str`The remark is ${n} character too long (at most ${max}).`, { id: 'purchase-wizard.error.remark-too-long-one' }),
    other: () => msg(str`The remark is ${n} characters too long (at most ${max}).`, { id: 'purchase-wizard.error.remark-too-long-other' }),
  });
}
