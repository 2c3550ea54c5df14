/**
 * The server's quote for the order being built, on `@lit/task`: a new order
 * starts a new run, which aborts the previous one (its debounce wait and its
 * request), and only the newest run's answer is applied (the Task's own guard,
 * which holds even against a transport that ignores the abort). The debounce is
 * an abortable wait inside the task. When the server and the live preview
 * disagree the server wins and `onMismatch` is told.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
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

/** One order to quote. A new object per order: the Task runs when this identity changes. */
interface Wanted {
  key: string;
  store: CreditsStore;
  request: QuoteRequest;
  preview: Quote | null;
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
function abortableWait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

export class QuoteController implements ReactiveController {
  private wanted?: Wanted;
  private readonly task: Task<[Wanted | undefined], { quote: Quote; preview: Quote | null }>;

  constructor(
    private readonly host: ReactiveControllerHost,
    onMismatch: (server: Quote, preview: Quote) => void,
    /** Debounce in ms. */
    public delay = 300,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      args: () => [this.wanted],
      task: async ([wanted], { signal }) => {
        if (!wanted) return initialState;
        await abortableWait(this.delay, signal);
        return { quote: await quote(wanted.store, wanted.request, signal), preview: wanted.preview };
      },
      // Called for the newest run only.
      onComplete: ({ quote: server, preview }) => {
        if (preview && !quotesAgree(server, preview)) onMismatch(server, preview);
      },
    });
  }

  get state(): QuoteState {
    if (!this.wanted) return { status: 'idle' };
    switch (this.task.status) {
      case TaskStatus.COMPLETE:
        return { status: 'ready', quote: this.task.value!.quote };
      case TaskStatus.ERROR: {
        const error: unknown = this.task.error;
        if (isAbort(error)) return { status: 'loading' };
        return { status: 'error', error: error instanceof Error ? error : new Error(String(error)) };
      }
      default:
        return { status: 'loading' }; // waiting for the run the next update starts, or in it
    }
  }

  /** Ask for the quote of `request` (null: nothing valid to quote). Repeating the same order does nothing. */
  request(store: CreditsStore, request: QuoteRequest | null, preview: Quote | null): void {
    const key = request ? JSON.stringify([store.organisation, request]) : undefined;
    if (key === this.wanted?.key) return;
    this.wanted = key && request ? { key, store, request, preview } : undefined;
  }

  /** Ask again after an error. */
  retry(): void {
    if (!this.wanted) return;
    this.wanted = { ...this.wanted };
    this.host.requestUpdate();
  }

  /** Forget everything (organisation switch, new purchase). */
  reset(): void {
    this.wanted = undefined;
    this.task.abort();
  }

  hostDisconnected(): void {
    this.reset();
  }
}
