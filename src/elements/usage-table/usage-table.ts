import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CreditsElement } from '../../base/credits-element.js';
import { formStyles } from '../../styles/forms.js';
import { DateRangeFields, dateFieldStyles } from '../../ui/date-field.js';
import { errorPanel } from '../../ui/states.js';
import { safeHref } from '../../ui/safe-url.js';
import type { Transaction } from '../../api/schemas.js';
import { msg } from '../../i18n/localize.js';
import { ListController } from '../../state/list-controller.js';
import { transactions, type TransactionFilter } from '../../state/resources.js';
import type { ListData } from '../../state/store.js';
import { listNotice } from '../../ui/list-notice.js';
import { loadMoreFooter } from '../../ui/list-footer.js';
import { csvBlob, safeFileName, toCsv, type CsvCell } from '../../ui/csv.js';
import { saveFile } from '../../ui/save-file.js';
import { filtersBar, isFiltered, NO_FILTERS, rememberEvents, validRange, type EventOption, type Filters } from './filters.js';
import { typeBadge, userLabel } from './labels.js';
import { columnHeaders, dataRow, footSkeleton, headerRow, skeletonRows, totalsPanel, totalsSkeleton, type RowContext } from './rows.js';
import { eventTotals, type EventTotals } from './totals.js';
import { styles } from './usage-table.styles.js';
import { RowKeys } from './row-keys.js';
import { CopyController } from '../../ui/copy.js';
import { BodyScroll } from './body-scroll.js';
import { countText, emptyText } from './count-text.js';
import { PaymentDetails, paymentDetailsStyles } from '../payments-list/payment-details.js';
import { heading } from '../../ui/heading.js';
import { collapsibleFilters, filterBoxStyles } from '../../ui/filter-box.js';

export type UsageDirection = 'usage' | 'addition';

/** Rows per API page: up to this many render as plain rows; beyond it the body is virtualised. */
export const PAGE_SIZE = 100;

type VirtualizeModule = typeof import('@lit-labs/virtualizer/virtualize.js');
let virtualizer: VirtualizeModule | undefined;
let virtualizerLoading: Promise<VirtualizeModule> | undefined;
/** The virtualizer is its own chunk, fetched the first time any table outgrows one page. */
const loadVirtualizer = () =>
  (virtualizerLoading ??= import('@lit-labs/virtualizer/virtualize.js').then((m) => (virtualizer = m)));

/** Rows from a server with the running balance (contract 1.1) get a Balance column; without it, no empty column. */
const hasRunningBalance = (items: readonly Transaction[]): boolean => items.some((t) => t.balance_after !== undefined && t.balance_after !== null);

/**
 * The credit transactions of the organisation, one direction at a time: **Credit
 * Usage** (spending, negative deltas) or **Purchase History** (purchases, free
 * credits, admin grants, refunds). Pages through the API with "Load more" (and
 * on scroll), filters by event and date range on the server, totals credits per
 * event over what is loaded, and exports the loaded rows as CSV. With more than
 * one page loaded the body is virtualised: the DOM holds only the rows in view,
 * whatever is loaded. Purchase History refreshes itself after a purchase or grant, keeping the
 * rows already loaded. A purchase made through a payment offers **Details**: the
 * payment's record (status, amounts, tax, gateway reference, invoice number) in the
 * same side sheet as `<payments-list>`. The rows are one Tab stop: arrow keys move
 * between rows (Home / End to the ends, ArrowRight into a row's links, Enter follows
 * its event), and moving focus never loads more rows.
 *
 * @summary Credit Usage or Purchase History table with paging, filters, per-event totals and CSV export.
 * @tagname usage-table
 * @fires {CustomEvent<NavigateDetail>} credits-navigate - An event name was activated: `detail: { target: 'event', eventId, href? }`. Cancelable; when not cancelled and `routes.event` is set, the page follows it.
 * @csspart table - The table (ARIA table pattern).
 * @csspart header-row - The column header row.
 * @csspart row - A data row.
 * @csspart filters - The filter bar.
 * @csspart totals - The per-event totals (a disclosure).
 * @csspart load-more - The "Load more" button.
 * @csspart export - The "Export CSV" button.
 * @csspart copy - Purchase History: the Copy button beside each payment ID.
 * @csspart sheet - Purchase History: the payment Details side sheet (`<dialog>`), opened from a purchase's **Details**.
 * @csspart record - The payment record inside the sheet.
 * @cssprop --credits-table-height - Height of the scrolling body (default 28rem).
 */

