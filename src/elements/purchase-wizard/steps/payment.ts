/** Step 4: the Refund Policy gates the pay button; errors are shown in words, the order kept. */
import { html, nothing } from 'lit';
import { ApiError } from '../../../api/errors.js';
import { safeHref } from '../../../ui/safe-url.js';
import { describeError } from '../../../ui/states.js';
import { msg, str } from '../../../i18n/localize.js';
import { stepHeading, type WizardView } from '../view.js';
import { ORDER_FIELDS, type OrderField } from '../order.js';
import { orderSummary } from '../summary.js';

export const gatewayName = (gateway: string) =>
  gateway === 'razorpay' ? 'Razorpay' : gateway === 'payglocal' ? 'PayGlocal' : gateway.charAt(0).toUpperCase() + gateway.slice(1);

/** The pay button's label: Razorpay for INR, PayGlocal for other currencies (as the options say). */
export const payLabel = (gateway: string) => msg(str`Pay with ${gatewayName(gateway)}`, { id: 'purchase-wizard.payment.pay' });

/** Words for a failed purchase, by the server's code where it has one. */
function purchaseErrorText(error: ApiError | Error, w: WizardView): string {
  if (!(error instanceof ApiError)) return msg(str`The payment could not be started: ${error.message}`, { id: 'purchase-wizard.error.gateway' });
  switch (error.code) {
    case 'already_subscribed':
      return msg('Your organisation already has an active Pro subscription, so Pro cannot be bought again. Choose Add Credits instead.', {
        id: 'purchase-wizard.error.already-subscribed',
      });
    case 'min_credits':
      return msg(str`The server needs at least ${w.fmt.credits(w.options.min_credits)} credits for this purchase.`, { id: 'purchase-wizard.error.min-credits' });
    case 'billing_details_required':
      return msg('Add your billing details before paying.', { id: 'purchase-wizard.error.billing' });
  }
  if (error.transient)
    return msg('We could not tell whether the payment was created. Try again: you will not be charged twice.', { id: 'purchase-wizard.error.uncertain' });
  return describeError(error);
}

/** The field the server named, as its input is labelled on the Credits step. */
function fieldLabel(field: OrderField, w: WizardView): string {
  switch (field) {
    case 'credits':
      return w.order.kind === 'pro_subscription'
        ? msg('Additional credits', { id: 'purchase-wizard.credits.additional' })
        : msg('Number of credits', { id: 'purchase-wizard.credits.label' });
    case 'amount':
      return msg(str`Amount (${w.options.currency})`, { id: 'purchase-wizard.custom.amount' });
    case 'remark':
      return msg('Remark', { id: 'purchase-wizard.custom.remark' });
  }
}

/** Each field message of a 422, with one click back to the input it is about (on the Credits step, input kept). */
function fieldMessages(w: WizardView) {
  const fields = ORDER_FIELDS.filter((field) => w.serverErrors[field]);
  if (!fields.length) return nothing;
  return html`<ul class="field-messages">
    ${fields.map(
      (field) => html`<li>
        <button type="button" class="btn btn-link" @click=${() => w.fixField(field)}>${fieldLabel(field, w)}</button>: ${w.serverErrors[field]}
      </li>`,
    )}
  </ul>`;
}

function errorBlock(w: WizardView) {
  const result = w.payment.result;
  if (result?.kind !== 'error') return nothing;
  const { error } = result;
  const code = error instanceof ApiError ? error.code : undefined;
  const requestId = error instanceof ApiError ? error.requestId : undefined;
  return html`<div class="error-panel" role="alert" part="error" tabindex="-1">
    <p><strong>${msg('The payment did not start.', { id: 'purchase-wizard.error.title' })}</strong> ${purchaseErrorText(error, w)}</p>
    ${fieldMessages(w)}
    ${requestId ? html`<p class="request-id">${msg('Request ID', { id: 'common.request-id' })}: <code>${requestId}</code></p>` : nothing}
    ${code === 'already_subscribed'
      ? html`<button type="button" class="btn btn-small" @click=${() => w.goTo('plan')}>${msg('Choose another plan', { id: 'purchase-wizard.action.change-plan' })}</button>`
      : (code === 'min_credits' || code === 'max_credits' || code === 'invalid_amount' || code?.startsWith('remark')) && !ORDER_FIELDS.some((f) => w.serverErrors[f])
        ? html`<button type="button" class="btn btn-small" @click=${() => w.goTo('credits')}>${msg('Change the order', { id: 'purchase-wizard.action.change-order' })}</button>`
        : nothing}
  </div>`;
}

function progress(w: WizardView): string {
  switch (w.payment.phase) {
    case 'creating':
      return msg('Creating your payment…', { id: 'purchase-wizard.payment.creating' });
    case 'paying':
      return msg(str`Waiting for ${gatewayName(w.options.gateway)}…`, { id: 'purchase-wizard.payment.paying' });
    case 'checking':
      return msg('Checking the payment with the server…', { id: 'purchase-wizard.payment.checking' });
    default:
      return '';
  }
}

export function paymentStep(w: WizardView) {
  const { options, fmt } = w;
  const total = w.quote.quote ?? w.checked.preview;
  const policy = safeHref(options.refund_policy_url);
  const busy = w.payment.busy;
  // The consent is one message with its link inside (a translation orders the sentence its own way).
  return html`${stepHeading(w.headingLevel, msg('Payment', { id: 'purchase-wizard.step.payment' }))}
    ${total
      ? html`<p class="to-pay">
          <span class="muted">${msg('Total to pay', { id: 'purchase-wizard.payment.total' })}</span>
          <strong class="amount">${fmt.money(total.total, total.currency)}</strong>
          ${total.tax ? html`<span class="muted">${msg(str`including ${total.tax.name}`, { id: 'purchase-wizard.payment.incl-tax' })}</span>` : nothing}
        </p>`
      : nothing}
    <div class="consent">
      <input type="checkbox" id="refund" .checked=${w.refundAccepted} ?disabled=${busy} @change=${(e: Event) => w.acceptRefund((e.target as HTMLInputElement).checked)} />
      <label for="refund">
        ${policy
          ? msg(html`I have read and accept the <a href=${policy} target="_blank" rel="noopener noreferrer" aria-describedby="refund-new-tab">Refund Policy</a>`, {
              id: 'purchase-wizard.payment.consent-link',
            })
          : msg('I have read and accept the Refund Policy', { id: 'purchase-wizard.payment.consent' })}
      </label>
      ${policy ? html`<span id="refund-new-tab" hidden>${msg('(opens in a new tab)', { id: 'common.new-tab' })}</span>` : nothing}
    </div>
    <p class="hint gateway-note">
      ${options.gateway === 'payglocal'
        ? msg(str`You will be taken to ${gatewayName(options.gateway)}'s secure page to pay, then brought back here.`, { id: 'purchase-wizard.payment.redirect-note' })
        : msg(str`You finish the payment in ${gatewayName(options.gateway)}'s secure window. Credits are added as soon as the payment is confirmed.`, { id: 'purchase-wizard.payment.gateway-note' })}
    </p>
    ${errorBlock(w)}
    <p class="status muted" role="status">${progress(w)}</p>`;
}

/** Beside the payment: what is being paid for (the server's quote). */
export function paymentSide(w: WizardView) {
  const total = w.quote.quote ?? w.checked.preview;
  return total ? orderSummary(total, w.options, w.fmt, { caption: msg('Order summary', { id: 'purchase-wizard.summary.caption' }) }) : nothing;
}
