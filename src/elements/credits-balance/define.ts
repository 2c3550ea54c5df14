import { defineElement } from '../../base/define.js';
import { CreditsBalance } from './credits-balance.js';

defineElement('credits-balance', CreditsBalance);

declare global {
  interface HTMLElementTagNameMap {
    'credits-balance': CreditsBalance;
  }
}

export { CreditsBalance };
