/**
 * One cache per provider: entries keyed by organisation + resource + params,
 * in-flight dedupe, stale-while-revalidate, invalidation by tag, and an
 * organisation switch that aborts the old organisation's requests and makes
 * every reader see only the new organisation's entries from the next render.
 */
import type * as S from '../api/schemas.js';
import type { Transport } from '../api/transport.js';
import { ApiError, isAbort, toApiError } from '../api/errors.js';
import type { ListData, Page } from './paging.js';

export type { ListData } from './paging.js';

/**
 * What a write can change. `transactions` covers every transaction list (and
 * what is summed from them); `usage` and `additions` are its two halves: a
 * purchase or grant adds an addition and never usage.
 */
export type Tag = 'balance' | 'transactions' | 'usage' | 'additions' | 'payments' | 'subscription' | 'purchase-options' | 'billing';

/** A resource's tags, fixed or depending on its params (e.g. a list's filter). Method syntax keeps P bivariant, like `load`. */
export type Tags<P> = readonly Tag[] | { of(params: P): readonly Tag[] }['of'];

export interface LoadContext<P> {
  /** The transport the endpoint functions (api/endpoints.ts) send with. */
  client: Transport;
  organisation: string;
  params: P;
  signal: AbortSignal;
}

/** A resource read as one value. */
export interface ResourceDef<P, T> {
  name: string;
  tags: Tags<P>;
  load(ctx: LoadContext<P>): Promise<T>;
  isEmpty?(data: T): boolean;
}

/** A cursor-paged list read page by page; its value is every item loaded so far. */
export interface ListDef<P, T extends { id: string }> {
  name: string;
  tags: Tags<P>;
  loadPage(ctx: LoadContext<P>, cursor: string | null): Promise<Page<T>>;
  /**
   * How pages join (paging.ts `listPaging`): held by the list, so the store's own code, which every element
   * carries, holds none of the walk's rules and a bundle without lists carries none of them.
   */
  paging: ListPaging;
  /**
   * `viewer`: the list belongs to the signed-in viewer, not to one organisation (the
   * organisations they manage): one entry whatever the organisation, kept across switches.
   */
  scope?: 'viewer';
  /** An error that is an answer, not a failure (e.g. `403 not_allowed`): shown by the element, not reported as `credits-error`. */
  expected?(error: ApiError): boolean;
}

/** A list's first page after a refresh (`current`: what was loaded before), and one more page fetched with `cursor`. */
export interface ListPaging {
  first<T extends { id: string }>(current: ListData<T> | undefined, page: Page<T>): ListData<T>;
  append<T extends { id: string }>(current: ListData<T>, page: Page<T>, cursor: string | null): ListData<T>;
}

/** Any resource or list whose params are P (items only need an id here). */
type AnyDef<P> = ResourceDef<P, unknown> | ListDef<P, { id: string }>;

export type Status = 'idle' | 'loading' | 'success' | 'error';

export interface ResourceState<T> {
  status: Status;
  data?: T;
  error?: ApiError;
  /** Data is shown while a newer copy is being fetched. */
  refreshing: boolean;
  /** For lists: a further page is being fetched. */
  loadingMore: boolean;
  loadMoreError?: ApiError;
}

interface Entry {
  key: string;
  organisation: string;
  def: ResourceDef<unknown, unknown> | ListDef<unknown, { id: string }>;
  params: unknown;
  state: ResourceState<unknown>;
  updatedAt: number;
  stale: boolean;
  inflight?: Promise<void>;
  controller?: AbortController;
  subscribers: Set<() => void>;
}

export interface StoreOptions {
  /** A `CreditsClient` or a bare `Transport` (what the elements use: only the endpoints called are bundled). */
  client: Transport;
  organisation: string;
  /** How long data counts as fresh (ms): a new reader within it makes no request. */
  staleTime?: number;
  /** Clock, for tests. */
  now?: () => number;
  /** Called with every load failure except aborts. */
  onError?: (operation: string, error: ApiError) => void;
}