export class UsageTable extends CreditsElement {
  static override styles = [...CreditsElement.styles, formStyles, dateFieldStyles, filterBoxStyles, styles, paymentDetailsStyles];

  /** Which history to show: `usage` (Credit Usage) or `addition` (Purchase History). */
  @property() direction: UsageDirection = 'usage';

  /** The filters being edited (inputs show these). */
  @state() private draft: Filters = NO_FILTERS;
  /** The filters sent to the API. */
  @state() private applied: Filters = NO_FILTERS;
  @state() private virtualReady = virtualizer !== undefined;
  /** Narrow widths: the filter bar is open (behind its "Filters" button). */
  @state() private filtersOpen = false;

  private readonly list = new ListController(this, transactions, () => this.params());
  /** The Details sheet of the payment behind a purchase (the same dialog as `<payments-list>`). */
  private readonly paymentDetails = new PaymentDetails(this, { fmt: () => this.fmt });
  /** The body's height (whole rows, up to --credits-table-height), fade edges, and the rows in view (#17.16). */
  private readonly bodyScroll = new BodyScroll(this, () => this.renderRoot.querySelector<HTMLElement>('.tbody:not(.virtual), .skeleton-rows'));
  /** Purchase History: Copy of each payment ID, with its live region. */
  private readonly copy = new CopyController(this);
  /** One Tab stop for the body, arrow keys between rows (#22.2). */
  private readonly rowKeys = new RowKeys();
  /** The From and To fields, in the provider's locale. */
  private readonly dates = new DateRangeFields(this);
  private readonly seenEvents = new Map<string, string>();
  private eventOptions: EventOption[] = [];
  private totalsFor?: { items: Transaction[]; totals: EventTotals };
  private optionsFor?: Transaction[];

  private get usage(): boolean {
    return this.direction !== 'addition';
  }

  private params(): TransactionFilter {
    const { eventId, from, to } = this.applied;
    return { direction: this.usage ? 'usage' : 'addition', event_id: eventId || undefined, from: from || undefined, to: to || undefined };
  }

  /** Fetch the next page (what "Load more" does); resolves when it is in. */
  loadMore(): Promise<void> {
    return this.list.loadMore();
  }

  /** The loaded rows as CSV (RFC 4180, formula cells neutralised). */
  toCsv(): string {
    const items = this.list.state.data?.items ?? [];
    // The table's columns in its order; dates as ISO 8601 instants, credits as plain integers.
    const balance = hasRunningBalance(items);
    // A type this version has no name for keeps its raw API value.
    const rows = items.map((t): CsvCell[] => [
      typeBadge(t).raw ?? typeBadge(t).label,
      t.delta,
      ...(balance ? [t.balance_after ?? null] : []),
      ...(this.usage ? [t.event?.name, t.event?.id] : [t.payment_id]),
      userLabel(t.user_email),
      t.created_at,
    ]);
    return toCsv([columnHeaders(balance, !this.usage), ...rows]);
  }

  /** Download the loaded rows as a CSV file. */
  exportCsv(): void {
    const { eventId, from, to } = this.applied;
    const parts = [this.usage ? 'credit-usage' : 'purchase-history', this.credits?.organisation ?? '', eventId, from && `from-${from}`, to && `to-${to}`];
    saveFile(csvBlob(this.toCsv()), safeFileName(parts.filter(Boolean).join('-')), this.renderRoot);
  }

