/** Step 2: how many credits (or, for a custom payment, the amount and remark), with a live order summary. */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '../../../i18n/localize.js';
import { REMARK_LIMIT, kindLabel, type OrderField } from '../order.js';
import { orderSummary } from '../summary.js';
import { HEADING_ID, type WizardView } from '../view.js';

/** An error shown beside its field, linked by aria-describedby. */
function fieldError(w: WizardView, field: OrderField) {
  const error = w.shown.has(field) ? w.checked.errors[field] : undefined;
  return error ? html`<p class="field-error" id=${`${field}-error`}>${error}</p>` : nothing;
}
const invalid = (w: WizardView, field: OrderField) => (w.shown.has(field) && w.checked.errors[field] ? 'true' : 'false');
const describedBy = (w: WizardView, field: OrderField, ...more: string[]) =>
  [...more, w.shown.has(field) && w.checked.errors[field] ? `${field}-error` : ''].filter(Boolean).join(' ') || undefined;

function creditsFields(w: WizardView) {
  const { options, fmt, order } = w;
  const pro = order.kind === 'pro_subscription';
  const hint = pro
    ? msg(str`Enter 0 to buy only the subscription, or at least ${fmt.credits(options.min_credits)} credits.`, { id: 'purchase-wizard.credits.pro-hint' })
    : msg(str`Whole credits, from ${fmt.credits(options.min_credits)} to ${fmt.credits(options.max_credits)}. ${fmt.money(options.cost_per_credit, options.currency)} per credit.`, {
        id: 'purchase-wizard.credits.hint',
      });
  return html`<div class="field">
    <label for="credits">${pro ? msg('Additional credits', { id: 'purchase-wizard.credits.additional' }) : msg('Number of credits', { id: 'purchase-wizard.credits.label' })}</label>
    <input
      id="credits"
      name="credits"
      inputmode="numeric"
      autocomplete="off"
      spellcheck="false"
      .value=${order.credits}
      aria-invalid=${invalid(w, 'credits')}
      aria-describedby=${ifDefined(describedBy(w, 'credits', 'credits-hint'))}
      @input=${(e: Event) => w.edit('credits', (e.target as HTMLInputElement).value)}
      @blur=${() => w.leave('credits')}
    />
    <p class="hint" id="credits-hint">${hint}</p>
    ${fieldError(w, 'credits')}
  </div>`;
}

function customFields(w: WizardView) {
  const { options, order, fmt } = w;
  const count = order.remark.length;
  return html`<p class="notice" data-tone="warning" id="custom-warning">
      ${msg('Custom Payment does not add credits: your balance will not change. Use it only when the 9Pic team asks you to.', { id: 'purchase-wizard.custom.warning' })}
    </p>
    <div class="field">
      <label for="amount">${msg(str`Amount (${options.currency})`, { id: 'purchase-wizard.custom.amount' })}</label>
      <input
        id="amount"
        name="amount"
        inputmode="decimal"
        autocomplete="off"
        .value=${order.amount}
        aria-invalid=${invalid(w, 'amount')}
        aria-describedby=${ifDefined(describedBy(w, 'amount', 'amount-hint'))}
        @input=${(e: Event) => w.edit('amount', (e.target as HTMLInputElement).value)}
        @blur=${() => w.leave('amount')}
      />
      <p class="hint" id="amount-hint">
        ${options.tax
          ? msg(str`Before ${options.tax.name}; ${fmt.percent(options.tax.rate)} is added on top.`, { id: 'purchase-wizard.custom.amount-tax' })
          : msg('The amount to pay, up to two decimal places.', { id: 'purchase-wizard.custom.amount-hint' })}
      </p>
      ${fieldError(w, 'amount')}
    </div>
    <div class="field">
      <label for="remark">${msg('Remark', { id: 'purchase-wizard.custom.remark' })}</label>
      <p class="hint" id="remark-hint">${msg('What this payment is for (required). Stored for audit.', { id: 'purchase-wizard.custom.remark-hint' })}</p>
      <textarea
        id="remark"
        name="remark"
        rows="3"
        .value=${order.remark}
        aria-invalid=${invalid(w, 'remark')}
        aria-describedby=${ifDefined(describedBy(w, 'remark', 'remark-hint', 'remark-count'))}
        @input=${(e: Event) => w.edit('remark', (e.target as HTMLTextAreaElement).value)}
        @blur=${() => w.leave('remark')}
      ></textarea>
      <p class="hint counter" id="remark-count" ?data-over=${count > REMARK_LIMIT}>
        ${msg(str`${fmt.credits(count)} of ${fmt.credits(REMARK_LIMIT)} characters`, { id: 'purchase-wizard.custom.count' })}
      </p>
      ${fieldError(w, 'remark')}
    </div>`;
}

export function creditsStep(w: WizardView) {
  const custom = w.order.kind === 'custom';
  const preview = w.checked.preview;
  return html`<h3 id=${HEADING_ID} tabindex="-1">
      ${custom ? msg('Amount and remark', { id: 'purchase-wizard.credits.heading-custom' }) : msg('How many credits?', { id: 'purchase-wizard.credits.heading' })}
    </h3>
    <p class="muted chosen">${msg(str`Plan: ${kindLabel(w.order.kind)}`, { id: 'purchase-wizard.credits.chosen' })}</p>
    <div class="split">
      <div class="fields">${custom ? customFields(w) : creditsFields(w)}</div>
      <div class="live">
        ${preview
          ? orderSummary(preview, w.options, w.fmt, { caption: msg('Order summary', { id: 'purchase-wizard.summary.caption' }) })
          : html`<p class="muted">${msg('The order summary appears when the input is valid.', { id: 'purchase-wizard.summary.waiting' })}</p>`}
        <p class="visually-hidden" aria-live="polite">
          ${preview ? msg(str`Total ${w.fmt.money(preview.total, preview.currency)}`, { id: 'purchase-wizard.summary.live-total' }) : ''}
        </p>
      </div>
    </div>`;
}
