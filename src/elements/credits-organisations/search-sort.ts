/**
 * The organisations list's search and sort: what the search field holds, and
 * what was sent to the API. The search is sent after a short pause in typing
 * (or at once on Enter); the sort as soon as it is chosen. Each change of what
 * is sent tells the element (its roving focus goes back to the first row).
 */
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { OrganisationSort } from '../../api/schemas.js';
import { msg, str } from '../../i18n/localize.js';
import type { OrganisationFilter } from '../../state/resources.js';

/** Quiet time after the last keystroke before a search is sent. */
export const SEARCH_DEBOUNCE_MS = 300;

const SORTS: readonly OrganisationSort[] = ['name', 'available_credits', 'expires_at'];

export class SearchSortController implements ReactiveController {
  /** What the search field holds. */
  private query = '';
  /** The search and sort sent to the API. */
  private applied: { q: string; sort: OrganisationSort } = { q: '', sort: 'name' };
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** What is sent changed. */
    private readonly changed: () => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** The list's parameters: the search and the sort sent. */
  params(): OrganisationFilter {
    return { q: this.applied.q || undefined, sort: this.applied.sort };
  }

  /** The empty list's words: no match for the search, or no organisations at all. */
  emptyText(): string {
    return this.applied.q
      ? msg(str`No organisations match “${this.applied.q}”.`, { id: 'credits-organisations.empty.search' })
      : msg('There are no organisations to show.', { id: 'credits-organisations.empty' });
  }

  private onInput = (e: Event) => {
    this.query = (e.target as HTMLInputElement).value;
    this.host.requestUpdate();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.apply(), SEARCH_DEBOUNCE_MS);
  };

  private onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter') this.apply();
  };

  private apply(): void {
    clearTimeout(this.timer);
    const q = this.query.trim();
    if (q !== this.applied.q) {
      this.applied = { ...this.applied, q };
      this.changed();
      this.host.requestUpdate();
    }
  }

  private onSort = (e: Event) => {
    const sort = (e.target as HTMLSelectElement).value as OrganisationSort;
    if (SORTS.includes(sort)) {
      this.applied = { ...this.applied, sort };
      this.changed();
      this.host.requestUpdate();
    }
  };

  /** The search field and the sort select. */
  render() {
    const sortLabels: Record<OrganisationSort, string> = {
      name: msg('Name (A–Z)', { id: 'credits-organisations.sort.name' }),
      available_credits: msg('Lowest balance first', { id: 'credits-organisations.sort.balance' }),
      expires_at: msg('Expiring soonest first', { id: 'credits-organisations.sort.expiry' }),
    };
    return html`<div class="controls">
      <div class="field">
        <label for="search">${msg('Search organisations', { id: 'credits-organisations.search' })}</label>
        <input id="search" type="search" part="search" autocomplete="off" aria-describedby="search-hint" .value=${this.query}
          @input=${this.onInput} @keydown=${this.onKey} />
        <span id="search-hint" class="hint">${msg('Name or ID', { id: 'credits-organisations.search-hint' })}</span>
      </div>
      <div class="field">
        <label for="sort">${msg('Sort by', { id: 'credits-organisations.sort' })}</label>
        <select id="sort" part="sort" @change=${this.onSort}>
          ${SORTS.map((s) => html`<option value=${s} ?selected=${s === this.applied.sort}>${sortLabels[s]}</option>`)}
        </select>
      </div>
    </div>`;
  }
}
