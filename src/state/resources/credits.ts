/** The balance and usage per month (the transaction lists are in transactions.ts). */
import type * as S from '../../api/schemas/credits.js';
import { ApiError } from '../../api/errors.js';
import { getCredits, getMonthlyUsage } from '../../api/endpoints/credits.js';
import { previousMonths } from '../../time/calendar.js';
import type { ResourceDef } from '../store.js';
import type { ListData } from '../paging.js';

export const creditsSummary: ResourceDef<void, S.CreditsSummary> = {
  name: 'credits',
  tags: ['balance'],
  load: ({ client, organisation, signal }) => getCredits(client, organisation, { signal }),
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
      // Only against a backend without the aggregation: the transaction list's endpoint and schemas load then.
      const { sumUsageByMonth } = await import('./usage-from-transactions.js');
      return sumUsageByMonth(ctx, months);
    }
  },
  isEmpty: (data) => !data.incomplete && !data.skipped && data.months.every((m) => m.credits_used === 0),
};
