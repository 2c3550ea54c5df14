/**
 * Razorpay Standard Checkout (https://razorpay.com/docs/payments/payment-gateway/web-integration/standard/):
 * load `checkout.js` once, open `new Razorpay({ key, order_id, amount, currency, handler, modal: { ondismiss } })`
 * for the order the server created. `handler` runs on a successful payment;
 * `payment.failed` fires for a failed attempt (the modal stays open so the user
 * may try another method); closing the modal ends the flow. The server's
 * recheck afterwards is what counts: the outcome here is only the user's view.
 *
 * Under a strict CSP the host allows `https://checkout.razorpay.com` in
 * `script-src` and `frame-src`, and (with Trusted Types) the policy name
 * `credits-elements-razorpay`.
 */
import type { Checkout, RazorpayCheckout } from '../api/schemas.js';
import type { GatewayAdapter, GatewayOutcome } from '../core/gateway.js';

export const RAZORPAY_SCRIPT_URL = 'https://checkout.razorpay.com/v1/checkout.js';

/** The part of Razorpay's checkout options the adapter sets. */
export interface RazorpayOptions {
  key: string;
  order_id: string;
  amount: number;
  currency: string;
  name?: string;
  description?: string;
  prefill?: { name?: string; email?: string; contact?: string };
  theme?: { color?: string };
  handler: (response: { razorpay_payment_id: string; razorpay_order_id: string; razorpay_signature: string }) => void;
  modal: { ondismiss: () => void };
}
export interface RazorpayInstance {
  open(): void;
  close?(): void;
  on?(event: 'payment.failed', callback: (response: { error?: { description?: string } }) => void): void;
}
export type RazorpayConstructor = new (options: RazorpayOptions) => RazorpayInstance;

type RazorpayWindow = typeof globalThis & { Razorpay?: RazorpayConstructor };

interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): unknown };
}

const loads = new Map<string, Promise<RazorpayConstructor>>();
/** Script URLs the adapter may load: Razorpay's, and any an adapter was configured with. */
const allowedScripts = new Set([RAZORPAY_SCRIPT_URL]);
let policy: { createScriptURL(url: string): unknown } | undefined;

/** A script URL Trusted Types accept (when the page has them), else the plain string. */
function trustedScriptUrl(url: string): string {
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!tt) return url;
  policy ??= tt.createPolicy('credits-elements-razorpay', {
    createScriptURL: (value) => {
      if (!allowedScripts.has(value)) throw new TypeError(`Refusing to load ${value}`);
      return value;
    },
  });
  return policy.createScriptURL(url) as string;
}

/**
 * Loads Razorpay's checkout script with one `<script>` element per page (later
 * calls share it) and answers `window.Razorpay`. A failed load may be retried.
 */
export function loadRazorpay(scriptUrl: string = RAZORPAY_SCRIPT_URL): Promise<RazorpayConstructor> {
  const w = globalThis as RazorpayWindow;
  if (w.Razorpay) return Promise.resolve(w.Razorpay);
  let loading = loads.get(scriptUrl);
  if (!loading) {
    loading = new Promise<RazorpayConstructor>((resolve, reject) => {
      const script = document.createElement('script');
      script.async = true;
      script.src = trustedScriptUrl(scriptUrl);
      script.onload = () => (w.Razorpay ? resolve(w.Razorpay) : reject(new Error('Razorpay checkout loaded without window.Razorpay.')));
      script.onerror = () => {
        loads.delete(scriptUrl);
        script.remove();
        reject(new Error('Razorpay checkout could not be loaded.'));
      };
      document.head.append(script);
    });
    loads.set(scriptUrl, loading);
  }
  return loading;
}

export interface RazorpayAdapterOptions {
  /** Merchant name shown in the modal. */
  name?: string;
  description?: string;
  prefill?: RazorpayOptions['prefill'];
  theme?: RazorpayOptions['theme'];
  /** Where checkout.js comes from (a proxy, tests). */
  scriptUrl?: string;
  /** The merchant's key id: a checkout with another `key_id` is refused. */
  keyId?: string;
  /** At least the environment: e.g. `rzp_live_` in production, `rzp_test_` elsewhere. */
  keyPrefix?: string;
}

/** Why a checkout's key is refused, or undefined when it is the expected one. */
function keyProblem(key: string, options: RazorpayAdapterOptions): string | undefined {
  if (options.keyId !== undefined && key !== options.keyId) return 'The payment was set up for another Razorpay account.';
  if (options.keyPrefix !== undefined && !key.startsWith(options.keyPrefix)) return `The Razorpay key is not a ${options.keyPrefix} key.`;
  return undefined;
}

function isRazorpayCheckout(checkout: Checkout): checkout is RazorpayCheckout {
  const c = checkout as Partial<RazorpayCheckout>;
  return c.gateway === 'razorpay' && typeof c.order_id === 'string' && typeof c.key_id === 'string' && Number.isInteger(c.amount_minor) && typeof c.currency === 'string';
}

export function createRazorpayAdapter(options: RazorpayAdapterOptions = {}): GatewayAdapter {
  if (options.scriptUrl) allowedScripts.add(options.scriptUrl);
  return {
    name: 'razorpay',
    async pay(checkout, { signal }) {
      if (!isRazorpayCheckout(checkout)) throw new TypeError('This checkout is not a Razorpay order.');
      const problem = keyProblem(checkout.key_id, options);
      if (problem) throw new TypeError(problem);
      signal?.throwIfAborted();
      const Razorpay = await loadRazorpay(options.scriptUrl);
      signal?.throwIfAborted();
      return new Promise<GatewayOutcome>((resolve) => {
        let attemptFailed = false;
        let settled = false;
        const finish = (outcome: GatewayOutcome) => {
          if (settled) return;
          settled = true;
          signal?.removeEventListener('abort', onAbort);
          resolve(outcome);
        };
        const instance = new Razorpay({
          key: checkout.key_id,
          order_id: checkout.order_id,
          amount: checkout.amount_minor,
          currency: checkout.currency,
          name: options.name,
          description: options.description,
          prefill: options.prefill,
          theme: options.theme,
          handler: () => finish('completed'),
          modal: { ondismiss: () => finish(attemptFailed ? 'failed' : 'cancelled') },
        });
        instance.on?.('payment.failed', () => {
          attemptFailed = true;
        });
        const onAbort = () => {
          instance.close?.();
          finish('cancelled');
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        instance.open();
      });
    },
  };
}

/** The built-in Razorpay adapter. */
export const razorpay: GatewayAdapter = createRazorpayAdapter();
