/** Payment lifecycle: gateway settlement, rechecks, lazy invoice generation, the PDF. */
import type { Payment } from '../api/schemas.js';
import { DAY, dateOnly, gatewayRef, invoiceNumber, iso } from './data.js';
import { SELLER_GSTIN } from './pricing.js';
import { mulberry32 } from './rng.js';
import type { OrgState, Outcome, PaymentRecord, SimState } from './types.js';

export interface Ctx {
  state: SimState;
  now: number;
  viewerEmail: string;
  invoiceDelayMs: number;
}

/** Applies what the gateway said. Only a pending payment changes. */
export function applyOutcome(ctx: Ctx, rec: PaymentRecord, outcome: Outcome): void {
  const p = rec.payment;
  if (p.status !== 'pending') return;
  if (outcome === 'completed') complete(ctx, rec);
  else if (outcome === 'failed') {
    p.status = 'failed';
    p.gateway_reference ??= ref(ctx, p);
  } else if (outcome === 'cancelled') p.status = 'abandoned';
  else rec.pendingRechecks = 0;
}

/** `recheck`: a pending payment the gateway still holds completes on the 2nd recheck. */
export function recheck(ctx: Ctx, rec: PaymentRecord): void {
  if (rec.payment.status !== 'pending' || rec.pendingRechecks === null) return;
  rec.pendingRechecks += 1;
  if (rec.pendingRechecks >= 2) complete(ctx, rec);
}

function ref(ctx: Ctx, p: Payment) {
  return gatewayRef(mulberry32(ctx.state.counters.payment * 31 + p.id.length + ctx.now), p.gateway === 'razorpay');
}

function complete(ctx: Ctx, rec: PaymentRecord): void {
  const p = rec.payment;
  const org = ctx.state.orgs[rec.org]!;
  p.status = 'completed';
  p.completed_at = iso(ctx.now);
  p.gateway_reference ??= ref(ctx, p);
  rec.pendingRechecks = null;
  if (p.kind === 'pro_subscription') {
    org.plan_type = 'pro';
    // Pro includes no credits by default (the Pro guide): the trial's allowance does not carry over.
    org.included_credits = 0;
    org.started_at = dateOnly(ctx.now);
    org.expires_at = dateOnly(ctx.now + 365 * DAY);
  }
  if (p.kind !== 'custom' && p.credits) {
    org.transactions.unshift({
      id: `txn_${++ctx.state.counters.txn}`,
      type: 'purchase',
      usage_kind: null,
      delta: p.credits,
      event: null,
      user_email: ctx.viewerEmail,
      created_at: iso(ctx.now),
      payment_id: p.id,
    });
    org.balance += p.credits;
  }
  if (org.billing) startInvoice(ctx, rec);
  else p.invoice = { status: 'awaiting_billing_details', number: null };
}

export function startInvoice(ctx: Ctx, rec: PaymentRecord): void {
  rec.payment.invoice = { status: 'generating', number: null };
  rec.invoiceRequestedAt = ctx.now;
}

/** Lazily finishes a generation once `invoiceDelayMs` has passed by the clock. */
export function refresh(ctx: Ctx, rec: PaymentRecord): Payment {
  const inv = rec.payment.invoice;
  if (inv.status === 'generating' && rec.invoiceRequestedAt !== null && ctx.now - rec.invoiceRequestedAt >= ctx.invoiceDelayMs) {
    const fails = ctx.state.invoiceFailures;
    if (fails.has(rec.payment.id) || fails.has('*')) {
      fails.delete(rec.payment.id);
      rec.payment.invoice = { status: 'failed', number: null };
    } else {
      rec.payment.invoice = { status: 'ready', number: invoiceNumber(ctx.state, ctx.now) };
    }
    rec.invoiceRequestedAt = null;
  }
  return rec.payment;
}

export function onBillingSaved(org: OrgState): void {
  for (const rec of org.payments)
    if (rec.payment.invoice.status === 'awaiting_billing_details') rec.payment.invoice = { status: 'not_generated', number: null };
}

/** A small, valid one-page PDF naming the invoice. */
export function invoicePdf(org: OrgState, p: Payment): Uint8Array {
  const esc = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, '?');
  const text = [
    `Tax invoice ${p.invoice.number}`,
    `${org.billing?.business_name ?? org.name}`,
    `Payment ${p.id} - ${p.kind}${p.credits ? ` - ${p.credits} credits` : ''}`,
    `Subtotal ${p.currency} ${p.subtotal}${p.tax ? ` - ${p.tax.name} ${p.tax.amount}` : ''}`,
    // The GST split and the place of supply, as a tax invoice states them.
    ...(p.tax?.components ?? []).map((c) => `${c.name} ${Number(c.rate) * 100}% ${p.currency} ${c.amount}`),
    ...(p.tax?.place_of_supply ? [`Place of supply ${p.tax.place_of_supply}`] : []),
    // INR (GST) invoices: the GSTIN lines the Pro guide promises, the seller's always, the buyer's or "unregistered".
    ...(p.tax ? [`9Pic GSTIN ${SELLER_GSTIN}`, `Buyer GSTIN ${org.billing?.tax_id || 'unregistered'}`] : []),
    `Total ${p.currency} ${p.amount}`,
  ];
  const stream = `BT /F1 14 Tf 72 760 Td 18 TL ${text.map((t) => `(${esc(t)}) Tj T*`).join(' ')} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}
