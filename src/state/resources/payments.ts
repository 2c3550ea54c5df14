/** What buying reads: purchase options, billing details, the payments list. */
import type * as S from '../../api/schemas/payments.js';
import { getBillingDetails, getPayment, getPurchaseOptions, listPayments } from '../../api/endpoints/payments.js';
import type { ListDef, ResourceDef } from '../store.js';
import { listPaging } from '../paging.js';

export const purchaseOptions: ResourceDef<void, S.PurchaseOptions> = {
  name: 'purchase-options',
  // Pro availability follows the subscription; the GST line names the billing business.
  tags: ['purchase-options', 'subscription', 'billing'],
  load: ({ client, organisation, signal }) => getPurchaseOptions(client, organisation, { signal }),
};

export const billingDetails: ResourceDef<void, S.BillingDetails | null> = {
  name: 'billing-details',
  tags: ['billing'],
  load: ({ client, organisation, signal }) => getBillingDetails(client, organisation, { signal }),
  isEmpty: (data) => data === null,
};

/** The payments list's filters (contract 1.1); absent ones are not sent. */
export type PaymentFilter = Omit<S.PaymentQuery, 'cursor' | 'limit'>;

export const payments: ListDef<PaymentFilter | void, S.Payment> = {
  paging: listPaging,
  name: 'payments',
  tags: ['payments'],
  loadPage: ({ client, organisation, params, signal }, cursor) => listPayments(client, organisation, { ...params, limit: 25, cursor }, { signal }),
};

/** One payment by id (the Details dialog opened from Purchase History); a recheck or invoice change refreshes it. */
export const payment: ResourceDef<{ id: string }, S.Payment> = {
  name: 'payment',
  tags: ['payments'],
  load: ({ client, organisation, params, signal }) => getPayment(client, organisation, params.id, { signal }),
};

