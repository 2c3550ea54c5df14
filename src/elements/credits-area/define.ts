import { defineElement } from '../../base/define.js';
import '../credits-provider/define.js';
// The area is composed of the other elements by tag: importing it defines them too.
// TODO(merge): add the define.js of credits-balance, monthly-usage, usage-table, payments-list,
// billing-details-form and purchase-wizard here once those branches land.
import '../subscription-card/define.js';
import { CreditsArea } from './credits-area.js';

defineElement('credits-area', CreditsArea);

declare global {
  interface HTMLElementTagNameMap {
    'credits-area': CreditsArea;
  }
}

export { CreditsArea };
