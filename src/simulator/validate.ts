/** Request-body rules. Each returns the clean value or an HttpError to answer. */
import { gstinChecksumOk } from '../tax/gstin.js';
import type { Address, BillingDetails } from '../api/schemas.js';
import { MAX_CREDITS, MIN_CREDITS, parseDec, type QuoteInput } from './pricing.js';

export class HttpError {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly message: string,
    readonly fields?: Record<string, string>,
    readonly headers?: Record<string, string>,
  ) {}
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const invalid = (fields: Record<string, string>) => new HttpError(422, 'validation_failed', 'Some fields are invalid.', fields);
export const GSTIN = /^\d{2}[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const AMOUNT = /^\d{1,12}(\.\d{1,2})?$/;

export interface PurchaseInput {
  input: QuoteInput;
  remark: string | null;
  accept: unknown;
}

/**
 * Shape first (422 for malformed bodies), then the business rules (400) in the
 * order the wizard meets them. `proAvailable` drives `already_subscribed`.
 */
export function purchaseBody(body: unknown, proAvailable: boolean, needAcceptance: boolean): PurchaseInput | HttpError {
  if (!isObj(body)) return invalid({ body: 'Expected a JSON object' });
  const { kind } = body;
  if (kind !== 'pro_subscription' && kind !== 'credits' && kind !== 'custom')
    return invalid({ kind: 'Must be pro_subscription, credits or custom' });
  if (needAcceptance && body.accept_refund_policy !== undefined && typeof body.accept_refund_policy !== 'boolean')
    return invalid({ accept_refund_policy: 'Must be true or false' });
  if (kind === 'custom') {
    if (typeof body.amount !== 'string') return invalid({ amount: 'Expected a decimal string' });
    if (body.remark !== undefined && body.remark !== null && typeof body.remark !== 'string') return invalid({ remark: 'Expected text' });
    const amount = body.amount.trim();
    if (!AMOUNT.test(amount) || parseDec(amount).units <= 0n)
      return new HttpError(400, 'invalid_amount', 'Enter an amount greater than zero with at most two decimals.', { amount: 'Must be greater than 0, at most 2 decimals' });
    const remark = typeof body.remark === 'string' ? body.remark.trim() : '';
    if (!remark) return new HttpError(400, 'remark_required', 'A custom payment needs a remark.', { remark: 'Required' });
    if ([...remark].length > 500) return new HttpError(400, 'remark_too_long', 'The remark can be at most 500 characters.', { remark: 'At most 500 characters' });
    return { input: { kind, amount }, remark, accept: body.accept_refund_policy };
  }
  const { credits } = body;
  if (typeof credits !== 'number' || !Number.isInteger(credits) || credits < 0) return invalid({ credits: 'Expected a whole number of credits' });
  if (kind === 'pro_subscription' && !proAvailable)
    return new HttpError(400, 'already_subscribed', 'This organisation already has an active subscription (Pro or Enterprise).');
  if ((kind === 'credits' || credits > 0) && credits < MIN_CREDITS)
    return new HttpError(400, 'min_credits', 'Pay-as-you-go purchases need at least 1,000 credits.', { credits: `Must be at least ${MIN_CREDITS}` });
  if (credits > MAX_CREDITS)
    return new HttpError(400, 'max_credits', 'A single purchase can add at most 10,000,000 credits.', { credits: `Must be at most ${MAX_CREDITS}` });
  return { input: { kind, credits }, remark: null, accept: body.accept_refund_policy };
}

export function grantBody(body: unknown): { credits: number; reason: string } | HttpError {
  if (!isObj(body)) return invalid({ body: 'Expected a JSON object' });
  const fields: Record<string, string> = {};
  const { credits, reason } = body;
  if (typeof credits !== 'number' || !Number.isInteger(credits) || credits <= 0) fields.credits = 'Must be a whole number greater than 0';
  else if (credits > MAX_CREDITS) fields.credits = `Must be at most ${MAX_CREDITS}`;
  if (typeof reason !== 'string' || !reason.trim()) fields.reason = 'Required';
  else if ([...reason].length > 500) fields.reason = 'At most 500 characters';
  if (Object.keys(fields).length) return invalid(fields);
  return { credits: credits as number, reason: (reason as string).trim() };
}

const optText = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);

function address(v: unknown, prefix: string, fields: Record<string, string>): Address | null {
  if (!isObj(v)) {
    fields[prefix] = 'Required';
    return null;
  }
  const req = (key: 'line1' | 'city' | 'postal_code') => {
    const s = optText(v[key]);
    if (!s) fields[`${prefix}.${key}`] = 'Required';
    return s ?? '';
  };
  const country = typeof v.country === 'string' ? v.country.trim().toUpperCase() : '';
  if (!country) fields[`${prefix}.country`] = 'Required';
  else if (!/^[A-Z]{2}$/.test(country)) fields[`${prefix}.country`] = 'Use a two-letter country code (ISO 3166-1 alpha-2)';
  return { line1: req('line1'), line2: optText(v.line2), city: req('city'), state: optText(v.state), postal_code: req('postal_code'), country };
}

export function billingBody(body: unknown): BillingDetails | HttpError {
  if (!isObj(body)) return invalid({ body: 'Expected a JSON object' });
  const fields: Record<string, string> = {};
  const business_name = optText(body.business_name);
  if (!business_name) fields.business_name = 'Required';
  const billing_email = typeof body.billing_email === 'string' ? body.billing_email.trim() : '';
  if (!billing_email) fields.billing_email = 'Required';
  else if (!EMAIL.test(billing_email)) fields.billing_email = 'Enter a valid email address';
  const addr = address(body.address, 'address', fields);
  const shipping = body.shipping_address == null ? null : address(body.shipping_address, 'shipping_address', fields);
  const tax_id = optText(body.tax_id)?.toUpperCase() ?? null;
  if (tax_id && addr?.country === 'IN' && !GSTIN.test(tax_id)) fields.tax_id = 'Enter a valid 15-character GSTIN';
  else if (tax_id && addr?.country === 'IN' && !gstinChecksumOk(tax_id)) fields.tax_id = 'The GSTIN check character does not match';
  if (Object.keys(fields).length) return invalid(fields);
  return { business_name: business_name!, billing_email, phone: optText(body.phone), tax_id, address: addr!, shipping_address: shipping };
}

/** `limit` (1–100, default 25) and the opaque cursor. */
export function pageParams(search: URLSearchParams): { limit: number; after: string | null } | HttpError {
  const raw = search.get('limit');
  const limit = raw === null || raw === '' ? 25 : Number(raw);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) return invalid({ limit: 'Must be a whole number from 1 to 100' });
  const cursor = search.get('cursor');
  if (!cursor) return { limit, after: null };
  try {
    const decoded = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
    if (!decoded.startsWith('after:')) throw new Error('bad');
    return { limit, after: decoded.slice(6) };
  } catch {
    return new HttpError(400, 'invalid_cursor', 'The page cursor is not valid.', { cursor: 'Invalid cursor' });
  }
}

export const encodeCursor = (id: string) => btoa(`after:${id}`).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
