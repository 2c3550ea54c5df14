/**
 * The table's pieces as templates: the column header row, one data row, the
 * loading skeleton, the per-event totals. Rows use the ARIA table pattern
 * (role="row"/"cell" with aria-rowindex) so that a virtualised body, which
 * only holds the rows in view, still tells assistive technology where each row sits.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Transaction } from '../../api/schemas.js';
import type { Formatter } from '../../ui/formatter.js';
import { dateOf, dateTimeOf } from '../../time/format-date.js';
import { badge, skeleton } from '../../ui/states.js';
import { msg, str } from '../../i18n/localize.js';
import { plural } from '../../ui/plural.js';
import { typeBadge, userLabel } from './labels.js';
import type { EventTotals } from './totals.js';
import type { CopyController } from '../../ui/copy.js';

/** What a row needs from its element. */
export interface RowContext {
  fmt: Formatter;
  /** The href of an event's page (from `routes`, already made safe), if the host gave one. */
  eventHref: (eventId: string) => string | undefined;
  onEvent: (event: MouseEvent, eventId: string) => void;
  /** The rows carry `balance_after` (contract 1.1): a Balance column after Credits. */
  balance?: boolean;
  /** Purchase History: the Payment column; a row with a `payment_id` opens that payment's details. */
  onPayment?: (event: MouseEvent, paymentId: string) => void;
  /** Purchase History: the Copy button of each payment ID. */
  copy?: CopyController;
}

/** The column names; narrow, they also label each value in the card a row becomes (`data-label`). */
const names = () => ({
  type: msg('Type', { id: 'usage-table.col.type' }),
  credits: msg('Credits', { id: 'usage-table.col.credits' }),
  balance: msg('Balance', { id: 'usage-table.col.balance' }),
  payment: msg('Payment', { id: 'usage-table.col.payment' }),
  event: msg('Event', { id: 'usage-table.col.event' }),
  eventId: msg('Event ID', { id: 'usage-table.col.event-id' }),
  user: msg('User', { id: 'usage-table.col.user' }),
  date: msg('Date', { id: 'usage-table.col.date' }),
});

/**
 * The columns, in order: Credit Usage names the event each row spent on;
 * Purchase History, whose rows have no event, names the payment each came from.
 */
function columns(balance: boolean, additions: boolean): [label: string, cls: string][] {
  const n = names();
  return [
    [n.type, 'c-type'],
    [n.credits, 'c-credits num'],
    ...(balance ? [[n.balance, 'c-balance num'] as [string, string]] : []),
    ...(additions ? [[n.payment, 'c-payment'] as [string, string]] : [[n.event, 'c-event'] as [string, string], [n.eventId, 'c-event-id'] as [string, string]]),
    [n.user, 'c-user'],
    [n.date, 'c-date'],
  ];
}

export const columnHeaders = (balance = false, additions = false) => columns(balance, additions).map(([label]) => label);

export const headerRow = (balance = false, additions = false) =>
  html`<div role="row" class="tr header" aria-rowindex="1" part="header-row">
    ${columns(balance, additions).map(([label, cls]) => html`<span role="columnheader" class=${cls}>${label}</span>`)}
  </div>`;

const dash = html`<span class="muted">—</span>`;

function eventCell(txn: Transaction, ctx: RowContext): TemplateResult {
  const event = txn.event;
  if (!event) return dash;
  const name = event.name || event.id;
  const href = ctx.eventHref(event.id);
  return href
    ? html`<a class="truncate" tabindex="-1" href=${href} title=${name} @click=${(e: MouseEvent) => ctx.onEvent(e, event.id)}>${name}</a>`
    : html`<button type="button" class="btn-link truncate" tabindex="-1" title=${name} @click=${(e: MouseEvent) => ctx.onEvent(e, event.id)}>${name}</button>`;
}

