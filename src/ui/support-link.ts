/**
 * "Contact 9Pic support": a mailto link (the payment ID in the subject when the
 * question is about a payment) that first asks the host through a cancelable
 * `credits-navigate { target: 'support', paymentId? }`. A host that handles
 * support itself cancels it (no mail window opens); with `routes.support` the
 * library follows that route instead of the mailto.
 */
import { html } from 'lit';
import type { PurchasePlan, NavigateTarget } from '../core/events.js';
import { supportMailto } from './safe-url.js';

export const SUPPORT_EMAIL = 'support@9pic.ai';

/** What the link needs of its element (a CreditsElement). */
export interface SupportHost {
  navigate(target: NavigateTarget, eventId?: string, credits?: number, more?: { plan?: PurchasePlan; paymentId?: string }): boolean;
  /** The provider's routes (`support` among them, maybe). */
  readonly credits?: { routes: Partial<Record<NavigateTarget, string>> };
}

export function supportLink(host: SupportHost, label: string, subject: string, paymentId?: string) {
  const click = (event: MouseEvent) => {
    const proceed = host.navigate('support', undefined, undefined, paymentId === undefined ? {} : { paymentId });
    // Cancelled: the host handles it. A route: navigate() followed it already.
    if (!proceed || host.credits?.routes.support) event.preventDefault();
  };
  return html`<a class="support-link" part="support-link" href=${supportMailto(SUPPORT_EMAIL, subject)} @click=${click}>${label}</a>`;
}
