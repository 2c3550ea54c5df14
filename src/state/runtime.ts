/**
 * The client + store + settings behind a `<credits-provider>`, or behind an
 * element used on its own with `api-base` and `organisation`. One piece serves both.
 */
import { Transport as HttpTransport, type TokenProvider } from '../api/transport.js';
import { emit } from '../core/events.js';
import { gatewayOfFetch, type GatewayAdapter } from '../core/gateway.js';
import { SANDBOX_API_BASE, SANDBOX_ORGANISATION, sandboxConflicts, sandboxFetch, sandboxGateway } from '../sandbox/index.js';
import { applyLocale } from '../i18n/localize.js';
import type { CreditsContextValue, CreditsRoutes } from './context.js';
import { CreditsStore } from './store.js';
import { LiveBalance } from './live.js';
import { normaliseThreshold } from './low-balance.js';
import { usableTimeZone } from '../time/usable-zone.js';

export interface RuntimeConfig {
  apiBase?: string;
  organisation?: string;
  tokenProvider?: TokenProvider;
  fetch?: typeof fetch;
  locale?: string;
  timeZone?: string;
  routes?: CreditsRoutes;
  gateways?: readonly GatewayAdapter[];
  /** How long data counts as fresh, in ms (default 30 s). */
  staleTime?: number;
  /** The simulated backend in the page (see `sandbox` on the provider). */
  sandbox?: boolean;
  /** `token`: nothing is requested until `tokenProvider` is set. */
  auth?: 'token' | 'cookie';
  /** Below this many credits a balance counts as low. */
  lowBalanceThreshold?: number;
  /** Follow `credits/stream` (or poll the summary where the server has no stream). */
  live?: boolean;
}

interface Transport {
  apiBase: string;
  tokenProvider?: TokenProvider;
  fetch?: typeof fetch;
  staleTime?: number;
  /** Set when the sandbox refuses to start: every request fails with it, none is sent. */
  refusal?: string;
}

const sameTransport = (a: Transport | undefined, b: Transport) =>
  !!a && a.apiBase === b.apiBase && a.tokenProvider === b.tokenProvider && a.fetch === b.fetch && a.staleTime === b.staleTime && a.refusal === b.refusal;

const NO_ROUTES: CreditsRoutes = Object.freeze({});
const NO_GATEWAYS: readonly GatewayAdapter[] = Object.freeze([]);
const SANDBOX_GATEWAYS: readonly GatewayAdapter[] = Object.freeze([sandboxGateway]);
const sameList = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export const defaultLocale = (): string => (typeof navigator !== 'undefined' && navigator.language) || 'en-IN';

export class CreditsRuntime {
  private store?: CreditsStore;
  private live?: LiveBalance;
  private transport?: Transport;
  private current?: CreditsContextValue;

  /** `host` is where `credits-error` and `credits-auth-required` are dispatched. */
  constructor(private readonly host: EventTarget) {}

  get value(): CreditsContextValue | undefined {
    return this.current;
  }

  /** Apply the host's settings; returns the (possibly new) context value, or undefined while incomplete. */
  configure(config: RuntimeConfig): CreditsContextValue | undefined {
    const sandbox = !!config.sandbox;
    const organisation = config.organisation || (sandbox ? SANDBOX_ORGANISATION : undefined);
    if (!organisation) {
      this.live?.configure(false, '');
      return (this.current = undefined);
    }
    let transport: Transport;
    let gateways = config.gateways ?? NO_GATEWAYS;
    if (sandbox) {
      const conflicts = sandboxConflicts(config);
      transport = { apiBase: SANDBOX_API_BASE, fetch: sandboxFetch, staleTime: config.staleTime, refusal: conflicts.length ? conflicts.join(', ') : undefined };
      gateways = SANDBOX_GATEWAYS;
    } else {
      // auth="token": the token provider is on its way; a request now would go without it.
      if (config.apiBase === undefined || (config.auth === 'token' && !config.tokenProvider)) {
        this.live?.configure(false, organisation);
        return (this.current = undefined);
      }
      transport = { apiBase: config.apiBase, tokenProvider: config.tokenProvider, fetch: config.fetch, staleTime: config.staleTime };
      // A simulator given as `fetch` brings its gateway (after the host's own adapters).
      const simulated = gatewayOfFetch(config.fetch);
      if (simulated && !gateways.includes(simulated)) gateways = [...gateways, simulated];
    }
    if (!this.store || !sameTransport(this.transport, transport)) {
      this.store?.clear();
      this.transport = transport;
      const client = new HttpTransport({
        apiBase: transport.apiBase,
        tokenProvider: transport.tokenProvider,
        fetch: transport.fetch,
        refusal: transport.refusal,
        onAuthRequired: (error) => emit(this.host, 'credits-auth-required', { error }),
      });
      this.store = new CreditsStore({
        client,
        organisation,
        staleTime: transport.staleTime,
        onError: (operation, error) => emit(this.host, 'credits-error', { operation, error, requestId: error.requestId }),
      });
      this.live?.dispose();
      this.live = new LiveBalance(this.store);
    }
    this.store.setOrganisation(organisation);
    this.live!.configure(!!config.live, organisation);
    const locale = config.locale || defaultLocale();
    void applyLocale(locale, this.host);
    const next: CreditsContextValue = {
      store: this.store,
      organisation,
      locale,
      timeZone: usableTimeZone(config.timeZone),
      routes: config.routes ?? NO_ROUTES,
      gateways,
      sandbox,
      lowBalanceThreshold: normaliseThreshold(config.lowBalanceThreshold),
      live: this.live,
    };
    const prev = this.current;
    const same =
      prev &&
      prev.store === next.store &&
      prev.organisation === next.organisation &&
      prev.locale === next.locale &&
      prev.timeZone === next.timeZone &&
      prev.routes === next.routes &&
      prev.sandbox === next.sandbox &&
      prev.lowBalanceThreshold === next.lowBalanceThreshold &&
      (prev.gateways === next.gateways || sameList(prev.gateways, next.gateways));
    if (!same) this.current = next;
    return this.current;
  }

  dispose(): void {
    this.live?.dispose();
    this.live = undefined;
    this.store?.clear();
    this.store = undefined;
    this.transport = undefined;
    this.current = undefined;
  }
}
