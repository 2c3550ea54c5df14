/** The transaction lists (Credit Usage, Purchase History). */
import type * as S from '../../api/schemas/transactions.js';
import { listTransactions } from '../../api/endpoints/transactions.js';
import type { ListDef } from '../store.js';
import { listPaging } from '../paging.js';

export type TransactionFilter = Omit<S.TransactionQuery, 'cursor' | 'limit'>;

export const transactions: ListDef<TransactionFilter, S.Transaction> = {
  paging: listPaging,
  name: 'transactions',
  // Credit Usage goes stale with usage (made outside the elements), Purchase History with purchases and grants.
  tags: ({ direction }) => (direction === 'usage' ? ['transactions', 'usage'] : direction === 'addition' ? ['transactions', 'additions'] : ['transactions', 'usage', 'additions']),
  loadPage: ({ client, organisation, params, signal }, cursor) =>
    listTransactions(client, organisation, { ...params, limit: 100, cursor }, { signal }),
};
