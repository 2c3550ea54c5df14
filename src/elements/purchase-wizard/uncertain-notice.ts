/**
 * Issue 15 rule 8: a purchase sent without an answer (503, network error) is
 * never silently duplicated. The same order again resumes it with the same
 * key (the store keeps the intent); another order first shows it here, with
 * Recheck: the server's payments are searched for it and the one found is
 * rechecked, or the user learns that no payment was made.
 */
import { html, nothing } from 'lit';
import type { Payment } from '../../api/schemas.js';
import { msg, str } from '../../i18n/localize.js';
import type { Formatter } from '../../ui/formatter.js';
import type { UncertainPurchase } from '../../state/store.js';

export interface UncertainView {
  sent: UncertainPurchase;
  fmt: Formatter;
  checking: boolean;
  /** What Recheck found: a payment, or `none` (no payment was made). */
  found?: Payment | 'none';
  recheck(): void;
  dismiss(): void;
}

/** The headline, one whole sentence per kind of order. */
function headline(sent: UncertainPurchase, fmt: Formatter): string {
  const body = sent.body;
  if (body.kind === 'custom')
    return msg(str`Your earlier custom payment of ${body.amount} got no answer from the server: it may have gone through.`, { id: 'purchase-wizard.uncertain.text-custom' });
  if (body.kind === 'pro_subscription')
    return msg('Your earlier Pro Subscription order got no answer from the server: it may have gone through.', { id: 'purchase-wizard.uncertain.text-pro' });
  return msg(str`Your earlier order of ${fmt.credits(body.credits)} credits got no answer from the server: it may have gone through.`, {
    id: 'purchase-wizard.uncertain.text-credits',
  });
}

function statusText(payment: Payment): string {
  switch (payment.status) {
    case 'completed':
      return msg(str`It went through: payment ${payment.id} is complete. Check your balance before buying again.`, { id: 'purchase-wizard.uncertain.completed' });
    case 'pending':
      return msg(str`Payment ${payment.id} is still pending: do not pay for it again. Recheck it in your payments.`, { id: 'purchase-wizard.uncertain.pending' });
    default:
      return msg(str`Payment ${payment.id} did not complete (${payment.status}): nothing was charged for it.`, { id: 'purchase-wizard.uncertain.ended' });
  }
}

export function uncertainNotice(v: UncertainView | undefined) {
  if (!v) return nothing;
  const settled = v.found !== undefined;
  return html`<div class="notice uncertain" data-tone="warning" part="uncertain" role="status">
    <p><strong>${headline(v.sent, v.fmt)}</strong></p>
    ${settled ? nothing : html`<p>${msg('Recheck it before paying for another order.', { id: 'purchase-wizard.uncertain.ask' })}</p>`}
    ${v.found === 'none'
      ? html`<p>${msg('No payment was made for it: nothing was charged.', { id: 'purchase-wizard.uncertain.none' })}</p>`
      : v.found
        ? html`<p>${statusText(v.found)}</p>`
        : nothing}
    <div class="row">
      ${settled
        ? html`<button type="button" class="btn btn-small" @click=${v.dismiss}>${msg('OK', { id: 'purchase-wizard.uncertain.ok' })}</button>`
        : html`<button type="button" class="btn btn-small" data-action="recheck-uncertain" aria-busy=${v.checking ? 'true' : 'false'} ?disabled=${v.checking} @click=${v.recheck}>
            ${v.checking ? msg('Checking…', { id: 'purchase-wizard.uncertain.checking' }) : msg('Recheck', { id: 'purchase-wizard.action.recheck-here' })}
          </button>`}
    </div>
  </div>`;
}
