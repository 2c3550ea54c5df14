import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { OrganisationSummary } from '../../api/schemas.js';
import { CreditsElement } from '../../base/credits-element.js';
import { formStyles } from '../../styles/forms.js';
import { errorPanel } from '../../ui/states.js';
import { listNotice } from '../../ui/list-notice.js';
import { loadMoreFooter } from '../../ui/list-footer.js';
import { msg, str } from '../../i18n/localize.js';
import { plural } from '../../ui/plural.js';
import { ListController } from '../../state/list-controller.js';
import { organisations } from '../../state/resources.js';
import type { ListData } from '../../state/store.js';
import { DayChangeController } from '../subscription-card/day-change.js';
import { headerRow, organisationRow, skeletonRows, type RowContext } from './rows.js';
import { emitOrganisationSelect } from './select-event.js';
import { SearchSortController } from './search-sort.js';
import { normaliseThreshold } from '../../state/low-balance.js';
import { styles } from './credits-organisations.styles.js';
import { heading } from '../../ui/heading.js';

/** Rows per API page: up to this many render as plain rows; beyond it the list is virtualised. */
export const PAGE_SIZE = 100;
export { SEARCH_DEBOUNCE_MS } from './search-sort.js';

type VirtualizeModule = typeof import('@lit-labs/virtualizer/virtualize.js');
let virtualizer: VirtualizeModule | undefined;
let virtualizerLoading: Promise<VirtualizeModule> | undefined;
/** The virtualizer is its own chunk, fetched the first time a list outgrows one page. */
const loadVirtualizer = () =>
  (virtualizerLoading ??= import('@lit-labs/virtualizer/virtualize.js').then((m) => (virtualizer = m)));

/** A host element that holds the settings of this element's store: its provider (or the element itself, on its own). */
type SettingsHost = HTMLElement & { organisation?: string; store?: unknown };

/**
 * The organisations a viewer manages (a partner's portfolio), from
 * `GET /organisations`: name, balance (negative flagged), plan, expiry badge
 * (the subscription card's rules) and a low-balance flag below
 * `low-balance-threshold`. Search and sort are sent to the API (the search
 * after a short pause in typing; an answer to an older search is never shown);
 * pages load with "Load more" and on scroll; past one page the list is
 * virtualised, so 10,000 organisations keep the DOM small.
 *
 * Choosing an organisation (click, Enter or Space; arrow keys move between
 * rows) fires a cancelable `credits-organisation-select`. Inside a
 * `<credits-provider>`, when not cancelled, the provider switches to it: every
 * element below shows the new organisation, never a frame of the old one's
 * data under it. The provider's organisation is marked as current.
 *
 * A viewer who manages one organisation (`403 not_allowed`) sees a short note
 * and nothing else; no `credits-error` is fired for it.
 *
 * @summary A partner's organisations with balance, plan and expiry; choosing one switches the provider.
 * @tagname credits-organisations
 * @attr {number} low-balance-threshold - Organisations with fewer credits than this (and not negative) get a **Low balance** flag (default: the provider's).
 * @fires {CustomEvent<OrganisationSelectDetail>} credits-organisation-select - An organisation was chosen. Cancelable. `detail: { organisation }`; not cancelled, the provider (or, on its own, this element) switches to it.
 * @csspart list - The scrolling list of organisations.
 * @csspart header-row - The column labels.
 * @csspart row - An organisation (a button).
 * @csspart search - The search field.
 * @csspart sort - The sort select.
 * @csspart load-more - The "Load more" button.
 * @csspart note - The note shown to a viewer who manages one organisation.
 * @cssprop --credits-organisations-height - Height of the scrolling list (default 28rem).
 */
export class CreditsOrganisations extends CreditsElement {
  static override styles = [...CreditsElement.styles, formStyles, styles];

  /** The clock for expiry day counts (tests and stories pin it); default: the real time at each render. */
  @property({ attribute: false }) now?: Date;

  @state() private virtualReady = virtualizer !== undefined;
  /** The row that takes Tab (roving tabindex). */
  @state() private focusIndex = 0;

  /** Search and sort, sent to the API; a new one starts the roving focus at the first row again. */
  private readonly query = new SearchSortController(this, () => (this.focusIndex = 0));
  private readonly list = new ListController(this, organisations, () => this.query.params());

