/** #22.9, the smaller points: each a rule a user of assistive technology or of OS settings observes. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import '../../../src/index.js';
import { mountInProvider, waitForText, loaded } from '../../support.js';
import { createSimulator } from '../../../src/simulator/index.js';
import { deepQueryAll } from '../../hostile/support.js';
import { choosePlan, heading, mountWizard, press, reviewAndAccept, typeInto } from '../wizard-helpers.js';

/** An element's computed font size in px. */
const fontPx = (e: Element) => Number(getComputedStyle(e).fontSize.replace('px', ''));

/** Every element under `root` with text of its own, and its computed font size in px. */
function textSizes(root: Element): Map<Element, number> {
  const sizes = new Map<Element, number>();
  for (const e of deepQueryAll(root, '*')) {
    if (e.localName === 'style' || e.localName === 'script') continue;
    if (![...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())) continue;
    sizes.set(e, fontPx(e));
  }
  return sizes;
}

describe('#22.9 smaller points', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('reduced motion: the switch knob does not slide (its ::after transition is off)', async () => {
    const { el } = await mountInProvider(html`<billing-details-form></billing-details-form>`);
    await loaded(el);
    const track = el.shadowRoot!.querySelector<HTMLInputElement>('.switch input')!;
    expect(getComputedStyle(track, '::after').transitionDuration).not.to.equal('0s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(track, '::after').transitionDuration).to.equal('0s');
  });

  for (const view of ['credits', 'billing', 'purchase'] as const) {
    it(`font sizes follow the reader's text size (rem, not px): with the root font size doubled, all text in the ${view} view grows`, async function () {
      this.timeout(30_000); // a whole area loading on a busy machine
      const sim = createSimulator();
      const el = await fixture(html`<credits-area api-base="/api" organisation="org_42" locale="en-IN" view=${view} .fetch=${sim.fetch}></credits-area>`);
      await waitUntil(() => !deepQueryAll(el, '.skeleton').length && deepQueryAll(el, 'h2, h3').length > 1, 'the view never loaded', { timeout: 8000 });
      const root = document.documentElement;
      const before = textSizes(el);
      try {
        root.style.setProperty('font-size', '32px');
        const stuck = [...before]
          // At least 1.5×, not exactly 2×: em-based container queries rightly switch some cards to their narrow layout (0.9em).
          .filter(([e, size]) => fontPx(e) < size * 1.5)
          .map(([e, size]) => `<${e.localName} class="${e.getAttribute('class') ?? ''}"> in <${(e.getRootNode() as ShadowRoot).host?.localName}>: ${size}px → ${getComputedStyle(e).fontSize}`);
        expect(before.size).to.be.greaterThan(10);
        expect(stuck, 'text that did not grow').to.deep.equal([]);
      } finally {
        root.style.removeProperty('font-size');
      }
    });
  }

  it('tabs with history routing: arrow presses show each tab and push no history entry; a click does', async () => {
    const initial = window.location.href;
    const length = window.history.length;
    window.history.replaceState(null, '', '/portal/credits');
    try {
      const sim = createSimulator();
      const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
        html`<credits-area api-base="/api" organisation="org_42" locale="en-IN" routing="history" base-path="/portal" .fetch=${sim.fetch}></credits-area>`,
      );
      el.shadowRoot!.querySelector<HTMLElement>('#tab-credits')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(window.location.pathname).to.equal('/portal/credits/billing');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(window.location.pathname).to.equal('/portal/credits/billing');
      expect(window.history.length, 'entries pushed by arrow presses').to.equal(length);
      el.shadowRoot!.querySelector<HTMLElement>('#tab-subscription')!.click();
      await el.updateComplete;
      expect(window.location.pathname).to.equal('/portal/credits/subscription');
      expect(window.history.length, 'a click is a visit').to.equal(length + 1);
    } finally {
      window.history.replaceState(null, '', initial);
    }
  });

  it("the usage chart's bars are named once (no description repeating the name), and its table runs in the chart's order", async () => {
    const { el } = await mountInProvider(html`<monthly-usage></monthly-usage>`);
    await waitUntil(() => el.shadowRoot!.querySelector('svg.chart'), 'no chart', { timeout: 6000 });
    const snapshot = await a11ySnapshot({});
    const bars: { name: string; description?: string }[] = [];
    const walk = (node: { role?: string; name?: string; description?: string; children?: unknown[] }) => {
      if (node.role === 'image' && /credits? used$/.test(node.name ?? '')) bars.push({ name: node.name!, description: node.description });
      for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
    };
    walk(snapshot as never);
    expect(bars).to.have.length(4);
    for (const bar of bars) expect(bar.description ?? '', `${bar.name} is described by its own name`).not.to.equal(bar.name);
    const chartMonths = [...el.shadowRoot!.querySelectorAll('svg.chart title')].map((t) => t.textContent!.split(':')[0]!.trim());
    const tableMonths = [...el.shadowRoot!.querySelectorAll('table tbody th')].map((th) => th.textContent!.trim());
    expect(tableMonths).to.deep.equal(chartMonths);
  });

  it('the focusable usage-table body has a name', async () => {
    for (const direction of ['usage', 'addition']) {
      const { el } = await mountInProvider(html`<usage-table direction=${direction}></usage-table>`);
      await waitUntil(() => el.shadowRoot!.querySelector('.tbody [role="row"]'), 'rows never appeared', { timeout: 6000 });
      const body = el.shadowRoot!.querySelector<HTMLElement>('.tbody')!;
      expect(body.tabIndex).to.equal(0);
      const name = direction === 'usage' ? 'Credit Usage entries' : 'Purchase History entries';
      type AxNode = { role?: string; name?: string; children: AxNode[] };
      const tree = (await a11ySnapshot({})) as unknown as AxNode;
      const node = findAccessibilityNode<AxNode>(tree, (n) => n.role === 'rowgroup' && n.name === name);
      expect(node, `no row group named "${name}"`).to.exist;
      el.remove();
    }
  });

  it('Show/Hide cost per credit changes its name, not its name AND aria-pressed', async () => {
    const { el } = await mountInProvider<HTMLElement & { updateComplete: Promise<unknown> }>(html`<credits-balance></credits-balance>`);
    await waitForText(el, 'Cost per Credit');
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="cost-toggle"]')!;
    const names: string[] = [];
    for (let i = 0; i < 2; i++) {
      names.push(toggle.getAttribute('aria-label') ?? toggle.textContent!.trim());
      expect(toggle.hasAttribute('aria-pressed'), 'a toggle whose name changes is not also pressed/unpressed').to.equal(false);
      toggle.click();
      await el.updateComplete;
    }
    expect(names).to.deep.equal(['Show cost per credit', 'Hide cost per credit']);
  });

  it('links that open a new tab say so, in the link\'s name or description (Plan, Credits and Payment steps)', async () => {
    const note = '(opens in a new tab)';
    const { el } = await mountWizard();
    const said = (a: HTMLAnchorElement) =>
      `${a.textContent} ${(a.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean).map((id) => el.shadowRoot!.getElementById(id)?.textContent ?? '').join(' ')}`;
    const check = (step: string) => {
      const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[target="_blank"]')];
      expect(links.length, `no new-tab link on ${step}`).to.be.greaterThan(0);
      for (const a of links) expect(said(a), `${step}: ${a.textContent!.trim()}`).to.include(note);
    };
    if (el.shadowRoot!.querySelector('[data-kind="credits"] input[type=radio]')) {
      check('Plan');
      await choosePlan(el, 'credits');
      await press(el, 'Next');
    }
    expect(el.shadowRoot!.querySelector('#credits'), heading(el)).to.exist;
    check('Credits');
    await typeInto(el, '#credits', '5000');
    await reviewAndAccept(el);
    check('Payment');
  });

  it('plan radios are named by the plan title; the rest of the card is their description', async () => {
    const { el } = await mountWizard();
    const radios = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[data-kind] input[type=radio]')];
    expect(radios.length).to.be.greaterThan(1);
    type AxNode = { role?: string; name?: string; description?: string; children: AxNode[] };
    const tree = (await a11ySnapshot({})) as unknown as AxNode;
    for (const radio of radios) {
      const card = radio.closest<HTMLElement>('[data-kind]')!;
      const title = card.querySelector('strong')!.textContent!.trim();
      const node = findAccessibilityNode<AxNode>(tree, (n) => n.role === 'radio' && n.name === title);
      expect(node, `no radio named exactly "${title}"`).to.exist;
      expect(node!.description ?? '', `${title}: description`).to.include(card.querySelector('.plan-body')!.textContent!.replace(/\s+/g, ' ').trim().slice(0, 20));
    }
  });
  it('the Refund Policy gate: Pay stays focusable, aria-disabled and described by the hint until the policy is accepted; Enter on it pays nothing', async () => {
    const { el, sim } = await mountWizard();
    await choosePlan(el, 'credits');
    await press(el, 'Next');
    await typeInto(el, '#credits', '5000');
    await reviewAndAccept(el);
    const refund = el.shadowRoot!.querySelector<HTMLInputElement>('#refund')!;
    refund.click();
    await el.updateComplete;
    const pay = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="pay-button"]')!;
    type AxNode = { role?: string; name?: string; description?: string; disabled?: boolean; children: AxNode[] };
    const tree = (await a11ySnapshot({})) as unknown as AxNode;
    const node = findAccessibilityNode<AxNode>(tree, (n) => n.role === 'button' && /^Pay with/.test(n.name ?? ''));
    expect(node, 'no Pay button in the accessibility tree').to.exist;
    expect(node!.disabled, 'Pay is (aria-)disabled').to.equal(true);
    expect(node!.description).to.equal('Accept the Refund Policy to continue.');
    pay.focus();
    expect(el.shadowRoot!.activeElement, 'Pay is focusable').to.equal(pay);
    const posts = () => sim.requests.filter((r) => r.method === 'POST').length;
    const before = posts();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(posts(), 'Enter on the gated Pay sent a request').to.equal(before);
    refund.click();
    await el.updateComplete;
    expect(pay.getAttribute('aria-disabled')).to.equal('false');
    expect(pay.hasAttribute('aria-describedby'), 'the gate hint is gone, so is the description').to.equal(false);
  });
});
