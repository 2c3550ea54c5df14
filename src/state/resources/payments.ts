/** What buying reads: purchase options, billing details, the payments list. */
import type * as S from '../../api/schemas/payments.js';
import { getBillingDetails, getPurchaseOptions, listPayments } from '../../api/endpoints/payments.js';
import type { ListDef, ResourceDef } from '../store.js';

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

export const payments: ListDef<void, S.Payment> = {
  name: 'payments',
  tags: ['payments'],
  loadPage: ({ client, organisation, signal }, cursor) => listPayments(client, organisation, { limit: 25, cursor }, { signal }),
};

