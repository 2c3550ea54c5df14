/**
 * The language of the strings is page-wide (one @lit/localize runtime per page): a second provider asking
 * for another language is told once in the console. (Own file: the warning is once per page.)
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/credits-provider/define.js';
import '../../src/elements/credits-balance/define.js';
import type { CreditsProvider } from '../../src/elements/credits-provider/credits-provider.js';
import { activeCatalog } from '../../src/i18n/localize.js';
import { createSimulator } from '../../src/simulator/index.js';

const sim = createSimulator();
const provider = (locale: string) =>
  html`<credits-provider api-base="/api" organisation="org_42" locale=${locale} .fetch=${sim.fetch}><credits-balance></credits-balance></credits-provider>`;

describe('one language of strings per page', () => {
  let warnings: string[];
  const original = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  });
  afterEach(() => {
    console.warn = original;
  });

  it('one provider changing its language, or two asking for the same one, warns nothing', async () => {
    const one = await fixture<CreditsProvider>(provider('en-IN'));
    one.locale = 'hi-IN';
    await waitUntil(() => activeCatalog() === 'hi', 'Hindi loads');
    const two = await fixture<CreditsProvider>(provider('hi-IN'));
    await two.updateComplete;
    expect(warnings).to.deep.equal([]);
    one.remove();
    two.remove();
  });

  it('a second provider asking for another language warns once, naming both and what happens', async () => {
    const hindi = await fixture<CreditsProvider>(provider('hi-IN'));
    await waitUntil(() => activeCatalog() === 'hi', 'Hindi loads');
    const english = await fixture<CreditsProvider>(provider('en-IN'));
    await waitUntil(() => activeCatalog() === 'en', 'the last one asked wins');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain("'hi' and 'en'").and.to.contain('page-wide');
    const third = await fixture<CreditsProvider>(provider('hi-IN'));
    await waitUntil(() => activeCatalog() === 'hi');
    expect(warnings, 'once per page').to.have.length(1);
    for (const el of [hindi, english, third]) el.remove();
  });
});
