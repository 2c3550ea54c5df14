/**
 * Beside the quantity: what a credit pays for (the Pro guide's facts) and the
 * Fair Usage Policy the guides cross-link before large purchases (from the
 * purchase options' `fair_usage_url`, else the host's `fair-usage` route).
 */
import { newTabNote } from '../../ui/new-tab.js';
import { css, html, nothing } from 'lit';
import { msg } from '../../i18n/localize.js';
import { safeHref } from '../../ui/safe-url.js';
import type { WizardView } from './view.js';

export function creditFacts(w: WizardView) {
  const policy = safeHref(w.options.fair_usage_url ?? undefined);
  const label = msg('Read the Fair Usage Policy before buying large credit packs', { id: 'purchase-wizard.facts.fair-usage' });
  return html`<aside class="credit-facts" part="credit-facts" aria-labelledby="credit-facts-title">
    <p class="facts-title" id="credit-facts-title"><strong>${msg('What a credit pays for', { id: 'purchase-wizard.facts.title' })}</strong></p>
    <ul class="hint">
      <li>${msg('1 credit = 1 processed photo (upload, AI search indexing and the 9Pic Stamp watermark).', { id: 'purchase-wizard.facts.photo' })}</li>
      <li>${msg('Re-syncing the same photo is free: only new photos use credits.', { id: 'purchase-wizard.facts.resync' })}</li>
      <li>${msg('Store Original Memories (off by default) uses more credits.', { id: 'purchase-wizard.facts.originals' })}</li>
    </ul>
    ${policy
      ? html`<a class="fair-usage" href=${policy} target="_blank" rel="noopener noreferrer">${label}${newTabNote()}</a>`
      : w.openFairUsage
        ? html`<button type="button" class="btn-link fair-usage" @click=${w.openFairUsage}>${label}</button>`
        : nothing}
  </aside>`;
}

export const creditFactsStyles = css`
  .credit-facts {
    margin-block-start: 0.75rem;
    padding: 0.75rem;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  .credit-facts .facts-title {
    margin: 0 0 0.25rem;
  }
  .credit-facts ul {
    margin: 0 0 0.5rem;
    padding-inline-start: 1.25rem;
  }
  .enterprise-line {
    margin-block-start: 0.75rem;
  }
`;