const IDLE: ResourceState<never> = Object.freeze({ status: 'idle', refreshing: false, loadingMore: false });

const isList = (def: Entry['def']): def is ListDef<unknown, { id: string }> => 'loadPage' in def;
/** The organisation key of a viewer-scoped entry. */
const VIEWER = '*';
const scopeOf = (def: Entry['def'], organisation: string) => (isList(def) && def.scope === 'viewer' ? VIEWER : organisation);
const expected = (def: Entry['def'], error: ApiError) => isList(def) && !!def.expected?.(error);

export function stableKey(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'object') return JSON.stringify(value);
  const record = value as Record<string, unknown>;
  return `{${Object.keys(record)
    .filter((k) => record[k] !== undefined && record[k] !== '')
    .sort()
    .map((k) => `${k}:${stableKey(record[k])}`)
    .join(',')}}`;
}

/** A purchase sent without an answer (see `CreditsStore.uncertain`). */
export interface UncertainPurchase {
  organisation: string;
  key: string;
  body: S.PurchaseRequest;
  /** When it was sent (ms): the payment, if the server made one, is not older. */
  since: number;
}

export class CreditsStore {
  readonly client: Transport;
  /**
   * Purchase intents not yet known to be over, by order signature (organisation +
   * what is bought) → Idempotency-Key. Kept here, not in the wizard, so leaving the
   * wizard (Back in <credits-area>, a re-render, a remount) and buying the same order
   * again resumes the same intent with the same key: never a second payment.
   */
  readonly intents = new Map<string, string>();
  /**
   * Purchases whose POST got no answer (503, network error, 409): by order signature,
   * what was sent and when. Until its outcome is known, the wizard resumes it for the
   * same order (same key) or shows it for Recheck before any other order is paid.
   */
  readonly uncertain = new Map<string, UncertainPurchase>();
  private org: string;
  private readonly entries = new Map<string, Entry>();
  private readonly staleTime: number;
  private readonly now: () => number;
  private readonly onError?: StoreOptions['onError'];

  constructor(options: StoreOptions) {
    this.client = options.client;
    this.org = options.organisation;
    this.staleTime = options.staleTime ?? 30_000;
    this.now = options.now ?? (() => Date.now());
    this.onError = options.onError;
  }

  get organisation(): string {
    return this.org;
  }

  /**
   * Switch organisation: the old one's requests are aborted, so the next render
   * reads the new organisation's entries. Readers learn of the switch through
   * the provider's context value, which carries the organisation.
   * Cached entries of the old one stay (keyed by organisation) for a switch back.
   */
  setOrganisation(organisation: string): void {
    if (organisation === this.org) return;
    for (const entry of this.entries.values()) {
      if (entry.organisation === this.org && entry.controller) {
        entry.controller.abort();
        entry.controller = undefined;
        entry.inflight = undefined;
        entry.state = entry.state.data === undefined ? IDLE : { ...entry.state, refreshing: false, loadingMore: false };
        entry.stale = true;
      }
    }
    this.org = organisation;
  }

  keyOf<P>(def: AnyDef<P>, params: P, organisation = this.org): string {
    return `${scopeOf(def, organisation)}|${def.name}|${stableKey(params)}`;
  }

  /** The current state of a resource for the current organisation (never another's). */
  read<P, T>(def: ResourceDef<P, T>, params: P): ResourceState<T>;
  read<P, T extends { id: string }>(def: ListDef<P, T>, params: P): ResourceState<ListData<T>>;
  read(def: Entry['def'], params: unknown): ResourceState<unknown> {
    return this.entries.get(this.keyOf(def, params))?.state ?? IDLE;
  }

  /**
   * Start reading: loads when missing or stale, and calls `listener` on every
   * change of that entry. Returns the unsubscribe function.
   */
  subscribe<P>(def: AnyDef<P>, params: P, listener: () => void): () => void {
    const entry = this.entry(def, params);
    entry.subscribers.add(listener);
    if (this.needsLoad(entry)) void this.load(entry);
    return () => {
      entry.subscribers.delete(listener);
      // A reader that only re-subscribes (a re-render, a param change back) keeps the request;
      // a request no element reads any more is aborted (the element was removed mid-walk).
      if (entry.subscribers.size === 0) queueMicrotask(() => this.release(entry));
    };
  }