  protected override organisationChanged(): void {
    this.paymentDetails.reset();
    this.draft = this.applied = NO_FILTERS;
    this.dates.clear();
    this.filtersOpen = false;
    this.seenEvents.clear();
    this.eventOptions = [];
    this.optionsFor = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const data = this.list.state.data;
    if (data && !this.virtualReady && data.items.length > PAGE_SIZE) {
      void loadVirtualizer().then(() => (this.virtualReady = true));
    }
    if (data && data.items !== this.optionsFor && !this.applied.eventId) {
      this.optionsFor = data.items;
      this.eventOptions = rememberEvents(this.seenEvents, data.items);
    }
  }

  private get rowContext(): RowContext {
    return { fmt: this.fmt, eventHref: this.eventHref, onEvent: this.onEvent, ...(this.usage ? {} : { onPayment: this.onPayment, copy: this.copy }) };
  }

  private readonly onPayment = (_event: MouseEvent, paymentId: string) => {
    // Focus goes back to the row's button (found again: a virtualised row may have been reused).
    const opener = () => [...this.renderRoot.querySelectorAll<HTMLElement>('button[data-payment]')].find((b) => b.dataset.payment === paymentId)?.focus();
    void this.paymentDetails.open(paymentId, opener);
  };

  private readonly eventHref = (eventId: string) => safeHref(this.credits?.routes.event?.replace('{eventId}', encodeURIComponent(eventId)));

  private readonly onEvent = (event: MouseEvent, eventId: string) => {
    // Modified clicks on a real link open a new tab as usual.
    if (event.currentTarget instanceof HTMLAnchorElement && (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0)) return;
    event.preventDefault();
    this.navigate('event', eventId);
  };

  private setFilters = (patch: Partial<Filters>): void => {
    const next = { ...this.draft, ...patch };
    this.draft = next;
    if (validRange(next.from, next.to)) this.applied = next;
  };

  private totals(items: Transaction[]): EventTotals {
    if (this.totalsFor?.items !== items) this.totalsFor = { items, totals: eventTotals(items) };
    return this.totalsFor.totals;
  }

  protected override render() {
    const title = this.usage ? msg('Credit Usage', { id: 'usage-table.title.usage' }) : msg('Purchase History', { id: 'usage-table.title.addition' });
    const state = this.list.state;
    const data = state.data;
    const items = data?.items ?? [];
    return html`<section class="card">
      <div class="head">
        ${heading(this.titleLevel, title, { id: 'title', class: 'title' })}
        ${state.refreshing ? html`<span class="hint" role="status">${msg('Updating…', { id: 'usage-table.updating' })}</span>` : nothing}
        <button type="button" class="btn btn-small" part="export" ?disabled=${items.length === 0} @click=${() => this.exportCsv()}>
          ${msg('Export CSV', { id: 'usage-table.export' })}
        </button>
      </div>
      ${this.renderFilters()}
      ${state.status === 'error' && state.error
        ? errorPanel(
            this.usage
              ? msg('Credit Usage could not be loaded.', { id: 'usage-table.load-failed.usage' })
              : msg('Purchase History could not be loaded.', { id: 'usage-table.load-failed.addition' }),
            state.error,
            () => void this.list.retry(),
          )
        : data === undefined
          ? html`${this.usage ? totalsSkeleton() : nothing}${this.renderTable(undefined)}${footSkeleton(this.usage)}`
          : items.length === 0
            ? html`<p class="empty">${emptyText(this.usage, isFiltered(this.applied))}</p>${listNotice(data, this.fmt.locale)}`
            : html`${totalsPanel(this.totals(items), this.rowContext, { usage: this.usage, complete: !data.nextCursor && !data.incomplete, filtered: isFiltered(this.applied) })}
              ${this.renderTable(data)} ${this.renderFooter(data)}`}
      ${this.usage ? nothing : this.copy.status()}
    </section>
    ${this.usage ? nothing : this.paymentDetails.render()}`;
  }

