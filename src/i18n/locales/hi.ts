/**
 * The Hindi catalog (a lazy chunk): message ids → translations. `str`
 * placeholders are indexes into the English template's values. One file per
 * area under hi/, merged here.
 */
import { common } from './hi/common.js';
import { purchaseWizard } from './hi/purchase-wizard.js';

export const templates = {
  ...common,
  ...purchaseWizard,
};
