/** The balance, the transaction lists and usage per month. */
import type * as S from '../../api/schemas/credits.js';
import { ApiError } from '../../api/errors.js';
import { getCredits, getMonthlyUsage, listTransactions } from '../../api/endpoints/credits.js';
import { monthKey, previousMonths } from '../../time/calendar.js';
import type { ListDef, ResourceDef } from '../store.js';
import { walkAll, type ListData } from '../paging.js';

export const creditsSummary: ResourceDef<void, S.CreditsSummary> = {
  name: 'credits',
  tags: ['balance'],
  load: ({ client, organisation, signal }) => getCredits(client, organisation, { signal }),
};

export type TransactionFilter = Omit<S.TransactionQuery, 'cursor' | 'limit'>;

export const transactions: ListDef<TransactionFilter, S.Transaction> = {
  name: 'transactions',
  // Credit Usage goes stale with usage (made outside the elements), Purchase History with purchases and grants.
  tags: ({ direction }) => (direction === 'usage' ? ['transactions', 'usage'] : direction === 'addition' ? ['transactions', 'additions'] : ['transactions', 'usage', 'additions']),
  loadPage: ({ client, organisation, params, signal }, cursor) =>
    listTransactions(client, organisation, { ...params, limit: 100, cursor }, { signal }),
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
      const answer = await getMonthlyUsage(ctx.client, ctx.organisation, ctx.params.months, { signal: ctx.signal });
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
    (cursor) => listTransactions(client, organisation, { direction: 'usage', from, limit: 100, cursor }, { signal }),
    signal,
  );
  for (const txn of list.items) {
    const key = monthKey(txn.created_at, params.timeZone);
    if (txn.delta < 0 && totals.has(key)) totals.set(key, totals.get(key)! - txn.delta);
  }
  return { months: months.map((month) => ({ month, credits_used: totals.get(month)! })), incomplete: list.incomplete, skipped: list.skipped };
}
