/** What the user sees once the gateway and the server's recheck have spoken. */
import { html, nothing } from 'lit';
import { taxSplitItems } from '../../ui/tax-split.js';
import type { Payment, PurchaseKind } from '../../api/schemas.js';
import type { Formatter } from '../../ui/formatter.js';
import { msg, str } from '../../i18n/localize.js';
import { plural } from '../../ui/plural.js';
import { stepHeading } from './view.js';
import type { HeadingLevel } from '../../ui/heading.js';
import { kindName } from '../../ui/kind-labels.js';
import { stepper } from './stepper.js';
import { skeleton } from '../../ui/states.js';

export interface OutcomeActions {
  fmt: Formatter;
  /** The level of the outcome's heading (the steps' level). */
  headingLevel: HeadingLevel;
  tryAgain(): void;
  startOver(): void;
  openPayments(): void;
  openCredits(): void;
  /** Ask the server again about the pending payment, here. */
  recheck(): void;
  /** A recheck is running (the button is busy). */
  checking: boolean;
  /** What the last recheck found, for the status line. */
  checkedNote?: string;
  /** The "Contact 9Pic support" link about a payment. */
  support(payment: Payment): unknown;
  /** The balance once the completed payment settled in the store: loading until the refreshed summary arrives. */
  newBalance?: NewBalance;
}

export type NewBalance = { status: 'loading' } | { status: 'ready'; credits: number } | { status: 'error' };

/** Subject of a support mail about a payment: the payment ID first, as support asks for it. */
export const supportSubject = (payment: Payment) => msg(str`Payment ${payment.id}: ${payment.status}`, { id: 'purchase-wizard.support.subject' });

const supportLine = (payment: Payment, a: OutcomeActions) =>
  html`<p class="support">${a.support(payment)}</p>`;

