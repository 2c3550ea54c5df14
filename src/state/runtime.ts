/**
 * The client + store + settings behind a `<credits-provider>`, or behind an
 * element used on its own with `api-base` and `organisation`. One piece serves both.
 */
import { CreditsClient, type TokenProvider } from '../api/client.js';
import { emit } from '../core/events.js';
import type { GatewayAdapter } from '../core/gateway.js';
import { applyLocale } from '../i18n/localize.js';
import type { CreditsContextValue, CreditsRoutes } from './context.js';
import { CreditsStore } from './store.js';
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
  /** Below this many credits a balance counts as low. */
  lowBalanceThreshold?: number;
}

const NO_ROUTES: CreditsRoutes = Object.freeze({});
const NO_GATEWAYS: readonly GatewayAdapter[] = Object.freeze([]);

export const defaultLocale = (): string => (typeof navigator !== 'undefined' && navigator.language) || 'en-IN';

export class CreditsRuntime {
  private store?: CreditsStore;
  private transport?: { apiBase: string; tokenProvider?: TokenProvider; fetch?: typeof fetch; staleTime?: number };
  private current?: CreditsContextValue;

  /** `host` is where `credits-error` and `credits-auth-required` are dispatched. */
  constructor(private readonly host: EventTarget) {}

  get value(): CreditsContextValue | undefined {
    return this.current;
  }

  /** Apply the host's settings; returns the (possibly new) context value, or undefined while incomplete. */
  configure(config: RuntimeConfig): CreditsContextValue | undefined {
    const { apiBase, organisation } = config;
    if (apiBase === undefined || !organisation) return (this.current = undefined);
    const t = this.transport;
    if (!this.store || !t || t.apiBase !== apiBase || t.tokenProvider !== config.tokenProvider || t.fetch !== config.fetch || t.staleTime !== config.staleTime) {
      this.store?.clear();
      this.transport = { apiBase, tokenProvider: config.tokenProvider, fetch: config.fetch, staleTime: config.staleTime };
      const client = new CreditsClient({
        apiBase,
        tokenProvider: config.tokenProvider,
        fetch: config.fetch,
        onAuthRequired: (error) => emit(this.host, 'credits-auth-required', { error }),
      });
      this.store = new CreditsStore({
        client,
        organisation,
        staleTime: config.staleTime,
        onError: (operation, error) => emit(this.host, 'credits-error', { operation, error, requestId: error.requestId }),
      });
    }
    this.store.setOrganisation(organisation);
    const locale = config.locale || defaultLocale();
    void applyLocale(locale, this.host);
    const next: CreditsContextValue = {
      store: this.store,
      organisation,
      locale,
      timeZone: usableTimeZone(config.timeZone),
      routes: config.routes ?? NO_ROUTES,
      gateways: config.gateways ?? NO_GATEWAYS,
      lowBalanceThreshold: normaliseThreshold(config.lowBalanceThreshold),
    };
    const prev = this.current;
    const same =
      prev &&
      prev.store === next.store &&
      prev.organisation === next.organisation &&
      prev.locale === next.locale &&
      prev.timeZone === next.timeZone &&
      prev.routes === next.routes &&
      prev.gateways === next.gateways &&
      prev.lowBalanceThreshold === next.lowBalanceThreshold;
    if (!same) this.current = next;
    return this.current;
  }

  dispose(): void {
    this.store?.clear();
    this.store = undefined;
    this.transport = undefined;
    this.current = undefined;
  }
}
