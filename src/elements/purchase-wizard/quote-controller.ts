/**
 * The server's quote for the order being built: requested after the input
 * settles (debounced), the previous request aborted, and an answer applied
 * only when it belongs to the newest request (a sequence number guards even
 * against a transport that ignores the abort). When the server and the live
 * preview disagree the server wins and `onMismatch` is told.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Quote, QuoteRequest } from '../../api/schemas.js';
import { ApiError, isAbort } from '../../api/errors.js';
import { quotesAgree } from '../../money/pricing.js';
import { quote } from '../../state/actions.js';
import type { CreditsStore } from '../../state/store.js';

export interface QuoteState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  quote?: Quote;
  error?: ApiError | Error;
}

export class QuoteController implements ReactiveController {
  state: QuoteState = { status: 'idle' };
  private key?: string;
  private sequence = 0;
  private timer?: ReturnType<typeof setTimeout>;
  private abort?: AbortController;
  private last?: { store: CreditsStore; request: QuoteRequest; preview: Quote | null };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onMismatch: (server: Quote, preview: Quote) => void,
    /** Debounce in ms. */
    public delay = 300,
  ) {
    host.addController(this);
  }

  /** Ask for the quote of `request` (null: nothing valid to quote). Repeating the same order does nothing. */
  request(store: CreditsStore, request: QuoteRequest | null, preview: Quote | null): void {
    const key = request ? JSON.stringify([store.organisation, request]) : undefined;
    if (key === this.key) return;
    this.cancel();
    this.key = key;
    if (!request) {
      this.state = { status: 'idle' };
      return;
    }
    this.last = { store, request, preview };
    const sequence = this.sequence;
    this.state = { status: 'loading' };
    this.timer = setTimeout(() => void this.run(sequence), this.delay);
  }

  /** Ask again after an error. */
  retry(): void {
    if (!this.last) return;
    this.key = undefined;
    this.request(this.last.store, this.last.request, this.last.preview);
    this.host.requestUpdate();
  }

  /** Forget everything (organisation switch, new purchase). */
  reset(): void {
    this.cancel();
    this.key = undefined;
    this.last = undefined;
    this.state = { status: 'idle' };
  }

  hostDisconnected(): void {
    this.reset();
  }

  private cancel(): void {
    this.sequence += 1;
    clearTimeout(this.timer);
    this.abort?.abort();
    this.abort = undefined;
  }

  private async run(sequence: number): Promise<void> {
    const last = this.last;
    if (!last || sequence !== this.sequence) return;
    const controller = new AbortController();
    this.abort = controller;
    try {
      const answer = await quote(last.store, last.request, controller.signal);
      if (sequence !== this.sequence) return; // a newer order was asked for meanwhile
      this.state = { status: 'ready', quote: answer };
      if (last.preview && !quotesAgree(answer, last.preview)) this.onMismatch(answer, last.preview);
    } catch (error) {
      if (sequence !== this.sequence || isAbort(error)) return;
      this.state = { status: 'error', error: error instanceof Error ? error : new Error(String(error)) };
    } finally {
      if (this.abort === controller) this.abort = undefined;
    }
    this.host.requestUpdate();
  }
}
