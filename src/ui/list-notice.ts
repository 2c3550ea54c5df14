/**
 * What a list says when the server's pages could not all be shown (API.md
 * "Conventions" and "Pagination"): rows left out as invalid are counted, and a
 * walk stopped at a repeated cursor or id says the list may be incomplete.
 */
import { html, nothing } from 'lit';
import { msg, str } from '../i18n/localize.js';

export interface ListCompleteness {
  incomplete: boolean;
  skipped: number;
}

/** "1 entry could not be shown." / "3 entries could not be shown.", plural by the locale's rules. */
export function skippedMessage(count: number, locale: string): string {
  const n = new Intl.NumberFormat(locale).format(count);
  return new Intl.PluralRules(locale).select(count) === 'one'
    ? msg(str`${n} entry could not be shown.`, { id: 'list.skipped-one' })
    : msg(str`${n} entries could not be shown.`, { id: 'list.skipped-other' });
}

/** The notice under a list, or nothing when everything the server sent is shown. */
export function listNotice(list: ListCompleteness, locale: string): unknown {
  if (!list.incomplete && !list.skipped) return nothing;
  return html`<p class="list-notice muted" role="status" part="list-notice">
    ${list.incomplete ? msg('The server repeated a page, so this list may be incomplete.', { id: 'list.incomplete' }) : nothing}
    ${list.skipped ? skippedMessage(list.skipped, locale) : nothing}
  </p>`;
}
