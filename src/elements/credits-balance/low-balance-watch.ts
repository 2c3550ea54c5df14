/**
 * The balance's low-balance rule: the threshold in force (the element's own
 * `low-balance-threshold`, else the provider's), and `credits-low-balance`
 * once each time the balance crosses below it. A crossing seen while the
 * element prepares an update is announced after that update's render.
 */
import type { CreditsSummary } from '../../api/schemas.js';
import type { CreditsContextValue } from '../../state/context.js';
import { emit } from '../../core/events.js';
import { crossedBelow, normaliseThreshold } from '../../state/low-balance.js';

/** What the watch reads of its element. */
export interface LowBalanceHost extends HTMLElement {
  lowBalanceThreshold?: number;
  readonly credits: CreditsContextValue | undefined;
}

export class LowBalanceWatch {
  /** A crossing below the threshold seen in `check`, announced by `announce`. */
  private pending?: { available: number; threshold: number };

  constructor(private readonly host: LowBalanceHost) {}

  /** The threshold in force: the element's own, else the provider's. */
  threshold(): { value: number; own: boolean } | undefined {
    const own = normaliseThreshold(this.host.lowBalanceThreshold);
    if (own !== undefined) return { value: own, own: true };
    // Standalone, the element's own runtime holds its own threshold: that is the `own` case above.
    const shared = this.host.credits?.lowBalanceThreshold;
    return shared === undefined ? undefined : { value: shared, own: false };
  }

  /** In the element's willUpdate: one observation of the loaded balance. */
  check(data: CreditsSummary | undefined, failed: boolean): void {
    const threshold = this.threshold();
    if (!data || !threshold || failed) return;
    // The element's own threshold is its own business; the provider's is shared by every element below it.
    const scope = threshold.own ? this.host : this.host.credits!.store;
    if (crossedBelow(scope, data.organisation.id, threshold.value, data.available_credits))
      this.pending = {
        available: data.available_credits,
        threshold: threshold.value,
      };
  }

  /** In the element's updated: fire the crossing seen, if any. */
  announce(): void {
    const low = this.pending;
    this.pending = undefined;
    if (low) emit(this.host, 'credits-low-balance', low);
  }
}
