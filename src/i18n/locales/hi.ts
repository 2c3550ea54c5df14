/**
 * The Hindi catalog (a lazy chunk): message ids → translations. `str`
 * placeholders are indexes into the English template's values. One file per
 * area under hi/, merged here.
 */
import { common } from './hi/common.js';
import { paymentsList } from './hi/payments-list.js';
import { billingDetailsForm } from './hi/billing-details-form.js';

export const templates = {
  ...common,
  ...paymentsList,
  ...billingDetailsForm,
};
