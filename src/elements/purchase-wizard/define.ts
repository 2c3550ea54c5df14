import { defineElement } from '../../base/define.js';
import { PurchaseWizard } from './purchase-wizard.js';

defineElement('purchase-wizard', PurchaseWizard);

declare global {
  interface HTMLElementTagNameMap {
    'purchase-wizard': PurchaseWizard;
  }
}

export { PurchaseWizard };
