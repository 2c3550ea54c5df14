/**
 * How an element reads the store of its provider: subscribes to one entry
 * (following param changes and provider changes, an organisation switch among
 * them: it arrives as a new context value), re-renders on change, and exposes
 * what the four-state templates need. `ResourceController` reads one value;
 * `ListController` (list-controller.ts, apart so a bundle without lists carries none of it)
 * a cursor-paged list with `loadMore`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CreditsContextValue } from './context.js';
import type { CreditsStore, ListDef, ResourceDef, ResourceState } from './store.js';

export interface ResourceHost extends ReactiveControllerHost {
  /** The context the element works in (its provider's, or its own). */
  readonly credits: CreditsContextValue | undefined;
  /** Every reader of the element, so it can tell when its first data is still on the way (the `loading` state). */
  readonly storeReaders?: Set<{ readonly loading: boolean }>;
}

/** What the four-state templates read from a controller (ui/states.ts `renderResource`). */
export interface ResourceReader<T> {
  readonly state: ResourceState<T>;
  readonly isEmpty: boolean;
  retry(): Promise<void>;
}

/** @internal */
export const NO_STORE: ResourceState<never> = Object.freeze({ status: 'idle', refreshing: false, loadingMore: false });

/** Subscription bookkeeping shared by both readers: one entry at a time, re-bound when its key or store changes. */
export abstract class StoreReader<P, D> implements ReactiveController, ResourceReader<D> {
  private unsubscribe?: () => void;
  private key?: string;
  private boundStore?: CreditsStore;

  protected constructor(
    protected readonly host: ResourceHost,
    protected readonly def: ResourceDef<P, unknown> | ListDef<P, { id: string }>,
    protected readonly params: () => P,
  ) {
    host.addController(this);
    host.storeReaders?.add(this);
  }

  protected get store(): CreditsStore | undefined {
    return this.host.credits?.store;
  }

  /** Its store has neither data nor an error for it yet: what it shows will still change size. */
  get loading(): boolean {
    const { status, data } = this.state;
    return !!this.store && data === undefined && status !== 'error';
  }

  abstract get state(): ResourceState<D>;
  abstract get isEmpty(): boolean;

  /** Load again (the Retry button). */
  retry(): Promise<void> {
    return this.store?.refresh(this.def, this.params()) ?? Promise.resolve();
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

  private sync(): void {
    const store = this.store;
    const key = store?.keyOf(this.def, this.params());
    if (key === this.key && store === this.boundStore) return;
    this.stop();
    this.key = key;
    this.boundStore = store;
    if (store) this.unsubscribe = store.subscribe(this.def, this.params(), () => this.host.requestUpdate());
  }

  private stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = this.key = this.boundStore = undefined;
  }
}

/** Reads one value (`ResourceDef`): the balance, the subscription, billing details… */
export class ResourceController<P, T> extends StoreReader<P, T> {
  constructor(
    host: ResourceHost,
    private readonly resource: ResourceDef<P, T>,
    params: () => P = () => undefined as P,
  ) {
    super(host, resource, params);
  }

  get state(): ResourceState<T> {
    return this.store?.read(this.resource, this.params()) ?? NO_STORE;
  }

  get isEmpty(): boolean {
    const { data } = this.state;
    return data !== undefined && (this.resource.isEmpty?.(data) ?? false);
  }
}