const fact = (term: string, value: unknown) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`;

/** The first receipt row of a completed purchase: the balance it led to (a placeholder of its size until the store has it). */
function newBalanceRow(balance: NewBalance | undefined, fmt: Formatter) {
  if (!balance) return nothing;
  const busy = balance.status === 'loading';
  return html`<div class="lead">
    <dt>${msg('New balance', { id: 'purchase-wizard.outcome.new-balance' })}</dt>
    <dd class="new-balance" aria-busy=${busy ? 'true' : 'false'}>
      ${balance.status === 'ready'
        ? msg(str`${fmt.credits(balance.credits)} credits`, { id: 'purchase-wizard.context.credits' })
        : busy
          ? html`${skeleton('7em', '1em')}<span class="visually-hidden">${msg('Updating…', { id: 'purchase-wizard.outcome.new-balance-loading' })}</span>`
          : msg('Shown on Credits', { id: 'purchase-wizard.outcome.new-balance-failed' })}
    </dd>
  </div>`;
}

/** The payment as a receipt: a definition list in two columns, every value at one x (#17.22). */
function paymentFacts(payment: Payment, fmt: Formatter, withTax = false, lead: unknown = nothing) {
  const tax = payment.tax;
  return html`<dl class="receipt">
    ${lead}
    ${fact(msg('Purchase', { id: 'purchase-wizard.outcome.kind' }), kindName(payment.kind))}
    <div><dt>${msg('Payment ID', { id: 'purchase-wizard.outcome.payment-id' })}</dt><dd class="mono">${payment.id}</dd></div>
    <div><dt>${msg('Amount', { id: 'purchase-wizard.outcome.amount' })}</dt><dd>${fmt.money(payment.amount, payment.currency)}</dd></div>
    ${withTax && tax
      ? html`${fact(`${tax.name} (${fmt.percent(tax.rate)})`, fmt.money(tax.amount, payment.currency))}${taxSplitItems(tax, payment.currency, fmt, fact)}`
      : nothing}
  </dl>`;
}

function completedText(payment: Payment, fmt: Formatter): string {
  if (payment.kind === 'custom') return msg('Your payment was recorded. Your credit balance is unchanged.', { id: 'purchase-wizard.outcome.custom-done' });
  const credits = payment.credits ?? 0;
  const n = fmt.credits(credits);
  if (payment.kind === 'pro_subscription')
    return credits > 0
      ? plural(credits, {
          one: () => msg(str`Pro is active and ${n} credit was added to your balance.`, { id: 'purchase-wizard.outcome.pro-credits-done-one' }),
          other: () => msg(str`Pro is active and ${n} credits were added to your balance.`, { id: 'purchase-wizard.outcome.pro-credits-done-other' }),
        })
      : msg('Pro is active for your organisation.', { id: 'purchase-wizard.outcome.pro-done' });
  return plural(credits, {
    one: () => msg(str`${n} credit was added to your balance.`, { id: 'purchase-wizard.outcome.credits-done-one' }),
    other: () => msg(str`${n} credits were added to your balance.`, { id: 'purchase-wizard.outcome.credits-done-other' }),
  });
}

export function completedOutcome(payment: Payment, a: OutcomeActions) {
  return html`<div class="outcome layout with-side" data-outcome="completed" part="outcome">
    <div class="main">
      ${stepHeading(a.headingLevel, html`<span class="icon success" aria-hidden="true">✓</span> ${msg('Payment complete', { id: 'purchase-wizard.outcome.completed' })}`)}
      <p>${completedText(payment, a.fmt)}</p>
    </div>
    <div class="side">${paymentFacts(payment, a.fmt, true, payment.kind === 'custom' ? nothing : newBalanceRow(a.newBalance, a.fmt))}</div>
    <div class="actions">
      <button type="button" class="btn btn-primary" @click=${a.openCredits}>${msg('Go to Credits', { id: 'purchase-wizard.action.credits' })}</button>
      <button type="button" class="btn" @click=${a.startOver}>${msg('Make another purchase', { id: 'purchase-wizard.action.again' })}</button>
    </div>
  </div>`;
}

export function pendingOutcome(payment: Payment, a: OutcomeActions) {
  return html`<div class="outcome layout with-side" data-outcome="pending" part="outcome">
    <div class="main">
      ${stepHeading(a.headingLevel, html`<span class="icon pending" aria-hidden="true">…</span> ${msg('Payment not confirmed yet', { id: 'purchase-wizard.outcome.pending' })}`)}
      <p>
        ${msg('The gateway has not confirmed this payment yet. Do not pay again: this page checks it again by itself, or use Recheck. If it stays pending, contact 9Pic support with the payment ID.', {
          id: 'purchase-wizard.outcome.pending-follow',
        })}
      </p>
      <p class="hint checked" role="status">${a.checking ? msg('Checking with the gateway…', { id: 'purchase-wizard.outcome.checking' }) : (a.checkedNote ?? '')}</p>
    </div>
    <div class="side">${paymentFacts(payment, a.fmt)}</div>
    <div class="actions">
      <button type="button" class="btn btn-primary" data-action="recheck" aria-busy=${a.checking ? 'true' : 'false'} ?disabled=${a.checking} @click=${a.recheck}>
        ${msg('Recheck', { id: 'purchase-wizard.action.recheck-here' })}
      </button>
      <button type="button" class="btn" @click=${a.openPayments}>${msg('Open payments', { id: 'purchase-wizard.action.payments' })}</button>
      <button type="button" class="btn" @click=${a.startOver}>${msg('Make another purchase', { id: 'purchase-wizard.action.again' })}</button>
    </div>
    ${supportLine(payment, a)}
  </div>`;
}

export function failedOutcome(payment: Payment, cancelled: boolean, a: OutcomeActions) {
  return html`<div class="outcome layout with-side" data-outcome=${cancelled ? 'cancelled' : 'failed'} part="outcome">
    <div class="main">
      ${stepHeading(
        a.headingLevel,
        html`<span class="icon failed" aria-hidden="true">!</span>
          ${cancelled ? msg('Payment cancelled', { id: 'purchase-wizard.outcome.cancelled' }) : msg('Payment failed', { id: 'purchase-wizard.outcome.failed' })}`,
      )}
      <p>
        ${cancelled
          ? msg('The payment window was closed before the payment finished. Nothing was charged for this attempt.', { id: 'purchase-wizard.outcome.cancelled-text' })
          : msg('The gateway declined the payment. You can try again, perhaps with another payment method.', { id: 'purchase-wizard.outcome.failed-text' })}
      </p>
    </div>
    <div class="side">${paymentFacts(payment, a.fmt)}</div>
    <div class="actions">
      <button type="button" class="btn btn-primary" @click=${a.tryAgain}>${msg('Try again', { id: 'purchase-wizard.action.try-again' })}</button>
      <button type="button" class="btn" @click=${a.startOver}>${msg('Change the order', { id: 'purchase-wizard.action.change-order' })}</button>
    </div>
    ${cancelled ? nothing : supportLine(payment, a)}
  </div>`;
}

/** The outcome screen: the stepper (every step done), then the completed, pending, failed or cancelled outcome. */
export function outcomeScreen(result: { kind: 'completed' | 'pending' | 'failed' | 'cancelled'; payment: Payment }, kind: PurchaseKind, a: OutcomeActions) {
  return html`${stepper('payment', kind, true)}
    <div class="panel">
      ${result.kind === 'completed'
        ? completedOutcome(result.payment, a)
        : result.kind === 'pending'
          ? pendingOutcome(result.payment, a)
          : failedOutcome(result.payment, result.kind === 'cancelled', a)}
    </div>`;
}
