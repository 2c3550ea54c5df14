import { LitElement, css, html, type PropertyValues } from 'lit';
import { ContextProvider } from '@lit/context';
import { creditsContext } from '../../state/context.js';
import { CreditsRuntime, type RuntimeConfig } from '../../state/runtime.js';
import { configProperties, readConfig } from '../../base/credits-element.js';
import { darkThemeDeclarations } from '../../styles/tokens.js';

/**
 * Holds the one API client and data store for the elements inside it and
 * shares them through context: elements below one provider share one cache,
 * so five elements reading the balance make one request.
 *
 * Changing `organisation` drops everything of the old organisation at once.
 *
 * @summary Connects the Credits elements inside it to a 9Pic backend.
 * @tagname credits-provider
 * @slot - The Credits elements (and anything else).
 * @fires {CustomEvent<CreditsErrorDetail>} credits-error - A load or write failed. `detail: { operation, error, requestId }`.
 * @fires {CustomEvent<AuthRequiredDetail>} credits-auth-required - The server still answered 401 after one token refresh. `detail: { error }`.
 * @attr {string} api-base - Base URL of the Credits API, e.g. `/api`.
 * @attr {string} organisation - The organisation whose credits are shown.
 * @attr {string} locale - BCP 47 locale for text, numbers, money and dates (e.g. `en-IN`, `hi-IN`).
 * @attr {string} time-zone - IANA time zone for dates and day counts (default: the viewer's).
 * @attr {'light'|'dark'} theme - `dark` sets the dark palette of `--credits-*` tokens.
 * @prop {(opts: {forceRefresh: boolean}) => Promise<string>} tokenProvider - Supplies bearer tokens; without it cookies are sent.
 * @prop {typeof fetch} fetch - A fetch-compatible function (tests, proxies, the simulator).
 * @prop {Partial<Record<'credits'|'billing'|'subscription'|'purchase'|'event'|'support', string>>} routes - Hrefs followed for `credits-navigate` targets (`{eventId}` and `{credits}` are replaced).
 * @prop {GatewayAdapter[]} gateways - Payment gateway adapters replacing the built-in ones.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class CreditsProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
    :host([theme='dark']) {
      ${darkThemeDeclarations()}
    }
  `;
  static override properties = { ...configProperties, theme: { reflect: true } };

  declare theme?: 'light' | 'dark';

  private readonly runtime = new CreditsRuntime(this);
  private readonly provider = new ContextProvider(this, { context: creditsContext });

  /** The shared store (for hosts that want to read or invalidate it). */
  get store() {
    return this.runtime.value?.store;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Provide synchronously so elements that connect right after find a value.
    this.apply();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.apply();
  }

  private apply(): void {
    const value = this.runtime.configure(readConfig(this));
    if (value !== this.provider.value) this.provider.setValue(value);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

/** The provider's settings as typed properties (declared at run time by `configProperties`). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface CreditsProvider extends RuntimeConfig {}
