/**
 * Usage per month summed from the usage transactions, for a backend without
 * `GET …/credits/monthly-usage` (404/501). Loaded by `monthlyUsage` only then:
 * the transaction list's endpoint and schemas stay out of the balance's bundle.
 */
import { listTransactions } from '../../api/endpoints/transactions.js';
import { monthKey } from '../../time/calendar.js';
import { appendPage, emptyList, type ListData, type Page } from '../paging.js';
import type { MonthlyUsageData, monthlyUsage } from './credits.js';

/**
 * Walk every page from the first: `load(cursor)` fetches one. Stops at the
 * end, at a server fault (see appendPage), or when `signal` aborts (rejects).
 */
export async function walkAll<T extends { id: string }>(
  load: (cursor: string | null) => Promise<Page<T>>,
  signal?: AbortSignal,
): Promise<ListData<T>> {
  let list = appendPage(emptyList<T>(), await load(null), null);
  while (list.nextCursor !== null) {
    signal?.throwIfAborted();
    const cursor = list.nextCursor;
    list = appendPage(list, await load(cursor), cursor);
  }
  return list;
}

export async function sumUsageByMonth(
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
