import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import type { Payment } from '../../api/schemas.js';
import type { ApiError } from '../../api/errors.js';
import { CreditsElement } from '../../base/credits-element.js';
import { formStyles } from '../../styles/forms.js';
import { badge, errorAlert, renderResource, skeleton } from '../../ui/states.js';
import { msg, str } from '../../i18n/localize.js';
import { creditsContext } from '../../state/context.js';
import { ListController } from '../../state/resource-controller.js';
import { loadMoreFooter } from '../../ui/list-footer.js';
import { payments } from '../../state/resources.js';
import { downloadInvoice, generateInvoice, recheckPayment, refreshPayment } from '../../state/actions.js';
import { InvoicePoller } from './invoice-poller.js';
import { actionLabel, actionsFor, gatewayLabel, isInvoiceGenerating, statusLabel, statusTone, type PaymentAction } from './payment-rules.js';
import { PaymentDetails, paymentDetailsStyles } from './payment-details.js';
import { saveFile } from '../../ui/save-file.js';
import { narrowStyles, styles } from './payments-list.styles.js';

interface Notice {
  text: string;
  error?: ApiError | Error;
}

/**
 * The organisation's payments with their status and invoice actions, exactly
 * by the Credits guide: **Details** always (a modal side sheet with the full
 * record), **Recheck** on pending and abandoned payments, and on completed
 * ones **Invoice** (PDF download through the API client), **Configure
 * Billing**, **Generate Invoice** or **Retry Invoice** by invoice state. Rows
 * whose invoice is generating say so and poll with backoff until it settles.
 *
 * **Configure Billing** emits `credits-navigate {target:'billing'}`. When no
 * listener cancels it and the provider has no `routes.billing` href, the list
 * opens a `<billing-details-form>` inline above the table instead; after saving
 * there, the waiting payments offer **Generate Invoice**.
 *
 * @summary Payment history with recheck, invoice download and generation.
 * @tagname payments-list
 * @fires {CustomEvent<NavigateDetail>} credits-navigate - **Configure Billing** (`target: 'billing'`) and the empty state's **Purchase Credits** (`target: 'purchase'`). Cancelable.
 * @csspart card - The surrounding card.
 * @csspart table - The payments table.
 * @csspart sheet - The details side sheet (`<dialog>`).
 * @csspart record - The payment record inside the sheet.
 * @csspart notice - The line announcing results (recheck, invoice ready, download).
 */
export class PaymentsList extends CreditsElement {
  static override styles = [...CreditsElement.styles, formStyles, styles, paymentDetailsStyles, narrowStyles];

  private readonly payments = new ListController(this, payments);
  /** Shares this element's context with the inline billing form (also when used without a provider). */
  private readonly childContext = new ContextProvider(this, { context: creditsContext });
  private readonly poller = new InvoicePoller(this, {
    generating: () => this.items.filter(isInvoiceGenerating).map((p) => p.id),
    refresh: async (id, signal) => {
      const store = this.credits?.store;
      return store ? isInvoiceGenerating(await refreshPayment(store, id, signal)) : true;
    },
    settled: (id) => this.invoiceSettled(id),
  });

  /** The Details sheet (shared with Purchase History); a listed payment shows as listed, following its updates. */
  private readonly details = new PaymentDetails(this, { fmt: () => this.fmt, known: (id) => this.items.find((p) => p.id === id) });
  /** Payments with an action under way (one at a time per row). */
  @state() private busy: ReadonlyMap<string, PaymentAction> = new Map();
  @state() private notice?: Notice;
  @state() private billingFormOpen = false;
  /** The row that opened the inline billing form: focus returns there. */
  private billingOpener?: string;

  private get items(): Payment[] {
    return this.payments.state.data?.items ?? [];
  }

