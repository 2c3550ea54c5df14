import { defineElement } from '../../base/define.js';
import { CreditsMonthlyUsage } from './monthly-usage.js';

defineElement('monthly-usage', CreditsMonthlyUsage);

declare global {
  interface HTMLElementTagNameMap {
    'monthly-usage': CreditsMonthlyUsage;
  }
}

export { CreditsMonthlyUsage };
