import { defineElement } from '../../base/define.js';
import '../credits-provider/define.js';
import '../subscription-card/define.js';
import { CreditsArea } from './credits-area.js';

defineElement('credits-area', CreditsArea);

declare global {
  interface HTMLElementTagNameMap {
    'credits-area': CreditsArea;
  }
}

export { CreditsArea };
