/**
 * The expiry status as the subscription card shows it: **Expired**, **Expires
 * today / in N days** (30 days or fewer), or "N days remaining". One template
 * for every element that shows a plan's expiry (the card, the organisations list).
 */
import { html, nothing } from 'lit';
import type { Formatter } from '../../ui/formatter.js';
import { badge } from '../../ui/states.js';
import { msg, str } from '../../i18n/localize.js';
import { plural } from '../../ui/plural.js';
import type { ExpiryStatus } from './expiry-status.js';

export function expiryBadge(status: ExpiryStatus, fmt: Formatter): unknown {
  switch (status.kind) {
    case 'expired':
      return badge(msg('Expired', { id: 'subscription-card.expired' }), 'danger', 'badge expiry');
    case 'soon': {
      const n = fmt.credits(status.daysLeft);
      const label =
        status.daysLeft === 0
          ? msg('Expires today', { id: 'subscription-card.expires-today' })
          : plural(status.daysLeft, {
              one: () => msg(str`Expires in ${n} day`, { id: 'subscription-card.expires-in-one' }),
              other: () => msg(str`Expires in ${n} days`, { id: 'subscription-card.expires-in-other' }),
            });
      return badge(label, 'warning', 'badge expiry');
    }
    case 'later': {
      const n = fmt.credits(status.daysLeft);
      return html`<span class="remaining" part="expiry">${plural(status.daysLeft, {
        one: () => msg(str`${n} day remaining`, { id: 'subscription-card.remaining-one' }),
        other: () => msg(str`${n} days remaining`, { id: 'subscription-card.remaining-other' }),
      })}</span>`;
    }
    default:
      return nothing;
  }
}
