/**
 * #22.7 and #17.13, read from the accessibility tree: one heading outline per view of
 * <credits-area> (the view's one heading, its cards one level below, no heading said twice),
 * no named region inside another, the wizard's stepper an ordered list (no <nav> without
 * links), and `heading-level` on every element that renders a title.
 */
import { expect, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import '../../../src/index.js';
import type { CreditsArea } from '../../../src/elements/credits-area/credits-area.js';
import { createSimulator } from '../../../src/simulator/index.js';
import { ignoreResizeObserverLoop, mountInProvider } from '../../support.js';
import { deepAll, settled } from '../../design/support.js';

ignoreResizeObserverLoop();

type AxNode = { role?: string; name?: string; level?: number; children?: AxNode[] };

/** The headings of the page in reading order, and every named region with how many regions enclose it. */
async function outline() {
  const tree = (await a11ySnapshot({})) as unknown as AxNode;
  const headings: { name: string; level: number }[] = [];
  const regions: { name: string; depth: number }[] = [];
  const walk = (node: AxNode, depth: number) => {
    if (node.role === 'heading') headings.push({ name: (node.name ?? '').trim(), level: node.level ?? 0 });
    if (node.role === 'region') regions.push({ name: node.name ?? '', depth });
    for (const child of node.children ?? []) walk(child, depth + (node.role === 'region' ? 1 : 0));
  };
  walk(tree, 0);
  return { headings, regions };
}

const TABS = { credits: 'Credits', billing: 'Billing & Transactions', subscription: 'Subscription' } as const;

describe('#22.7 / #17.13: one heading outline per view', function () {
  this.timeout(60_000);
  afterEach(() => fixtureCleanup());

  it('<credits-area>: each view has one level-2 heading, the rest one level below, none said twice; no region inside a region', async () => {
    const { el } = await mountInProvider<CreditsArea>(html`<credits-area></credits-area>`);
    for (const view of ['credits', 'billing', 'subscription', 'purchase'] as const) {
      el.show(view);
      await waitUntil(() => el.shadowRoot!.querySelector(`#heading-${view}`), `no ${view} view`);
      await settled(el);
      const { headings, regions } = await outline();
      const says = `${view}: ${headings.map((h) => `h${h.level} ${h.name}`).join(' | ')}`;
      expect(headings[0]?.level, says).to.equal(2);
      expect(headings.filter((h) => h.level <= 2), says).to.have.length(1);
      expect(headings.slice(1).every((h) => h.level === 3), says).to.equal(true);
      const names = headings.map((h) => h.name.replace(/^[✓…!]\s*/, ''));
      expect(new Set(names).size, `a heading said twice — ${says}`).to.equal(names.length);
      expect(regions.filter((r) => r.depth > 0), `region inside a region in ${view}`).to.deep.equal([]);
      expect(regions.length, `${view}: regions ${regions.map((r) => r.name).join(', ')}`).to.be.at.most(1);
      const viewHeading = el.shadowRoot!.querySelector<HTMLElement>(`#heading-${view}`)!;
      if (view === 'purchase') {
        expect(headings[0]!.name).to.equal('Buy credits or upgrade');
        expect(names, 'the wizard repeats the view as "Purchase credits"').not.to.include('Purchase credits');
        expect(headings[1], says).to.deep.equal({ name: 'Choose a plan', level: 3 });
        expect(viewHeading.getBoundingClientRect().height, 'the purchase view shows its heading').to.be.greaterThan(10);
      } else {
        // The selected tab names the view: its heading is for the outline only, never shown under the tab.
        expect(headings[0]!.name).to.equal(TABS[view]);
        const box = viewHeading.getBoundingClientRect();
        expect(box.width * box.height, `${view}: the heading repeating the tab's name is shown`).to.be.at.most(1);
      }
    }
  });

  it('heading-level on every element with a title: the title at that level, the headings inside one below; the stepper an ordered list', async () => {
    const sim = createSimulator({ viewer: { email: 'ops@9pic.ai', is_staff: true } });
    const tags = ['credits-balance', 'monthly-usage', 'usage-table', 'payments-list', 'billing-details-form', 'subscription-card', 'credits-organisations', 'purchase-wizard'];
    const { provider } = await mountInProvider(
      html`${tags.map((tag) => document.createElement(tag))}<purchase-wizard class="untitled" hide-title></purchase-wizard
        ><credits-balance class="default"></credits-balance><credits-balance class="bad" heading-level="9"></credits-balance>`,
      { sim },
    );
    for (const tag of tags) provider.querySelector(tag)!.setAttribute('heading-level', '4');
    provider.querySelector('.untitled')!.setAttribute('heading-level', '3');
    await settled(provider);
    await waitUntil(() => provider.querySelector('credits-organisations')!.shadowRoot!.querySelector('.title'), 'no organisations title');
    const title = (e: Element) => e.shadowRoot!.querySelector('.title');
    for (const tag of tags) expect(title(provider.querySelector(tag)!)?.localName, tag).to.equal('h4');
    const wizard = provider.querySelector('purchase-wizard')!;
    expect(wizard.shadowRoot!.querySelector('#step-heading')!.localName, 'the step heading, one below the title').to.equal('h5');
    const untitled = provider.querySelector('.untitled')!;
    expect(title(untitled), 'hide-title leaves the title out').to.equal(null);
    expect(untitled.shadowRoot!.querySelector('#step-heading')!.localName, 'without its title, the steps sit at heading-level').to.equal('h3');
    expect(title(provider.querySelector('.default')!)!.localName, 'default').to.equal('h2');
    expect(title(provider.querySelector('.bad')!)!.localName, 'heading-level="9" falls back to 2').to.equal('h2');

    // The stepper: an ordered list named "Purchase steps", the current step aria-current="step"; no navigation landmark.
    const list = wizard.shadowRoot!.querySelector('[part="stepper"]')!;
    expect(list.localName).to.equal('ol');
    expect(list.getAttribute('aria-label')).to.equal('Purchase steps');
    expect(deepAll(provider, 'nav'), 'a <nav> without links').to.have.length(0);
    expect([...list.querySelectorAll('li[aria-current="step"] .text')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Step 1 of 4: Plan',
    ]);
    const tree = (await a11ySnapshot({})) as unknown as AxNode;
    const roles: string[] = [];
    const walk = (n: AxNode) => (roles.push(n.role ?? ''), (n.children ?? []).forEach(walk));
    walk(tree);
    expect(roles, 'a navigation landmark in the wizard').not.to.include('navigation');
  });
});
