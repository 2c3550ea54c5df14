import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import type { Payment } from '../../api/schemas.js';
import { CreditsElement } from '../../base/credits-element.js';
import { formStyles } from '../../styles/forms.js';
import { renderResource } from '../../ui/states.js';
import { msg } from '../../i18n/localize.js';
import { creditsContext } from '../../state/context.js';
import { ListController } from '../../state/list-controller.js';
import { loadMoreFooter } from '../../ui/list-footer.js';
import { payments } from '../../state/resources.js';
import { refreshPayment } from '../../state/actions.js';
import { RovingTable } from '../../ui/roving-table.js';
import { csvBlob, safeFileName } from '../../ui/csv.js';
import { saveFile } from '../../ui/save-file.js';
import { InvoicePoller } from './invoice-poller.js';
import { isInvoiceGenerating, type PaymentAction } from './payment-rules.js';
import { PaymentActions } from './payment-actions.js';
import { PaymentDetails, paymentDetailsStyles } from './payment-details.js';
import { PaymentFiltersController, paymentFilterStyles } from './payment-filters.js';
import { filterBoxStyles } from '../../ui/filter-box.js';
import { dateFieldStyles } from '../../ui/date-field.js';
import { paymentsCsv, paymentsTable } from './payment-rows.js';
import { narrowStyles, styles } from './payments-list.styles.js';
import { CopyController } from '../../ui/copy.js';
import { heading } from '../../ui/heading.js';

/**
 * The organisation's payments with their status and invoice actions, exactly
 * by the Credits guide: **Details** always (a modal side sheet with the full
 * record), **Recheck** on pending and abandoned payments, and on completed
 * ones **Invoice** (PDF download through the API client), **Configure
 * Billing**, **Generate Invoice** or **Retry Invoice** by invoice state. Rows
 * whose invoice is generating say so and poll with backoff until it settles.
 *
 * For a finance team: each row says what was bought ("5,000 credits", "Pro
 * Subscription", a custom payment's remark) and its invoice number; the list
 * filters by status and date range on the server (contract 1.1: `status`,
 * `from`, `to`; sent after a short pause, an older filter's answer never shown);
 * **Export CSV** saves the loaded payments (`exportCsv()`, `toCsv()`).
 * The rows' buttons are one Tab stop: arrow keys move between them.
 *
 * **Configure Billing** emits `credits-navigate {target:'billing'}`. When no
 * listener cancels it and the provider has no `routes.billing` href, the list
 * opens a `<billing-details-form>` inline above the table instead; after saving
 * there, the waiting payments offer **Generate Invoice**.
 *
 * @summary Payment history with description, invoice number, filters, CSV export, recheck, invoice download and generation.
 * @tagname payments-list
 * @fires {CustomEvent<NavigateDetail>} credits-navigate - **Configure Billing** (`target: 'billing'`) and the empty state's **Purchase Credits** (`target: 'purchase'`). Cancelable.
 * @csspart card - The surrounding card.
 * @csspart filters - The filter bar (status, from, to).
 * @csspart export - The "Export CSV" button.
 * @csspart table - The payments table.
 * @csspart copy - The Copy button beside each payment ID (the clipboard; "Copied" in a polite live region).
 * @csspart sheet - The details side sheet (`<dialog>`).
 * @csspart record - The payment record inside the sheet.
 * @csspart notice - The line announcing results (recheck, invoice ready, download).
 */
export class PaymentsList extends CreditsElement {
  static override styles = [...CreditsElement.styles, formStyles, dateFieldStyles, filterBoxStyles, styles, paymentFilterStyles, paymentDetailsStyles, narrowStyles];

