/**
 * Follows a pending payment on the wizard's outcome screen: rechecks it with
 * the server on a backoff (5 s, 10 s, 20 s, 40 s, then every minute, for about
 * ten minutes) until it settles, and on the user's Recheck at once. Stops when
 * the payment settles, the outcome is left, or the element is removed.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class PendingFollower implements ReactiveController {
  /** Waits between automatic rechecks (tests shorten them). */
  delays: readonly number[] = [5_000, 10_000, 20_000, 40_000, ...Array<number>(9).fill(60_000)];
  /** A recheck is running. */
  checking = false;
  private timer?: ReturnType<typeof setTimeout>;
  private step = 0;
  private following = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly recheck: () => Promise<void>,
  ) {
    host.addController(this);
  }

  /** Start following (a no-op while already following). */
  follow(): void {
    if (this.following) return;
    this.following = true;
    this.step = 0;
    this.schedule();
  }

  stop(): void {
    this.following = false;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** The user's Recheck: now, and the automatic rechecks go on after it. */
  async now(): Promise<void> {
    if (this.checking) return;
    clearTimeout(this.timer);
    this.checking = true;
    this.host.requestUpdate();
    try {
      await this.recheck();
    } finally {
      this.checking = false;
      this.host.requestUpdate();
      if (this.following) this.schedule();
    }
  }

  hostDisconnected(): void {
    this.stop();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    const delay = this.delays[this.step];
    if (delay === undefined) return; // gave up following; Recheck and the payments list remain
    this.step += 1;
    this.timer = setTimeout(() => void this.now(), delay);
  }
}
