/**
 * Every write the elements make, and what each one refreshes. Elements call
 * these (never the client); the store then reloads exactly the affected resources.
 */
import type * as S from '../api/schemas.js';
import * as api from '../api/endpoints.js';
import { downloadInvoice as fetchInvoice, type InvoiceFile } from '../api/invoice.js';
import type { CreditsStore, Tag, UncertainPurchase } from './store.js';

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
  return write(store, 'grant', (org) => api.grantCredits(store.client, org, body, { idempotencyKey }), () => ['balance', 'additions']);
}

export function quote(store: CreditsStore, body: S.QuoteRequest, signal?: AbortSignal) {
  return api.quote(store.client, store.organisation, body, { signal });
}

/** Creates the (pending) payment; nothing is refreshed until the gateway's outcome is known. */
export function purchase(store: CreditsStore, body: S.PurchaseRequest, idempotencyKey: string) {
  return write(store, 'purchase', (org) => api.purchase(store.client, org, body, { idempotencyKey }), () => ['payments']);
}

/** Asks the gateway again; the payment is updated in place and, if it completed, its effects refresh. */
export async function recheckPayment(store: CreditsStore, paymentId: string) {
  const organisation = store.organisation;
  const payment = await write(store, 'recheck', (org) => api.recheckPayment(store.client, org, paymentId), () => []);
  store.patchItem('payments', payment, organisation);
  // The payment itself was patched in place just above.
  if (payment.status === 'completed') store.invalidate(tagsAfterPayment(payment).filter((t) => t !== 'payments'), organisation);
  return payment;
}

export function getPayment(store: CreditsStore, paymentId: string, signal?: AbortSignal) {
  return api.getPayment(store.client, store.organisation, paymentId, { signal });
}

export async function generateInvoice(store: CreditsStore, paymentId: string) {
  const organisation = store.organisation;
  const payment = await write(store, 'invoice', (org) => api.generateInvoice(store.client, org, paymentId), () => []);
  store.patchItem('payments', payment, organisation);
  return payment;
}

/** Re-read one payment (invoice polling) and update it in place. */
export async function refreshPayment(store: CreditsStore, paymentId: string, signal?: AbortSignal) {
  const organisation = store.organisation;
  const payment = await api.getPayment(store.client, organisation, paymentId, { signal });
  store.patchItem('payments', payment, organisation);
  return payment;
}

export function downloadInvoice(store: CreditsStore, paymentId: string): Promise<InvoiceFile> {
  return write(store, 'invoice-download', (org) => fetchInvoice(store.client, org, paymentId), () => []);
}

export function saveBillingDetails(store: CreditsStore, body: S.BillingDetails) {
  return write(store, 'billing', (org) => api.putBillingDetails(store.client, org, body), () => ['billing', 'payments', 'purchase-options']);
}

/**
 * The payment a purchase sent without an answer made, if the server made one: among
 * the newest payments, the same order, not older than the send (5 minutes of clock skew).
 * Then rechecked, so its status is the gateway's. Undefined: no payment was made.
 */
export async function findSentPayment(store: CreditsStore, sent: UncertainPurchase): Promise<S.Payment | undefined> {
  const page = await api.listPayments(store.client, sent.organisation, { limit: 25 });
  const body = sent.body;
  const made = page.data.find(
    (p) =>
      p.kind === body.kind &&
      Date.parse(p.created_at) >= sent.since - 300_000 &&
      (body.kind === 'custom' ? p.remark === body.remark : p.credits === body.credits),
  );
  if (!made || made.status !== 'pending') return made;
  return recheckPayment(store, made.id);
}
