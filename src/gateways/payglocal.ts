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
import { safeHref } from '../ui/safe-url.js';
import { returnUrlFor } from './return.js';
import type { GatewayAdapter } from '../core/gateway.js';

/** Hosts PayGlocal's payment pages are served from: `payglocal.in` and its subdomains. */
export const PAYGLOCAL_HOSTS: readonly string[] = ['payglocal.in', '.payglocal.in'];

export interface PayGlocalAdapterOptions {
  /**
   * Hosts the adapter may navigate to (https only): `pay.example.com` exactly, `.example.com` for
   * its subdomains. Default {@link PAYGLOCAL_HOSTS}.
   */
  allowedHosts?: readonly string[];
  /** Goes to a URL; default `location.assign`. */
  navigate?: (url: string) => void;
  /** The URL PayGlocal returns to; default this page's origin and path with `?credits_payment=<id>` (no other query, no fragment). */
  returnUrl?: (payment: Payment) => string;
  /** The redirect URL's parameter carrying the return URL; default `return_url`. */
  returnParam?: string;
}

function isPayGlocalCheckout(checkout: Checkout): checkout is PayGlocalCheckout {
  return checkout.gateway === 'payglocal' && typeof (checkout as Partial<PayGlocalCheckout>).redirect_url === 'string';
}

/** The redirect URL when it is https on an allowed host, else undefined. */
export function allowedRedirect(value: string, hosts: readonly string[] = PAYGLOCAL_HOSTS): URL | undefined {
  const href = safeHref(value);
  if (!href || !/^https:/i.test(href)) return undefined;
  const url = new URL(href);
  const host = url.hostname.toLowerCase();
  const allowed = hosts.some((h) => (h.startsWith('.') ? host.endsWith(h.toLowerCase()) && host.length > h.length : host === h.toLowerCase()));
  return allowed && !url.username && !url.password ? url : undefined;
}

export function createPayGlocalAdapter(options: PayGlocalAdapterOptions = {}): GatewayAdapter {
  const navigate = options.navigate ?? ((url: string) => window.location.assign(url));
  return {
    name: 'payglocal',
    async pay(checkout, { signal, payment }) {
      if (!isPayGlocalCheckout(checkout)) throw new TypeError('This checkout is not a PayGlocal payment.');
      const url = allowedRedirect(checkout.redirect_url, options.allowedHosts);
      if (!url) throw new TypeError('The PayGlocal payment page address is not an https address on an allowed host.');
      signal?.throwIfAborted();
      const back = safeHref(options.returnUrl?.(payment) ?? returnUrlFor(payment.id));
      if (back) url.searchParams.set(options.returnParam ?? 'return_url', new URL(back, location.href).toString());
      navigate(url.toString());
      return 'pending';
    },
  };
}

/** The built-in PayGlocal adapter. */
export const payglocal: GatewayAdapter = createPayGlocalAdapter();
