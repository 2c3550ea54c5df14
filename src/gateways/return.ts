/**
 * Coming back from a redirect gateway (PayGlocal): the page the gateway
 * returns to finds the payment it left for and rechecks it. Kept apart from
 * the adapters so hosts can import these helpers without loading a gateway.
 *
 * A return is trusted only when this tab left for that payment: before the
 * hand-off the wizard stores a marker `{ organisation, id, createdAt }` in
 * sessionStorage (never a token), and a return counts for the marker's payment,
 * in the same organisation, within {@link RETURN_WINDOW_MS}. A link naming any
 * other payment (`?credits_payment=pay_84` sent to the user) neither replaces the
 * marker nor announces anything: it shows that payment's status at most.
 */
import type { Payment } from '../api/schemas.js';
import type { CreditsStore } from '../state/store.js';

/** The query parameter of the return URL naming the payment (`?credits_payment=pay_123`). */
export const RETURN_PARAM = 'credits_payment';
/** How long after the hand-off a return is accepted (one hour). */
export const RETURN_WINDOW_MS = 60 * 60 * 1000;
const STORAGE_KEY = '@9pic/credits-elements:pending-payment';

export interface ReturnMarker {
  organisation: string;
  id: string;
  /** `Date.now()` at the hand-off. */
  createdAt: number;
}

/**
 * The URL a redirect gateway sends the user back to: `base` (default: this page) reduced to its
 * origin and path, with only the payment id as query (the page's own query and fragment may
 * hold tokens, and the gateway would see them).
 */
export function returnUrlFor(paymentId: string, base: string = location.href): string {
  const url = new URL(base, location.href);
  url.search = '';
  url.hash = '';
  url.searchParams.set(RETURN_PARAM, paymentId);
  return url.toString();
}

/** Remember the payment this tab is about to leave for (survives the round trip in this tab). */
export function rememberPendingPayment(organisation: string, paymentId: string, now: number = Date.now()): void {
  const marker: ReturnMarker = { organisation, id: paymentId, createdAt: now };
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(marker));
  } catch {
    // Storage blocked (private mode, sandboxed iframe): the return then shows the status only.
  }
}

/** The stored marker, when there is a well-formed one. */
export function pendingPaymentMarker(): ReturnMarker | null {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null');
    const m = value as Partial<ReturnMarker> | null;
    return m && typeof m.organisation === 'string' && typeof m.id === 'string' && typeof m.createdAt === 'number' ? (m as ReturnMarker) : null;
  } catch {
    return null;
  }
}

export interface ReturnedPayment {
  id: string;
  /** This tab left for this payment, for this organisation, within the hour: its outcome may be announced. */
  trusted: boolean;
}

/**
 * The payment the user came back for in `organisation`: the marker's (trusted) when this tab left
 * for it within the hour, whatever the URL names (a link cannot replace it); else the payment the
 * URL names, untrusted; null when this is not a return.
 */
export function returnedPayment(organisation: string, url: string = location.href, now: number = Date.now()): ReturnedPayment | null {
  const fromUrl = new URL(url, location.href).searchParams.get(RETURN_PARAM);
  const marker = pendingPaymentMarker();
  const valid = marker && marker.organisation === organisation && now - marker.createdAt >= 0 && now - marker.createdAt <= RETURN_WINDOW_MS;
  if (valid) return { id: marker.id, trusted: true };
  return fromUrl ? { id: fromUrl, trusted: false } : null;
}

/** The payment id the return URL names, else the stored marker's (any organisation): for display only. */
export function returnedPaymentId(url: string = location.href): string | null {
  return new URL(url, location.href).searchParams.get(RETURN_PARAM) ?? pendingPaymentMarker()?.id ?? null;
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
 * Call on the page a redirect gateway returns to: rechecks the payment this tab left for (the
 * store then refreshes balance, histories and payments when it completed) and answers it, or
 * null when this is no trusted return (no marker, another organisation's, older than an hour,
 * or the URL names another payment).
 *
 * ```ts
 * const payment = await recheckReturnedPayment(provider.store);
 * ```
 * `<purchase-wizard>` does the same and shows the outcome with `wizard.resumeReturnedPayment()`.
 */
export async function recheckReturnedPayment(store: CreditsStore, url: string = location.href): Promise<Payment | null> {
  const returned = returnedPayment(store.organisation, url);
  if (!returned?.trusted) return null;
  // Loaded only for a trusted return: the payments endpoints and schemas stay out of a page that never pays.
  const { recheckPayment } = await import('../state/actions.js');
  const payment = await recheckPayment(store, returned.id);
  clearReturnMarker();
  return payment;
}
