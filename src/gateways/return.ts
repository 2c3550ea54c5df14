/**
 * Coming back from a redirect gateway (PayGlocal): the page the gateway
 * returns to finds the payment it left for and rechecks it. Kept apart from
 * the adapters so hosts can import these helpers without loading a gateway.
 */
import type { Payment } from '../api/schemas.js';
import { recheckPayment } from '../state/actions.js';
import type { CreditsStore } from '../state/store.js';

/** The query parameter of the return URL naming the payment (`?credits_payment=pay_123`). */
export const RETURN_PARAM = 'credits_payment';
const STORAGE_KEY = '@9pic/credits-elements:pending-payment';

/** The URL a redirect gateway sends the user back to: `base` (default: this page) with the payment id added. */
export function returnUrlFor(paymentId: string, base: string = location.href): string {
  const url = new URL(base, location.href);
  url.searchParams.set(RETURN_PARAM, paymentId);
  return url.toString();
}

/** Remember the payment a redirect is about to leave for (survives the round trip in this tab). */
export function rememberPendingPayment(paymentId: string): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, paymentId);
  } catch {
    // Storage blocked (private mode, sandboxed iframe): the return URL still names the payment.
  }
}

/** The payment the user came back for: from the return URL, else from this tab's memory. */
export function returnedPaymentId(url: string = location.href): string | null {
  const fromUrl = new URL(url, location.href).searchParams.get(RETURN_PARAM);
  if (fromUrl) return fromUrl;
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Forget the return marker: the session entry and (without a reload) the query parameter. */
export function clearReturnMarker(): void {
  try {
    sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // nothing stored
  }
  const url = new URL(location.href);
  if (url.searchParams.has(RETURN_PARAM)) {
    url.searchParams.delete(RETURN_PARAM);
    history.replaceState(history.state, '', url.toString());
  }
}

/**
 * Call on the page a redirect gateway returns to: rechecks the payment the user
 * left for (the store then refreshes balance, histories and payments when it
 * completed) and answers it, or null when this is not a return.
 *
 * ```ts
 * const payment = await recheckReturnedPayment(provider.store);
 * ```
 * `<purchase-wizard>` does the same and shows the outcome with `wizard.resumeReturnedPayment()`.
 */
export async function recheckReturnedPayment(store: CreditsStore, url: string = location.href): Promise<Payment | null> {
  const paymentId = returnedPaymentId(url);
  if (!paymentId) return null;
  const payment = await recheckPayment(store, paymentId);
  clearReturnMarker();
  return payment;
}
