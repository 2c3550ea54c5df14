/**
 * `live` on the provider: one follower of `GET …/credits/stream` per provider
 * (per store), whatever the number of elements. It runs while `live` is on,
 * at least one element is connected and the page is visible; it stops when the
 * last element leaves, the organisation changes or the page is hidden, and
 * resumes (with `Last-Event-ID`) on return. The stream code (start and stop,
 * parser, reconnect, the 30 s polling fallback) is a chunk of its own, loaded when
 * a stream is first wanted.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CreditsStore } from './store.js';
import { openCreditsStream } from '../api/endpoints/credits.js';
import { monthKey } from '../time/calendar.js';
import { creditsSummary, monthlyUsage } from './resources/credits.js';
import type { transactions as TransactionsDef } from './resources/transactions.js';
import type { organisations as OrganisationsDef } from './resources/organisations.js';

/**
 * @internal Timing of the live balance: the first reconnect wait and its ceiling (doubling in
 * between), and the polling interval against a server without the stream. Tests shorten them.
 */
export const liveTiming = {
  retryMs: 1_000,
  maxRetryMs: 30_000,
  pollMs: 30_000,
};

/** What survives a pause (hidden page, no element for a moment) for one organisation. */
export interface LiveMemory {
  /** The id of the last event applied: a reconnect resumes after it. */
  lastEventId?: string;
  /** The server has no stream (404/501): poll the summary instead. */
  unsupported: boolean;
  /** When the summary was last polled (ms). */
  polledAt: number;
  /** Transactions already applied (a replayed or refetched one is not counted twice). */
  applied: Set<string>;
  /** A stream was open before: a reconnect without an event id to resume from reloads what may have changed. */
  connected: boolean;
}

/** What a stream session does with what it reads (validated and applied to the store by live-apply.ts). */
export interface LiveEffects {
  balance(data: unknown): void;
  transaction(data: unknown): void;
  /** The fallback's poll: the credits summary again. */
  refreshSummary(): void;
  /** After a gap that cannot be replayed: reload the balance and the transactions being read. */
  reload(): void;
}

/**
 * What the lazy chunk uses of what the entry holds anyway, handed over (see live-apply.ts). The
 * transaction schema is not among them: the chunk imports it, so the entry does not carry it.
 */
const deps = {
  open: openCreditsStream,
  timing: liveTiming,
  monthKey,
  creditsSummary,
  monthlyUsage,
  // Patched by name only (store.patchData): their loaders, endpoints and schemas stay in the chunks that read them.
  transactions: { name: 'transactions' } as typeof TransactionsDef,
  organisations: { name: 'organisations' } as typeof OrganisationsDef,
};
export type LiveDeps = typeof deps;

export interface LiveSessionOptions {
  /** Open the stream (through the client: same auth), resuming after `lastEventId`. */
  open(lastEventId: string | undefined, signal: AbortSignal): Promise<Response>;
  effects: LiveEffects;
  memory: LiveMemory;
  timing: typeof liveTiming;
}

export interface LiveSession {
  stop(): void;
}

/**
 * The provider's live balance as the entry holds it: `live`, the organisation and how many elements are
 * connected. The rest (visibility, the session's start, stop and resume: live-driver.ts) is in the stream's
 * chunk, loaded the first time `live` is on with an element connected; a page without `live` never loads it.
 */
export class LiveBalance {
  /** @internal The provider's `live`. */
  enabled = false;
  /** @internal */
  organisation?: string;
  /** @internal Connected elements holding it. */
  holders = 0;
  private driver?: { sync(): void; reset(): void };
  private loading = false;

  constructor(/** @internal */ readonly store: CreditsStore) {}

  /** The provider's `live` and organisation (a new organisation stops the old one's stream at once). */
  configure(enabled: boolean, organisation: string): void {
    if (organisation !== this.organisation) {
      this.organisation = organisation;
      this.driver?.reset();
    }
    this.enabled = enabled;
    this.sync();
  }

  /** An element is connected: the stream may run. Returns the release (the element left). */
  retain(): () => void {
    this.holders++;
    this.sync();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holders--;
      // An element that is only moved (disconnected and connected again in one task) keeps the stream.
      queueMicrotask(() => this.sync());
    };
  }

  /** Stop for good (the provider's store was replaced or dropped). */
  dispose(): void {
    this.enabled = false;
    this.sync();
  }

  private sync(): void {
    if (this.driver) return this.driver.sync();
    if (!this.enabled || !this.holders || this.loading) return;
    this.loading = true;
    void import('./live-driver.js').then(
      ({ LiveDriver }) => {
        this.driver = new LiveDriver(this, deps);
        this.driver.sync();
      },
      // The chunk did not load (offline, a CSP without it): no live balance until the next start.
      () => (this.loading = false),
    );
  }
}

/** Keeps an element's hold on its context's live balance: taken while connected, moved when the context changes. */
export class LiveHold implements ReactiveController {
  private held?: LiveBalance;
  private release?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost & {
      readonly credits?: { live?: LiveBalance };
    },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdate(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.release?.();
    this.release = this.held = undefined;
  }

  private sync(): void {
    const live = this.host.credits?.live;
    if (live === this.held) return;
    this.release?.();
    this.held = live;
    this.release = live?.retain();
  }
}
