import { defineElement } from '../../base/define.js';
import { SubscriptionCard } from './subscription-card.js';

defineElement('subscription-card', SubscriptionCard);

declare global {
  interface HTMLElementTagNameMap {
    'subscription-card': SubscriptionCard;
  }
}

export { SubscriptionCard };
