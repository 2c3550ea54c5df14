/**
 * One user intent = one Idempotency-Key. The key is made when the user first
 * pays for an order and kept across double clicks, re-renders and retries
 * after a timeout or network error (the server then answers the same
 * payment); a new key comes only after a definite failure or cancel, a
 * definite rejection, a completed payment, or when the user changes the order.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Checkout, Payment, PurchaseRequest, Quote } from '../../api/schemas.js';
import { ApiError, isAbort } from '../../api/errors.js';
import type { GatewayAdapter, GatewayOutcome } from '../../core/gateway.js';
import { resolveGateway } from '../../gateways/resolve.js';
import { clearReturnMarker, rememberPendingPayment } from '../../gateways/return.js';
import { Decimal } from '../../money/decimal.js';
import { getPayment, newIdempotencyKey, purchase, recheckPayment } from '../../state/actions.js';
import type { CreditsStore } from '../../state/store.js';

export type PaymentPhase = 'idle' | 'creating' | 'paying' | 'checking';

export type PaymentResult =
  /** `untrusted`: a payment only a return link named (not started in this tab): its status is shown, never announced. */
  | { kind: 'completed' | 'pending' | 'failed' | 'cancelled'; payment: Payment; untrusted?: boolean }
  /** `gateway`: the payment gateway failed (could not load, or threw); the host hears of it through `credits-error`. */
  | { kind: 'error'; error: ApiError | Error; payment?: Payment; gateway?: boolean };

export interface PayRequest {
  store: CreditsStore;
  body: PurchaseRequest;
  /** Identifies the order (organisation + what is bought). */
  signature: string;
  gateways: readonly GatewayAdapter[];
  /** On the sandbox: no built-in gateway may run (only the simulated one). */
  sandbox?: boolean;
  /** The quote the user reviewed: the payment and the checkout must charge exactly its total. */
  quote: Quote;
}

/** The server's purchase answer charges another amount than the user reviewed. */
export class PriceChangedError extends Error {
  override readonly name = 'PriceChangedError';
}

/**
 * Why the hand-off must not run, or undefined: the payment's amount and currency are the
 * reviewed total's, and a checkout naming an amount (`amount_minor`, `currency`) names the payment's.
 */
export function handOffMismatch(quote: Quote, payment: Payment, checkout: Checkout): string | undefined {
  const amount = Decimal.tryParse(payment.amount);
  const total = Decimal.tryParse(quote.total);
  if (!amount || !total || !amount.equals(total) || payment.currency !== quote.currency)
    return `The payment is for ${payment.amount} ${payment.currency}; the order reviewed was ${quote.total} ${quote.currency}.`;
  const c = checkout as { amount_minor?: unknown; currency?: unknown };
  if ('amount_minor' in c && (typeof c.amount_minor !== 'number' || BigInt(c.amount_minor) !== amount.toMinorUnits(payment.currency)))
    return `The checkout charges ${String(c.amount_minor)} minor units; the payment is ${payment.amount} ${payment.currency}.`;
  if ('currency' in c && c.currency !== payment.currency) return `The checkout charges in ${String(c.currency)}; the payment is in ${payment.currency}.`;
  return undefined;
}

/**
 * Errors after which the same request may be sent again with the same key. A 409
 * is one: the server is still processing this key (API.md: refetch), so the
 * intent and its key stay, and the payments are fetched again.
 */
const uncertain = (error: unknown) => !(error instanceof ApiError) || error.kind !== 'http' || error.transient || error.status === 409;

