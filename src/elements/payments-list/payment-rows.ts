/**
 * The payments table as templates, and the same columns as CSV. In a narrow
 * card each row becomes a small card whose every value carries its column's
 * name (`data-label`).
 */
import { html, nothing } from 'lit';
import type { Payment } from '../../api/schemas.js';
import { msg, str } from '../../i18n/localize.js';
import { toCsv, type CsvCell } from '../../ui/csv.js';
import type { Formatter } from '../../ui/formatter.js';
import { dateOf, dateTimeOf } from '../../time/format-date.js';
import { skeleton } from '../../ui/states.js';
import type { CopyController } from '../../ui/copy.js';
import { actionLabel, actionsFor, gatewayLabel, invoiceLabel, isInvoiceGenerating, paymentDescription, statusBadge, statusLabel, type PaymentAction } from './payment-rules.js';

export interface PaymentRowContext {
  fmt: Formatter;
  busyWith: (id: string) => PaymentAction | undefined;
  onAction: (action: PaymentAction, payment: Payment, button: HTMLButtonElement) => void;
  /** The Copy button beside each payment ID. */
  copy?: CopyController;
}

const columns = () => ({
  id: msg('Payment ID', { id: 'payments-list.col.id' }),
  description: msg('Description', { id: 'payments-list.col.description' }),
  status: msg('Status', { id: 'payments-list.col.status' }),
  gateway: msg('Gateway', { id: 'payments-list.col.gateway' }),
  amount: msg('Amount', { id: 'payments-list.col.amount' }),
  invoice: msg('Invoice number', { id: 'payments-list.col.invoice' }),
  date: msg('Date', { id: 'payments-list.col.date' }),
  actions: msg('Actions', { id: 'payments-list.col.actions' }),
});

export function paymentsTable(items: Payment[] | undefined, ctx: PaymentRowContext) {
  const loading = items === undefined;
  const c = columns();
  // The loading skeleton does not scroll sideways: a scrolling region needs focusable content.
  return html`<div class=${loading ? 'table-wrap clip' : 'table-wrap'}>
    <table class="data" part="table" aria-busy=${loading ? 'true' : 'false'}>
      <caption class="visually-hidden">${msg('Payments', { id: 'payments-list.what' })}</caption>
      <thead>
        <tr>
          <th scope="col">${c.id}</th>
          <th scope="col">${c.description}</th>
          <th scope="col">${c.status}</th>
          <th scope="col">${c.gateway}</th>
          <th scope="col" class="num">${c.amount}</th>
          <th scope="col">${c.invoice}</th>
          <th scope="col">${c.date}</th>
          <th scope="col">${c.actions}</th>
        </tr>
      </thead>
      <tbody>
        ${loading
          ? [1, 2, 3, 4].map(
              () => html`<tr>
                ${['7em', '9em', '6em', '5em', '6em', '7em', '6em', '10em'].map((w) => html`<td>${skeleton(w, '1.2em')}</td>`)}
              </tr>`,
            )
          : items.map((p, i) => paymentRow(p, i, ctx, c))}
      </tbody>
    </table>
  </div>`;
}

function paymentRow(p: Payment, index: number, ctx: PaymentRowContext, c: ReturnType<typeof columns>) {
  const busy = ctx.busyWith(p.id);
  const description = paymentDescription(p, ctx.fmt);
  return html`<tr data-payment=${p.id}>
    <th scope="row" data-label=${c.id}
      ><span class="id-cell"><code class="id" id=${`row-${index}`}>${p.id}</code>${ctx.copy?.button(p.id, msg(str`Copy payment ID ${p.id}`, { id: 'copy.payment-id' })) ?? nothing}</span></th
    >
    <td class="description" data-label=${c.description}><span class="desc" title=${description}>${description}</span></td>
    <td data-label=${c.status}>${statusBadge(p.status)}</td>
    <td data-label=${c.gateway}>${gatewayLabel(p.gateway)}</td>
    <td class="num" data-label=${c.amount}>${ctx.fmt.money(p.amount, p.currency)}</td>
    <td class="invoice" data-label=${c.invoice}>
      ${p.invoice.number
        ? html`<code>${p.invoice.number}</code>`
        : html`<span class="muted" aria-hidden="true">—</span><span class="visually-hidden">${msg('None', { id: 'payments-list.sheet.none' })}</span>`}
    </td>
    <td data-label=${c.date}><time datetime=${p.created_at} title=${dateTimeOf(ctx.fmt, p.created_at)}>${dateOf(ctx.fmt, p.created_at)}</time></td>
    <td class="actions-cell">
      <div class="actions">
        ${actionsFor(p).map(
          (action) => html`<button
            type="button"
            class=${action === 'details' ? 'btn btn-small' : 'btn btn-small btn-action'}
            data-action=${action}
            aria-describedby=${`row-${index}`}
            aria-disabled=${busy !== undefined && action !== 'details' ? 'true' : 'false'}
            aria-busy=${busy === action ? 'true' : 'false'}
            @click=${(e: Event) => ctx.onAction(action, p, e.currentTarget as HTMLButtonElement)}
          >
            ${busy === action ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${actionLabel(action)}
          </button>`,
        )}
        ${isInvoiceGenerating(p)
          ? html`<span class="generating"><span class="spinner" aria-hidden="true"></span>${msg('Generating invoice…', { id: 'payments-list.generating' })}</span>`
          : nothing}
      </div>
    </td>
  </tr>`;
}

/**
 * The loaded payments as CSV: the table's values plus what a finance team
 * reconciles with (amounts before and after tax, the gateway reference,
 * completion time). Dates as ISO 8601 instants, amounts as the API's exact decimals.
 */
export function paymentsCsv(items: readonly Payment[], fmt: Pick<Formatter, 'credits'>): string {
  const c = columns();
  const header = [
    c.id,
    c.description,
    c.status,
    c.gateway,
    msg('Gateway reference', { id: 'payments-list.sheet.reference' }),
    msg('Subtotal', { id: 'payments-list.sheet.subtotal' }),
    msg('Tax', { id: 'payments-list.sheet.no-tax' }),
    c.amount,
    msg('Currency', { id: 'payments-list.col.currency' }),
    c.invoice,
    msg('Invoice', { id: 'payments-list.action.invoice' }),
    msg('Created at', { id: 'payments-list.sheet.created' }),
    msg('Completed at', { id: 'payments-list.sheet.completed' }),
  ];
  const rows = items.map((p): CsvCell[] => [
    p.id,
    paymentDescription(p, fmt),
    statusLabel(p.status),
    gatewayLabel(p.gateway),
    p.gateway_reference,
    p.subtotal,
    p.tax?.amount,
    p.amount,
    p.currency,
    p.invoice.number,
    invoiceLabel(p.invoice.status),
    p.created_at,
    p.completed_at,
  ]);
  return toCsv([header, ...rows]);
}
