/**
 * The HTTP contract (shared/API.md) in executable form. Every response the
 * client receives is parsed with one of these before anything else sees it;
 * the TypeScript types of the whole library are inferred from them.
 *
 * Enumerations the server may extend (transaction types, statuses, plan types)
 * are plain strings here: an unknown value is shown neutrally, never an error.
 */
import * as z from 'zod/mini';

/** A decimal amount in major units, e.g. "1770.00" or "0.02". */
export const Decimal = z.string().check(z.regex(/^-?\d{1,30}(\.\d{1,18})?$/, 'Expected a decimal string'));
/** ISO-4217 currency code. */
export const Currency = z.string().check(z.regex(/^[A-Z]{3}$/, 'Expected an ISO-4217 currency code'));
/** Whole credits. */
export const Credits = z.int();
export const Timestamp = z.iso.datetime({ offset: true });
export const DateOnly = z.iso.date();

/**
 * A key whose value may be null may also be absent (API.md "Conventions"):
 * both read as `null`, so nothing past the client sees `undefined`.
 */
export const nullable = <T extends z.ZodMiniType>(schema: T) =>
  z.pipe(z.optional(z.nullable(schema)), z.transform((value: z.infer<T> | null | undefined): z.infer<T> | null => value ?? null));

export const TRANSACTION_TYPES = ['usage', 'purchase', 'admin_grant', 'free_credits', 'refund'] as const;
export const USAGE_KINDS = ['event_photo_indexing', 'ai_image_rotation'] as const;
export const PAYMENT_STATUSES = ['completed', 'pending', 'failed', 'abandoned'] as const;
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

export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.optional(z.record(z.string(), z.string())),
  }),
});

export const Viewer = z.object({ email: z.string(), is_staff: z.boolean() });

export const CreditsSummary = z.object({
  organisation: z.object({ id: z.string(), name: z.string() }),
  available_credits: Credits,
  currency: Currency,
  cost_per_credit: nullable(Decimal),
  viewer: Viewer,
});

export const MonthlyUsage = z.object({
  months: z.array(
    z.object({
      month: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Expected YYYY-MM')),
      credits_used: Credits,
    }),
  ),
});

export const EventRef = z.object({ id: z.string(), name: z.string() });

export const Transaction = z.object({
  id: z.string(),
  type: z.string(),
  usage_kind: nullable(z.string()),
  delta: Credits,
  event: nullable(EventRef),
  user_email: nullable(z.string()),
  created_at: Timestamp,
  payment_id: z.optional(z.nullable(z.string())),
});

/**
 * A list page. One invalid row does not make the page invalid (API.md
 * "Conventions"): it is left out and counted in `skipped`.
 */
export const page = <T extends z.ZodMiniType>(item: T) =>
  z.pipe(
    z.object({ data: z.array(z.unknown()), next_cursor: nullable(z.string()) }),
    z.transform(({ data, next_cursor }) => {
      const rows: z.infer<T>[] = [];
      let skipped = 0;
      for (const row of data) {
        const parsed = item.safeParse(row);
        if (parsed.success) rows.push(parsed.data as z.infer<T>);
        else skipped++;
      }
      return { data: rows, next_cursor, skipped };
    }),
  );

export const TransactionPage = page(Transaction);

export const GrantRequest = z.object({
  credits: z.int().check(z.positive()),
  reason: z.string().check(z.minLength(1), z.maxLength(500)),
});

export const Subscription = z.object({
  plan_type: z.string(),
  status: z.string(),
  started_at: nullable(DateOnly),
  expires_at: nullable(DateOnly),
  included_credits: Credits,
});

export const TaxInfo = z.object({
  name: z.string(),
  rate: Decimal,
  gstin: nullable(z.string()),
  business_name: nullable(z.string()),
});

export const PurchaseOptions = z.object({
  currency: Currency,
  cost_per_credit: Decimal,
  min_credits: Credits,
  max_credits: Credits,
  pro: z.object({
    available: z.boolean(),
    price: Decimal,
    included_credits: Credits,
    term_days: z.int(),
  }),
  tax: nullable(TaxInfo),
  gateway: z.string(),
  refund_policy_url: z.string(),
  enterprise_contact_url: z.string(),
});

export const PurchaseRequest = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('pro_subscription'), credits: Credits, accept_refund_policy: z.boolean() }),
  z.object({ kind: z.literal('credits'), credits: Credits, accept_refund_policy: z.boolean() }),
  z.object({ kind: z.literal('custom'), amount: Decimal, remark: z.string(), accept_refund_policy: z.boolean() }),
]);

export const QuoteLine = z.object({
  label: z.string(),
  quantity: z.int(),
  unit_amount: Decimal,
  amount: Decimal,
});

