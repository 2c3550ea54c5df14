/**
 * The one footer of a paged list (usage table, payments, organisations): an
 * optional status line ("Showing 100 entries. Older entries are available."),
 * the list notice (rows left out, "may be incomplete"), then either the error
 * panel of a failed next page (with Retry) or the "Load more" button while
 * the server has more. The button stays focusable while loading
 * (`aria-disabled` + `aria-busy`, never `disabled`), so focus is not lost.
 */
import { html, nothing } from 'lit';
import { msg } from '../i18n/localize.js';
import type { ApiError } from '../api/errors.js';
import type { ListData } from '../state/store.js';
import { listNotice } from './list-notice.js';
import { errorPanel } from './states.js';

/** What the footer reads of a list's state (`ListController.state`). */
export interface PagedState {
  data?: ListData<unknown>;
  loadingMore: boolean;
  loadMoreError?: ApiError;
}

export interface LoadMoreOptions {
  /** The error panel's headline when a next page fails, a whole sentence: "More entries could not be loaded." */
  failed: string;
  /** The line above the button, when the list has one ("Showing all 12 entries."). */
  status?: string;
  /** The locale of the list notice's counts. */
  locale: string;
  /** Fetch the next page (also what Retry does after a failed one). */
  onLoadMore: () => unknown;
}

export function loadMoreFooter(state: PagedState, o: LoadMoreOptions) {
  const data = state.data;
  if (!data) return nothing;
  const { loadingMore, loadMoreError } = state;
  const more = () => void (loadingMore || o.onLoadMore());
  return html`<div class="foot">
    ${o.status !== undefined ? html`<p class="hint" role="status">${o.status}</p>` : nothing}
    ${listNotice(data, o.locale)}
    ${loadMoreError
      ? errorPanel(o.failed, loadMoreError, () => void o.onLoadMore(), true)
      : data.nextCursor
        ? html`<button type="button" class="btn" part="load-more" aria-disabled=${loadingMore ? 'true' : 'false'} aria-busy=${loadingMore ? 'true' : 'false'} @click=${more}>
            ${loadingMore ? msg('Loading…', { id: 'common.loading' }) : msg('Load more', { id: 'list.load-more' })}
          </button>`
        : nothing}
  </div>`;
}