  private readonly filters = new PaymentFiltersController(this, () => this.fmt.locale);
  private readonly payments = new ListController(this, payments, () => this.filters.params);
  /** Shares this element's context with the inline billing form (also when used without a provider). */
  private readonly childContext = new ContextProvider(this, { context: creditsContext });
  /** The rows' buttons: one Tab stop, arrow keys within (#22 keyboard budgets). */
  protected readonly rowKeys = new RovingTable(this, 'table.data tbody');
  private readonly actions = new PaymentActions(this, (id, ...actions) => this.rowButton(id, ...actions));
  private readonly poller = new InvoicePoller(this, {
    generating: () => this.items.filter(isInvoiceGenerating).map((p) => p.id),
    refresh: async (id, signal) => {
      const store = this.credits?.store;
      return store ? isInvoiceGenerating(await refreshPayment(store, id, signal)) : true;
    },
    settled: (id) => this.actions.invoiceSettled(this.items.find((p) => p.id === id)),
  });
  /** The Details sheet (shared with Purchase History); a listed payment shows as listed, following its updates. */
  /** Copy of each payment ID (support asks for it), with its live region. */
  private readonly copy = new CopyController(this);
  private readonly details = new PaymentDetails(this, { fmt: () => this.fmt, known: (id) => this.items.find((p) => p.id === id) });

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

  /** The loaded payments (with the filters applied) as CSV: RFC 4180, formula-like text neutralised. */
  toCsv(): string {
    return paymentsCsv(this.items, this.fmt);
  }

  /** Download the loaded payments as a CSV file named after the organisation and the filters. */
  exportCsv(): void {
    const name = ['payments', this.credits?.organisation ?? '', ...this.filters.nameParts].filter(Boolean).join('-');
    saveFile(csvBlob(this.toCsv()), safeFileName(name), this.renderRoot);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.childContext.value !== this.credits) this.childContext.setValue(this.credits);
  }

  protected override organisationChanged(): void {
    this.details.reset();
    this.actions.reset();
    this.filters.reset();
    this.billingFormOpen = false;
    this.billingOpener = undefined;
  }

  protected override render() {
    const state = this.payments.state;
    // Nothing to filter in an organisation without payments, nor in a list that failed to load (#17.20); a
    // filter once set stays in view whatever it finds, so it can be cleared.
    const failed = state.status === 'error' && state.error !== undefined;
    const showFilters = this.filters.filtered || (!failed && !this.payments.isEmpty);
    const rows = { fmt: this.fmt, busyWith: (id: string) => this.actions.busyWith(id), onAction: this.act, copy: this.copy };
    return html`<section class="card" part="card">
        <div class="head">
          ${heading(this.titleLevel, msg('Payment transactions', { id: 'payments-list.title' }), { id: 'title', class: 'title' })}
          ${state.refreshing ? html`<span class="muted small">${msg('Updating…', { id: 'payments-list.updating' })}</span>` : nothing}
          ${showFilters
            ? html`<button type="button" class="btn btn-small export" part="export" ?disabled=${this.items.length === 0} @click=${() => this.exportCsv()}>
                ${msg('Export CSV', { id: 'payments-list.export' })}
              </button>`
            : nothing}
        </div>
        ${this.billingFormOpen ? this.renderInlineBilling() : nothing}
        ${this.actions.render()}
        ${showFilters ? this.filters.render() : nothing}
        ${renderResource(this.payments, {
          failed: msg('Payments could not be loaded.', { id: 'payments-list.load-failed' }),
          loading: () => paymentsTable(undefined, rows),
          empty: () => (this.filters.filtered ? this.renderNoMatch() : this.renderEmpty()),
          data: (data) =>
            html`${paymentsTable(data.items, rows)}${loadMoreFooter(this.payments.state, {
              failed: msg('More payments could not be loaded.', { id: 'payments-list.more-failed' }),
              locale: this.fmt.locale,
              onLoadMore: () => this.payments.loadMore(),
            })}`,
        })}
        ${this.copy.status()}
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

  private renderNoMatch() {
    return html`<div class="empty">
      <p><strong>${msg('No payments match these filters.', { id: 'payments-list.empty.filtered' })}</strong></p>
      <button type="button" class="btn" @click=${() => this.filters.clear()}>${msg('Clear filters', { id: 'payments-list.filter.clear' })}</button>
    </div>`;
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

  private readonly act = (action: PaymentAction, payment: Payment, button: HTMLButtonElement): void => {
    // A busy row's actions stay focusable (aria-disabled, never `disabled`: focus would fall to <body>) and ignore clicks.
    if (action !== 'details' && this.actions.busyWith(payment.id) !== undefined) return;
    if (action === 'details') void this.details.open(payment.id, () => this.rowButton(payment.id, 'details')?.focus());
    else if (action === 'configure-billing') void this.configureBilling(payment.id);
    else void this.actions.run(action, payment, button);
  };

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
}
