import { defineElement } from '../../base/define.js';
import '../credits-provider/define.js';
// The area is composed of the other elements by tag: importing it defines them too.
import '../credits-balance/define.js';
import '../monthly-usage/define.js';
import '../payments-list/define.js';
import '../billing-details-form/define.js';
import '../subscription-card/define.js';
import '../purchase-wizard/define.js';
import '../usage-table/define.js';
import { CreditsArea } from './credits-area.js';

defineElement('credits-area', CreditsArea);

declare global {
  interface HTMLElementTagNameMap {
    'credits-area': CreditsArea;
  }
}

export { CreditsArea };
