/**
 * Issue 17, the guides, through the whole <credits-area>: Configure Billing
 * reaches the billing form (point 1), Renew Pro / Upgrade to Pro open the
 * purchase with Pro chosen and the area passes `expected-photos` on (point 3).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { CreditsArea } from '../../src/elements/credits-area/credits-area.js';
import { createSimulator, type Simulator } from '../../src/simulator/index.js';
import { button, shadowText, waitForText } from '../support.js';

async function mountArea(organisation: string, view: string, extra: { expectedPhotos?: number } = {}, sim: Simulator = createSimulator()) {
  const el = await fixture<CreditsArea>(html`<credits-area
    api-base="/api"
    organisation=${organisation}
    locale="en-IN"
    view=${view}
    .expectedPhotos=${extra.expectedPhotos}
    .fetch=${sim.fetch}
  ></credits-area>`);
  return { el, sim };
}

/** The element in the area's (shadow) tree, found across shadow roots. */
function find(root: Element | ShadowRoot, selector: string): HTMLElement | null {
  const here = root.querySelector<HTMLElement>(selector);
  if (here) return here;
  for (const child of root.querySelectorAll('*')) {
    const found = child.shadowRoot ? find(child.shadowRoot, selector) : null;
    if (found) return found;
  }
  return null;
}
const findAll = (root: Element | ShadowRoot, selector: string): Element[] => [
  ...root.querySelectorAll(selector),
  ...[...root.querySelectorAll('*')].flatMap((child) => (child.shadowRoot ? findAll(child.shadowRoot, selector) : [])),
];
/** The focused element, through every shadow root. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
const inViewport = (el: Element) => {
  const box = el.getBoundingClientRect();
  return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
};

describe('guides: <credits-area>', () => {
  it('(1) Configure Billing takes the user to the billing form: in view, its first field focused, and no second form', async () => {
    await setViewport({ width: 1280, height: 420 });
    const { el } = await mountArea('org_trial_us', 'billing');
    const configure = await waitUntil(() => find(el.shadowRoot!, 'button[data-action="configure-billing"]'), 'no Configure Billing row', { timeout: 6000 }).then(
      () => find(el.shadowRoot!, 'button[data-action="configure-billing"]')!,
    );
    const form = find(el.shadowRoot!, 'billing-details-form')!;
    await waitUntil(() => form.shadowRoot?.querySelector('form'), 'the billing form never loaded');
    window.scrollTo(0, 0);
    configure.scrollIntoView({ block: 'end' });
    const first = form.shadowRoot!.querySelector('form .field :is(input, select, textarea)')!;
    expect(inViewport(first), 'the form starts out of view (a meaningful test)').to.equal(false);
    configure.click();
    await waitUntil(() => deepActive() === first, `focus went to ${deepActive()?.outerHTML.slice(0, 80)}, not the form's first field`);
    expect(inViewport(first), 'the first field is in view').to.equal(true);
    expect(findAll(el.shadowRoot!, 'billing-details-form')).to.have.length(1);
    expect(el.view).to.equal('billing');
    await setViewport({ width: 800, height: 600 });
  });

  for (const [organisation, label] of [
    ['org_expired', 'Renew Pro'],
    ['org_trial_us', 'Upgrade to Pro'],
  ] as const) {
    it(`(3) ${label} opens the purchase with Pro chosen (Credits step, additional credits)`, async () => {
      const { el } = await mountArea(organisation, 'subscription');
      const card = await waitUntil(() => find(el.shadowRoot!, 'subscription-card'), 'no card').then(() => find(el.shadowRoot!, 'subscription-card')!);
      await waitForText(card, label, 6000);
      button(card, label).click();
      await waitUntil(() => el.view === 'purchase', 'the purchase view never opened');
      const wizard = await waitUntil(() => find(el.shadowRoot!, 'purchase-wizard')?.shadowRoot?.querySelector('#step-heading'), 'no wizard step', { timeout: 6000 }).then(
        () => find(el.shadowRoot!, 'purchase-wizard')!,
      );
      expect(wizard.shadowRoot!.querySelector('[aria-current="step"] .label')!.textContent!.trim()).to.equal('Credits');
      expect(shadowText(wizard)).to.include('Additional credits');
      expect((wizard.shadowRoot!.querySelector('#credits') as HTMLInputElement).value).to.equal('0');
    });
  }

  it('(3) expected-photos reaches the balance: the Pro guide’s “When to Top Up” advice appears in the area', async () => {
    const { el } = await mountArea('org_42', 'credits', { expectedPhotos: 20_000 });
    const balance = await waitUntil(() => find(el.shadowRoot!, 'credits-balance'), 'no balance').then(() => find(el.shadowRoot!, 'credits-balance')!);
    await waitForText(balance, "Top up now. Don't start Sync yet.", 6000);
    // The advice's Top up credits opens the wizard, which has the expected photos too: its suggestion is a quick pick.
    button(balance, 'Top up credits').click();
    await waitUntil(() => el.view === 'purchase', 'the purchase view never opened');
    await waitUntil(() => find(el.shadowRoot!, 'purchase-wizard')?.shadowRoot?.querySelector('#credits'), 'no Credits step', { timeout: 6000 });
    const wizard = find(el.shadowRoot!, 'purchase-wizard')!;
    await waitForText(wizard, /Suggested: [\d,]+/, 6000);
    el.show('credits');
    await waitUntil(() => find(el.shadowRoot!, 'credits-balance'), 'no balance');
    el.expectedPhotos = 5_000; // 12,500 ≥ 2 × 5,000
    await waitForText(find(el.shadowRoot!, 'credits-balance')!, 'No top-up needed.', 6000);
  });
});
