/**
 * The one name of each purchase kind (API `kind`), wherever a payment or an
 * order is named: the payments list and its details sheet, the wizard's plan
 * cards, chosen plan, review, quote lines and success screen. The names are
 * the product guide's: Pro Subscription, Custom Payment; a credits-only
 * purchase is a Credits Purchase, whose plan card keeps the guide's verb,
 * Add Credits (`planTitle`).
 */
import { msg } from '../i18n/localize.js';
import { humanise } from './humanise.js';

/** "Credits Purchase", "Pro Subscription", "Custom Payment"; an unknown kind as words ("gift_card" → "Gift card"). */
export function kindName(kind: string): string {
  switch (kind) {
    case 'credits':
      return msg('Credits Purchase', { id: 'kind.credits' });
    case 'pro_subscription':
      return msg('Pro Subscription', { id: 'kind.pro' });
    case 'custom':
      return msg('Custom Payment', { id: 'kind.custom' });
    default:
      return humanise(kind);
  }
}

/** A plan card's title: the kind's name, or for credits the call to action "Add Credits". */
export function planTitle(kind: string): string {
  return kind === 'credits' ? msg('Add Credits', { id: 'kind.credits.action' }) : kindName(kind);
}
