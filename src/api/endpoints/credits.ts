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
