/** Step 3: the server's quote (the preview stands in, marked busy, until it arrives). */
import { html, nothing } from 'lit';
import { errorPanel } from '../../../ui/states.js';
import { msg, str } from '../../../i18n/localize.js';
import { kindName } from '../../../ui/kind-labels.js';
import { reviewBalanceAfter } from '../balance-context.js';
import { orderSummary } from '../summary.js';
import { stepHeading, type WizardView } from '../view.js';

export function reviewStep(w: WizardView) {
  const { checked, order, options, fmt } = w;
  return html`${stepHeading(w.headingLevel, msg('Review your order', { id: 'purchase-wizard.review.heading' }))}
    <dl class="facts">
      <div><dt>${msg('Plan', { id: 'purchase-wizard.step.plan' })}</dt><dd>${kindName(order.kind)}</dd></div>
      ${order.kind !== 'custom' && checked.request && 'credits' in checked.request
        ? html`<div><dt>${msg('Credits', { id: 'purchase-wizard.line.credits' })}</dt><dd>${fmt.credits(checked.request.credits)}</dd></div>
            <div><dt>${msg('Cost per credit', { id: 'purchase-wizard.review.cost-per-credit' })}</dt><dd>${fmt.money(options.cost_per_credit, options.currency)}</dd></div>`
        : nothing}
      ${reviewBalanceAfter(w)}
      ${checked.request?.kind === 'custom'
        ? html`<div><dt>${msg('Remark', { id: 'purchase-wizard.custom.remark' })}</dt><dd class="remark">${checked.request.remark}</dd></div>`
        : nothing}
    </dl>
    ${order.kind === 'custom'
      ? html`<p class="notice" data-tone="warning">${msg('This payment adds no credits: your balance will not change.', { id: 'purchase-wizard.review.custom-warning' })}</p>`
      : nothing}`;
}

/** Beside the review: the server's quote as the order summary (the preview stands in, busy), and whether the price is confirmed. */
export function reviewSide(w: WizardView) {
  const { quote, checked, options, fmt } = w;
  const caption = msg('Order summary', { id: 'purchase-wizard.summary.caption' });
  const shown = quote.status === 'ready' ? quote.quote : checked.preview;
  return html`${quote.status === 'error' && quote.error
      ? errorPanel(msg('The price could not be loaded.', { id: 'purchase-wizard.review.load-failed' }), quote.error, () => w.retryQuote())
      : shown
        ? orderSummary(shown, options, fmt, { caption, busy: quote.status !== 'ready' })
        : nothing}
    <p class="status muted" role="status">
      ${quote.status === 'loading' ? msg('Confirming the price with the server…', { id: 'purchase-wizard.review.confirming' }) : ''}
      ${quote.status === 'ready' && quote.quote
        ? msg(str`Price confirmed: ${fmt.money(quote.quote.total, quote.quote.currency)} in total.`, { id: 'purchase-wizard.review.confirmed' })
        : ''}
    </p>`;
}
