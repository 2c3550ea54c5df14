/** The simulator's listing endpoints: cursor paging, and the filters of transactions and payments. */
import { PAYMENT_STATUSES } from '../api/payment-statuses.js';
import type { Payment, Transaction } from '../api/schemas.js';
import { monthKey, previousMonths } from '../time/calendar.js';
import { usableTimeZone } from '../time/usable-zone.js';
import type { OrgState } from './types.js';
import { HttpError, encodeCursor, pageParams } from './validate.js';

export function paginate<T extends { id: string }>(items: T[], search: URLSearchParams) {
  const params = pageParams(search);
  if (params instanceof HttpError) throw params;
  let start = 0;
  if (params.after !== null) {
    const i = items.findIndex((t) => t.id === params.after);
    if (i < 0) throw new HttpError(400, 'invalid_cursor', 'The page cursor is not valid.', { cursor: 'Invalid cursor' });
    start = i + 1;
  }
  const data = items.slice(start, start + params.limit);
  const more = start + params.limit < items.length;
  return { data, next_cursor: more && data.length ? encodeCursor(data[data.length - 1]!.id) : null };
}

/** `from` / `to` (YYYY-MM-DD, inclusive, on `created_at`): a test of one instant, or 422. */
function dateRange(search: URLSearchParams): (createdAt: string) => boolean {
  const from = search.get('from') || null;
  const to = search.get('to') || null;
  for (const [key, v] of [['from', from], ['to', to]] as const)
    if (v !== null && (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))))
      throw new HttpError(422, 'validation_failed', 'Dates are YYYY-MM-DD.', { [key]: 'Expected YYYY-MM-DD' });
  return (createdAt) => (from === null || createdAt.slice(0, 10) >= from) && (to === null || createdAt.slice(0, 10) <= to);
}

export function transactions(org: OrgState, search: URLSearchParams, runningBalance: boolean) {
  const direction = search.get('direction');
  if (direction !== null && direction !== 'usage' && direction !== 'addition')
    throw new HttpError(422, 'validation_failed', 'Unknown direction.', { direction: 'Must be usage or addition' });
  const inRange = dateRange(search);
  const eventId = search.get('event_id') || null;
  const list = org.transactions.filter(
    (t: Transaction) =>
      (direction === null || (direction === 'usage' ? t.delta < 0 : t.delta > 0)) &&
      (eventId === null || t.event?.id === eventId) &&
      inRange(t.created_at),
  );
  const page = paginate(list, search);
  return runningBalance ? { ...page, data: withBalanceAfter(org, page.data) } : page;
}

/** Payment filters (contract 1.1): `status` (one of the statuses) and `from`, `to` on `created_at`. */
export function payments(list: Payment[], search: URLSearchParams) {
  const status = search.get('status') || null;
  if (status !== null && !(PAYMENT_STATUSES as readonly string[]).includes(status))
    throw new HttpError(422, 'validation_failed', 'Unknown status.', { status: `Must be one of ${PAYMENT_STATUSES.join(', ')}` });
  const inRange = dateRange(search);
  return paginate(
    list.filter((p) => (status === null || p.status === status) && inRange(p.created_at)),
    search,
  );
}

/** `balance_after` of each row: the balance now minus every newer row's delta (rows are newest first). */
function withBalanceAfter(org: OrgState, rows: Transaction[]): Transaction[] {
  if (rows.length === 0) return rows;
  const all = org.transactions;
  const wanted = new Set(rows.map((t) => t.id));
  const after = new Map<string, number>();
  let balance = org.balance;
  for (let i = 0; i < all.length && after.size < wanted.size; i++) {
    if (wanted.has(all[i]!.id)) after.set(all[i]!.id, balance);
    balance -= all[i]!.delta;
  }
  return rows.map((t) => ({ ...t, balance_after: after.get(t.id) ?? null }));
}

/** Usage per calendar month in the viewer's time zone (API.md), the same months the client's fallback counts. */
export function monthly(org: OrgState, now: number, search: URLSearchParams, timeZone?: string) {
  const raw = search.get('months');
  const n = raw === null || raw === '' ? 4 : Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 24) throw new HttpError(422, 'validation_failed', 'months is 1–24.', { months: 'Must be 1 to 24' });
  const zone = usableTimeZone(timeZone || undefined);
  const months = previousMonths(new Date(now), n, zone).map((month) => ({ month, credits_used: 0 }));
  const index = new Map(months.map((m, i) => [m.month, i]));
  for (const t of org.transactions) {
    const i = t.delta < 0 ? index.get(monthOf(t.created_at, zone) ?? '') : undefined;
    if (i !== undefined) months[i]!.credits_used -= t.delta;
  }
  return { months };
}

const monthOf = (at: string, zone: string | undefined) => {
  try {
    return monthKey(at, zone);
  } catch {
    return undefined; // a malformed timestamp (a hostile test's row) counts in no month
  }
};
