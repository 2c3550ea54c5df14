/**
 * PayGlocal's hosted payment page is a redirect flow: the server initiates the
 * payment and answers the page's URL (`checkout.redirect_url`); the browser
 * goes there with the URL to come back to, and PayGlocal sends the user back
 * when the payment ends. The payment's status is then read from the server
 * (never from the return URL): on the return page call
 * `recheckReturnedPayment(store)` or `wizard.resumeReturnedPayment()`.
 *
 * `pay()` answers 'pending' as the page navigates away.
 */
import type { Checkout, PayGlocalCheckout } from '../api/schemas.js';
import type { Payment } from '../api/schemas.js';
import { safeHref } from '../base/safe-url.js';
import { rememberPendingPayment, returnUrlFor } from './return.js';
import type { GatewayAdapter } from './types.js';

export interface PayGlocalAdapterOptions {
  /** Goes to a URL; default `location.assign`. */
  navigate?: (url: string) => void;
  /** The URL PayGlocal returns to; default this page with `?credits_payment=<id>`. */
  returnUrl?: (payment: Payment) => string;
  /** The redirect URL's parameter carrying the return URL; default `return_url`. */
  returnParam?: string;
}

function isPayGlocalCheckout(checkout: Checkout): checkout is PayGlocalCheckout {
  return checkout.gateway === 'payglocal' && typeof (checkout as Partial<PayGlocalCheckout>).redirect_url === 'string';
}

export function createPayGlocalAdapter(options: PayGlocalAdapterOptions = {}): GatewayAdapter {
  const navigate = options.navigate ?? ((url: string) => window.location.assign(url));
  return {
    name: 'payglocal',
    async pay(checkout, { signal, payment }) {
      if (!isPayGlocalCheckout(checkout)) throw new TypeError('This checkout is not a PayGlocal payment.');
      const target = safeHref(checkout.redirect_url);
      if (!target) throw new TypeError('The PayGlocal payment page address is not a web address.');
      signal?.throwIfAborted();
      const url = new URL(target, location.href);
      const back = safeHref(options.returnUrl?.(payment) ?? returnUrlFor(payment.id));
      if (back) url.searchParams.set(options.returnParam ?? 'return_url', new URL(back, location.href).toString());
      rememberPendingPayment(payment.id);
      navigate(url.toString());
      return 'pending';
    },
  };
}

/** The built-in PayGlocal adapter. */
export const payglocal: GatewayAdapter = createPayGlocalAdapter();
