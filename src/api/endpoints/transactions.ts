/** Transactions and grants: apart from the balance's endpoints (credits.ts), with their schemas. */
import type * as S from '../schemas/transactions.js';
import { Transaction, TransactionPage } from '../schemas/transactions.js';
import { orgPath, type CallOptions, type Transport, type WriteOptions } from '../transport.js';

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
