/** The order summary: quote lines, cost per credit, subtotal, GST (INR) with GSTIN and business name and its split, total. */
import { html, nothing } from 'lit';
import type { PurchaseOptions, Quote } from '../../api/schemas.js';
import type { Formatter } from '../../ui/formatter.js';
import { msg, str } from '../../i18n/localize.js';
import { lineLabel } from './order.js';
import { taxSplitRows } from '../../ui/tax-split.js';

export interface SummaryOptions {
  caption: string;
  /** The numbers are a preview being confirmed. */
  busy?: boolean;
}

export function orderSummary(quote: Quote, options: PurchaseOptions, fmt: Formatter, { caption, busy = false }: SummaryOptions) {
  const money = (amount: string) => fmt.money(amount, quote.currency);
  const tax = options.tax;
  return html`<table class="data summary" part="summary" aria-busy=${busy ? 'true' : 'false'}>
    <caption>${caption}</caption>
    <tbody>
      ${quote.lines.length === 0
        ? html`<tr><th scope="row">${msg('Nothing to pay yet', { id: 'purchase-wizard.summary.nothing' })}</th><td class="num">${money('0')}</td></tr>`
        : quote.lines.map(
            (line) => html`<tr>
              <th scope="row">
                ${lineLabel(line.label)}
                ${line.label === 'Credits'
                  ? html`<span class="muted line-detail">${msg(str`${fmt.credits(line.quantity)} × ${money(line.unit_amount)} per credit`, { id: 'purchase-wizard.summary.credit-line' })}</span>`
                  : nothing}
              </th>
              <td class="num">${money(line.amount)}</td>
            </tr>`,
          )}
    </tbody>
    <tbody class="totals">
      <tr>
        <th scope="row">${msg('Subtotal', { id: 'purchase-wizard.summary.subtotal' })}</th>
        <td class="num">${money(quote.subtotal)}</td>
      </tr>
      ${quote.tax
        ? html`<tr>
            <th scope="row">
              ${quote.tax.name} (${fmt.percent(quote.tax.rate)})
              ${tax?.gstin || tax?.business_name
                ? html`<span class="muted line-detail">
                    ${tax.gstin ? html`${`${msg('GSTIN', { id: 'purchase-wizard.summary.gstin' })} `}<span class="mono">${tax.gstin}</span>` : nothing}${tax.gstin && tax.business_name
                      ? ` · ${tax.business_name}`
                      : (tax.business_name ?? nothing)}
                  </span>`
                : nothing}
            </th>
            <td class="num">${money(quote.tax.amount)}</td>
          </tr>
          ${taxSplitRows(quote.tax, quote.currency, fmt)}`
        : nothing}
      <tr class="total">
        <th scope="row">${msg('Total', { id: 'purchase-wizard.summary.total' })}</th>
        <td class="num">${money(quote.total)}</td>
      </tr>
    </tbody>
  </table>`;
}
