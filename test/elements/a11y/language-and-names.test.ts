/**
 * #22 points 1 and 6: what the elements render carries the provider's
 * language (so screen readers pick the right voice), and accessible names
 * read as sentences — Chromium's accessibility tree, not the DOM text.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import '../../../src/index.js';
import { languageOf } from '../../../src/base/credits-element.js';
import { mountInProvider, waitForText, loaded } from '../../support.js';
import { choosePlan, mountWizard, press, reviewAndAccept, typeInto } from '../wizard-helpers.js';
import 'axe-core/axe.min.js';

/** axe-core's accessible name of an element (the name a screen reader computes from its content). */
function accessibleName(e: Element): string {
  const axe = (window as unknown as { axe: { setup(root?: Node): unknown; teardown(): void; commons: { text: { accessibleText(e: Element): string } } } }).axe;
  axe.setup(document);
  try {
    return axe.commons.text.accessibleText(e);
  } finally {
    axe.teardown();
  }
}

interface AxNode {
  name?: string;
  role?: string;
  children?: AxNode[];
}
const flatten = (node: AxNode, out: AxNode[] = []): AxNode[] => {
  out.push(node);
  for (const child of node.children ?? []) flatten(child, out);
  return out;
};
/** The names Chromium computes for every node of a role on the page. */
async function names(role: string): Promise<string[]> {
  const tree = (await a11ySnapshot({})) as unknown as AxNode;
  return flatten(tree)
    .filter((n) => n.role === role && n.name)
    .map((n) => n.name!);
}

describe('#22.6 accessible names keep the spaces between template parts', () => {
  it('the refund consent reads "I have read and accept the Refund Policy"', async function () {
    this.timeout(20000);
    const { el } = await mountWizard();
    await choosePlan(el, 'credits');
    await press(el, 'Next');
    await typeInto(el, '#credits', '5000');
    await reviewAndAccept(el, 15000);
    expect(await names('checkbox')).to.include('I have read and accept the Refund Policy');
  });

  it('optional billing fields read "GSTIN (optional)"', async () => {
    const { el } = await mountInProvider(html`<billing-details-form></billing-details-form>`);
    await loaded(el);
    const textboxes = await names('textbox');
    expect(textboxes).to.include('GSTIN (optional)');
    expect(textboxes).to.include('Address line 2 (optional)');
    expect(textboxes.filter((n) => /\S\(/.test(n))).to.deep.equal([]);
  });

  it('the order summary\'s GST row reads "GSTIN 27AAPFU0939F1ZV · Mumbai Marathon Photos LLP"', async function () {
    this.timeout(20000);
    const { el } = await mountWizard();
    await choosePlan(el, 'credits');
    await press(el, 'Next');
    await typeInto(el, '#credits', '5000');
    await press(el, 'Next');
    await waitForText(el, 'Price confirmed', 15000);
    // Chromium's snapshot flattens table cells into text runs, so the row headers' names come from axe-core's name computation.
    const headers = [...el.shadowRoot!.querySelectorAll('table.summary th[scope="row"]')].map((th) => accessibleName(th).replace(/\s+/g, ' ').trim());
    const gst = headers.find((n) => n.includes('27AAPFU0939F1ZV'));
    expect(gst, `no GST row header among: ${headers.join(' | ')}`).to.be.a('string');
    expect(gst).to.match(/^GST \(18%\) GSTIN 27AAPFU0939F1ZV · Mumbai Marathon Photos LLP$/);
    expect(headers.filter((n) => /\S·|·\S|\S\(/.test(n)), 'names that lost a space').to.deep.equal([]);
  });
});

describe('#22.1 lang and dir from the provider locale', () => {
  it('hi-IN: every element and the area inside it say lang="hi-IN" dir="ltr"; changing the locale follows', async () => {
    const { el, provider } = await mountInProvider(html`<credits-balance></credits-balance>`, { locale: 'hi-IN' });
    await waitUntil(() => el.getAttribute('lang') === 'hi-IN', `lang is ${el.getAttribute('lang')}`);
    expect(el.getAttribute('dir')).to.equal('ltr');
    // What the element renders (its shadow root) inherits the host's language.
    const any = el.shadowRoot!.querySelector('*')!;
    expect(any.closest('[lang]') ?? (any.getRootNode() as ShadowRoot).host.closest('[lang]')).to.equal(el);
    provider.setAttribute('locale', 'en-IN');
    await waitUntil(() => el.getAttribute('lang') === 'en-IN', `lang is ${el.getAttribute('lang')}`);
  });

  it('the area marks its nested elements too', async () => {
    const { el } = await mountInProvider(html`<credits-area></credits-area>`, { locale: 'hi-IN' });
    await waitUntil(() => el.shadowRoot?.querySelector('credits-balance')?.getAttribute('lang') === 'hi-IN', 'nested balance never got lang', { timeout: 4000 });
    expect(el.getAttribute('lang')).to.equal('hi-IN');
  });

  it('a lang the host page set on the element is kept', async () => {
    const { el } = await mountInProvider(html`<credits-balance lang="hi"></credits-balance>`, { locale: 'en-IN' });
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.getAttribute('lang')).to.equal('hi');
  });

  it('a locale without a catalog shows English strings, so lang is English', () => {
    expect(languageOf('hi-IN')).to.deep.equal({ lang: 'hi-IN', dir: 'ltr' });
    expect(languageOf('en-GB')).to.deep.equal({ lang: 'en-GB', dir: 'ltr' });
    expect(languageOf('fr-FR')).to.deep.equal({ lang: 'en', dir: 'ltr' });
    expect(languageOf('not a locale')).to.deep.equal({ lang: 'en-IN', dir: 'ltr' });
    // Strings are page-wide: an en-IN element on a page showing Hindi says hi.
    expect(languageOf('en-IN', 'hi')).to.deep.equal({ lang: 'hi', dir: 'ltr' });
  });
});
