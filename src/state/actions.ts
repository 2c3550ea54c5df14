/**
 * Every write the elements make, and what each one refreshes. Elements call
 * these (never the client); the store then reloads exactly the affected resources.
 */
import type * as S from '../api/schemas.js';
import type { InvoiceFile } from '../api/client.js';
import type { CreditsStore, Tag } from './store.js';

/**
 * What a completed payment can change: the balance, the purchase history, the
 * payment, and the plan (with what follows it: purchase options). Usage is not
 * among them: buying credits adds no usage.
 */
export const AFTER_PAYMENT: readonly Tag[] = ['balance', 'additions', 'payments', 'subscription'];

/** What this completed payment changed. */
export function tagsAfterPayment(payment: Pick<S.Payment, 'kind'>): readonly Tag[] {
  // A custom payment records money only: no credits, no plan change.
  if (payment.kind === 'custom') return ['payments'];
  // Only a Pro purchase changes the plan (and with it which options may be bought).
  return payment.kind === 'credits' ? AFTER_PAYMENT.filter((t) => t !== 'subscription') : AFTER_PAYMENT;
}

async function write<T>(store: CreditsStore, operation: string, run: (org: string) => Promise<T>, tags: (result: T) => readonly Tag[]): Promise<T> {
  const organisation = store.organisation;
  try {
    const result = await run(organisation);
    store.invalidate(tags(result), organisation);
    return result;
  } catch (error) {
    store.report(operation, error);
    throw error;
  }
}

export const newIdempotencyKey = (): string => crypto.randomUUID();

export function grantCredits(store: CreditsStore, body: S.GrantRequest, idempotencyKey: string) {
  return write(store, 'grant', (org) => store.client.grantCredits(org, body, { idempotencyKey }), () => ['balance', 'additions']);
}

export function quote(store: CreditsStore, body: S.QuoteRequest, signal?: AbortSignal) {
  return store.client.quote(store.organisation, body, { signal });
}

/** Creates the (pending) payment; nothing is refreshed until the gateway's outcome is known. */
export function purchase(store: CreditsStore, body: S.PurchaseRequest, idempotencyKey: string) {
  return write(store, 'purchase', (org) => store.client.purchase(org, body, { idempotencyKey }), () => ['payments']);
}

/** Asks the gateway again; the payment is updated in place and, if it completed, its effects refresh. */
export async function recheckPayment(store: CreditsStore, paymentId: string) {
  const organisation = store.organisation;
  const payment = await write(store, 'recheck', (org) => store.client.recheckPayment(org, paymentId), () => []);
  store.patchItem('payments', payment, organisation);
  // The payment itself was patched in place just above.
  if (payment.status === 'completed') store.invalidate(tagsAfterPayment(payment).filter((t) => t !== 'payments'), organisation);
  return payment;
}

export function getPayment(store: CreditsStore, paymentId: string, signal?: AbortSignal) {
  return store.client.getPayment(store.organisation, paymentId, { signal });
}

export async function generateInvoice(store: CreditsStore, paymentId: string) {
  const organisation = store.organisation;
  const payment = await write(store, 'invoice', (org) => store.client.generateInvoice(org, paymentId), () => []);
  store.patchItem('payments', payment, organisation);
  return payment;
}

/** Re-read one payment (invoice polling) and update it in place. */
export async function refreshPayment(store: CreditsStore, paymentId: string, signal?: AbortSignal) {
  const organisation = store.organisation;
  const payment = await store.client.getPayment(organisation, paymentId, { signal });
  store.patchItem('payments', payment, organisation);
  return payment;
}

export function downloadInvoice(store: CreditsStore, paymentId: string): Promise<InvoiceFile> {
  return write(store, 'invoice-download', (org) => store.client.downloadInvoice(org, paymentId), () => []);
}

export function saveBillingDetails(store: CreditsStore, body: S.BillingDetails) {
  return write(store, 'billing', (org) => store.client.putBillingDetails(org, body), () => ['billing', 'payments', 'purchase-options']);
}
