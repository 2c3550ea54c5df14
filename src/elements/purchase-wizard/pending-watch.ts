/**
 * The pending outcome, followed: a `PendingFollower` rechecks the payment on
 * a backoff (and on Recheck); the note says what the last recheck found; a
 * payment found still pending is announced once, not at every recheck.
 */
import type { ReactiveControllerHost } from 'lit';
import { msg } from '../../i18n/localize.js';
import type { CreditsStore } from '../../state/store.js';
import { PendingFollower } from './pending-follow.js';
import type { PaymentController, PaymentResult } from './payment-controller.js';

export class PendingWatch {
  readonly follower: PendingFollower;
  /** What the last recheck of the pending payment found. */
  note?: string;
  /** The pending payment already announced (rechecks that find it still pending announce nothing). */
  private announced?: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly payment: PaymentController,
    private readonly store: () => CreditsStore | undefined,
  ) {
    this.follower = new PendingFollower(host, () => this.recheck());
  }

  /** The outcome is left (or the organisation changed): stop following, forget. */
  stop(): void {
    this.follower.stop();
    this.announced = undefined;
    this.note = undefined;
    this.host.requestUpdate();
  }

  /** A payment result arrived. False for a pending payment already announced: nothing new to say, focus stays. */
  seen(result: PaymentResult): boolean {
    if (result.kind !== 'pending') {
      this.follower.stop();
      this.note = undefined;
      return true;
    }
    const again = this.announced === result.payment.id;
    this.announced = result.payment.id;
    if (!result.untrusted) this.follower.follow();
    return !again;
  }

  private async recheck(): Promise<void> {
    const store = this.store();
    if (!store) return;
    const reached = await this.payment.recheckShown(store);
    if (this.payment.result?.kind !== 'pending') return;
    this.note = reached
      ? msg('Still not confirmed. This page keeps checking.', { id: 'purchase-wizard.outcome.still-pending' })
      : msg('The server could not be reached. This page tries again.', { id: 'purchase-wizard.outcome.check-failed' });
    this.host.requestUpdate();
  }
}
