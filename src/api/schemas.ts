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
export const Decimal = /* @__PURE__ */ (/* @__PURE__ */ z.string()).check(/* @__PURE__ */ z.regex(/^-?\d{1,30}(\.\d{1,18})?$/, 'Expected a decimal string'));
/** ISO-4217 currency code. */
export const Currency = /* @__PURE__ */ (/* @__PURE__ */ z.string()).check(/* @__PURE__ */ z.regex(/^[A-Z]{3}$/, 'Expected an ISO-4217 currency code'));
/** Whole credits. */
export const Credits = /* @__PURE__ */ z.int();
export const Timestamp = /* @__PURE__ */ z.iso.datetime({ offset: true });
export const DateOnly = /* @__PURE__ */ z.iso.date();

/**
 * A key whose value may be null may also be absent (API.md "Conventions"):
 * both read as `null`, so nothing past the client sees `undefined`.
 */
export const nullable = <T extends z.ZodMiniType>(schema: T) =>
  /* @__PURE__ */ z.pipe(/* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(schema)), /* @__PURE__ */ z.transform((value: z.infer<T> | null | undefined): z.infer<T> | null => value ?? null));

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

export const ErrorBody = /* @__PURE__ */ z.object({
  error: /* @__PURE__ */ z.object({
    code: /* @__PURE__ */ z.string(),
    message: /* @__PURE__ */ z.string(),
    fields: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.string())),
  }),
});

export const Viewer = /* @__PURE__ */ z.object({ email: /* @__PURE__ */ z.string(), is_staff: /* @__PURE__ */ z.boolean() });

export const CreditsSummary = /* @__PURE__ */ z.object({
  organisation: /* @__PURE__ */ z.object({ id: /* @__PURE__ */ z.string(), name: /* @__PURE__ */ z.string() }),
  available_credits: Credits,
  currency: Currency,
  cost_per_credit: /* @__PURE__ */ nullable(Decimal),
  viewer: Viewer,
});

export const MonthlyUsage = /* @__PURE__ */ z.object({
  months: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.object({
      month: /* @__PURE__ */ (/* @__PURE__ */ z.string()).check(/* @__PURE__ */ z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Expected YYYY-MM')),
      credits_used: Credits,
    }),
  ),
});

export const EventRef = /* @__PURE__ */ z.object({ id: /* @__PURE__ */ z.string(), name: /* @__PURE__ */ z.string() });

export const Transaction = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string(),
  type: /* @__PURE__ */ z.string(),
  usage_kind: /* @__PURE__ */ nullable(/* @__PURE__ */ z.string()),
  delta: Credits,
  event: /* @__PURE__ */ nullable(EventRef),
  user_email: /* @__PURE__ */ nullable(/* @__PURE__ */ z.string()),
  created_at: Timestamp,
  payment_id: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string())),
  /** Contract 1.1: the organisation's balance right after this transaction. */
  balance_after: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(Credits)),
});

/**
 * A list page. One invalid row does not make the page invalid (API.md
 * "Conventions"): it is left out and counted in `skipped`.
 */
export const page = <T extends z.ZodMiniType>(item: T) =>
  /* @__PURE__ */ z.pipe(
    /* @__PURE__ */ z.object({ data: /* @__PURE__ */ z.array(/* @__PURE__ */ z.unknown()), next_cursor: /* @__PURE__ */ nullable(/* @__PURE__ */ z.string()) }),
    /* @__PURE__ */ z.transform(({ data, next_cursor }) => {
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

export const TransactionPage = /* @__PURE__ */ page(Transaction);

export const GrantRequest = /* @__PURE__ */ z.object({
  credits: /* @__PURE__ */ (/* @__PURE__ */ z.int()).check(/* @__PURE__ */ z.positive()),
  reason: /* @__PURE__ */ (/* @__PURE__ */ z.string()).check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(500)),
});

export const Subscription = /* @__PURE__ */ z.object({
  plan_type: /* @__PURE__ */ z.string(),
  status: /* @__PURE__ */ z.string(),
  started_at: /* @__PURE__ */ nullable(DateOnly),
  expires_at: /* @__PURE__ */ nullable(DateOnly),
  included_credits: Credits,
});

export const TaxInfo = /* @__PURE__ */ z.object({
  name: /* @__PURE__ */ z.string(),
  rate: Decimal,
  gstin: /* @__PURE__ */ nullable(/* @__PURE__ */ z.string()),
  business_name: /* @__PURE__ */ nullable(/* @__PURE__ */ z.string()),
});

export const PurchaseOptions = /* @__PURE__ */ z.object({
  currency: Currency,
  cost_per_credit: Decimal,
  min_credits: Credits,
  max_credits: Credits,
  pro: /* @__PURE__ */ z.object({
    available: /* @__PURE__ */ z.boolean(),
    price: Decimal,
    included_credits: Credits,
    term_days: /* @__PURE__ */ z.int(),
  }),
  tax: /* @__PURE__ */ nullable(TaxInfo),
  gateway: /* @__PURE__ */ z.string(),
  refund_policy_url: /* @__PURE__ */ z.string(),
  enterprise_contact_url: /* @__PURE__ */ z.string(),
  /** The Fair Usage Policy (API.md: may be absent, read as null). */
  fair_usage_url: /* @__PURE__ */ nullable(/* @__PURE__ */ z.string()),
});

export const PurchaseRequest = /* @__PURE__ */ z.discriminatedUnion('kind', [
  /* @__PURE__ */ z.object({ kind: /* @__PURE__ */ z.literal('pro_subscription'), credits: Credits, accept_refund_policy: /* @__PURE__ */ z.boolean() }),
  /* @__PURE__ */ z.object({ kind: /* @__PURE__ */ z.literal('credits'), credits: Credits, accept_refund_policy: /* @__PURE__ */ z.boolean() }),
  /* @__PURE__ */ z.object({ kind: /* @__PURE__ */ z.literal('custom'), amount: Decimal, remark: /* @__PURE__ */ z.string(), accept_refund_policy: /* @__PURE__ */ z.boolean() }),
]);

export const QuoteLine = /* @__PURE__ */ z.object({
  label: /* @__PURE__ */ z.string(),
  quantity: /* @__PURE__ */ z.int(),
  unit_amount: Decimal,
  amount: Decimal,
});

/** One part of a tax (contract 1.1): CGST and SGST for a supply within the seller's state, IGST between states. */
export const TaxComponent = /* @__PURE__ */ z.object({ name: /* @__PURE__ */ z.string(), rate: Decimal, amount: Decimal });

export const TaxAmount = /* @__PURE__ */ z.object({
  name: /* @__PURE__ */ z.string(),
  rate: Decimal,
  amount: Decimal,
  /** The split (contract 1.1); the parts sum to `amount` exactly. */
  components: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.array(TaxComponent))),
  /** "27-Maharashtra": the state the supply is taxed in (contract 1.1). */
  place_of_supply: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string())),
});

