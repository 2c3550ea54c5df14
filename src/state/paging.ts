/**
 * Walking a cursor-paged list safely (API.md "Pagination"): a cursor already
 * followed, or a row id already held, is a server fault. The walk keeps one
 * copy of each id, stops there (no further request) and marks the list
 * `incomplete`. Rows the schema left out (`skipped`) are counted so the
 * element can say how many entries could not be shown.
 */

/** One page as the client answers it (schemas.ts `page`). */
export interface Page<T> {
  data: T[];
  next_cursor: string | null;
  /** Rows of this page that were invalid and left out. */
  skipped?: number;
}

/** Everything loaded so far of a list. */
export interface ListData<T> {
  items: T[];
  /** The cursor of the next page; null at the end (or where the walk stopped). */
  nextCursor: string | null;
  /** The walk stopped at a server fault (a repeated cursor or id): there may be more entries. */
  incomplete: boolean;
  /** How many rows could not be shown (invalid rows left out). */
  skipped: number;
  /** Cursors already followed (the first page's null is not one). */
  followed: readonly string[];
}

export const emptyList = <T>(): ListData<T> => ({ items: [], nextCursor: null, incomplete: false, skipped: 0, followed: [] });

/**
 * `current` plus `page`, fetched with `cursor` (null for the first page).
 * Repeated ids are dropped; a repeated id, a page that adds nothing while
 * promising more, or a next cursor already followed ends the walk as incomplete.
 */
export function appendPage<T extends { id: string }>(current: ListData<T>, page: Page<T>, cursor: string | null): ListData<T> {
  const followed = cursor === null ? current.followed : [...current.followed, cursor];
  const seen = new Set(current.items.map((i) => i.id));
  const added: T[] = [];
  let repeated = false;
  for (const item of page.data) {
    if (seen.has(item.id)) {
      repeated = true;
      continue;
    }
    seen.add(item.id);
    added.push(item);
  }
  const next = page.next_cursor;
  const loops = next !== null && (followed.includes(next) || next === cursor || (added.length === 0 && cursor !== null) || page.data.length === 0);
  const incomplete = current.incomplete || repeated || loops;
  return {
    items: added.length ? [...current.items, ...added] : current.items,
    nextCursor: incomplete ? null : next,
    incomplete,
    skipped: current.skipped + (page.skipped ?? 0),
    followed,
  };
}

/**
 * A refresh fetches the first page again and keeps what was loaded beyond it:
 * new items go on top, changed ones are replaced in place.
 */
export function mergeFirstPage<T extends { id: string }>(current: ListData<T> | undefined, page: Page<T>): ListData<T> {
  const first = appendPage(emptyList<T>(), page, null);
  if (!current || current.items.length <= first.items.length || first.incomplete) return first;
  const fresh = new Map(first.items.map((i) => [i.id, i]));
  // Items of the fresh page that were not loaded before are new: they come first.
  const known = new Set(current.items.map((i) => i.id));
  const added = first.items.filter((i) => !known.has(i.id));
  return { ...current, items: [...added, ...current.items.map((i) => fresh.get(i.id) ?? i)] };
}

/** How a list's pages join (`ListDef.paging`): every list of the library walks its pages this way. */
export const listPaging = { first: mergeFirstPage, append: appendPage };