  /** Load (or reload) now, sharing any request already under way. */
  refresh<P>(def: AnyDef<P>, params: P): Promise<void> {
    return this.load(this.entry(def, params), true);
  }

  /** Fetch the next page of a list and append it. */
  async loadMore<P, T extends { id: string }>(list: ListDef<P, T>, params: P): Promise<void> {
    const def: ListDef<unknown, { id: string }> = list; // the entry holds it with its params widened
    const entry = this.entry(def, params);
    const data = entry.state.data as ListData<{ id: string }> | undefined;
    if (!data?.nextCursor || entry.state.loadingMore || entry.inflight) return;
    const controller = new AbortController();
    entry.controller = controller;
    this.set(entry, { ...entry.state, loadingMore: true, loadMoreError: undefined });
    const run = (async () => {
      try {
        const cursor = data.nextCursor;
        const page = await def.loadPage(this.ctx(entry, controller.signal), cursor);
        if (controller.signal.aborted) return;
        const current = (entry.state.data as ListData<{ id: string }> | undefined) ?? data;
        this.set(entry, { ...entry.state, loadingMore: false, data: def.paging.append(current, page, cursor) });
      } catch (error) {
        if (controller.signal.aborted || isAbort(error)) return;
        const apiError = toApiError(error);
        if (!expected(def, apiError)) this.onError?.(`load-more:${def.name}`, apiError);
        this.set(entry, { ...entry.state, loadingMore: false, loadMoreError: apiError });
      } finally {
        if (entry.controller === controller) entry.controller = undefined;
        entry.inflight = undefined;
      }
    })();
    entry.inflight = run;
    return run;
  }

  /**
   * After a write: every entry of the current organisation carrying one of
   * `tags` goes stale; those being read reload at once (one request each).
   */
  invalidate(tags: readonly Tag[], organisation = this.org): void {
    for (const entry of this.entries.values()) {
      if ((entry.organisation !== organisation && entry.organisation !== VIEWER) || !tagsOf(entry).some((t) => tags.includes(t))) continue;
      entry.stale = true;
      if (entry.subscribers.size > 0 && organisation === this.org) void this.load(entry, true);
    }
  }

  /** Replace one item (by id) wherever lists named `listName` hold it, e.g. a rechecked payment. */
  patchItem<T extends { id: string }>(listName: string, item: T, organisation = this.org): void {
    for (const entry of this.entries.values()) {
      if (entry.organisation !== organisation || entry.def.name !== listName) continue;
      const data = entry.state.data as ListData<T> | undefined;
      if (!data?.items.some((i) => i.id === item.id)) continue;
      this.set(entry, { ...entry.state, data: { ...data, items: data.items.map((i) => (i.id === item.id ? item : i)) } });
    }
  }

  /**
   * Change loaded data without a request (the live balance): `update` sees the data and params of
   * every loaded entry of `def` for `organisation` (viewer-scoped lists included) and answers the
   * new data, or undefined to leave that entry as it is. Only `def.name` is read.
   */
  patchData<P, T>(def: ResourceDef<P, T>, organisation: string, update: (data: T, params: P) => T | undefined): void;
  patchData<P, T extends { id: string }>(def: ListDef<P, T>, organisation: string, update: (data: ListData<T>, params: P) => ListData<T> | undefined): void;
  patchData(def: Entry['def'], organisation: string, update: (data: never, params: never) => unknown): void {
    for (const entry of this.entries.values()) {
      if (entry.def.name !== def.name || (entry.organisation !== organisation && entry.organisation !== VIEWER) || entry.state.data === undefined) continue;
      const data = (update as (data: unknown, params: unknown) => unknown)(entry.state.data, entry.params);
      if (data !== undefined && data !== entry.state.data) this.set(entry, { ...entry.state, data });
    }
  }

