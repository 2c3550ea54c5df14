import { defineElement } from '../../base/define.js';
import { CreditsProvider } from './credits-provider.js';

defineElement('credits-provider', CreditsProvider);

declare global {
  interface HTMLElementTagNameMap {
    'credits-provider': CreditsProvider;
  }
}

export { CreditsProvider };
