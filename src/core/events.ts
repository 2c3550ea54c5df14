/**
 * The library's events. All bubble, cross shadow roots (composed) and are
 * declared in `HTMLElementEventMap`, so `addEventListener('credits-navigate', e => e.detail.target)`
 * is typed in hosts.
 */
import type { ApiError } from '../api/errors.js';
import type { Payment } from '../api/schemas.js';

/** The plans the purchase wizard can open with (its `plan` attribute). */
export type PurchasePlan = 'pro' | 'credits' | 'custom';

export type NavigateTarget = 'credits' | 'billing' | 'subscription' | 'purchase' | 'event' | 'support' | 'fair-usage';
export const NAVIGATE_TARGETS: readonly NavigateTarget[] = ['credits', 'billing', 'subscription', 'purchase', 'event', 'support', 'fair-usage'];

/** Every event's detail has it on the sandbox (the simulated backend: no real money). */
export interface SandboxFlag {
  /** `true` when the element runs on the sandbox; absent otherwise. */
  sandbox?: true;
}

export interface NavigateDetail extends SandboxFlag {
  target: NavigateTarget;
  eventId?: string;
  /** For `purchase`: a suggested number of credits (the top-up advice), for the wizard's `quantity`. */
  credits?: number;
  /** For `purchase`: the plan to open the wizard with (`pro` from **Renew Pro** / **Upgrade to Pro**), for the wizard's `plan`. */
  plan?: PurchasePlan;
  /** For `support`: the payment the user asks about (pending or failed payments). */
  paymentId?: string;
  /** The href the library will follow when the event is not cancelled (from `routes`). */
  href?: string;
}
export interface PurchaseCompleteDetail extends SandboxFlag {
  payment: Payment;
}
export interface PaymentPendingDetail extends SandboxFlag {
  payment: Payment;
}
export interface CreditsErrorDetail extends SandboxFlag {
  /** What was being done, e.g. 'load:credits', 'purchase', 'quote-mismatch'. */
  operation: string;
  error: ApiError | Error;
  requestId?: string;
}
export interface LowBalanceDetail extends SandboxFlag {
  /** The balance that is now below the threshold. */
  available: number;
  threshold: number;
}
export interface AuthRequiredDetail extends SandboxFlag {
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

/** Every element's (and the document's) addEventListener knows the library's events and their details. */
declare global {
  interface HTMLElementEventMap extends CreditsEventMap {}
}

/** Whether `target` runs on the sandbox: an element's context says so, or its own `sandbox` (a provider, an area). */
export function onSandbox(target: EventTarget): boolean {
  const t = target as { credits?: { sandbox?: boolean }; sandbox?: unknown };
  return t.credits ? t.credits.sandbox === true : t.sandbox === true;
}

/**
 * Dispatch one of the library's events from `target`; returns false when a listener cancelled it.
 * On the sandbox every event's detail carries `sandbox: true`.
 */
export function emit<K extends keyof CreditsEventMap>(
  target: EventTarget,
  type: K,
  detail: CreditsEventMap[K]['detail'],
  options: { cancelable?: boolean } = {},
): boolean {
  const full = onSandbox(target) ? { ...detail, sandbox: true as const } : detail;
  return target.dispatchEvent(
    new CustomEvent(type, { detail: full, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
  );
}