  constructor() {
    super();
    // Expiry day counts follow the calendar: re-render at midnight in the provider's time zone.
    new DayChangeController(this, () => this.now ?? new Date(), () => this.credits?.timeZone || undefined);
  }

  /** Fetch the next page (what "Load more" does); resolves when it is in. */
  loadMore(): Promise<void> {
    return this.list.loadMore();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const data = this.list.state.data;
    if (data && !this.virtualReady && data.items.length > PAGE_SIZE) void loadVirtualizer().then(() => (this.virtualReady = true));
    if (data && this.focusIndex >= data.items.length) this.focusIndex = 0;
  }

  // ---- choosing ----

  private readonly choose = (organisation: OrganisationSummary) => {
    if (!emitOrganisationSelect(this, organisation)) return;
    if (organisation.id === this.credits?.organisation) return;
    const host = this.settingsHost();
    if (host) host.organisation = organisation.id;
  };

  /** The provider whose store this element reads (crossing shadow roots), or this element when it has its own. */
  private settingsHost(): SettingsHost | undefined {
    const store = this.credits?.store;
    if (!store) return undefined;
    if (!this.provided) return this;
    for (let node: Node | null = this.parentNode; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
      if (node instanceof HTMLElement && (node as SettingsHost).store === store) return node as SettingsHost;
    }
    return undefined;
  }

  /** Arrow keys, Home and End move between rows; the virtualised list scrolls the row into view. From the list itself, an arrow goes to the roving row. */
  private onListKey = (e: KeyboardEvent) => {
    const items = this.list.state.data?.items;
    if (!items?.length) return;
    const row = (e.target as HTMLElement).closest<HTMLElement>('[data-index]');
    const from = row ? Number(row.dataset.index) : this.focusIndex;
    const step = row ? 1 : 0;
    const to = e.key === 'ArrowDown' ? from + step : e.key === 'ArrowUp' ? from - step : e.key === 'Home' ? 0 : e.key === 'End' ? items.length - 1 : NaN;
    if (Number.isNaN(to)) return;
    e.preventDefault();
    void this.focusRow(Math.max(0, Math.min(items.length - 1, to)));
  };

  private async focusRow(index: number): Promise<void> {
    this.focusIndex = index;
    const find = () => this.renderRoot.querySelector<HTMLElement>(`[data-index="${index}"] button`);
    let target = find();
    if (!target && virtualizer) {
      const body = this.renderRoot.querySelector<HTMLElement>('.body.virtual') as (HTMLElement & Record<symbol, unknown>) | null;
      const ref = body?.[virtualizer.virtualizerRef] as { element(i: number): { scrollIntoView(o?: ScrollIntoViewOptions): void } | undefined } | undefined;
      ref?.element(index)?.scrollIntoView({ block: 'nearest' });
      for (let i = 0; i < 10 && !target; i++) {
        await new Promise((r) => requestAnimationFrame(r));
        target = find();
      }
    }
    await this.updateComplete;
    target = find() ?? target;
    target?.focus();
    target?.scrollIntoView({ block: 'nearest' });
  }

  /**
   * The virtualised list renders only the rows in view: when the roving row is not among them (scrolled
   * away, or the whole list is off screen and renders none), the list itself is the Tab stop, so Tab
   * still reaches it and an arrow key then brings the row back. Otherwise the row is, and Shift+Tab
   * from it leaves the list in one press.
   */
  private readonly syncListStop = (): void => {
    const body = this.renderRoot.querySelector<HTMLElement>('.body.virtual');
    if (body) body.tabIndex = body.querySelector(`[data-index="${this.focusIndex}"] button`) ? -1 : 0;
  };

