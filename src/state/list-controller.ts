/** How an element reads a cursor-paged list of its provider's store (see resource-controller.ts). */
import type { ListData } from './paging.js';
import type { ListDef, ResourceState } from './store.js';
import { NO_STORE, StoreReader, type ResourceHost } from './resource-controller.js';

/** Reads a cursor-paged list (`ListDef`): every item loaded so far, and the next page on demand. */
export class ListController<P, T extends { id: string }> extends StoreReader<P, ListData<T>> {
  constructor(
    host: ResourceHost,
    private readonly list: ListDef<P, T>,
    params: () => P = () => undefined as P,
  ) {
    super(host, list, params);
  }

  get state(): ResourceState<ListData<T>> {
    return this.store?.read(this.list, this.params()) ?? NO_STORE;
  }

  /** No rows — and none left out or cut short (such a list says so instead). */
  get isEmpty(): boolean {
    const { data } = this.state;
    return data !== undefined && data.items.length === 0 && !data.skipped && !data.incomplete;
  }

  /** Fetch the next page. */
  loadMore(): Promise<void> {
    return this.store?.loadMore(this.list, this.params()) ?? Promise.resolve();
  }
}