export const Quote = /* @__PURE__ */ z.object({
  currency: Currency,
  lines: /* @__PURE__ */ z.array(QuoteLine),
  subtotal: Decimal,
  tax: /* @__PURE__ */ nullable(TaxAmount),
  total: Decimal,
});

export const Invoice = /* @__PURE__ */ z.object({
  status: /* @__PURE__ */ z.string(),
  number: /* @__PURE__ */ nullable(/* @__PURE__ */ z.string()),
});

export const Payment = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string(),
  status: /* @__PURE__ */ z.string(),
  gateway: /* @__PURE__ */ z.string(),
  kind: /* @__PURE__ */ z.string(),
  credits: /* @__PURE__ */ nullable(Credits),
  remark: /* @__PURE__ */ nullable(/* @__PURE__ */ z.string()),
  amount: Decimal,
  currency: Currency,
  subtotal: Decimal,
  tax: /* @__PURE__ */ nullable(TaxAmount),
  created_at: Timestamp,
  completed_at: /* @__PURE__ */ nullable(Timestamp),
  gateway_reference: /* @__PURE__ */ nullable(/* @__PURE__ */ z.string()),
  invoice: Invoice,
});

export const PaymentPage = /* @__PURE__ */ page(Payment);

/** One organisation a viewer manages (`GET /organisations`, contract 1.1). */
export const OrganisationSummary = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string(),
  name: /* @__PURE__ */ z.string(),
  available_credits: Credits,
  currency: Currency,
  plan_type: /* @__PURE__ */ z.string(),
  expires_at: /* @__PURE__ */ z.nullable(DateOnly),
  cost_per_credit: /* @__PURE__ */ z.nullable(Decimal),
});

export const OrganisationPage = /* @__PURE__ */ page(OrganisationSummary);

export const RazorpayCheckout = /* @__PURE__ */ z.object({
  gateway: /* @__PURE__ */ z.literal('razorpay'),
  order_id: /* @__PURE__ */ z.string(),
  key_id: /* @__PURE__ */ z.string(),
  amount_minor: /* @__PURE__ */ z.int(),
  currency: Currency,
});
export const PayGlocalCheckout = /* @__PURE__ */ z.object({
  gateway: /* @__PURE__ */ z.literal('payglocal'),
  redirect_url: /* @__PURE__ */ z.string(),
});
/** Any other gateway (e.g. the simulator's): kept whole for its adapter. */
export const OtherCheckout = /* @__PURE__ */ z.looseObject({ gateway: /* @__PURE__ */ z.string() });
export const Checkout = /* @__PURE__ */ z.union([RazorpayCheckout, PayGlocalCheckout, OtherCheckout]);

export const PurchaseResult = /* @__PURE__ */ z.object({ payment: Payment, checkout: Checkout });

export const Address = /* @__PURE__ */ z.object({
  line1: /* @__PURE__ */ z.string(),
  line2: /* @__PURE__ */ nullable(/* @__PURE__ */ z.string()),
  city: /* @__PURE__ */ z.string(),
  state: /* @__PURE__ */ nullable(/* @__PURE__ */ z.string()),
  postal_code: /* @__PURE__ */ z.string(),
  country: /* @__PURE__ */ (/* @__PURE__ */ z.string()).check(/* @__PURE__ */ z.regex(/^[A-Z]{2}$/, 'Expected an ISO-3166 alpha-2 country')),
});

export const BillingDetails = /* @__PURE__ */ z.object({
  business_name: /* @__PURE__ */ z.string(),
  billing_email: /* @__PURE__ */ z.string(),
  phone: /* @__PURE__ */ nullable(/* @__PURE__ */ z.string()),
  tax_id: /* @__PURE__ */ nullable(/* @__PURE__ */ z.string()),
  address: Address,
  shipping_address: /* @__PURE__ */ nullable(Address),
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
export type TaxAmount = z.infer<typeof TaxAmount>;
export type TaxComponent = z.infer<typeof TaxComponent>;
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

/** Query of the payments list: contract 1.1 filters by `status` and by `from`, `to` (YYYY-MM-DD, inclusive, on `created_at`). */
export interface PaymentQuery extends PageQuery {
  status?: string;
  from?: string;
  to?: string;
}
