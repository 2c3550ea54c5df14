/** Credits: the balance, monthly usage, transactions and grants. */
import * as z from 'zod/mini';
import { Credits, Currency, Decimal, Timestamp, Viewer, nullable, page } from './base.js';

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

export const TransactionPage = /* @__PURE__ */ page(Transaction);

export const GrantRequest = /* @__PURE__ */ z.object({
  credits: /* @__PURE__ */ (/* @__PURE__ */ z.int()).check(/* @__PURE__ */ z.positive()),
  reason: /* @__PURE__ */ (/* @__PURE__ */ z.string()).check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(500)),
});

export type CreditsSummary = z.infer<typeof CreditsSummary>;
export type MonthlyUsage = z.infer<typeof MonthlyUsage>;
export type Transaction = z.infer<typeof Transaction>;
export type TransactionPage = z.infer<typeof TransactionPage>;
export type GrantRequest = z.infer<typeof GrantRequest>;

/** Query of the transactions list. */
export interface TransactionQuery {
  direction: 'usage' | 'addition';
  limit?: number;
  cursor?: string | null;
  event_id?: string;
  from?: string;
  to?: string;
}
