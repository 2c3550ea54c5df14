/**
 * Issue 15 rule 8, the behaviour behind `uncertainNotice`: finds a purchase of
 * another order that got no answer (this organisation's, in the store), and
 * rechecks it on the user's request (the server's payments are searched for
 * it). Its outcome known, the intent is over unless the payment is still
 * pending (then the same order again is the same payment).
 */
import type { ReactiveControllerHost } from 'lit';
import type { Payment } from '../../api/schemas.js';
import { emit } from '../../core/events.js';
import { findSentPayment } from '../../state/actions.js';
import type { CreditsStore, UncertainPurchase } from '../../state/store.js';
import type { Formatter } from '../../ui/formatter.js';
import type { UncertainView } from './uncertain-notice.js';

export class UncertainRecheck {
  /** A recheck is running. */
  private checking = false;
  /** What the last recheck found, for the purchase with this signature. */
  private found?: { signature: string; payment: Payment | 'none' };

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly store: () => CreditsStore | undefined,
  ) {}

  /** The notice for a purchase sent without an answer, other than the order with `current` signature; undefined when there is none. */
  view(current: string | undefined, fmt: Formatter): UncertainView | undefined {
    const store = this.store();
    if (!store) return undefined;
    const entry = [...store.uncertain].find(([signature, sent]) => sent.organisation === store.organisation && signature !== current);
    if (!entry) return undefined;
    const [signature, sent] = entry;
    const found = this.found?.signature === signature ? this.found.payment : undefined;
    return {
      sent,
      fmt,
      checking: this.checking,
      found,
      recheck: () => void this.recheck(signature, sent),
      dismiss: () => {
        store.uncertain.delete(signature);
        this.found = undefined;
        this.host.requestUpdate();
      },
    };
  }

  private async recheck(signature: string, sent: UncertainPurchase): Promise<void> {
    const store = this.store();
    if (!store || this.checking) return;
    this.checking = true;
    this.host.requestUpdate();
    try {
      const payment = (await findSentPayment(store, sent)) ?? 'none';
      // Its outcome is known: over unless still pending (then the same order again is the same payment).
      if (payment === 'none' || payment.status !== 'pending') store.intents.delete(signature);
      this.found = { signature, payment };
    } catch (error) {
      emit(this.host, 'credits-error', { operation: 'recheck', error: error as Error });
    } finally {
      this.checking = false;
      this.host.requestUpdate();
    }
  }
}
