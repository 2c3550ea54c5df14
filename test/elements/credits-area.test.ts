import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/credits-area/define.js';
import type { CreditsArea } from '../../src/elements/credits-area/credits-area.js';
import { pathFor, viewFromLocation } from '../../src/elements/credits-area/router.js';
import { createSimulator, type Simulator } from '../../src/simulator/index.js';
import type { NavigateDetail } from '../../src/core/events.js';
import { button, mountInProvider, requestsTo, waitForText } from '../support.js';
import { runCommonSuite } from './shared/common-suite.js';

// Stand-ins for the elements built in other branches; the real ones win once they are defined.
for (const tag of ['credits-balance', 'monthly-usage', 'usage-table', 'payments-list', 'billing-details-form', 'purchase-wizard']) {
  if (!customElements.get(tag)) {
    customElements.define(
      tag,
      class extends HTMLElement {
        connectedCallback() {
          this.textContent = `${tag} stand-in`;
        }
      },
    );
  }
}

const tabs = (el: CreditsArea) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
const selectedTab = (el: CreditsArea) => tabs(el).find((t) => t.getAttribute('aria-selected') === 'true');
const inside = (el: CreditsArea, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const focused = (el: CreditsArea) => el.shadowRoot!.activeElement as HTMLElement | null;

function navigateFrom(child: Element, detail: NavigateDetail): { event: CustomEvent<NavigateDetail>; proceed: boolean } {
  const event = new CustomEvent<NavigateDetail>('credits-navigate', { detail, bubbles: true, composed: true, cancelable: true });
  const proceed = child.dispatchEvent(event);
  return { event, proceed };
}

async function mountArea(attrs: { routing?: string; basePath?: string; view?: string; organisation?: string } = {}, sim: Simulator = createSimulator()) {
  const el = await fixture<CreditsArea>(html`<credits-area
    api-base="/api"
    organisation=${attrs.organisation ?? 'org_42'}
    locale="en-IN"
    routing=${attrs.routing ?? 'none'}
    base-path=${attrs.basePath ?? ''}
    view=${attrs.view ?? 'credits'}
    .fetch=${sim.fetch}
  ></credits-area>`);
  return { el, sim };
}

describe('credits-area router', () => {
  it('maps views to paths under a base path', () => {
    expect(pathFor('credits')).to.equal('/credits');
    expect(pathFor('billing', '')).to.equal('/credits/billing');
    expect(pathFor('subscription', '/app/')).to.equal('/app/credits/subscription');
    expect(pathFor('purchase', '/area.html#')).to.equal('/area.html#/credits/purchase');
  });

  it('reads the view from a location, and nothing from other paths', () => {
    const at = (pathname: string, hash = '') => ({ pathname, hash });
    expect(viewFromLocation(at('/credits'))).to.equal('credits');
    expect(viewFromLocation(at('/credits/'))).to.equal('credits');
    expect(viewFromLocation(at('/credits/billing'))).to.equal('billing');
    expect(viewFromLocation(at('/app/credits/purchase'), '/app')).to.equal('purchase');
    expect(viewFromLocation(at('/application/credits'), '/app')).to.equal(undefined);
    expect(viewFromLocation(at('/credits/other'))).to.equal(undefined);
    expect(viewFromLocation(at('/'))).to.equal(undefined);
    expect(viewFromLocation(at('/area.html', '#/credits/subscription'), '/area.html#')).to.equal('subscription');
    expect(viewFromLocation(at('/area.html'), '/area.html#')).to.equal(undefined);
  });
});

runCommonSuite({
  name: '<credits-area>',
  load: 'GET /credits',
  title: 'Available Credits',
  mount: async (sim, organisation) => {
    // Twenty usage rows, not hundreds: axe over two 100-row tables takes half a minute on a busy machine.
    for (const org of Object.values(sim.state.orgs)) {
      let usage = 0;
      org.transactions = org.transactions.filter((t) => t.type !== 'usage' || usage++ < 20);
    }
    // No running balance: a usage row's "Balance after: 12,500" would read as the balance the suite waits for.
    sim.options.runningBalance = false;
    const { el } = await mountArea({ organisation }, sim);
    return { el, switchOrganisation: (id) => (el.organisation = id) };
  },
  data: { organisation: 'org_42', text: '12,500' },
  empty: { organisation: 'org_empty', text: 'No credit usage yet' },
  switchTo: { organisation: 'org_trial_us', text: '1,387' },
  stale: ['12,500', '@mumbaimarathonphotos.in', 'owner@example.com'],
  error: 'Credits balance could not be loaded.',
  skeletons: 4,
  busy: 'section.card',
});

describe('<credits-area>', () => {
  for (const width of [280, 360]) {
    it(`narrow (${width}px): all three tabs are in sight, wrapping their words rather than scrolling`, async () => {
      const { el } = await mountArea();
      el.style.width = `${width}px`;
      const list = inside(el, '[role="tablist"]')!;
      await waitUntil(() => list.getBoundingClientRect().width > 0);
      expect(list.scrollWidth, 'the tab list scrolls sideways').to.be.at.most(list.clientWidth);
      const right = list.getBoundingClientRect().right;
      for (const tab of tabs(el)) expect(tab.getBoundingClientRect().right, tab.textContent!).to.be.at.most(right + 0.5);
    });
  }

  it('shows three ARIA tabs with the Credits tab selected and only its panel rendered', async function () {
    this.timeout(60_000); // axe over a whole area (or 100 rows) on a loaded 2-core machine
    const { el, sim } = await mountArea();
    expect(tabs(el).map((t) => t.textContent!.trim())).to.deep.equal(['Credits', 'Billing & Transactions', 'Subscription']);
    expect(selectedTab(el)!.id).to.equal('tab-credits');
    expect(tabs(el).map((t) => t.tabIndex)).to.deep.equal([0, -1, -1]);
    const panel = inside(el, '#panel-credits')!;
    expect(panel.getAttribute('role')).to.equal('tabpanel');
    expect(panel.getAttribute('aria-labelledby')).to.equal('tab-credits');
    expect(panel.querySelector('credits-balance')).not.to.equal(null);
    expect(panel.querySelector('monthly-usage')).not.to.equal(null);
    expect(panel.querySelector('usage-table[direction="usage"]')).not.to.equal(null);
    expect(panel.querySelector('usage-table[direction="addition"]')).not.to.equal(null);
    expect(inside(el, '#panel-billing')!.hidden).to.equal(true);
    expect(inside(el, 'payments-list, billing-details-form, subscription-card, purchase-wizard')).to.equal(null);
    await new Promise((r) => setTimeout(r, 50));
    expect(requestsTo(sim, 'GET', '/subscription')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('switches tabs on click and renders the tab’s elements, which load their data', async () => {
    const { el, sim } = await mountArea();
    tabs(el)[2]!.click();
    await el.updateComplete;
    expect(selectedTab(el)!.id).to.equal('tab-subscription');
    expect(el.getAttribute('view')).to.equal('subscription');
    const card = inside(el, '#panel-subscription subscription-card')!;
    await waitForText(card, 'Pro');
    expect(requestsTo(sim, 'GET', '/subscription')).to.have.length(1);
    expect(inside(el, 'credits-balance')).to.equal(null);
    await expect(el).to.be.accessible();

    tabs(el)[1]!.click();
    await el.updateComplete;
    expect(inside(el, '#panel-billing payments-list')).not.to.equal(null);
    expect(inside(el, '#panel-billing billing-details-form')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('moves between tabs with the arrow keys, Home and End (roving tabindex)', async () => {
    const { el } = await mountArea();
    tabs(el)[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(selectedTab(el)!.id).to.equal('tab-billing');
    expect(focused(el)!.id).to.equal('tab-billing');
    expect(tabs(el).map((t) => t.tabIndex)).to.deep.equal([-1, 0, -1]);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' }); // wraps
    await el.updateComplete;
    expect(focused(el)!.id).to.equal('tab-credits');
    await sendKeys({ press: 'ArrowLeft' }); // wraps back
    await el.updateComplete;
    expect(focused(el)!.id).to.equal('tab-subscription');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(selectedTab(el)!.id).to.equal('tab-credits');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(selectedTab(el)!.id).to.equal('tab-subscription');
    expect(focused(el)!.id).to.equal('tab-subscription');
    // Tab leaves the tab list for the panel's content.
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.getAttribute('role')).not.to.equal('tab');
  });

  it('handles a child’s navigate to a tab itself: cancels it, switches, focuses the heading', async () => {
    const { el } = await mountArea();
    const outside: Event[] = [];
    const record = (e: Event) => outside.push(e);
    document.addEventListener('credits-navigate', record);
    try {
      const { proceed } = navigateFrom(inside(el, 'credits-balance')!, { target: 'billing' });
      expect(proceed).to.equal(false);
      await el.updateComplete;
      expect(selectedTab(el)!.id).to.equal('tab-billing');
      expect(focused(el)!.id).to.equal('heading-billing');
      expect(outside).to.have.length(0);
    } finally {
      document.removeEventListener('credits-navigate', record);
    }
  });

  it('a purchase navigation with suggested credits opens the wizard on Add Credits with that many', async () => {
    const { el } = await mountArea();
    const { proceed } = navigateFrom(inside(el, 'credits-balance')!, { target: 'purchase', credits: 4200 });
    expect(proceed).to.equal(false);
    await el.updateComplete;
    const wizard = inside(el, 'purchase-wizard') as HTMLElement & { plan?: string; quantity?: number };
    expect(wizard.getAttribute('plan')).to.equal('credits');
    expect(wizard.quantity).to.equal(4200);
    navigateFrom(inside(el, 'purchase-wizard')!, { target: 'credits' });
    await el.updateComplete;
    navigateFrom(inside(el, 'credits-balance')!, { target: 'purchase' });
    await el.updateComplete;
    expect(inside(el, 'purchase-wizard')!.hasAttribute('plan')).to.equal(false);
  });

  it('lets event and support navigation bubble out to the host, uncancelled', async () => {
    const { el } = await mountArea();
    const seen = oneEvent(document, 'credits-navigate');
    const { proceed } = navigateFrom(inside(el, 'usage-table')!, { target: 'event', eventId: 'evt_1' });
    const event = await seen;
    expect(proceed).to.equal(true);
    expect(event.detail).to.deep.equal({ target: 'event', eventId: 'evt_1' });
    expect(event.defaultPrevented).to.equal(false);
    expect(selectedTab(el)!.id).to.equal('tab-credits');
    const support = oneEvent(el, 'credits-navigate');
    navigateFrom(inside(el, 'credits-balance')!, { target: 'support' });
    expect((await support).detail.target).to.equal('support');
  });

  it('opens the purchase flow and comes back', async () => {
    const { el } = await mountArea();
    navigateFrom(inside(el, 'credits-balance')!, { target: 'purchase' });
    await el.updateComplete;
    expect(el.view).to.equal('purchase');
    expect(inside(el, '[role="tablist"]')).to.equal(null);
    expect(inside(el, 'purchase-wizard')).not.to.equal(null);
    expect(focused(el)!.id).to.equal('heading-purchase');
    await expect(el).to.be.accessible();
    button(el, /Back to Credits/).click();
    await el.updateComplete;
    expect(selectedTab(el)!.id).to.equal('tab-credits');
    expect(focused(el)!.id).to.equal('heading-credits');
  });

  it('takes Renew Pro on an expired plan to the purchase flow', async () => {
    const { el } = await mountArea({ organisation: 'org_expired', view: 'subscription' });
    const card = inside(el, 'subscription-card')!;
    await waitForText(card, 'Renew Pro');
    button(card, 'Renew Pro').click();
    await el.updateComplete;
    expect(el.view).to.equal('purchase');
    expect(inside(el, 'purchase-wizard')).not.to.equal(null);
  });

  it('keeps the view as element state without history routing', async () => {
    const before = window.location.href;
    const { el } = await mountArea({ view: 'billing' });
    expect(selectedTab(el)!.id).to.equal('tab-billing');
    tabs(el)[2]!.click();
    await el.updateComplete;
    expect(window.location.href).to.equal(before);
    el.view = 'credits';
    await el.updateComplete;
    expect(selectedTab(el)!.id).to.equal('tab-credits');
  });

  it('uses a surrounding provider instead of making its own', async () => {
    const { el, sim } = await mountInProvider<CreditsArea>(html`<credits-area view="subscription"></credits-area>`, { organisation: 'org_trial_us' });
    await el.updateComplete;
    expect(inside(el, 'credits-provider')).to.equal(null);
    const card = inside(el, 'subscription-card')!;
    await waitForText(card, 'Trial');
    expect(requestsTo(sim, 'GET', '/subscription')).to.have.length(1);
  });

  it('renders its own provider from its attributes', async () => {
    const { el } = await mountArea({ view: 'subscription' });
    const provider = inside(el, 'credits-provider')!;
    expect(provider).not.to.equal(null);
    expect((provider as unknown as { organisation: string }).organisation).to.equal('org_42');
    await waitForText(inside(el, 'subscription-card')!, 'Pro');
  });

  describe('with routing="history"', () => {
    let initial: string;
    let initialLength: number;
    beforeEach(() => {
      initial = window.location.href;
      initialLength = window.history.length;
    });
    afterEach(() => {
      window.history.replaceState(null, '', initial);
    });

    it('opens the tab a deep link names', async () => {
      window.history.replaceState(null, '', '/credits/subscription');
      const { el } = await mountArea({ routing: 'history' });
      expect(selectedTab(el)!.id).to.equal('tab-subscription');
      expect(window.history.length).to.equal(initialLength);
      await expect(el).to.be.accessible();
    });

    it('opens the purchase flow from a deep link under a base path', async () => {
      window.history.replaceState(null, '', '/portal/credits/purchase');
      const { el } = await mountArea({ routing: 'history', basePath: '/portal' });
      expect(el.view).to.equal('purchase');
      expect(inside(el, 'purchase-wizard')).not.to.equal(null);
    });

    it('leaves a foreign URL alone and shows its view attribute', async () => {
      window.history.replaceState(null, '', '/somewhere/else');
      const { el } = await mountArea({ routing: 'history', view: 'billing' });
      expect(selectedTab(el)!.id).to.equal('tab-billing');
      expect(window.location.pathname).to.equal('/somewhere/else');
    });

    it('pushes the path on tab change; back and forward restore the tab', async () => {
      window.history.replaceState(null, '', '/portal/credits');
      const { el } = await mountArea({ routing: 'history', basePath: '/portal/' });
      tabs(el)[1]!.click();
      await el.updateComplete;
      expect(window.location.pathname).to.equal('/portal/credits/billing');
      tabs(el)[2]!.click();
      await el.updateComplete;
      expect(window.location.pathname).to.equal('/portal/credits/subscription');
      expect(window.history.length).to.equal(initialLength + 2);

      let popped = oneEvent(window, 'popstate');
      window.history.back();
      await popped;
      await el.updateComplete;
      expect(window.location.pathname).to.equal('/portal/credits/billing');
      expect(selectedTab(el)!.id).to.equal('tab-billing');

      popped = oneEvent(window, 'popstate');
      window.history.back();
      await popped;
      await el.updateComplete;
      expect(selectedTab(el)!.id).to.equal('tab-credits');

      popped = oneEvent(window, 'popstate');
      window.history.forward();
      await popped;
      await el.updateComplete;
      expect(selectedTab(el)!.id).to.equal('tab-billing');
      // Restoring a view from history does not push another entry.
      expect(window.location.pathname).to.equal('/portal/credits/billing');
    });

    it('pushes the path when a child navigates, and routes in the hash under a "#" base path', async () => {
      const base = `${window.location.pathname}#`;
      const { el } = await mountArea({ routing: 'history', basePath: base });
      navigateFrom(inside(el, 'credits-balance')!, { target: 'purchase' });
      await el.updateComplete;
      expect(window.location.hash).to.equal('#/credits/purchase');
      expect(inside(el, 'purchase-wizard')).not.to.equal(null);
      const popped = oneEvent(window, 'popstate');
      window.history.back();
      await popped;
      await waitUntil(() => el.view === 'credits', 'back did not return to the Credits tab');
    });

    it('stops listening to popstate once disconnected', async () => {
      window.history.replaceState(null, '', '/credits');
      const { el } = await mountArea({ routing: 'history' });
      el.remove();
      window.history.replaceState(null, '', '/credits/billing');
      window.dispatchEvent(new PopStateEvent('popstate'));
      await el.updateComplete;
      expect(el.view).to.equal('credits');
    });
  });
});
