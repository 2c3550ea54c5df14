/** Buying: purchase options, quotes, purchases, payments with their invoices, billing details. */
import * as z from 'zod/mini';
import { Credits, Currency, Decimal, nullable, wholeNumber } from './base.js';
import { Timestamp, page, type PageQuery } from './records.js';

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
    term_days: /* @__PURE__ */ wholeNumber(),
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
  quantity: /* @__PURE__ */ wholeNumber(),
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

/**
 * A gateway's name, exactly: what `z.literal(name)` checks, with the custom check the error body's fields
 * already use (zod's literal schema would sit in the CDN entry for the purchase alone; see `Checkout`).
 */
const gatewayNamed = <N extends string>(name: N) => /* @__PURE__ */ z.custom<N>((value) => value === name);

export const RazorpayCheckout = /* @__PURE__ */ z.object({
  gateway: /* @__PURE__ */ gatewayNamed('razorpay'),
  order_id: /* @__PURE__ */ z.string(),
  key_id: /* @__PURE__ */ z.string(),
  amount_minor: /* @__PURE__ */ wholeNumber(),
  currency: Currency,
});
export const PayGlocalCheckout = /* @__PURE__ */ z.object({
  gateway: /* @__PURE__ */ gatewayNamed('payglocal'),
  redirect_url: /* @__PURE__ */ z.string(),
});
/** Any other gateway (e.g. the simulator's): kept whole for its adapter. */
export const OtherCheckout = /* @__PURE__ */ z.looseObject({ gateway: /* @__PURE__ */ z.string() });
/**
 * The first of Razorpay, PayGlocal and any other gateway that the answer matches, as `z.union` of the three
 * gives: any object with a string `gateway` passes, and comes out as the first known checkout it is, else whole.
 * Written without `z.union`: zod's union schema would sit in the CDN entry (a module's code is in one chunk,
 * the entry's, whichever chunk uses it), and only the purchase reads a checkout.
 */
export const Checkout = /* @__PURE__ */ z.pipe(
  OtherCheckout,
  /* @__PURE__ */ z.transform((value): z.infer<typeof RazorpayCheckout> | z.infer<typeof PayGlocalCheckout> | z.infer<typeof OtherCheckout> => {
    for (const known of [RazorpayCheckout, PayGlocalCheckout]) {
      const parsed = known.safeParse(value);
      if (parsed.success) return parsed.data;
    }
    return value;
  }),
);

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

export type PurchaseOptions = z.infer<typeof PurchaseOptions>;
export type PurchaseRequest = z.infer<typeof PurchaseRequest>;
export type Quote = z.infer<typeof Quote>;
export type TaxAmount = z.infer<typeof TaxAmount>;
export type TaxComponent = z.infer<typeof TaxComponent>;
export type QuoteRequest = DistributiveOmit<PurchaseRequest, 'accept_refund_policy'>;
export type Payment = z.infer<typeof Payment>;
export type PaymentPage = z.infer<typeof PaymentPage>;
export type Checkout = z.infer<typeof Checkout>;
export type RazorpayCheckout = z.infer<typeof RazorpayCheckout>;
export type PayGlocalCheckout = z.infer<typeof PayGlocalCheckout>;
export type PurchaseResult = z.infer<typeof PurchaseResult>;
export type Address = z.infer<typeof Address>;
export type BillingDetails = z.infer<typeof BillingDetails>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Query of the payments list: contract 1.1 filters by `status` and by `from`, `to` (YYYY-MM-DD, inclusive, on `created_at`). */
export interface PaymentQuery extends PageQuery {
  status?: string;
  from?: string;
  to?: string;
}