  /** Nothing to filter (no rows and no filter set, or the list failed): no filter bar (#17.20). */
  private renderFilters() {
    const state = this.list.state;
    const filtered = isFiltered(this.draft) || isFiltered(this.applied);
    if (!filtered && (state.status === 'error' || (state.data && state.data.items.length === 0))) return nothing;
    const applied = [this.applied.eventId, this.applied.from, this.applied.to].filter(Boolean).length;
    const bar = filtersBar(this.draft, this.eventOptions, this.setFilters, !validRange(this.draft.from, this.draft.to), this.dates, this.fmt.locale, this.usage);
    return collapsibleFilters(this.filtersOpen, applied, () => (this.filtersOpen = !this.filtersOpen), bar);
  }

  private renderTable(data: ListData<Transaction> | undefined) {
    const items = data?.items ?? [];
    const virtual = this.virtualReady && items.length > PAGE_SIZE && virtualizer;
    const rowCount = data && !data.nextCursor ? items.length + 1 : -1;
    // The skeleton has the running balance's column: servers of contract 1.1 send it.
    const balance = data ? hasRunningBalance(items) : true;
    const ctx = { ...this.rowContext, balance };
    const k = this.rowKeys;
    // The body is a Tab stop: it is named, so focus on it says what it holds (#22.9).
    const bodyName = this.usage ? msg('Credit Usage entries', { id: 'usage-table.body.usage' }) : msg('Purchase History entries', { id: 'usage-table.body.addition' });
    // The loading skeleton does not scroll sideways: a scrolling region needs focusable content.
    return html`<div class=${data ? 'scroll-x' : 'clip-x'}>
      <div role="table" class="table" part="table" ?data-balance=${balance} ?data-additions=${!this.usage} aria-labelledby="title" aria-rowcount=${rowCount} aria-busy=${data ? 'false' : 'true'}>
        <div role="rowgroup" class="thead">${headerRow(balance, !this.usage)}</div>
        <div class="body-wrap">
        ${data === undefined
          ? skeletonRows(!this.usage)
          : virtual
            ? html`<div role="rowgroup" class="tbody virtual" tabindex="0" aria-label=${bodyName} data-rows=${items.length}
                @keydown=${k.onKeyDown} @focusin=${k.onFocusIn} @focusout=${k.onFocusOut} @visibilityChanged=${this.onVisibility}>
                ${virtual.virtualize({ items, keyFunction: (t: Transaction) => t.id, renderItem: (t: Transaction, i: number) => dataRow(t, i, ctx), scroller: true })}
              </div>`
            : // Until the virtualizer has arrived, a long list shows its first page only: the DOM never holds thousands of rows.
              html`<div role="rowgroup" class="tbody" tabindex="0" aria-label=${bodyName} data-rows=${Math.min(items.length, PAGE_SIZE)}
                @keydown=${k.onKeyDown} @focusin=${k.onFocusIn} @focusout=${k.onFocusOut}>
                ${items.slice(0, PAGE_SIZE).map((t, i) => dataRow(t, i, ctx))}
              </div>`}
        </div>
      </div>
    </div>
    ${data === undefined ? html`<span class="visually-hidden" role="status">${this.usage
          ? msg('Loading Credit Usage…', { id: 'usage-table.loading.usage' })
          : msg('Loading Purchase History…', { id: 'usage-table.loading.addition' })}</span>` : nothing}`;
  }

  /** Infinite scroll: near the end of what is loaded, fetch the next page. */
  private onVisibility = (e: Event & { last?: number }) => {
    this.rowKeys.restoreStop(e.currentTarget as HTMLElement);
    // Scrolling that a key move caused (focus went to a row) never loads more rows.
    if (this.rowKeys.movedByKeys()) return;
    const data = this.list.state.data;
    if (data?.nextCursor && !this.list.state.loadingMore && !this.list.state.loadMoreError && (e.last ?? 0) >= data.items.length - 10) {
      void this.list.loadMore();
    }
  };

  private renderFooter(data: ListData<Transaction>) {
    return loadMoreFooter(this.list.state, {
      status: countText(data, this.bodyScroll.inView, this.fmt),
      failed: msg('More entries could not be loaded.', { id: 'usage-table.more-failed' }),
      locale: this.fmt.locale,
      onLoadMore: () => this.list.loadMore(),
    });
  }
}
