/**
 * The payment Details dialog, shared by `<payments-list>` (its rows' Details)
 * and `<usage-table>` (Purchase History rows that carry a `payment_id`): a
 * modal side sheet with the full payment record. A payment the element has
 * already loaded is shown as it is (and follows its updates); any other is
 * read by id (`GET …/payments/{id}`) while the sheet is open.
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Payment } from '../../api/schemas.js';
import { msg } from '../../i18n/localize.js';
import { ResourceController, type ResourceHost } from '../../state/resource-controller.js';
import { payment as paymentResource } from '../../state/resources.js';
import type { Formatter } from '../../ui/formatter.js';
import { errorPanel, skeleton } from '../../ui/states.js';
import { paymentRecord } from './payment-sheet.js';

export interface PaymentDetailsHost extends ReactiveControllerHost, ResourceHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface PaymentDetailsOptions {
  /** The element's formatter (its locale, currency and time zone). */
  fmt: () => Formatter;
  /** A payment the element already holds (shown without a request); undefined: read it by id. */
  known?: (id: string) => Payment | undefined;
}

export class PaymentDetails implements ReactiveController {
  private id?: string;
  private returnFocus?: () => void;
  private reader?: ResourceController<{ id: string }, Payment>;

  constructor(
    private readonly host: PaymentDetailsHost,
    private readonly options: PaymentDetailsOptions,
  ) {
    host.addController(this);
  }

  /** The payment whose sheet is open. */
  get openId(): string | undefined {
    return this.id;
  }

  /** Open the sheet on payment `id`; `returnFocus` runs when it closes (focus goes back to the opener). */
  async open(id: string, returnFocus?: () => void): Promise<void> {
    if (this.id !== id) this.dropReader();
    this.id = id;
    this.returnFocus = returnFocus;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.dialog;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('[data-close-sheet]')?.focus();
  }

  close(): void {
    this.dialog?.close();
  }

  /** Forget the sheet without returning focus (the organisation changed). */
  reset(): void {
    this.returnFocus = undefined;
    this.dialog?.close();
    this.id = undefined;
    this.dropReader();
  }

  /** Before each render: a payment the element does not hold is read by id (also one that left the element's list). */
  hostUpdate(): void {
    const id = this.id;
    if (id && !this.reader && !this.options.known?.(id)) this.reader = new ResourceController(this.host, paymentResource, () => ({ id }));
  }

  hostDisconnected(): void {
    this.dropReader();
  }

  render() {
    const id = this.id;
    return html`<dialog class="sheet" part="sheet" aria-labelledby="sheet-title" @close=${this.closed} @click=${this.backdropClick}>
      ${id
        ? html`<div class="sheet-head">
              <h2 id="sheet-title">${msg('Payment', { id: 'payments-list.sheet.title' })} <code>${id}</code></h2>
              <button type="button" class="btn btn-small" data-close-sheet @click=${() => this.close()}>${msg('Close', { id: 'common.close' })}</button>
            </div>
            ${this.renderBody(id)}`
        : nothing}
    </dialog>`;
  }

  private renderBody(id: string) {
    const known = this.options.known?.(id);
    if (known) return paymentRecord(known, this.options.fmt());
    const state = this.reader?.state;
    if (state?.status === 'error' && state.error)
      return errorPanel(msg('Payment could not be loaded.', { id: 'payments-list.sheet.load-failed' }), state.error, () => void this.reader?.retry(), true);
    if (state?.data) return paymentRecord(state.data, this.options.fmt());
    return html`<div class="record-loading" aria-busy="true">
      ${[1, 2, 3, 4, 5, 6].map(() => html`<div class="record-item">${skeleton('6em')}${skeleton('9em')}</div>`)}
      <span class="visually-hidden" role="status">${msg('Loading the payment…', { id: 'payments-list.sheet.loading' })}</span>
    </div>`;
  }

  private get dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog.sheet');
  }

  private dropReader(): void {
    if (!this.reader) return;
    this.host.removeController(this.reader);
    this.reader.hostDisconnected();
    this.reader = undefined;
  }

  private readonly closed = (): void => {
    const back = this.returnFocus;
    this.id = this.returnFocus = undefined;
    this.dropReader();
    this.host.requestUpdate();
    back?.();
  };

  /** A click on the backdrop (outside the sheet's box) closes it. */
  private readonly backdropClick = (e: MouseEvent): void => {
    const dialog = e.currentTarget as HTMLDialogElement;
    if (e.target !== dialog) return;
    const box = dialog.getBoundingClientRect();
    const inside = e.clientX >= box.left && e.clientX <= box.right && e.clientY >= box.top && e.clientY <= box.bottom;
    if (!inside) dialog.close();
  };
}

/** The sheet's own look (the `dialog.sheet` frame itself is shared). */
export const paymentDetailsStyles = css`
  .sheet-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_spacing);
    margin-bottom: calc(var(--_spacing) * 2);
  }
  .sheet-head h2 {
    margin: 0;
  }
  .record {
    margin: 0;
    display: grid;
  }
  .record-item {
    display: grid;
    grid-template-columns: 10em 1fr;
    gap: var(--_spacing);
    padding: 8px 0;
    border-bottom: 1px solid var(--_color-border);
  }
  .record dt {
    color: var(--_color-text-muted);
  }
  .record dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .sheet code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
  }
`;
