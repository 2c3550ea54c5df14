import { css, html, type PropertyValues } from 'lit';
import { ContextProvider } from '@lit/context';
import { creditsContext } from '../../state/context.js';
import { CreditsRuntime } from '../../state/runtime.js';
import { CreditsConfigured } from '../../base/credits-configured.js';
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
 */
export class CreditsProvider extends CreditsConfigured {
  static override styles = css`
    :host {
      display: contents;
    }
    :host([theme='dark']) {
      ${darkThemeDeclarations()}
    }
  `;

  private readonly runtime = new CreditsRuntime(this);
  private readonly provider = new ContextProvider(this, { context: creditsContext });

  /** The shared store (for hosts that want to read or invalidate it). */
  get store() {
    return this.runtime.value?.store;
  }

  /**
   * The settings are applied in the update, never on connect: properties set in the same task
   * as appending the provider (`provider.fetch = …` right after `append`) are used by the first
   * request. The elements inside wait for the value (context subscription).
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.apply();
  }

  private apply(): void {
    const value = this.runtime.configure(this.config);
    if (value !== this.provider.value) this.provider.setValue(value);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
