/**
 * The HTTP contract (shared/API.md) in executable form: the building blocks every resource's
 * schemas share (amounts, dates, the error body, the list page). The schemas are split by
 * resource (credits, subscription, payments, organisations) so a bundle, and each chunk of the
 * CDN build, carries only the ones it parses with; `../schemas.ts` re-exports them all.
 *
 * Enumerations the server may extend (transaction types, statuses, plan types)
 * are plain strings here: an unknown value is shown neutrally, never an error.
 */
import * as z from 'zod/mini';
import { PAYMENT_STATUSES } from '../payment-statuses.js';

/** A decimal amount in major units, e.g. "1770.00" or "0.02". */
export const Decimal = /* @__PURE__ */ (/* @__PURE__ */ z.string()).check(/* @__PURE__ */ z.regex(/^-?\d{1,30}(\.\d{1,18})?$/, 'Expected a decimal string'));
/** ISO-4217 currency code. */
export const Currency = /* @__PURE__ */ (/* @__PURE__ */ z.string()).check(/* @__PURE__ */ z.regex(/^[A-Z]{3}$/, 'Expected an ISO-4217 currency code'));
/**
 * A whole number in the safe integer range: what `z.int()` accepts (a finite number, an integer, within
 * ±(2^53 − 1)), checked by `Number.isSafeInteger`. zod's number schema and number-format check weigh 1.7 KB
 * minified, and every bundle that reads a balance would carry them; test/api/records.test.ts compares the two.
 */
export const wholeNumber = () => /* @__PURE__ */ z.custom<number>((value) => Number.isSafeInteger(value));
/** Whole credits. */
export const Credits = /* @__PURE__ */ wholeNumber();

/**
 * A key whose value may be null may also be absent (API.md "Conventions"):
 * both read as `null`, so nothing past the client sees `undefined`.
 */
export const nullable = <T extends z.ZodMiniType>(schema: T) =>
  /* @__PURE__ */ z.pipe(/* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(schema)), /* @__PURE__ */ z.transform((value: z.infer<T> | null | undefined): z.infer<T> | null => value ?? null));

export const TRANSACTION_TYPES = ['usage', 'purchase', 'admin_grant', 'free_credits', 'refund'] as const;
export const USAGE_KINDS = ['event_photo_indexing', 'ai_image_rotation'] as const;
export { PAYMENT_STATUSES };
export const INVOICE_STATUSES = [
  'ready',
  'generating',
  'not_generated',
  'awaiting_billing_details',
  'failed',
  'not_applicable',
] as const;
export const PLAN_TYPES = ['trial', 'pro', 'enterprise', 'payg'] as const;
export const PURCHASE_KINDS = ['pro_subscription', 'credits', 'custom'] as const;

/**
 * An object whose every value is a string (an error's `fields`: field name → message). The same rule as
 * `z.record(z.string(), z.string())` on parsed JSON, without zod's record schema: that one weighs 2.5 KB
 * minified, and every bundle that reads an error (the CDN entry included) would carry it.
 */
const isStringMap = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string');

export const ErrorBody = /* @__PURE__ */ z.object({
  error: /* @__PURE__ */ z.object({
    code: /* @__PURE__ */ z.string(),
    message: /* @__PURE__ */ z.string(),
    fields: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.custom<Record<string, string>>(isStringMap)),
  }),
});

export const Viewer = /* @__PURE__ */ z.object({ email: /* @__PURE__ */ z.string(), is_staff: /* @__PURE__ */ z.boolean() });

// Timestamps, dates and the list page are in records.ts: the balance parses none of them.

export type ErrorBody = z.infer<typeof ErrorBody>;
export type TransactionType = (typeof TRANSACTION_TYPES)[number];
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];
export type PlanType = (typeof PLAN_TYPES)[number];
export type PurchaseKind = (typeof PURCHASE_KINDS)[number];

