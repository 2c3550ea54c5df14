/**
 * Usage per calendar month: its own module, so an element that only reads it
 * lazily (the balance's runway) does not pull it into the eager bundle of
 * everything reading resources.ts.
 */
import type * as S from '../api/schemas.js';
import { ApiError } from '../api/errors.js';
import { monthKey, previousMonths } from '../money/format.js';
import type { ResourceDef } from './store.js';

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

/**
 * Usage per calendar month, current month first. From the backend's aggregation
 * when it has one; a backend without it (404/501) gets the same numbers summed
 * from the usage transactions.
 */
export const monthlyUsage: ResourceDef<MonthlyUsageParams, MonthUsage[]> = {
  name: 'monthly-usage',
  // Sums usage only: a purchase or grant does not change it.
  tags: ['transactions', 'usage'],
  async load(ctx) {
    const months = previousMonths(new Date(), ctx.params.months, ctx.params.timeZone);
    try {
      const answer = await ctx.client.getMonthlyUsage(ctx.organisation, ctx.params.months, { signal: ctx.signal });
      const byMonth = new Map(answer.months.map((m) => [m.month, m.credits_used]));
      return months.map((month) => ({ month, credits_used: byMonth.get(month) ?? 0 }));
    } catch (error) {
      if (!(error instanceof ApiError) || (error.status !== 404 && error.status !== 501)) throw error;
      return sumUsageByMonth(ctx, months);
    }
  },
  isEmpty: (data) => data.every((m) => m.credits_used === 0),
};

async function sumUsageByMonth(
  { client, organisation, params, signal }: Parameters<typeof monthlyUsage.load>[0],
  months: string[],
): Promise<MonthUsage[]> {
  const totals = new Map(months.map((m) => [m, 0]));
  const oldest = months[months.length - 1]!;
  // One day early: the server's dates are UTC, the viewer's month may start before.
  const from = new Date(Date.UTC(Number(oldest.slice(0, 4)), Number(oldest.slice(5, 7)) - 1, 0)).toISOString().slice(0, 10);
  let cursor: string | null = null;
  do {
    const page: S.TransactionPage = await client.listTransactions(
      organisation,
      { direction: 'usage', from, limit: 100, cursor },
      { signal },
    );
    for (const txn of page.data) {
      const key = monthKey(txn.created_at, params.timeZone);
      if (txn.delta < 0 && totals.has(key)) totals.set(key, totals.get(key)! - txn.delta);
    }
    cursor = page.next_cursor;
  } while (cursor);
  return months.map((month) => ({ month, credits_used: totals.get(month)! }));
}
