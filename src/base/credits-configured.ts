/**
 * The one place the provider's settings are declared. `<credits-provider>`,
 * `<credits-area>` and every Credits element extend this class, so each
 * setting is a real reactive property with one type and one attribute name.
 */
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { TokenProvider } from '../api/transport.js';
import type { GatewayAdapter } from '../core/gateway.js';
import type { CreditsRoutes } from '../state/context.js';
import type { RuntimeConfig } from '../state/runtime.js';
import { VERSION } from '../version.js';
import { connectHook } from './connect-hook.js';

/** The provider's settings as properties (attributes for the plain ones), and the theme. */
export class CreditsConfigured extends LitElement implements RuntimeConfig {
  /** The library version that defined this class (`define()` names it when two copies meet on one page). */
  static readonly version: string = VERSION;

  /** Base URL of the Credits API, e.g. `/api`. */
  @property({ attribute: 'api-base' }) apiBase?: string;
  /** The organisation whose credits are shown. */
  @property() organisation?: string;
  /** BCP 47 locale for text, numbers, money and dates (e.g. `en-IN`, `hi-IN`). */
  @property() locale?: string;
  /** IANA time zone for dates and day counts (default: the viewer's). */
  @property({ attribute: 'time-zone' }) timeZone?: string;
  /** Supplies bearer tokens; without it cookies are sent. */
  @property({ attribute: false }) tokenProvider?: TokenProvider;
  /** A fetch-compatible function (tests, proxies, the simulator). */
  @property({ attribute: false }) fetch?: typeof fetch;
  /** Hrefs followed for `credits-navigate` targets (`{eventId}`, `{credits}`, `{plan}` and `{paymentId}` are replaced). */
  @property({ attribute: false }) routes?: CreditsRoutes;
  /** Payment gateway adapters replacing the built-in ones. */
  @property({ attribute: false }) gateways?: readonly GatewayAdapter[];
  /** How long data counts as fresh, in ms (default 30 s). */
  @property({ attribute: false }) staleTime?: number;
  /**
   * Runs on the simulated backend in the page (reads, writes and the payment step; no network, no
   * real money), loaded on demand, with a visible **Sandbox** marker. Without `organisation` it
   * shows the simulator's main organisation. Refuses to start when `tokenProvider`, `gateways`,
   * `fetch` or another `api-base` is given as well.
   */
  @property({ type: Boolean }) sandbox = false;
  /** `token`: a `tokenProvider` will be set; nothing is requested until it is. Default: cookies unless `tokenProvider` is set. */
  @property() auth?: 'token' | 'cookie';
  /** Below this many credits a balance is marked low and `credits-low-balance` fires (an element's own value wins over the provider's). */
  @property({ type: Number, attribute: 'low-balance-threshold' }) lowBalanceThreshold?: number;
  /**
   * Follow the balance live (`GET …/credits/stream`, Server-Sent Events with the same auth): the balance,
   * the tables and the monthly figure update while photos are processed, without reloads. One stream per
   * provider; paused while the page is hidden; against a server without the stream, the balance is
   * refreshed every 30 s while the page is visible.
   */
  @property({ type: Boolean }) live = false;

  /** `dark` switches the palette of the `--credits-*` tokens (reflected: the styles match `:host([theme='dark'])`). */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** The settings this element currently has. */
  protected get config(): RuntimeConfig {
    const { apiBase, organisation, locale, timeZone, tokenProvider, fetch, routes, gateways, staleTime, lowBalanceThreshold, sandbox, auth, live } = this;
    return { apiBase, organisation, locale, timeZone, tokenProvider, fetch, routes, gateways, staleTime, lowBalanceThreshold, sandbox, auth, live };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connectHook.onConnect?.(this);
  }
}
