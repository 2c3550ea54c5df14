/**
 * Theming as a host uses it: the provider's `theme="dark"`, `--credits-*` tokens set on any
 * ancestor, and native controls following the palette.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/credits-balance/define.js';
import '../../src/elements/usage-table/define.js';
import { $, mountInProvider } from '../support.js';

const mountBoth = () =>
  mountInProvider<HTMLElement>(html`<credits-balance></credits-balance><usage-table></usage-table>`);
const table = (provider: Element) => provider.querySelector('usage-table')!;

describe('theming', () => {
  it('light by default: light card, light native controls', async () => {
    const { el, provider } = await mountBoth();
    await waitUntil(() => el.shadowRoot!.querySelector('.amount'));
    expect(getComputedStyle($(el, '.card')).backgroundColor).to.equal('rgb(255, 255, 255)');
    await waitUntil(() => table(provider).shadowRoot!.querySelector('input[type="date"]'));
    expect(getComputedStyle($(table(provider), 'input[type="date"]')).colorScheme).to.equal('light');
  });

  it('theme="dark" on the provider: dark palette, and date pickers and selects in the dark scheme', async () => {
    const { el, provider } = await mountBoth();
    provider.setAttribute('theme', 'dark');
    await waitUntil(() => el.shadowRoot!.querySelector('.amount'));
    expect(getComputedStyle($(el, '.card')).backgroundColor).to.equal('rgb(15, 23, 42)');
    await waitUntil(() => table(provider).shadowRoot!.querySelector('input[type="date"]'));
    expect(getComputedStyle($(table(provider), 'input[type="date"]')).colorScheme).to.equal('dark');
    await expect(el).to.be.accessible();
  });

  it('a token set on an ancestor restyles every element under it', async () => {
    const { el, provider } = await mountBoth();
    provider.style.setProperty('--credits-color-primary', 'rgb(120, 20, 60)');
    await waitUntil(() => el.shadowRoot!.querySelector('[part="purchase-button"]'));
    expect(getComputedStyle($(el, '[part="purchase-button"]')).backgroundColor).to.equal('rgb(120, 20, 60)');
  });
});