  /** Payments whose invoice is being polled right now. */
  get pollingPayments(): string[] {
    return this.poller.active;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.childContext.value !== this.credits) this.childContext.setValue(this.credits);
  }

  protected override organisationChanged(): void {
    this.details.reset();
    this.busy = new Map();
    this.notice = undefined;
    this.billingFormOpen = false;
    this.billingOpener = undefined;
  }

  protected override render() {
    const state = this.payments.state;
    return html`<section class="card" part="card" aria-labelledby="title">
        <div class="head">
          <h2 id="title">${msg('Payment transactions', { id: 'payments-list.title' })}</h2>
          ${state.refreshing ? html`<span class="muted small">${msg('Updating…', { id: 'payments-list.updating' })}</span>` : nothing}
        </div>
        ${this.billingFormOpen ? this.renderInlineBilling() : nothing}
        <p class="notice" role="status" part="notice">${this.notice && !this.notice.error ? this.notice.text : nothing}</p>
        ${this.notice?.error
          ? errorAlert(this.notice.text, this.notice.error, {
              action: { label: msg('Dismiss', { id: 'payments-list.dismiss' }), run: () => (this.notice = undefined) },
              className: 'notice-error',
            })
          : nothing}
        ${renderResource(this.payments, {
          failed: msg('Payments could not be loaded.', { id: 'payments-list.load-failed' }),
          loading: () => this.renderTable(undefined),
          empty: () => this.renderEmpty(),
          data: (data) =>
            html`${this.renderTable(data.items)}${loadMoreFooter(this.payments.state, {
              failed: msg('More payments could not be loaded.', { id: 'payments-list.more-failed' }),
              locale: this.fmt.locale,
              onLoadMore: () => this.payments.loadMore(),
            })}`,
        })}
      </section>
      ${this.details.render()}`;
  }

  private renderEmpty() {
    return html`<div class="empty">
      <p><strong>${msg('No payments yet', { id: 'payments-list.empty' })}</strong></p>
      <p class="hint">${msg('Payments for credits and subscriptions appear here, with their invoices.', { id: 'payments-list.empty-hint' })}</p>
      <button type="button" class="btn btn-primary" @click=${() => this.navigate('purchase')}>
        ${msg('Purchase Credits', { id: 'payments-list.purchase' })}
      </button>
    </div>`;
  }

  private renderTable(items: Payment[] | undefined) {
    const loading = items === undefined;
    return html`<div class="table-wrap">
      <table class="data" part="table" aria-busy=${loading ? 'true' : 'false'}>
        <caption class="visually-hidden">${msg('Payments', { id: 'payments-list.what' })}</caption>
        <thead>
          <tr>
            <th scope="col">${msg('Payment ID', { id: 'payments-list.col.id' })}</th>
            <th scope="col">${msg('Status', { id: 'payments-list.col.status' })}</th>
            <th scope="col">${msg('Gateway', { id: 'payments-list.col.gateway' })}</th>
            <th scope="col" class="num">${msg('Amount', { id: 'payments-list.col.amount' })}</th>
            <th scope="col">${msg('Date', { id: 'payments-list.col.date' })}</th>
            <th scope="col">${msg('Actions', { id: 'payments-list.col.actions' })}</th>
          </tr>
        </thead>
        <tbody>
          ${loading
            ? [1, 2, 3, 4].map(
                () => html`<tr>
                  ${['7em', '6em', '5em', '6em', '6em', '10em'].map((w) => html`<td>${skeleton(w, '1.2em')}</td>`)}
                </tr>`,
              )
            : items.map((p, i) => this.renderRow(p, i))}
        </tbody>
      </table>
    </div>`;
  }

  private renderRow(p: Payment, index: number) {
    const busy = this.busy.get(p.id);
    return html`<tr data-payment=${p.id}>
      <th scope="row" id=${`row-${index}`}><code>${p.id}</code></th>
      <td data-label=${msg('Status', { id: 'payments-list.col.status' })}>${badge(statusLabel(p.status), statusTone(p.status))}</td>
      <td data-label=${msg('Gateway', { id: 'payments-list.col.gateway' })}>${gatewayLabel(p.gateway)}</td>
      <td class="num" data-label=${msg('Amount', { id: 'payments-list.col.amount' })}>${this.fmt.money(p.amount, p.currency)}</td>
      <td data-label=${msg('Date', { id: 'payments-list.col.date' })}>${this.fmt.date(p.created_at)}</td>
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
              @click=${(e: Event) => this.act(action, p, e.currentTarget as HTMLButtonElement)}
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

  private renderInlineBilling() {
    return html`<div class="inline-billing">
      <div class="inline-head">
        <p class="hint">
          ${msg('An invoice is waiting for billing details. After saving them, use Generate Invoice on the payment.', { id: 'payments-list.billing-hint' })}
        </p>
        <button type="button" class="btn btn-small" data-close-billing @click=${() => void this.closeBillingForm()}>
          ${msg('Close billing details', { id: 'payments-list.billing-close' })}
        </button>
      </div>
      <billing-details-form></billing-details-form>
    </div>`;
  }

  private act(action: PaymentAction, payment: Payment, button: HTMLButtonElement): void {
    // A busy row's actions stay focusable (aria-disabled, never `disabled`: focus would fall to <body>) and ignore clicks.
    if (action !== 'details' && this.busy.has(payment.id)) return;
    if (action === 'details') void this.details.open(payment.id, () => this.rowButton(payment.id, 'details')?.focus());
    else if (action === 'configure-billing') void this.configureBilling(payment.id);
    else void this.run(action, payment, button);
  }

  private rowButton(id: string, ...actions: PaymentAction[]): HTMLButtonElement | undefined {
    const row = [...this.renderRoot.querySelectorAll<HTMLTableRowElement>('tr[data-payment]')].find((r) => r.dataset.payment === id);
    for (const action of actions) {
      const found = row?.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`);
      if (found) return found;
    }
    return undefined;
  }

  private async configureBilling(id: string): Promise<void> {
    const proceed = this.navigate('billing');
    if (!proceed || this.credits?.routes.billing) return;
    this.billingOpener = id;
    this.billingFormOpen = true;
    await this.updateComplete;
    const form = this.renderRoot.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>('billing-details-form');
    await form?.updateComplete;
    form?.focus();
  }

  private async closeBillingForm(): Promise<void> {
    this.billingFormOpen = false;
    await this.updateComplete;
    if (this.billingOpener) this.rowButton(this.billingOpener, 'configure-billing', 'generate-invoice', 'invoice', 'details')?.focus();
  }

  /** Recheck, download or (re)generate: one at a time per row, the row updated in place. */
  private async run(action: PaymentAction, payment: Payment, button: HTMLButtonElement): Promise<void> {
    const store = this.credits?.store;
    if (!store || this.busy.has(payment.id)) return;
    const hadFocus = this.renderRoot.contains(button) && (this.renderRoot as ShadowRoot).activeElement === button;
    const organisation = store.organisation;
    this.setBusy(payment.id, action);
    try {
      if (action === 'recheck') {
        const updated = await recheckPayment(store, payment.id);
        this.notice = { text: this.recheckResult(updated) };
      } else if (action === 'invoice') {
        const file = await downloadInvoice(store, payment.id);
        saveFile(file.blob, file.filename, this.renderRoot);
        this.notice = { text: msg(str`Downloaded ${file.filename}.`, { id: 'payments-list.downloaded' }) };
      } else {
        await generateInvoice(store, payment.id);
        this.notice = { text: msg(str`Generating the invoice for payment ${payment.id}…`, { id: 'payments-list.generate-started' }) };
      }
    } catch (error) {
      if (store.organisation === organisation) this.notice = { text: this.failureText(action), error: error as Error };
    } finally {
      this.setBusy(payment.id, undefined);
    }
    await this.updateComplete;
    // The action may be gone from the row now (Recheck on a completed payment): focus its successor, or Details.
    const root = this.renderRoot as ShadowRoot;
    if (hadFocus && !root.activeElement) this.rowButton(payment.id, action, 'details')?.focus();
  }

  private setBusy(id: string, action: PaymentAction | undefined): void {
    const next = new Map(this.busy);
    if (action) next.set(id, action);
    else next.delete(id);
    this.busy = next;
  }

  private recheckResult(p: Payment): string {
    if (p.status === 'completed') return msg(str`Payment ${p.id} is completed. The balance and purchase history are updated.`, { id: 'payments-list.recheck-completed' });
    if (p.status === 'pending')
      return msg(str`Payment ${p.id} is still pending. Check again in a moment; if it stays pending, contact 9Pic support with the payment ID.`, {
        id: 'payments-list.recheck-pending',
      });
    if (p.status === 'failed') return msg(str`Payment ${p.id} failed.`, { id: 'payments-list.recheck-status-failed' });
    if (p.status === 'abandoned') return msg(str`Payment ${p.id} was abandoned.`, { id: 'payments-list.recheck-status-abandoned' });
    return msg(str`Payment ${p.id} now has the status “${p.status}”.`, { id: 'payments-list.recheck-status-other' });
  }

  private failureText(action: PaymentAction): string {
    if (action === 'recheck') return msg('The payment could not be rechecked.', { id: 'payments-list.recheck-failed' });
    if (action === 'invoice') return msg('The invoice could not be downloaded.', { id: 'payments-list.download-failed' });
    return msg('The invoice could not be generated.', { id: 'payments-list.generate-failed' });
  }

  private invoiceSettled(id: string): void {
    const p = this.items.find((item) => item.id === id);
    if (p?.invoice.status === 'ready')
      this.notice = { text: msg(str`The invoice for payment ${id} is ready.`, { id: 'payments-list.invoice-ready' }) };
    else if (p?.invoice.status === 'failed')
      this.notice = { text: msg(str`The invoice for payment ${id} could not be generated. Use Retry Invoice.`, { id: 'payments-list.invoice-failed' }) };
  }
}
