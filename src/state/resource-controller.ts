/**
 * How an element reads a resource: subscribes to the store of its provider
 * (following organisation switches and param changes), re-renders on change,
 * and renders the four states.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CreditsContextValue } from './context.js';
import type { ListData, ListDef, ResourceDef, ResourceState } from './store.js';

export interface ResourceHost extends ReactiveControllerHost {
  /** The context the element works in (its provider's, or its own). */
  readonly credits: CreditsContextValue | undefined;
}

type ItemOf<T> = T extends ListData<infer I extends { id: string }> ? I : never;
type AnyDef<P, T> = ResourceDef<P, T> | ListDef<P, ItemOf<T>>;
type StoreDef = ResourceDef<unknown, unknown> | ListDef<unknown, { id: string }>;

const NO_STORE: ResourceState<never> = Object.freeze({ status: 'idle', refreshing: false, loadingMore: false });

export class ResourceController<P, T> implements ReactiveController {
  private unsubscribe?: () => void;
  private unsubscribeOrg?: () => void;
  private key?: string;
  private boundStore?: object;

  constructor(
    private readonly host: ResourceHost,
    private readonly def: AnyDef<P, T>,
    private readonly params: () => P = () => undefined as P,
  ) {
    host.addController(this);
  }

  get state(): ResourceState<T> {
    const store = this.host.credits?.store;
    return store ? (store.read(this.def as unknown as ResourceDef<P, T>, this.params()) as ResourceState<T>) : NO_STORE;
  }

  get isEmpty(): boolean {
    const { data } = this.state;
    if (data === undefined) return false;
    if ('isEmpty' in this.def && this.def.isEmpty) return this.def.isEmpty(data as never);
    // A list whose rows were all left out, or cut short, is not empty: it says so.
    if ('loadPage' in this.def) {
      const list = data as ListData<unknown>;
      return list.items.length === 0 && !list.skipped && !list.incomplete;
    }
    return false;
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdate(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Load again (the Retry button). */
  retry(): Promise<void> {
    return this.host.credits?.store.refresh(this.def as unknown as StoreDef, this.params()) ?? Promise.resolve();
  }

  /** Next page of a list. */
  loadMore(): Promise<void> {
    return this.host.credits?.store.loadMore(this.def as unknown as ListDef<unknown, { id: string }>, this.params()) ?? Promise.resolve();
  }

  private sync(): void {
    const store = this.host.credits?.store;
    const key = store ? store.keyOf(this.def as unknown as StoreDef, this.params()) : undefined;
    if (key === this.key && store === this.boundStore) return;
    this.stop();
    this.key = key;
    this.boundStore = store;
    if (!store) return;
    const update = () => this.host.requestUpdate();
    this.unsubscribe = store.subscribe(this.def as unknown as StoreDef, this.params(), update);
    this.unsubscribeOrg = store.onOrganisationChange(update);
  }

  private stop(): void {
    this.unsubscribe?.();
    this.unsubscribeOrg?.();
    this.unsubscribe = this.unsubscribeOrg = undefined;
    this.key = undefined;
    this.boundStore = undefined;
  }
}