function balanceCell(txn: Transaction, ctx: RowContext): unknown {
  const after = txn.balance_after;
  if (after === undefined || after === null) return dash;
  return html`<span class="visually-hidden">${msg('Balance after:', { id: 'usage-table.balance-after' })} </span>${after < 0 ? ctx.fmt.signedCredits(after) : ctx.fmt.credits(after)}`;
}

/**
 * The payment a purchase came from: its ID (which support asks for) readable
 * and copyable, and Details opening the payment's record (and invoice).
 */
function paymentCell(txn: Transaction, ctx: RowContext): unknown {
  const id = txn.payment_id;
  if (!id || !ctx.onPayment) return dash;
  return html`<span class="payment">
    <code class="id truncate" title=${id}>${id}</code>
    ${ctx.copy?.button(id, msg(str`Copy payment ID ${id}`, { id: 'copy.payment-id' }), -1) ?? nothing}
    <button type="button" class="btn-link payment-link" tabindex="-1" data-payment=${id} aria-haspopup="dialog"
      aria-label=${msg(str`Details of payment ${id}`, { id: 'usage-table.payment-details-of' })} @click=${(e: MouseEvent) => ctx.onPayment!(e, id)}>
      ${msg('Details', { id: 'usage-table.payment-details' })}
    </button>
  </span>`;
}

/** An email may wrap before its "@" first (narrow cards wrap long values rather than cut them). */
function breakAtSign(text: string): unknown {
  const at = text.indexOf('@');
  return at > 0 ? html`${text.slice(0, at)}<wbr />${text.slice(at)}` : text;
}

/** One transaction as a row; `index` is its place in the loaded list (0-based). */
export function dataRow(txn: Transaction, index: number, ctx: RowContext): TemplateResult {
  const { label, tone, raw } = typeBadge(txn);
  const user = userLabel(txn.user_email);
  const n = names();
  // Rows and their controls are out of the Tab order: the body is one Tab stop, arrow keys move between rows (row-keys.ts).
  return html`<div role="row" class="tr" tabindex="-1" aria-rowindex=${index + 2} part="row">
    <span role="cell" class="c-type">${badge(label, tone, 'badge', raw ?? label)}</span>
    <span role="cell" class="c-credits num" data-label=${n.credits} data-sign=${txn.delta < 0 ? 'negative' : 'positive'}>${ctx.fmt.signedCredits(txn.delta)}</span>
    ${ctx.balance ? html`<span role="cell" class="c-balance num" data-label=${n.balance}>${balanceCell(txn, ctx)}</span>` : nothing}
    ${ctx.onPayment
      ? html`<span role="cell" class="c-payment" data-label=${n.payment}>${paymentCell(txn, ctx)}</span>`
      : html`<span role="cell" class="c-event" data-label=${n.event}>${eventCell(txn, ctx)}</span>
          <span role="cell" class="c-event-id" data-label=${n.eventId}>${txn.event ? html`<code class="truncate" title=${txn.event.id}>${txn.event.id}</code>` : dash}</span>`}
    <span role="cell" class="c-user" data-label=${n.user}><span class=${txn.user_email ? 'truncate' : 'truncate muted'} title=${user}>${breakAtSign(user)}</span></span>
    <span role="cell" class="c-date" data-label=${n.date}><time datetime=${txn.created_at} title=${dateTimeOf(ctx.fmt, txn.created_at)}>${dateOf(ctx.fmt, txn.created_at)}</time></span>
  </div>`;
}

/**
 * Grey rows of the final size while the first page loads (no layout jump): more than the body
 * shows, so it is as tall as a first page (body-scroll.ts ends it on a whole row, as it ends the rows).
 */
export const skeletonRows = (additions = false, count = 12) =>
  html`<div class="skeleton-rows" aria-hidden="true">
    ${Array.from(
      { length: count },
      () => html`<div class="tr">
        <span class="c-type"><span class="badge skeleton">\u00a0</span></span><span class="c-credits">${skeleton('4em')}</span>
        <span class="c-balance">${skeleton('4em')}</span>
        ${additions
          ? html`<span class="c-payment">${skeleton('80%')}</span>`
          : html`<span class="c-event">${skeleton('80%')}</span><span class="c-event-id">${skeleton('70%')}</span>`}
        <span class="c-user">${skeleton('80%')}</span><span class="c-date">${skeleton('6em')}</span>
      </div>`,
    )}
  </div>`;