  /** After a scroll, once the virtualizer has rendered the rows now in view (its own frame), look again. */
  private syncFrame = 0;
  private readonly syncAfterScroll = (): void => {
    cancelAnimationFrame(this.syncFrame);
    this.syncFrame = requestAnimationFrame(() => requestAnimationFrame(this.syncListStop));
  };

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncListStop();
  }

  /** Infinite scroll: near the end of what is loaded, fetch the next page. */
  private onVisibility = (e: Event & { last?: number }) => {
    this.syncListStop();
    const { state } = this.list;
    if (state.data?.nextCursor && !state.loadingMore && !state.loadMoreError && (e.last ?? 0) >= state.data.items.length - 10) void this.list.loadMore();
  };

  // ---- rendering ----

  protected override render() {
    const state = this.list.state;
    // A viewer with one organisation: a short note, nothing else.
    if (state.status === 'error' && state.error?.status === 403) {
      return html`<p class="note" part="note">
        ${msg('You manage one organisation, so there is no list of organisations to choose from.', { id: 'credits-organisations.not-allowed' })}
      </p>`;
    }
    const title = msg('Organisations', { id: 'credits-organisations.title' });
    const data = state.data;
    return html`<section class="card">
      <div class="head">
        ${heading(this.titleLevel, title, { id: 'title', class: 'title' })}
        ${state.refreshing ? html`<span class="hint" role="status">${msg('Updating…', { id: 'credits-organisations.updating' })}</span>` : nothing}
      </div>
      ${this.query.render()}
      ${state.status === 'error' && state.error
        ? errorPanel(msg('Organisations could not be loaded.', { id: 'credits-organisations.load-failed' }), state.error, () => void this.list.retry())
        : data === undefined
          ? html`${skeletonRows()}<span class="visually-hidden" role="status">${msg('Loading organisations…', { id: 'credits-organisations.loading' })}</span>`
          : data.items.length === 0
            ? html`<p class="empty" role="status">${this.query.emptyText()}</p>${listNotice(data, this.fmt.locale)}`
            : html`${this.renderList(data)} ${this.renderFooter(data)}`}
    </section>`;
  }

  private rowContext(total: number): RowContext {
    return {
      fmt: this.fmt,
      now: this.now ?? new Date(),
      current: this.credits?.organisation,
      threshold: normaliseThreshold(this.lowBalanceThreshold) ?? this.credits?.lowBalanceThreshold,
      focusIndex: this.focusIndex,
      total,
      choose: this.choose,
    };
  }

  private renderList(data: ListData<OrganisationSummary>) {
    const { items } = data;
    const virtual = this.virtualReady && items.length > PAGE_SIZE && virtualizer;
    const ctx = this.rowContext(data.nextCursor || data.incomplete ? -1 : items.length);
    return html`${headerRow()}
      ${virtual
        ? html`<div role="list" class="body virtual" part="list" aria-labelledby="title" @keydown=${this.onListKey} @focusin=${this.syncListStop} @scroll=${this.syncAfterScroll} @visibilityChanged=${this.onVisibility}>
            ${virtual.virtualize({
              items,
              keyFunction: (o: OrganisationSummary) => o.id,
              renderItem: (o: OrganisationSummary, i: number) => organisationRow(o, i, ctx),
              scroller: true,
            })}
          </div>`
        : // Until the virtualizer has arrived, a long list shows its first page only: the DOM never holds thousands of rows.
          html`<div role="list" class="body" part="list" aria-labelledby="title" @keydown=${this.onListKey}>
            ${items.slice(0, PAGE_SIZE).map((o, i) => organisationRow(o, i, ctx))}
          </div>`}`;
  }

  private renderFooter(data: ListData<OrganisationSummary>) {
    const n = data.items.length;
    const count = this.fmt.credits(n);
    return loadMoreFooter(this.list.state, {
      status: data.nextCursor
        ? plural(n, {
            one: () => msg(str`Showing ${count} organisation. More are available.`, { id: 'credits-organisations.count.more-one' }),
            other: () => msg(str`Showing ${count} organisations. More are available.`, { id: 'credits-organisations.count.more-other' }),
          })
        : data.incomplete
          ? plural(n, {
              one: () => msg(str`Showing ${count} organisation.`, { id: 'credits-organisations.count.shown-one' }),
              other: () => msg(str`Showing ${count} organisations.`, { id: 'credits-organisations.count.shown-other' }),
            })
          : plural(n, {
              one: () => msg(str`Showing ${count} organisation.`, { id: 'credits-organisations.count.all-one' }),
              other: () => msg(str`Showing all ${count} organisations.`, { id: 'credits-organisations.count.all-other' }),
            }),
      failed: msg('More organisations could not be loaded.', { id: 'credits-organisations.more-failed' }),
      locale: this.fmt.locale,
      onLoadMore: () => this.list.loadMore(),
    });
  }
}
