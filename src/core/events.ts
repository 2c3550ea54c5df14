/**
 * The library's events. All bubble, cross shadow roots (composed) and are
 * declared in `HTMLElementEventMap`, so `addEventListener('credits-navigate', e => e.detail.target)`
 * is typed in hosts.
 */
import type { ApiError } from '../api/errors.js';
import type { Payment } from '../api/schemas.js';

export type NavigateTarget = 'credits' | 'billing' | 'subscription' | 'purchase' | 'event' | 'support';
export const NAVIGATE_TARGETS: readonly NavigateTarget[] = ['credits', 'billing', 'subscription', 'purchase', 'event', 'support'];

export interface NavigateDetail {
  target: NavigateTarget;
  eventId?: string;
  /** For `purchase`: a suggested number of credits (the top-up advice), for the wizard's `quantity`. */
  credits?: number;
  /** The href the library will follow when the event is not cancelled (from `routes`). */
  href?: string;
}
export interface PurchaseCompleteDetail {
  payment: Payment;
}
export interface PaymentPendingDetail {
  payment: Payment;
}
export interface CreditsErrorDetail {
  /** What was being done, e.g. 'load:credits', 'purchase', 'quote-mismatch'. */
  operation: string;
  error: ApiError | Error;
  requestId?: string;
}
export interface LowBalanceDetail {
  /** The balance that is now below the threshold. */
  available: number;
  threshold: number;
}
export interface AuthRequiredDetail {
  error: ApiError;
}

export type CreditsNavigateEvent = CustomEvent<NavigateDetail>;
export type CreditsPurchaseCompleteEvent = CustomEvent<PurchaseCompleteDetail>;
export type CreditsPaymentPendingEvent = CustomEvent<PaymentPendingDetail>;
export type CreditsErrorEvent = CustomEvent<CreditsErrorDetail>;
export type CreditsAuthRequiredEvent = CustomEvent<AuthRequiredDetail>;
export type CreditsLowBalanceEvent = CustomEvent<LowBalanceDetail>;

export interface CreditsEventMap {
  'credits-navigate': CreditsNavigateEvent;
  'credits-purchase-complete': CreditsPurchaseCompleteEvent;
  'credits-payment-pending': CreditsPaymentPendingEvent;
  'credits-error': CreditsErrorEvent;
  'credits-auth-required': CreditsAuthRequiredEvent;
  'credits-low-balance': CreditsLowBalanceEvent;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends CreditsEventMap {}
}

/** Dispatch one of the library's events from `target`; returns false when a listener cancelled it. */
export function emit<K extends keyof CreditsEventMap>(
  target: EventTarget,
  type: K,
  detail: CreditsEventMap[K]['detail'],
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
  );
}