/**
 * The per-event totals over the loaded rows, with what they cover: how many
 * rows, which dates, and whether older rows remain unloaded.
 */
export function totalsPanel(totals: EventTotals, ctx: RowContext, opts: { usage: boolean; complete: boolean; filtered: boolean }): unknown {
  if (totals.events.length === 0) return nothing;
  const { fmt } = ctx;
  const range = totals.from && totals.to ? `${dateOf(fmt, totals.from)} – ${dateOf(fmt, totals.to)}` : '';
  const count = fmt.credits(totals.rows);
  const coverage = opts.complete
    ? opts.filtered
      ? plural(totals.rows, {
          one: () => msg(str`Covers the ${count} entry matching the filters (${range}).`, { id: 'usage-table.totals.all-filtered-one' }),
          other: () => msg(str`Covers all ${count} entries matching the filters (${range}).`, { id: 'usage-table.totals.all-filtered-other' }),
        })
      : plural(totals.rows, {
          one: () => msg(str`Covers ${count} entry (${range}).`, { id: 'usage-table.totals.all-one' }),
          other: () => msg(str`Covers all ${count} entries (${range}).`, { id: 'usage-table.totals.all-other' }),
        })
    : plural(totals.rows, {
        one: () => msg(str`Covers only the ${count} entry loaded so far (${range}). Load more to include older entries.`, { id: 'usage-table.totals.partial-one' }),
        other: () => msg(str`Covers only the ${count} entries loaded so far (${range}). Load more to include older entries.`, { id: 'usage-table.totals.partial-other' }),
      });
  return html`<details class="totals" part="totals">
    <summary>
      ${opts.usage
        ? msg('Credits used by event', { id: 'usage-table.totals.title-usage' })
        : msg('Credits added by event', { id: 'usage-table.totals.title-addition' })}
    </summary>
    <p class="hint">${coverage}</p>
    <table class="data">
      <thead>
        <tr>
          <th scope="col">${msg('Event', { id: 'usage-table.col.event' })}</th>
          <th scope="col">${msg('Event ID', { id: 'usage-table.col.event-id' })}</th>
          <th scope="col" class="num">${msg('Entries', { id: 'usage-table.totals.entries' })}</th>
          <th scope="col" class="num">${msg('Credits', { id: 'usage-table.col.credits' })}</th>
        </tr>
      </thead>
      <tbody>
        ${totals.events.map(
          (t) => html`<tr>
            <td>${t.name}</td>
            <td><code>${t.eventId}</code></td>
            <td class="num">${fmt.credits(t.entries)}</td>
            <td class="num">${fmt.credits(t.credits)}</td>
          </tr>`,
        )}
        ${totals.withoutEvent
          ? html`<tr>
              <td colspan="3" class="muted">${msg('Without an event', { id: 'usage-table.totals.no-event' })}</td>
              <td class="num">${fmt.credits(totals.withoutEvent)}</td>
            </tr>`
          : nothing}
      </tbody>
    </table>
  </details>`;
}

/** Where the per-event totals will be (Credit Usage), while the first page loads. */
export const totalsSkeleton = () => html`<div class="totals totals-pending" aria-hidden="true">${skeleton('11em')}</div>`;

/** The footer's size while the first page loads: the count line, and Load more where the list pages on (Credit Usage). */
export const footSkeleton = (withMore: boolean) =>
  html`<div class="foot foot-pending" aria-hidden="true">
    <p class="hint">${withMore ? html`${skeleton('15em')} ${skeleton('13em')}` : skeleton('20em')}</p>
    ${withMore ? skeleton('7em', '36px') : nothing}
  </div>`;
