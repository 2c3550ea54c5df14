/** The body of the details side sheet: the full payment record. */
import { html, nothing } from 'lit';
import type { Payment } from '../../api/schemas.js';
import type { Formatter } from '../../ui/formatter.js';
import { dateTimeOf } from '../../time/format-date.js';
import { msg, str } from '../../i18n/localize.js';
import { taxSplitItems } from '../../ui/tax-split.js';
import { gatewayLabel, invoiceLabel, statusBadge } from './payment-rules.js';
import { kindName } from '../../ui/kind-labels.js';

const item = (term: string, value: unknown) => html`<div class="record-item"><dt>${term}</dt><dd>${value}</dd></div>`;

export function paymentRecord(payment: Payment, fmt: Formatter) {
  const none = html`<span class="muted">${msg('None', { id: 'payments-list.sheet.none' })}</span>`;
  const tax = payment.tax;
  return html`<dl class="record" part="record">
    ${item(msg('Status', { id: 'payments-list.col.status' }), statusBadge(payment.status))}
    ${item(msg('Kind', { id: 'payments-list.sheet.kind' }), kindName(payment.kind))}
    ${payment.credits !== null ? item(msg('Credits', { id: 'payments-list.sheet.credits' }), fmt.credits(payment.credits)) : nothing}
    ${payment.remark !== null ? item(msg('Remark', { id: 'payments-list.sheet.remark' }), payment.remark) : nothing}
    ${item(msg('Subtotal', { id: 'payments-list.sheet.subtotal' }), html`<span class="num">${fmt.money(payment.subtotal, payment.currency)}</span>`)}
    ${tax
      ? item(
          msg(str`${tax.name} (${fmt.percent(tax.rate)})`, { id: 'payments-list.sheet.tax' }),
          html`<span class="num">${fmt.money(tax.amount, payment.currency)}</span>`,
        )
      : item(msg('Tax', { id: 'payments-list.sheet.no-tax' }), none)}
    ${taxSplitItems(tax, payment.currency, fmt, item)}
    ${item(msg('Total', { id: 'payments-list.sheet.total' }), html`<strong class="num">${fmt.money(payment.amount, payment.currency)}</strong>`)}
    ${item(msg('Gateway', { id: 'payments-list.col.gateway' }), gatewayLabel(payment.gateway))}
    ${item(msg('Gateway reference', { id: 'payments-list.sheet.reference' }), payment.gateway_reference ? html`<code>${payment.gateway_reference}</code>` : none)}
    ${item(msg('Created at', { id: 'payments-list.sheet.created' }), dateTimeOf(fmt, payment.created_at))}
    ${item(msg('Completed at', { id: 'payments-list.sheet.completed' }), payment.completed_at ? dateTimeOf(fmt, payment.completed_at) : none)}
    ${item(
      msg('Invoice', { id: 'payments-list.action.invoice' }),
      html`${invoiceLabel(payment.invoice.status)}${payment.invoice.number ? html` · <code>${payment.invoice.number}</code>` : nothing}`,
    )}
  </dl>`;
}
