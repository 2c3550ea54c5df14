/** Credits: the balance, monthly usage, transactions and grants. */
import type * as S from '../schemas/credits.js';
import { CreditsSummary, MonthlyUsage, Transaction, TransactionPage } from '../schemas/credits.js';
import { orgPath, type CallOptions, type Transport, type WriteOptions } from '../transport.js';

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

export const listTransactions = (t: Transport, org: string, q: S.TransactionQuery, o: CallOptions = {}) =>
  t.request({
    method: 'get',
    path: orgPath(org, 'credits/transactions'),
    searchParams: { ...q },
    schema: TransactionPage,
    signal: o.signal,
  });

export const grantCredits = (t: Transport, org: string, body: S.GrantRequest, o: WriteOptions) =>
  t.request({
    method: 'post',
    path: orgPath(org, 'credits/grants'),
    json: body,
    schema: Transaction,
    ...o,
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
