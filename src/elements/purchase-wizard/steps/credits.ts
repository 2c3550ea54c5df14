/** Step 2: how many credits (or, for a custom payment, the amount and remark), with a live order summary. */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { field } from '../../../ui/field.js';
import { msg, str } from '../../../i18n/localize.js';
import { REMARK_LIMIT, type OrderField } from '../order.js';
import { kindName } from '../../../ui/kind-labels.js';
import { orderSummary } from '../summary.js';
import { stepHeading, type WizardView } from '../view.js';
import { creditFacts } from '../credit-facts.js';
import { textLength } from '../../../ui/text-length.js';
import { settled } from '../../../ui/settled-text.js';
import { balanceAfterAnnouncement, balanceContext, quickPicks } from '../balance-context.js';

/** The server's message for a field (until edited), else its own check once the user has been shown it (after leaving the field or pressing Next). */
const errorOf = (w: WizardView, field: OrderField) => w.serverErrors[field] ?? (w.shown.has(field) ? w.checked.errors[field] : undefined);

function creditsFields(w: WizardView) {
  const { options, fmt, order } = w;
  const pro = order.kind === 'pro_subscription';
  const hint = pro
    ? msg(str`Enter 0 to buy only the subscription, or at least ${fmt.credits(options.min_credits)} credits.`, { id: 'purchase-wizard.credits.pro-hint' })
    : msg(str`Whole credits, from ${fmt.credits(options.min_credits)} to ${fmt.credits(options.max_credits)}. ${fmt.money(options.cost_per_credit, options.currency)} per credit.`, {
        id: 'purchase-wizard.credits.hint',
      });
  const label = pro ? msg('Additional credits', { id: 'purchase-wizard.credits.additional' }) : msg('Number of credits', { id: 'purchase-wizard.credits.label' });
  return field(
    { id: 'credits', label, hint, error: errorOf(w, 'credits') },
    (aria) => html`<input
      id="credits"
      name="credits"
      inputmode="numeric"
      autocomplete="off"
      spellcheck="false"
      .value=${order.credits}
      aria-invalid=${aria.invalid}
      aria-describedby=${ifDefined(aria.describedBy)}
      @input=${(e: Event) => w.edit('credits', (e.target as HTMLInputElement).value)}
      @blur=${() => w.leave('credits')}
    />`,
  );
}

function customFields(w: WizardView) {
  const { options, order, fmt } = w;
  const count = textLength(order.remark);
  return html`<p class="notice" data-tone="warning" id="custom-warning">
      ${msg('Custom Payment does not add credits: your balance will not change. Use it only when the 9Pic team asks you to.', { id: 'purchase-wizard.custom.warning' })}
    </p>
    ${field(
      {
        id: 'amount',
        label: msg(str`Amount (${options.currency})`, { id: 'purchase-wizard.custom.amount' }),
        hint: options.tax
          ? msg(str`Before ${options.tax.name}; ${fmt.percent(options.tax.rate)} is added on top.`, { id: 'purchase-wizard.custom.amount-tax' })
          : msg('The amount to pay, up to two decimal places.', { id: 'purchase-wizard.custom.amount-hint' }),
        error: errorOf(w, 'amount'),
      },
      (aria) => html`<input
        id="amount"
        name="amount"
        inputmode="decimal"
        autocomplete="off"
        .value=${order.amount}
        aria-invalid=${aria.invalid}
        aria-describedby=${ifDefined(aria.describedBy)}
        @input=${(e: Event) => w.edit('amount', (e.target as HTMLInputElement).value)}
        @blur=${() => w.leave('amount')}
      />`,
    )}
    ${field(
      {
        id: 'remark',
        label: msg('Remark', { id: 'purchase-wizard.custom.remark' }),
        hint: msg('What this payment is for (required). Stored for audit.', { id: 'purchase-wizard.custom.remark-hint' }),
        describedBy: ['remark-count'],
        error: errorOf(w, 'remark'),
      },
      (aria) => html`<textarea
        id="remark"
        name="remark"
        rows="3"
        .value=${order.remark}
        aria-invalid=${aria.invalid}
        aria-describedby=${ifDefined(aria.describedBy)}
        @input=${(e: Event) => w.edit('remark', (e.target as HTMLTextAreaElement).value)}
        @blur=${() => w.leave('remark')}
      ></textarea>`,
      html`<p class="hint counter" id="remark-count" ?data-over=${count > REMARK_LIMIT}>
        ${msg(str`${fmt.credits(count)} of ${fmt.credits(REMARK_LIMIT)} characters`, { id: 'purchase-wizard.custom.count' })}
      </p>`,
    )}`;
}

/** The typing pause after which the total is announced: one announcement per quantity the user settles on (#22.8). */
const TOTAL_SETTLE_MS = 750;

/** What the polite live region says: the total and the balance after purchase. */
function liveTotal(w: WizardView): string {
  const preview = w.checked.preview;
  const total = preview ? msg(str`Total ${w.fmt.money(preview.total, preview.currency)}.`, { id: 'purchase-wizard.summary.live-total' }) : '';
  return `${total} ${balanceAfterAnnouncement(w)}`.trim();
}

export function creditsStep(w: WizardView) {
  const custom = w.order.kind === 'custom';
  return html`${stepHeading(
      w.headingLevel,
      custom ? msg('Amount and remark', { id: 'purchase-wizard.credits.heading-custom' }) : msg('How many credits?', { id: 'purchase-wizard.credits.heading' }),
    )}
    <p class="muted chosen">${msg(str`Plan: ${kindName(w.order.kind)}`, { id: 'purchase-wizard.credits.chosen' })}</p>
    <div class="fields">${custom ? customFields(w) : html`${creditsFields(w)}${quickPicks(w)}${creditFacts(w)}`}</div>`;
}

/** Beside the fields: the live order summary, the balance after the purchase, and the settled total for screen readers. */
export function creditsSide(w: WizardView) {
  const preview = w.checked.preview;
  return html`<div class="live">
    ${preview
      ? orderSummary(preview, w.options, w.fmt, { caption: msg('Order summary', { id: 'purchase-wizard.summary.caption' }) })
      : html`<p class="muted">${msg('The order summary appears when the input is valid.', { id: 'purchase-wizard.summary.waiting' })}</p>`}
    ${balanceContext(w)}
    <p class="visually-hidden" aria-live="polite">${settled(liveTotal(w), TOTAL_SETTLE_MS)}</p>
  </div>`;
}
