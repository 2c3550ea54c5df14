import { defineElement } from '../../base/define.js';
import { BillingDetailsForm } from './billing-details-form.js';

defineElement('billing-details-form', BillingDetailsForm);

declare global {
  interface HTMLElementTagNameMap {
    'billing-details-form': BillingDetailsForm;
  }
}

export { BillingDetailsForm };
export type { BillingSavedDetail, CreditsBillingSavedEvent } from './billing-events.js';
