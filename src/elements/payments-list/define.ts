import { defineElement } from '../../base/define.js';
import { PaymentsList } from './payments-list.js';
// The list opens the billing form inline (Configure Billing without a billing route).
import '../billing-details-form/define.js';

defineElement('payments-list', PaymentsList);

declare global {
  interface HTMLElementTagNameMap {
    'payments-list': PaymentsList;
  }
}

export { PaymentsList };
