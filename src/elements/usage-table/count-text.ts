/**
 * The table's count line under the rows: how many entries are loaded, whether older ones exist,
 * and, when the body scrolls inside its card, which rows are in view (#17.16); and what an empty
 * list says.
 */
import type { Transaction } from '../../api/schemas.js';
import { msg, str } from '../../i18n/localize.js';
import type { ListData } from '../../state/store.js';
import type { Formatter } from '../../ui/formatter.js';
import { plural } from '../../ui/plural.js';
import type { RowsInView } from './body-scroll.js';

export function countText(data: ListData<Transaction>, view: RowsInView | undefined, fmt: Formatter): string {
  const n = data.items.length;
  const count = fmt.credits(n);
  if (view) {
    const [first, last] = [fmt.credits(view.first), fmt.credits(view.last)];
    return data.nextCursor
      ? msg(str`Showing ${first}–${last} of ${count} loaded entries. Scroll the table for the rest; older entries are available.`, { id: 'usage-table.count.view-more' })
      : msg(str`Showing ${first}–${last} of ${count} entries. Scroll the table for the rest.`, { id: 'usage-table.count.view' });
  }
  if (data.nextCursor) {
    return plural(n, {
      one: () => msg(str`Showing ${count} entry. Older entries are available.`, { id: 'usage-table.count.more-one' }),
      other: () => msg(str`Showing ${count} entries. Older entries are available.`, { id: 'usage-table.count.more-other' }),
    });
  }
  return data.incomplete
    ? plural(n, {
        one: () => msg(str`Showing ${count} entry.`, { id: 'usage-table.count.shown-one' }),
        other: () => msg(str`Showing ${count} entries.`, { id: 'usage-table.count.shown-other' }),
      })
    : plural(n, {
        one: () => msg(str`Showing ${count} entry.`, { id: 'usage-table.count.all-one' }),
        other: () => msg(str`Showing all ${count} entries.`, { id: 'usage-table.count.all-other' }),
      });
}

/** An empty list: nothing yet, or nothing that matches the filters. */
export function emptyText(usage: boolean, filtered: boolean): string {
  if (filtered) return msg('No entries match these filters.', { id: 'usage-table.empty.filtered' });
  return usage ? msg('No credit usage yet', { id: 'usage-table.empty.usage' }) : msg('No purchases yet', { id: 'usage-table.empty.addition' });
}
