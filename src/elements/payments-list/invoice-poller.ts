/**
 * Polls payments whose invoice is generating, each on its own backoff
 * (1 s, 2 s, 4 s … capped), until the invoice settles. Stops for a payment
 * when it no longer generates, and for all of them when the host disconnects:
 * no timer or request outlives the element.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface InvoicePollerOptions {
  /** Ids of the payments currently generating (read after every host update). */
  generating: () => readonly string[];
  /** Re-read one payment (it is patched in place); resolves true while it is still generating. */
  refresh: (paymentId: string, signal: AbortSignal) => Promise<boolean>;
  /** Told once per payment when its polling settles (the invoice stopped generating). */
  settled?: (paymentId: string) => void;
  /** First delay, ms (default 1000). */
  initialDelay?: number;
  /** Largest delay, ms (default 30000). */
  maxDelay?: number;
}

interface Poll {
  delay: number;
  timer?: ReturnType<typeof setTimeout>;
  controller?: AbortController;
}

export class InvoicePoller implements ReactiveController {
  private readonly polls = new Map<string, Poll>();
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: InvoicePollerOptions,
  ) {
    host.addController(this);
  }

  /** Payments being polled (for tests and debugging). */
  get active(): string[] {
    return [...this.polls.keys()];
  }

  hostConnected(): void {
    this.connected = true;
    this.host.requestUpdate(); // Resume after a re-attach: the next update starts what still generates.
  }

  hostUpdated(): void {
    if (this.connected) this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
    for (const id of [...this.polls.keys()]) this.stop(id);
  }

  private sync(): void {
    const wanted = new Set(this.options.generating());
    for (const id of [...this.polls.keys()]) {
      if (!wanted.has(id)) {
        this.stop(id);
        // After this update, not during it.
        queueMicrotask(() => this.options.settled?.(id));
      }
    }
    for (const id of wanted) if (!this.polls.has(id)) this.schedule(id, { delay: this.options.initialDelay ?? 1000 });
  }

  private schedule(id: string, poll: Poll): void {
    this.polls.set(id, poll);
    poll.timer = setTimeout(() => void this.tick(id, poll), poll.delay);
  }

  private async tick(id: string, poll: Poll): Promise<void> {
    poll.timer = undefined;
    const controller = new AbortController();
    poll.controller = controller;
    let stillGenerating = true;
    try {
      stillGenerating = await this.options.refresh(id, controller.signal);
    } catch {
      // A failed read is transient here: keep polling, further apart.
    }
    if (controller.signal.aborted || this.polls.get(id) !== poll) return;
    poll.controller = undefined;
    if (!stillGenerating) {
      this.polls.delete(id);
      this.options.settled?.(id);
      return;
    }
    poll.delay = Math.min(poll.delay * 2, this.options.maxDelay ?? 30_000);
    this.schedule(id, poll);
  }

  private stop(id: string): void {
    const poll = this.polls.get(id);
    if (!poll) return;
    if (poll.timer !== undefined) clearTimeout(poll.timer);
    poll.controller?.abort();
    this.polls.delete(id);
  }
}
