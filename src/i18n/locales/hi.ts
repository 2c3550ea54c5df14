/**
 * The Hindi catalog (a lazy chunk): message ids → translations. `str`
 * placeholders are indexes into the English template's values. One file per
 * area under hi/, merged here.
 */
import { common } from './hi/common.js';
import { creditsBalance } from './hi/credits-balance.js';
import { monthlyUsage } from './hi/monthly-usage.js';
import { paymentsList } from './hi/payments-list.js';
import { billingDetailsForm } from './hi/billing-details-form.js';
import { subscriptionCard } from './hi/subscription-card.js';
import { creditsArea } from './hi/credits-area.js';
import { purchaseWizard } from './hi/purchase-wizard.js';
import { usageTable } from './hi/usage-table.js';
import { creditsOrganisations } from './hi/credits-organisations.js';

export const templates = {
  ...common,
  ...creditsBalance,
  ...monthlyUsage,
  ...paymentsList,
  ...billingDetailsForm,
  ...subscriptionCard,
  ...creditsArea,
  ...purchaseWizard,
  ...usageTable,
  ...creditsOrganisations,
};
