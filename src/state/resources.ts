/** What the elements read: one definition per resource, with the tags that invalidate it. */
import type * as S from '../api/schemas.js';
import { ApiError } from '../api/errors.js';
import { monthKey, previousMonths } from '../time/calendar.js';
import type { ListDef, ResourceDef } from './store.js';
import { walkAll, type ListData } from './paging.js';

export const creditsSummary: ResourceDef<void, S.CreditsSummary> = {
  name: 'credits',
  tags: ['balance'],
  load: ({ client, organisation, signal }) => client.getCredits(organisation, { signal }),
};

export const subscription: ResourceDef<void, S.Subscription> = {
  name: 'subscription',
  tags: ['subscription'],
  load: ({ client, organisation, signal }) => client.getSubscription(organisation, { signal }),
};

export const purchaseOptions: ResourceDef<void, S.PurchaseOptions> = {
  name: 'purchase-options',
  // Pro availability follows the subscription; the GST line names the billing business.
  tags: ['purchase-options', 'subscription', 'billing'],
  load: ({ client, organisation, signal }) => client.getPurchaseOptions(organisation, { signal }),
};

export const billingDetails: ResourceDef<void, S.BillingDetails | null> = {
  name: 'billing-details',
  tags: ['billing'],
  load: ({ client, organisation, signal }) => client.getBillingDetails(organisation, { signal }),
  isEmpty: (data) => data === null,
};

export type TransactionFilter = Omit<S.TransactionQuery, 'cursor' | 'limit'>;

export const transactions: ListDef<TransactionFilter, S.Transaction> = {
  name: 'transactions',
  // Credit Usage goes stale with usage (made outside the elements), Purchase History with purchases and grants.
  tags: ({ direction }) => (direction === 'usage' ? ['transactions', 'usage'] : direction === 'addition' ? ['transactions', 'additions'] : ['transactions', 'usage', 'additions']),
  loadPage: ({ client, organisation, params, signal }, cursor) =>
    client.listTransactions(organisation, { ...params, limit: 100, cursor }, { signal }),
};

/** The payments list's filters (contract 1.1); absent ones are not sent. */
export type PaymentFilter = Omit<S.PaymentQuery, 'cursor' | 'limit'>;

export const payments: ListDef<PaymentFilter | void, S.Payment> = {
  name: 'payments',
  tags: ['payments'],
  loadPage: ({ client, organisation, params, signal }, cursor) => client.listPayments(organisation, { ...params, limit: 25, cursor }, { signal }),
};

/** One payment by id (the Details dialog opened from Purchase History); a recheck or invoice change refreshes it. */
export const payment: ResourceDef<{ id: string }, S.Payment> = {
  name: 'payment',
  tags: ['payments'],
  load: ({ client, organisation, params, signal }) => client.getPayment(organisation, params.id, { signal }),
};

export type OrganisationFilter = Omit<S.OrganisationQuery, 'cursor' | 'limit'>;

/** The organisations the viewer manages (one list per search and sort, kept across organisation switches). */
export const organisations: ListDef<OrganisationFilter, S.OrganisationSummary> = {
  name: 'organisations',
  scope: 'viewer',
  // Balances move with purchases and grants, plans and expiry with subscriptions.
  tags: ['balance', 'subscription'],
  loadPage: ({ client, params, signal }, cursor) => client.listOrganisations({ ...params, limit: 100, cursor }, { signal }),
  // A viewer with one organisation: an answer to show, not a failure.
  expected: (error) => error.status === 403,
};

/** Months `<monthly-usage>` shows (the current one and the previous three); others reading the usage ask for the same, so one request serves all. */
export const RECENT_MONTHS = 4;

export interface MonthlyUsageParams {
  months: number;
  /** The viewer's time zone (IANA); months are calendar months there. */
  timeZone?: string;
}
export interface MonthUsage {
  month: string;
  credits_used: number;
}
/** Months, current first; summed from transactions, it may be incomplete or leave rows out. */
export interface MonthlyUsageData extends Pick<ListData<never>, 'incomplete' | 'skipped'> {
  months: MonthUsage[];
}

/**
 * Usage per calendar month, current month first. From the backend's aggregation
 * when it has one; a backend without it (404/501) gets the same numbers summed
 * from the usage transactions.
 */
export const monthlyUsage: ResourceDef<MonthlyUsageParams, MonthlyUsageData> = {
  name: 'monthly-usage',
  // Sums usage only: a purchase or grant does not change it.
  tags: ['transactions', 'usage'],
  async load(ctx) {
    const months = previousMonths(new Date(), ctx.params.months, ctx.params.timeZone);
    try {
      const answer = await ctx.client.getMonthlyUsage(ctx.organisation, ctx.params.months, { signal: ctx.signal });
      const byMonth = new Map(answer.months.map((m) => [m.month, m.credits_used]));
      return { months: months.map((month) => ({ month, credits_used: byMonth.get(month) ?? 0 })), incomplete: false, skipped: 0 };
    } catch (error) {
      if (!(error instanceof ApiError) || (error.status !== 404 && error.status !== 501)) throw error;
      return sumUsageByMonth(ctx, months);
    }
  },
  isEmpty: (data) => !data.incomplete && !data.skipped && data.months.every((m) => m.credits_used === 0),
};

async function sumUsageByMonth(
  { client, organisation, params, signal }: Parameters<typeof monthlyUsage.load>[0],
  months: string[],
): Promise<MonthlyUsageData> {
  const totals = new Map(months.map((m) => [m, 0]));
  const oldest = months[months.length - 1]!;
  // One day early: the server's dates are UTC, the viewer's month may start before.
  const from = new Date(Date.UTC(Number(oldest.slice(0, 4)), Number(oldest.slice(5, 7)) - 1, 0)).toISOString().slice(0, 10);
  // One copy of each id; a repeated cursor or id ends the walk as incomplete (API.md "Pagination").
  const list = await walkAll(
    (cursor) => client.listTransactions(organisation, { direction: 'usage', from, limit: 100, cursor }, { signal }),
    signal,
  );
  for (const txn of list.items) {
    const key = monthKey(txn.created_at, params.timeZone);
    if (txn.delta < 0 && totals.has(key)) totals.set(key, totals.get(key)! - txn.delta);
  }
  return { months: months.map((month) => ({ month, credits_used: totals.get(month)! })), incomplete: list.incomplete, skipped: list.skipped };
}
