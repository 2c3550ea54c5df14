/**
 * What a payment row offers and how its status reads, exactly by the Credits
 * guide's tables (shared/seeds: "Payment Transactions and Invoices").
 * Pure functions: tested against the table for every status × invoice state.
 */
import type { Payment } from '../../api/schemas.js';
import { badge, type Tone } from '../../ui/states.js';
import { humanise } from '../../ui/humanise.js';
import { PAYMENT_STATUSES } from '../../api/payment-statuses.js';
import { msg, str } from '../../i18n/localize.js';
import type { Formatter } from '../../ui/formatter.js';
import { kindName } from '../../ui/kind-labels.js';

export type PaymentAction = 'details' | 'recheck' | 'invoice' | 'configure-billing' | 'generate-invoice' | 'retry-invoice';

/** Invoice actions by invoice state; they apply to completed payments only (others have no invoice). */
const INVOICE_ACTION: Record<string, PaymentAction | undefined> = {
  ready: 'invoice',
  awaiting_billing_details: 'configure-billing',
  not_generated: 'generate-invoice',
  failed: 'retry-invoice',
};

/**
 * The actions of one row, in display order. Details always; Recheck on pending
 * and abandoned; one invoice action on completed payments by invoice state
 * (none while `generating`, for `not_applicable` or an unknown state).
 */
export function actionsFor(payment: Pick<Payment, 'status' | 'invoice'>): PaymentAction[] {
  const actions: PaymentAction[] = ['details'];
  if (payment.status === 'pending' || payment.status === 'abandoned') actions.push('recheck');
  if (payment.status === 'completed') {
    const invoiceAction = INVOICE_ACTION[payment.invoice.status];
    if (invoiceAction) actions.push(invoiceAction);
  }
  return actions;
}

/** The row is waiting for its invoice: it says so and polls until it settles. */
export const isInvoiceGenerating = (payment: Pick<Payment, 'status' | 'invoice'>) =>
  payment.status === 'completed' && payment.invoice.status === 'generating';

export function statusLabel(status: string): string {
  switch (status) {
    case 'completed':
      return msg('Completed', { id: 'payments-list.status.completed' });
    case 'pending':
      return msg('Pending', { id: 'payments-list.status.pending' });
    case 'failed':
      return msg('Failed', { id: 'payments-list.status.failed' });
    case 'abandoned':
      return msg('Abandoned', { id: 'payments-list.status.abandoned' });
    default:
      return humanise(status); // Unknown values read as words ("partially_refunded" → "Partially refunded"), with a neutral badge.
  }
}

/** The status badge; an unknown status reads as words with its raw value in the title. */
export const statusBadge = (status: string) =>
  badge(statusLabel(status), statusTone(status), 'badge', (PAYMENT_STATUSES as readonly string[]).includes(status) ? statusLabel(status) : status);

export function statusTone(status: string): Tone {
  switch (status) {
    case 'completed':
      return 'success';
    case 'pending':
      return 'warning';
    case 'failed':
      return 'danger';
    default:
      return 'neutral'; // abandoned and anything unknown
  }
}

export function invoiceLabel(status: string): string {
  switch (status) {
    case 'ready':
      return msg('Ready', { id: 'payments-list.invoice.ready' });
    case 'generating':
      return msg('Generating…', { id: 'payments-list.invoice.generating' });
    case 'not_generated':
      return msg('Not generated yet', { id: 'payments-list.invoice.not-generated' });
    case 'awaiting_billing_details':
      return msg('Waiting for billing details', { id: 'payments-list.invoice.awaiting-billing' });
    case 'failed':
      return msg('Generation failed', { id: 'payments-list.invoice.failed' });
    case 'not_applicable':
      return msg('Not applicable', { id: 'payments-list.invoice.not-applicable' });
    default:
      return humanise(status);
  }
}

/**
 * What was bought, in a few words: "5,000 credits", "Pro Subscription" (with
 * the credits it added, if any), a custom payment's remark (or "Custom
 * Payment" without one); an unknown kind by its name as sent.
 */
export function paymentDescription(p: Pick<Payment, 'kind' | 'credits' | 'remark'>, fmt: Pick<Formatter, 'credits'>): string {
  const credits = p.credits ? fmt.credits(p.credits) : undefined;
  if (p.kind === 'custom') return p.remark?.trim() || kindName(p.kind);
  if (p.kind === 'credits' && credits) return msg(str`${credits} credits`, { id: 'payments-list.description.credits' });
  if (p.kind === 'pro_subscription' && credits) return msg(str`Pro Subscription, ${credits} credits`, { id: 'payments-list.description.pro-credits' });
  // A kind this version does not know: its name as the API sent it.
  if (credits) return msg(str`${p.kind}, ${credits} credits`, { id: 'payments-list.description.with-credits' });
  return kindName(p.kind);
}

/** Gateways by their brand names; others as sent. */
export function gatewayLabel(gateway: string): string {
  const names: Record<string, string> = { razorpay: 'Razorpay', payglocal: 'PayGlocal' };
  return names[gateway] ?? gateway;
}

export function actionLabel(action: PaymentAction): string {
  switch (action) {
    case 'details':
      return msg('Details', { id: 'payments-list.action.details' });
    case 'recheck':
      return msg('Recheck', { id: 'payments-list.action.recheck' });
    case 'invoice':
      return msg('Invoice', { id: 'payments-list.action.invoice' });
    case 'configure-billing':
      return msg('Configure Billing', { id: 'payments-list.action.configure-billing' });
    case 'generate-invoice':
      return msg('Generate Invoice', { id: 'payments-list.action.generate-invoice' });
    case 'retry-invoice':
      return msg('Retry Invoice', { id: 'payments-list.action.retry-invoice' });
  }
}
