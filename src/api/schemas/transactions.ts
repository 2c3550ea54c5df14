/**
 * Transactions and grants: apart from the balance's schemas (credits.ts), so the CDN entry and a
 * balance-only bundle do not carry the transaction list's schemas.
 */
import * as z from 'zod/mini';
import { Credits, nullable, wholeNumber } from './base.js';
import { Timestamp, page } from './records.js';

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
  credits: /* @__PURE__ */ (/* @__PURE__ */ wholeNumber()).check(/* @__PURE__ */ z.positive()),
  reason: /* @__PURE__ */ (/* @__PURE__ */ z.string()).check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(500)),
});

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
