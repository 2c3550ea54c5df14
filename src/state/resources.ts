/** What the elements read: one definition per resource, with the tags that invalidate it. */
import type * as S from '../api/schemas.js';
import type { ListDef, ResourceDef } from './store.js';

export const creditsSummary: ResourceDef<void, S.CreditsSummary> = {
  name: 'credits',
  tags: ['balance'],
  load: ({ client, organisation, signal }) => client.getCredits(organisation, { signal }),
};

export const subscription: ResourceDef<void, S.Subscription> = {
  name: 'subscription',
  tags: ['subscription'],
  load: ({ client, organisation, signal }) => client.getSubscription(organisation, { signal }),
};

export const purchaseOptions: ResourceDef<void, S.PurchaseOptions> = {
  name: 'purchase-options',
  // Pro availability follows the subscription; the GST line names the billing business.
  tags: ['purchase-options', 'subscription', 'billing'],
  load: ({ client, organisation, signal }) => client.getPurchaseOptions(organisation, { signal }),
};

export const billingDetails: ResourceDef<void, S.BillingDetails | null> = {
  name: 'billing-details',
  tags: ['billing'],
  load: ({ client, organisation, signal }) => client.getBillingDetails(organisation, { signal }),
  isEmpty: (data) => data === null,
};

export type TransactionFilter = Omit<S.TransactionQuery, 'cursor' | 'limit'>;

export const transactions: ListDef<TransactionFilter, S.Transaction> = {
  name: 'transactions',
  // Credit Usage goes stale with usage (made outside the elements), Purchase History with purchases and grants.
  tags: ({ direction }) => (direction === 'usage' ? ['transactions', 'usage'] : direction === 'addition' ? ['transactions', 'additions'] : ['transactions', 'usage', 'additions']),
  loadPage: ({ client, organisation, params, signal }, cursor) =>
    client.listTransactions(organisation, { ...params, limit: 100, cursor }, { signal }),
};

export const payments: ListDef<void, S.Payment> = {
  name: 'payments',
  tags: ['payments'],
  loadPage: ({ client, organisation, signal }, cursor) => client.listPayments(organisation, { limit: 25, cursor }, { signal }),
};
