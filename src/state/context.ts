import { createContext } from '@lit/context';
import type { GatewayAdapter } from '../core/gateway.js';
import type { NavigateTarget } from '../core/events.js';
import type { CreditsStore } from './store.js';
import type { LiveBalance } from './live.js';

/** Hrefs the elements follow for `credits-navigate` targets when no listener cancels it. `{eventId}` (event), `{credits}` (a suggested purchase quantity), `{plan}` (the plan to buy) and `{paymentId}` (support about a payment) are replaced. */
export type CreditsRoutes = Partial<Record<NavigateTarget, string>>;

/** What a provider shares with the elements below it. A new object whenever any part changes. */
export interface CreditsContextValue {
  store: CreditsStore;
  organisation: string;
  locale: string;
  timeZone?: string;
  routes: CreditsRoutes;
  gateways: readonly GatewayAdapter[];
  /** On the sandbox (simulated backend): elements show the marker, events say so, no built-in gateway runs. */
  sandbox: boolean;
  /** The provider's low-balance threshold (finite and > 0), if any. */
  lowBalanceThreshold?: number;
  /** The provider's live balance (one per store): elements hold it while connected; it streams only with `live`. */
  live?: LiveBalance;
}

/** Keyed by package and major version: two copies of one major share it, other majors never confuse it. */
export const creditsContext = createContext<CreditsContextValue | undefined>(Symbol.for('@9pic/credits-elements@0:context'));
