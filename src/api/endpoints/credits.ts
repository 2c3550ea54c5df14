/** Credits: the balance, monthly usage and the live stream (transactions and grants are in transactions.ts). */
import { CreditsSummary, MonthlyUsage } from '../schemas/credits.js';
import { orgPath, type CallOptions, type Transport } from '../transport.js';

export const getCredits = (t: Transport, org: string, o: CallOptions = {}) =>
  t.request({
    method: 'get',
    path: orgPath(org, 'credits'),
    schema: CreditsSummary,
    signal: o.signal,
  });

export const getMonthlyUsage = (t: Transport, org: string, months = 4, o: CallOptions = {}) =>
  t.request({
    method: 'get',
    path: orgPath(org, 'credits/monthly-usage'),
    searchParams: { months },
    schema: MonthlyUsage,
    signal: o.signal,
  });

/**
 * The live balance (`GET …/credits/stream`, contract 1.1): the `text/event-stream` response, authorised
 * like every request (a bearer token works, unlike `EventSource`). `lastEventId` resumes after the last
 * event seen. A server without the stream answers 404 or 501 (an ApiError).
 */
export const openCreditsStream = (t: Transport, org: string, o: CallOptions & { lastEventId?: string } = {}) =>
  t.request({
    method: 'get',
    path: orgPath(org, 'credits/stream'),
    schema: null,
    accept: 'text/event-stream',
    lastEventId: o.lastEventId,
    signal: o.signal,
  });