export class PaymentController implements ReactiveController {
  phase: PaymentPhase = 'idle';
  result?: PaymentResult;
  /** The gateway's own outcome, before the server's recheck. */
  gatewayOutcome?: GatewayOutcome;
  private key?: string;
  private signature?: string;
  /** Where the open intent is kept beyond this element (per organisation + order). */
  private intents?: Map<string, string>;
  /** The store's purchases sent without an answer (per organisation + order). */
  private uncertainSent?: CreditsStore['uncertain'];
  private running?: Promise<PaymentResult>;
  private abort?: AbortController;
  private detached?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onResult: (result: PaymentResult) => void,
  ) {
    host.addController(this);
  }

  get busy(): boolean {
    return this.running !== undefined;
  }

  /**
   * The key this order pays with: the open intent's for the same order (kept in
   * `intents`, the store's, across leaving the wizard), else a new one.
   */
  keyFor(signature: string, intents?: Map<string, string>): string {
    if (intents) this.intents = intents;
    if (this.signature !== signature || !this.key) {
      this.signature = signature;
      this.key = this.intents?.get(signature) ?? newIdempotencyKey();
    }
    this.intents?.set(signature, this.key);
    return this.key;
  }

  /** Pay for the order. While a payment runs, further calls join it (a double click is one payment). */
  pay(request: PayRequest): Promise<PaymentResult> {
    this.running ??= this.run(request).finally(() => {
      this.running = undefined;
      this.phase = 'idle';
      this.host.requestUpdate();
    });
    return this.running;
  }

  /** The intent is over: the next payment gets a new key. */
  endIntent(): void {
    if (this.signature !== undefined && this.intents?.get(this.signature) === this.key) this.intents?.delete(this.signature);
    if (this.signature !== undefined) this.uncertainSent?.delete(this.signature);
    this.key = undefined;
    this.signature = undefined;
  }

  /** Forget the outcome shown (the user goes back to the form); the key rules above still hold. */
  clearResult(): void {
    this.result = undefined;
    this.gatewayOutcome = undefined;
  }

  /** Organisation switch: stop following the old payment and forget everything. */
  reset(): void {
    this.abort?.abort();
    this.abort = undefined;
    this.running = undefined;
    this.phase = 'idle';
    this.clearResult();
    // The old organisation's open intent stays in the store (keyed by organisation).
    this.key = undefined;
    this.signature = undefined;
  }

  hostConnected(): void {
    clearTimeout(this.detached);
  }

  /**
   * Removed from the page (not merely moved: a re-attach in the same task
   * keeps it): stop following the payment, so no recheck is sent for an
   * element nobody sees. The payment stays pending on the server, where the
   * payments list offers Recheck; the key is kept, so paying again from this
   * element answers the same payment.
   */
  hostDisconnected(): void {
    clearTimeout(this.detached);
    this.detached = setTimeout(() => this.abort?.abort(), 0);
  }

  /**
   * Show a payment the user came back for (redirect gateways): recheck it and settle. An
   * untrusted one (only the URL named it) is read, not rechecked, and its outcome is marked
   * `untrusted` so no purchase is announced for it.
   */
  async resume(store: CreditsStore, paymentId: string, trusted: boolean): Promise<PaymentResult> {
    this.phase = 'checking';
    this.host.requestUpdate();
    try {
      const payment = trusted ? await recheckPayment(store, paymentId) : await getPayment(store, paymentId);
      const result = this.classify(payment, 'pending');
      return this.settle(trusted || result.kind === 'error' ? result : { ...result, untrusted: true });
    } catch (error) {
      return this.settle({ kind: 'error', error: error instanceof Error ? error : new Error(String(error)) });
    } finally {
      this.phase = 'idle';
    }
  }

  /**
   * Recheck the pending payment on screen and show what the server says now. A
   * recheck that fails leaves it shown as pending (answers false).
   */
  async recheckShown(store: CreditsStore): Promise<boolean> {
    const shown = this.result;
    if (shown?.kind !== 'pending') return true;
    try {
      const payment = await recheckPayment(store, shown.payment.id);
      if (this.result === shown) this.settle(this.classify(payment, 'pending'));
      return true;
    } catch {
      return false;
    }
  }

  private async run({ store, body, signature, gateways, sandbox, quote }: PayRequest): Promise<PaymentResult> {
    this.clearResult();
    const key = this.keyFor(signature, store.intents);
    this.uncertainSent = store.uncertain;
    const abort = new AbortController();
    this.abort = abort;
    this.phase = 'creating';
    this.host.requestUpdate();
    let created;
    try {
      created = await purchase(store, body, key);
      store.uncertain.delete(signature); // answered: the payment is known now
    } catch (error) {
      // A definite rejection (4xx) ends the intent; an unknown result keeps the key for the retry.
      if (!uncertain(error)) this.endIntent();
      else if (!isAbort(error)) store.uncertain.set(signature, { organisation: store.organisation, key, body, since: store.uncertain.get(signature)?.since ?? Date.now() });
      else if (error instanceof ApiError && error.status === 409) store.invalidate(['payments']);
      return this.settle({ kind: 'error', error: error instanceof Error ? error : new Error(String(error)) });
    }
    if (abort.signal.aborted) return { kind: 'error', error: new DOMException('Aborted', 'AbortError') };
    const { payment, checkout } = created;
    const mismatch = handOffMismatch(quote, payment, checkout);
    if (mismatch) {
      // Nothing is handed to a gateway: the user reviews the order (and its new quote) again.
      this.endIntent();
      return this.settle({ kind: 'error', error: new PriceChangedError(mismatch), payment });
    }
    // The marker a redirect gateway's return page accepts: this tab left for this payment.
    rememberPendingPayment(store.organisation, payment.id);
    this.phase = 'paying';
    this.host.requestUpdate();
    let outcome: GatewayOutcome | undefined;
    let gatewayError: Error | undefined;
    try {
      const adapter = await resolveGateway(checkout.gateway, gateways, { builtIns: !sandbox });
      outcome = await adapter.pay(checkout, { signal: abort.signal, payment });
    } catch (error) {
      if (isAbort(error) && abort.signal.aborted) return { kind: 'error', error: error as Error };
      gatewayError = error instanceof Error ? error : new Error(String(error));
    }
    if (abort.signal.aborted) return { kind: 'error', error: new DOMException('Aborted', 'AbortError') };
    this.gatewayOutcome = outcome;
    this.phase = 'checking';
    this.host.requestUpdate();
    let checked: Payment;
    try {
      checked = await recheckPayment(store, payment.id);
    } catch {
      // The gateway may have taken the money: uncertain, so the payments list and Recheck.
      return this.settle(gatewayError ? { kind: 'error', error: gatewayError, payment, gateway: true } : { kind: 'pending', payment });
    }
    if (abort.signal.aborted) return { kind: 'error', error: new DOMException('Aborted', 'AbortError') };
    if (gatewayError && checked.status === 'pending') return this.settle({ kind: 'error', error: gatewayError, payment: checked, gateway: true });
    return this.settle(this.classify(checked, outcome ?? 'pending'));
  }

  /** The server's status wins; a pending payment the user cancelled or that failed in the gateway reads as such. */
  private classify(payment: Payment, outcome: GatewayOutcome): PaymentResult {
    switch (payment.status) {
      case 'completed':
        return { kind: 'completed', payment };
      case 'failed':
        return { kind: 'failed', payment };
      case 'abandoned':
        return { kind: 'cancelled', payment };
      default:
        return outcome === 'failed' || outcome === 'cancelled' ? { kind: outcome, payment } : { kind: 'pending', payment };
    }
  }

  private settle(result: PaymentResult): PaymentResult {
    if (result.kind === 'completed' || result.kind === 'failed' || result.kind === 'cancelled') {
      this.endIntent();
      if (!('untrusted' in result && result.untrusted)) clearReturnMarker();
    }
    this.result = result;
    this.onResult(result);
    this.host.requestUpdate();
    return result;
  }
}
