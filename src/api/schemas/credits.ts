/** Credits: the balance and usage per month (what `<credits-balance>` reads; transactions are in transactions.ts). */
import * as z from 'zod/mini';
import { Credits, Currency, Decimal, Viewer, nullable } from './base.js';

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

export type CreditsSummary = z.infer<typeof CreditsSummary>;
export type MonthlyUsage = z.infer<typeof MonthlyUsage>;