export const TaxAmount = z.object({ name: z.string(), rate: Decimal, amount: Decimal });

export const Quote = z.object({
  currency: Currency,
  lines: z.array(QuoteLine),
  subtotal: Decimal,
  tax: nullable(TaxAmount),
  total: Decimal,
});

export const Invoice = z.object({
  status: z.string(),
  number: nullable(z.string()),
});

export const Payment = z.object({
  id: z.string(),
  status: z.string(),
  gateway: z.string(),
  kind: z.string(),
  credits: nullable(Credits),
  remark: nullable(z.string()),
  amount: Decimal,
  currency: Currency,
  subtotal: Decimal,
  tax: nullable(TaxAmount),
  created_at: Timestamp,
  completed_at: nullable(Timestamp),
  gateway_reference: nullable(z.string()),
  invoice: Invoice,
});

export const PaymentPage = page(Payment);

/** One organisation a viewer manages (`GET /organisations`, contract 1.1). */
export const OrganisationSummary = z.object({
  id: z.string(),
  name: z.string(),
  available_credits: Credits,
  currency: Currency,
  plan_type: z.string(),
  expires_at: z.nullable(DateOnly),
  cost_per_credit: z.nullable(Decimal),
});

export const OrganisationPage = page(OrganisationSummary);

export const RazorpayCheckout = z.object({
  gateway: z.literal('razorpay'),
  order_id: z.string(),
  key_id: z.string(),
  amount_minor: z.int(),
  currency: Currency,
});
export const PayGlocalCheckout = z.object({
  gateway: z.literal('payglocal'),
  redirect_url: z.string(),
});
/** Any other gateway (e.g. the simulator's): kept whole for its adapter. */
export const OtherCheckout = z.looseObject({ gateway: z.string() });
export const Checkout = z.union([RazorpayCheckout, PayGlocalCheckout, OtherCheckout]);

export const PurchaseResult = z.object({ payment: Payment, checkout: Checkout });

export const Address = z.object({
  line1: z.string(),
  line2: nullable(z.string()),
  city: z.string(),
  state: nullable(z.string()),
  postal_code: z.string(),
  country: z.string().check(z.regex(/^[A-Z]{2}$/, 'Expected an ISO-3166 alpha-2 country')),
});

export const BillingDetails = z.object({
  business_name: z.string(),
  billing_email: z.string(),
  phone: nullable(z.string()),
  tax_id: nullable(z.string()),
  address: Address,
  shipping_address: nullable(Address),
});

export type CreditsSummary = z.infer<typeof CreditsSummary>;
export type MonthlyUsage = z.infer<typeof MonthlyUsage>;
export type Transaction = z.infer<typeof Transaction>;
export type TransactionPage = z.infer<typeof TransactionPage>;
export type GrantRequest = z.infer<typeof GrantRequest>;
export type Subscription = z.infer<typeof Subscription>;
export type PurchaseOptions = z.infer<typeof PurchaseOptions>;
export type PurchaseRequest = z.infer<typeof PurchaseRequest>;
export type Quote = z.infer<typeof Quote>;
export type QuoteRequest = DistributiveOmit<PurchaseRequest, 'accept_refund_policy'>;
export type Payment = z.infer<typeof Payment>;
export type PaymentPage = z.infer<typeof PaymentPage>;
export type OrganisationSummary = z.infer<typeof OrganisationSummary>;
export type OrganisationPage = z.infer<typeof OrganisationPage>;
export type Checkout = z.infer<typeof Checkout>;
export type RazorpayCheckout = z.infer<typeof RazorpayCheckout>;
export type PayGlocalCheckout = z.infer<typeof PayGlocalCheckout>;
export type PurchaseResult = z.infer<typeof PurchaseResult>;
export type Address = z.infer<typeof Address>;
export type BillingDetails = z.infer<typeof BillingDetails>;
export type ErrorBody = z.infer<typeof ErrorBody>;
export type TransactionType = (typeof TRANSACTION_TYPES)[number];
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];
export type PlanType = (typeof PLAN_TYPES)[number];
export type PurchaseKind = (typeof PURCHASE_KINDS)[number];
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Query of the transactions list. */
export interface TransactionQuery {
  direction: 'usage' | 'addition';
  limit?: number;
  cursor?: string | null;
  event_id?: string;
  from?: string;
  to?: string;
}

/** How `GET /organisations` orders: by name (A–Z), lowest balance first, or soonest expiry first. */
export type OrganisationSort = 'name' | 'available_credits' | 'expires_at';

/** Query of the organisations list: `q` matches name or id (contains, case-insensitive). */
export interface OrganisationQuery {
  limit?: number;
  cursor?: string | null;
  q?: string;
  sort?: OrganisationSort;
}

export interface PageQuery {
  limit?: number;
  cursor?: string | null;
}