  /** Tell the error listener about a failed write (aborts are not errors). */
  report(operation: string, error: unknown): void {
    if (!isAbort(error)) this.onError?.(operation, toApiError(error));
  }

  /** Drop everything (e.g. the provider's API base changed). */
  clear(): void {
    for (const entry of this.entries.values()) entry.controller?.abort();
    this.entries.clear();
  }

  // ---- internals ----

  /** Abort the requests of an entry nobody reads any more; what it had loaded stays cached. */
  private release(entry: Entry): void {
    if (entry.subscribers.size > 0 || !entry.controller) return;
    entry.controller.abort();
    entry.controller = undefined;
    entry.inflight = undefined;
    entry.state = entry.state.data === undefined ? IDLE : { ...entry.state, refreshing: false, loadingMore: false };
    entry.stale = true;
  }

  private entry(def: Entry['def'], params: unknown): Entry {
    const key = this.keyOf(def, params);
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { key, organisation: scopeOf(def, this.org), def, params, state: IDLE, updatedAt: 0, stale: true, subscribers: new Set() };
      this.entries.set(key, entry);
    }
    return entry;
  }

  private needsLoad(entry: Entry): boolean {
    if (entry.inflight) return false;
    if (entry.state.status === 'idle' || entry.stale) return true;
    // Errors are not retried by merely re-reading: the user asks with Retry.
    if (entry.state.status === 'error') return false;
    return this.now() - entry.updatedAt > this.staleTime;
  }

  private ctx(entry: Entry, signal: AbortSignal): LoadContext<unknown> {
    return { client: this.client, organisation: entry.organisation === VIEWER ? this.org : entry.organisation, params: entry.params, signal };
  }

  private load(entry: Entry, force = false): Promise<void> {
    if (entry.inflight && !entry.state.loadingMore) return entry.inflight;
    if (!force && !this.needsLoad(entry)) return Promise.resolve();
    if (entry.organisation !== this.org && entry.organisation !== VIEWER) return Promise.resolve();
    entry.controller?.abort();
    const controller = new AbortController();
    entry.controller = controller;
    const hasData = entry.state.data !== undefined;
    this.set(entry, {
      ...entry.state,
      status: hasData ? entry.state.status : 'loading',
      refreshing: hasData,
      loadingMore: false,
      error: hasData ? entry.state.error : undefined,
    });
    const def = entry.def;
    const run = (async () => {
      try {
        let data: unknown;
        if (isList(def)) {
          const page = await def.loadPage(this.ctx(entry, controller.signal), null);
          data = def.paging.first(entry.state.data as ListData<{ id: string }> | undefined, page);
        } else {
          data = await def.load(this.ctx(entry, controller.signal));
        }
        if (controller.signal.aborted) return;
        entry.updatedAt = this.now();
        entry.stale = false;
        this.set(entry, { status: 'success', data, refreshing: false, loadingMore: false });
      } catch (error) {
        if (controller.signal.aborted || isAbort(error)) return;
        const apiError = toApiError(error);
        entry.stale = false;
        entry.updatedAt = this.now();
        if (!expected(def, apiError)) this.onError?.(`load:${def.name}`, apiError);
        // A failed refresh keeps the data on screen; a failed first load is an error state.
        this.set(entry, hasData ? { ...entry.state, refreshing: false, error: apiError } : { status: 'error', error: apiError, refreshing: false, loadingMore: false });
      } finally {
        if (entry.controller === controller) {
          entry.controller = undefined;
          entry.inflight = undefined;
        }
      }
    })();
    entry.inflight = run;
    return run;
  }

  private set(entry: Entry, state: ResourceState<unknown>): void {
    entry.state = state;
    for (const listener of [...entry.subscribers]) listener();
  }
}

function tagsOf(entry: Entry): readonly Tag[] {
  const { tags } = entry.def;
  return typeof tags === 'function' ? tags(entry.params) : tags;
}
