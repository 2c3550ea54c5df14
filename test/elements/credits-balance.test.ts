import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/credits-balance/define.js';
import '../../src/elements/monthly-usage/define.js';
import '../../src/elements/usage-table/define.js';
import type { CreditsBalance } from '../../src/elements/credits-balance/credits-balance.js';
import type { NavigateDetail } from '../../src/core/events.js';
import { $, button, mountInProvider, requestsTo, shadowText, waitForText } from '../support.js';
import { runCommonSuite } from './shared/common-suite.js';

const STAFF = { email: 'staff@9pic.ai', is_staff: true };

async function mountBalance(options: Parameters<typeof mountInProvider>[1] = {}, expectedPhotos?: number) {
  const mounted = await mountInProvider<CreditsBalance>(html`<credits-balance expected-photos=${expectedPhotos ?? ''}></credits-balance>`, options);
  return mounted;
}

/** The balance drew, and the advice panel (its own chunk) too when it has one: no skeleton left. */
const loaded = (el: CreditsBalance) =>
  waitUntil(() => el.shadowRoot!.querySelector('.amount') && !el.shadowRoot!.querySelector('.skeleton'), 'balance never loaded', { timeout: 4000 });
const active = (el: Element) => el.shadowRoot!.activeElement;
const dialogOf = (el: Element) => $<HTMLDialogElement>(el, 'dialog');

async function typeInto(el: Element, selector: string, value: string) {
  const input = $<HTMLInputElement>(el, selector);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await (el as CreditsBalance).updateComplete;
}

async function openGrant(el: CreditsBalance) {
  button(el, 'Add Credits').click();
  await waitUntil(() => el.shadowRoot!.querySelector('dialog')?.open, 'dialog never opened');
}

runCommonSuite({
  name: '<credits-balance>',
  template: html`<credits-balance></credits-balance>`,
  load: 'GET /credits',
  title: 'Available Credits',
  data: { organisation: 'org_42', text: '12,500' },
  empty: { organisation: 'org_empty', text: '0 credits' },
  switchTo: { organisation: 'org_trial_us', text: '1,387' },
  stale: ['12,500'],
  error: 'Credits balance could not be loaded.',
  skeletons: 4,
  busy: 'section.card',
  sameHeight: (el) => $(el, '.card'),
});

describe('<credits-balance>', () => {
  describe('states', () => {
    it('loading with expected-photos reserves the advice panel too', async () => {
      const { el, sim } = await mountBalance({}, 1000);
      await loaded(el);
      const dataHeight = $(el, '.card').getBoundingClientRect().height;
      sim.failNext('GET /credits', { mode: 'hang', times: 10 });
      const held = await mountBalance({ sim }, 1000);
      expect($(held.el, '.card').getBoundingClientRect().height).to.be.closeTo(dataHeight, 12);
    });

    it('data: the balance grouped for en-IN (lakhs), actions', async () => {
      const { el, sim } = await mountBalance();
      await waitForText(el, '12,500');
      expect(shadowText(el)).to.include('Available Credits');
      expect(button(el, 'Purchase Credits').type).to.equal('button');
      expect(button(el, 'Billing & Transactions').type).to.equal('button');

      sim.state.orgs.org_42!.balance = 125_000;
      const lakh = await mountBalance({ sim });
      await waitForText(lakh.el, '1,25,000');
      const us = await mountBalance({ sim, locale: 'en-US' });
      await waitForText(us.el, '125,000');
    });

    it('in Hindi, strings come from the Hindi catalog', async () => {
      const { el } = await mountBalance({ locale: 'hi-IN' });
      await waitForText(el, 'उपलब्ध क्रेडिट');
      expect(shadowText(el)).to.include('क्रेडिट खरीदें');
      await mountBalance({ locale: 'en-IN' }); // back to English for the tests after this one
    });
  });

  describe('negative balance and pricing', () => {
    it('org_payg: a negative balance is flagged and explained; no Cost per Credit row', async () => {
      const { el } = await mountBalance({ organisation: 'org_payg' });
      await loaded(el);
      expect($(el, '[part="balance"]').hasAttribute('data-negative')).to.equal(true);
      expect(shadowText(el)).to.include('Negative balance');
      expect($(el, '.amount').textContent).to.equal('\u2212250');
      expect($(el, '[part="negative-note"]').textContent).to.include('250 credits');
      expect(getComputedStyle($(el, '.amount')).color).to.equal('rgb(185, 28, 28)');
      expect(shadowText(el)).not.to.include('Cost per Credit');
      expect(el.shadowRoot!.querySelector('[part="cost"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('a zero cost per credit counts as no pricing', async () => {
      const { sim } = await mountBalance();
      sim.respondWith('GET /credits', 200, {
        organisation: { id: 'org_42', name: 'Mumbai Marathon Photos' },
        available_credits: 10,
        currency: 'INR',
        cost_per_credit: '0.00',
        viewer: { email: 'a@b.c', is_staff: false },
      });
      const { el } = await mountBalance({ sim });
      await loaded(el);
      expect(el.shadowRoot!.querySelector('[part="cost"]')).to.equal(null);
    });

    it('Cost per Credit is masked: the value is not in the DOM until Show; Hide masks it again', async () => {
      const { el } = await mountBalance();
      await loaded(el);
      expect(shadowText(el)).to.include('Cost per Credit');
      expect(shadowText(el)).not.to.include('1.50');
      expect(new XMLSerializer().serializeToString(el.shadowRoot!)).not.to.include('1.50');
      const toggle = button(el, /Show/);
      expect(toggle.getAttribute('aria-label')).to.equal('Show cost per credit');
      toggle.click();
      await el.updateComplete;
      expect(shadowText(el)).to.include('₹1.50');
      expect(toggle.getAttribute('aria-label')).to.equal('Hide cost per credit');
      expect(toggle.textContent).to.match(/Hide/);
      await expect(el).to.be.accessible();
      toggle.click();
      await el.updateComplete;
      expect(shadowText(el)).not.to.include('1.50');
      expect(toggle.getAttribute('aria-label')).to.equal('Show cost per credit');
    });

    it('Show/Hide works from the keyboard (Enter and Space)', async () => {
      const { el } = await mountBalance();
      await loaded(el);
      const toggle = button(el, /Show/);
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-label')).to.equal('Hide cost per credit');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-label')).to.equal('Show cost per credit');
    });
  });

  describe('navigation', () => {
    it('Purchase Credits and Billing & Transactions emit cancelable credits-navigate', async () => {
      const { el, provider } = await mountBalance();
      await loaded(el);
      const seen: { detail: NavigateDetail; cancelable: boolean; composed: boolean }[] = [];
      provider.addEventListener('credits-navigate', (e) => {
        seen.push({ detail: e.detail, cancelable: e.cancelable, composed: e.composed });
        e.preventDefault();
      });
      button(el, 'Purchase Credits').click();
      button(el, 'Billing & Transactions').click();
      expect(seen.map((s) => s.detail.target)).to.deep.equal(['purchase', 'billing']);
      expect(seen.every((s) => s.cancelable && s.composed)).to.equal(true);
    });

    it('follows routes when not cancelled, and not when cancelled', async () => {
      const { el, provider } = await mountBalance();
      provider.routes = { purchase: '#/credits/purchase', billing: '#/credits/billing' };
      await loaded(el);
      await el.updateComplete;
      const before = window.location.hash;
      try {
        let detail: NavigateDetail | undefined;
        const listen = (e: CustomEvent<NavigateDetail>) => (detail = e.detail);
        provider.addEventListener('credits-navigate', listen);
        button(el, 'Purchase Credits').click();
        expect(detail?.href).to.equal('#/credits/purchase');
        expect(window.location.hash).to.equal('#/credits/purchase');
        provider.removeEventListener('credits-navigate', listen);

        const cancel = (e: Event) => e.preventDefault();
        provider.addEventListener('credits-navigate', cancel);
        button(el, 'Billing & Transactions').click();
        expect(window.location.hash).to.equal('#/credits/purchase');
        provider.removeEventListener('credits-navigate', cancel);
      } finally {
        history.replaceState(null, '', `${window.location.pathname}${window.location.search}${before}`);
      }
    });
  });

  describe('Add Credits (staff grant)', () => {
    it('is shown to staff only', async () => {
      const customer = await mountBalance();
      await loaded(customer.el);
      expect(shadowText(customer.el)).not.to.include('Add Credits');
      expect(customer.el.shadowRoot!.querySelector('dialog')).to.equal(null);
      const staff = await mountBalance({ viewer: STAFF });
      await loaded(staff.el);
      expect(button(staff.el, 'Add Credits').getAttribute('aria-haspopup')).to.equal('dialog');
      // The dialog is its own chunk: loaded for staff, never for a customer.
      await waitUntil(() => staff.el.shadowRoot!.querySelector('dialog'), 'the grant dialog chunk never loaded for staff');
      expect(customer.el.shadowRoot!.querySelector('dialog')).to.equal(null);
      await expect(staff.el).to.be.accessible();
    });

    it('the dialog and its fields are styled (their styles come with the dialog chunk, not with the balance)', async () => {
      const { el } = await mountBalance({ viewer: STAFF });
      await loaded(el);
      await openGrant(el);
      const dialog = dialogOf(el);
      expect(getComputedStyle(dialog).borderTopStyle).to.equal('solid');
      expect(getComputedStyle(dialog).borderTopLeftRadius).not.to.equal('0px');
      const field = $<HTMLElement>(el, '.field');
      expect(getComputedStyle(field).display).to.equal('grid');
      expect(getComputedStyle($<HTMLInputElement>(el, '#grant-credits')).minHeight).to.equal('36px');
      const actions = $<HTMLElement>(el, '.dialog-actions');
      expect(getComputedStyle(actions).display).to.equal('flex');
    });

    it('dialog: focus moves in, Escape closes, focus returns to the opener', async () => {
      const { el } = await mountBalance({ viewer: STAFF });
      await loaded(el);
      const opener = button(el, 'Add Credits');
      opener.focus();
      await openGrant(el);
      expect(active(el)?.id).to.equal('grant-credits');
      expect(dialogOf(el).matches(':modal')).to.equal(true);
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialogOf(el).open, 'Escape did not close the dialog');
      await waitUntil(() => active(el) === opener, 'focus did not return to Add Credits');
    });

    it('posts the grant once with an Idempotency-Key; the balance and the purchase history refresh, usage does not', async () => {
      const { el, sim, provider } = await mountInProvider<CreditsBalance>(
        html`<credits-balance></credits-balance><monthly-usage></monthly-usage><usage-table direction="addition"></usage-table>`,
        { viewer: STAFF },
      );
      const usage = provider.querySelector('monthly-usage')!;
      await loaded(el);
      await waitForText(usage, 'credits used this month');
      await waitForText(provider.querySelector('usage-table')!, 'Showing');
      const usageReads = requestsTo(sim, 'GET', '/credits/monthly-usage').length;
      const historyReads = requestsTo(sim, 'GET', '/credits/transactions').length;
      await openGrant(el);
      await typeInto(el, '#grant-credits', '5,000');
      await typeInto(el, '#grant-reason', 'Race-day goodwill');
      const submitButtons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('dialog button[type="submit"]')];
      expect(submitButtons).to.have.length(1);
      submitButtons[0]!.click();
      submitButtons[0]!.click(); // a double click is one grant
      await waitForText(el, '17,500');
      await waitUntil(() => !dialogOf(el).open);
      const posts = requestsTo(sim, 'POST', '/credits/grants');
      expect(posts).to.have.length(1);
      expect(posts[0]!.body).to.deep.equal({ credits: 5000, reason: 'Race-day goodwill' });
      expect(posts[0]!.headers['idempotency-key']).to.match(/^[0-9a-f-]{36}$/);
      expect(shadowText(el)).to.include('5,000 credits added.');
      await waitUntil(() => requestsTo(sim, 'GET', '/credits/transactions').length === historyReads + 1, 'the purchase history was not refreshed');
      // A grant adds credits, not usage: monthly usage is not asked for again.
      expect(requestsTo(sim, 'GET', '/credits/monthly-usage')).to.have.length(usageReads);
    });

    it('a 403 is shown in words, the typed values are kept, and a retry reuses the key until a value changes', async () => {
      const { el, sim } = await mountBalance({ viewer: { ...STAFF } });
      await loaded(el);
      await openGrant(el);
      await typeInto(el, '#grant-credits', '2500');
      await typeInto(el, '#grant-reason', 'Refund for outage');
      sim.options.viewer = { email: 'ops@example.com', is_staff: false };
      $(el, 'dialog form').dispatchEvent(new Event('submit', { cancelable: true }));
      await waitForText(el, 'The credits were not added.');
      expect(shadowText(el)).to.include('Only 9Pic staff can add credits.');
      expect(shadowText(el)).to.match(/Request ID: req_\d+/);
      expect($<HTMLInputElement>(el, '#grant-credits').value).to.equal('2500');
      expect($<HTMLTextAreaElement>(el, '#grant-reason').value).to.equal('Refund for outage');
      expect(dialogOf(el).open).to.equal(true);
      await expect(el).to.be.accessible();

      sim.options.viewer = STAFF;
      sim.failNext('POST /credits/grants', { mode: 'network-error' });
      $(el, 'dialog form').dispatchEvent(new Event('submit', { cancelable: true }));
      await waitUntil(() => requestsTo(sim, 'POST', '/credits/grants').length === 2);
      await waitForText(el, 'could not be reached');
      $(el, 'dialog form').dispatchEvent(new Event('submit', { cancelable: true }));
      await waitForText(el, '15,000');
      const keys = requestsTo(sim, 'POST', '/credits/grants').map((r) => r.headers['idempotency-key']);
      expect(keys).to.have.length(3);
      expect(new Set(keys).size).to.equal(1);

      // A new intent (edited values) gets a new key.
      await openGrant(el);
      await typeInto(el, '#grant-credits', '100');
      await typeInto(el, '#grant-reason', 'Another');
      $(el, 'dialog form').dispatchEvent(new Event('submit', { cancelable: true }));
      await waitForText(el, '15,100');
      const last = requestsTo(sim, 'POST', '/credits/grants').at(-1)!;
      expect(last.headers['idempotency-key']).not.to.equal(keys[0]);
    });

    it('editing a value after a failure makes a new key', async () => {
      const { el, sim } = await mountBalance({ viewer: STAFF });
      await loaded(el);
      await openGrant(el);
      await typeInto(el, '#grant-credits', '300');
      await typeInto(el, '#grant-reason', 'Goodwill');
      sim.failNext('POST /credits/grants', { status: 503 });
      $(el, 'dialog form').dispatchEvent(new Event('submit', { cancelable: true }));
      await waitForText(el, 'The credits were not added.');
      await typeInto(el, '#grant-credits', '400');
      $(el, 'dialog form').dispatchEvent(new Event('submit', { cancelable: true }));
      await waitForText(el, '12,900');
      const [first, second] = requestsTo(sim, 'POST', '/credits/grants').map((r) => r.headers['idempotency-key']);
      expect(first).to.be.a('string');
      expect(second).to.be.a('string').and.not.equal(first);
    });

    it('validation: invalid input is explained beside the field and nothing is posted; server field errors too', async () => {
      const { el, sim } = await mountBalance({ viewer: STAFF });
      await loaded(el);
      await openGrant(el);
      await typeInto(el, '#grant-credits', '12.5');
      $(el, 'dialog form').dispatchEvent(new Event('submit', { cancelable: true }));
      await waitForText(el, 'Enter a whole number of credits greater than 0.');
      expect(shadowText(el)).to.include('Enter a reason for the grant.');
      expect($(el, '#grant-credits').getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#grant-credits').getAttribute('aria-describedby')).to.equal('grant-credits-error');
      expect(active(el)?.id).to.equal('grant-credits');
      expect(requestsTo(sim, 'POST', '/credits/grants')).to.have.length(0);
      await expect(el).to.be.accessible();

      await typeInto(el, '#grant-credits', '5000000');
      await typeInto(el, '#grant-reason', 'Big one');
      sim.failNext('POST /credits/grants', { status: 422, message: 'Invalid grant.', fields: { credits: 'Must be at most 1000000' } });
      $(el, 'dialog form').dispatchEvent(new Event('submit', { cancelable: true }));
      await waitForText(el, 'Must be at most 1000000');
      expect(shadowText(el)).to.include('Check the highlighted fields.');
      expect($<HTMLInputElement>(el, '#grant-credits').value).to.equal('5000000');
      expect($<HTMLTextAreaElement>(el, '#grant-reason').value).to.equal('Big one');
    });

    it('works by keyboard alone: open, type, submit; focus returns to Add Credits', async () => {
      const { el, sim } = await mountBalance({ viewer: STAFF });
      await loaded(el);
      const opener = button(el, 'Add Credits');
      opener.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialogOf(el).open && active(el)?.id === 'grant-credits');
      await sendKeys({ type: '750' });
      await sendKeys({ press: 'Tab' });
      expect(active(el)?.id).to.equal('grant-reason');
      await sendKeys({ type: 'Keyboard grant' });
      await sendKeys({ press: 'Tab' }); // Cancel
      await sendKeys({ press: 'Tab' }); // Add Credits
      expect(active(el)?.textContent?.trim()).to.equal('Add Credits');
      await sendKeys({ press: 'Enter' });
      await waitForText(el, '13,250');
      await waitUntil(() => active(el) === opener, 'focus did not return to Add Credits');
      expect(requestsTo(sim, 'POST', '/credits/grants')[0]!.body).to.deep.equal({ credits: 750, reason: 'Keyboard grant' });
    });
  });

  describe('top-up advice (expected-photos)', () => {
    // org_42 holds 12,500 credits.
    const cases: [number, string, string | null][] = [
      [6250, 'No top-up needed.', null], // exactly 2×
      [6251, 'Top up before starting Sync.', '6,300'], // just under 2×: 18,753 − 12,500 = 6,253 → 6,300
      [8334, 'Top up before starting Sync.', '12,600'], // ~1.5×
      [12_500, 'Top up before starting Sync.', '25,000'], // exactly 1×
      [12_501, "Top up now. Don't start Sync yet.", '25,100'], // just below 1×
    ];
    for (const [expected, title, suggested] of cases) {
      it(`${expected} expected photos → "${title}"`, async () => {
        const { el } = await mountBalance({}, expected);
        await loaded(el);
        const advice = $(el, '[part="advice"]');
        expect(advice.textContent).to.include(title);
        if (suggested) expect($(el, '.suggested-credits').textContent).to.include(`${suggested} credits`);
        else expect(advice.querySelector('.suggested-credits')).to.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    it('the suggestion is never below the minimum purchase, and its button asks for the purchase flow', async () => {
      const { el, provider } = await mountBalance({ organisation: 'org_payg' }, 100);
      await loaded(el);
      expect($(el, '[part="advice"]').textContent).to.include("Top up now. Don't start Sync yet.");
      expect($(el, '.suggested-credits').textContent).to.include('1,000 credits'); // 3×100 + 250 = 550 < 1,000
      const targets: string[] = [];
      const suggested: (number | undefined)[] = [];
      provider.addEventListener('credits-navigate', (e) => {
        targets.push(e.detail.target);
        suggested.push(e.detail.credits);
        e.preventDefault();
      });
      button(el, 'Top up credits').click();
      expect(targets).to.deep.equal(['purchase']);
      expect(suggested).to.deep.equal([1000]); // the suggestion travels with the navigation
    });

    it('no advice without expected-photos', async () => {
      const { el } = await mountBalance();
      await loaded(el);
      expect(el.shadowRoot!.querySelector('[part="advice"]')).to.equal(null);
    });
  });

  it('an organisation switch masks the cost again and closes the dialog', async () => {
    const { el, provider } = await mountBalance({ viewer: STAFF });
    await loaded(el);
    button(el, /Show/).click();
    await openGrant(el);
    await typeInto(el, '#grant-credits', '10');
    provider.organisation = 'org_trial_us';
    await waitUntil(() => !el.shadowRoot!.querySelector('dialog')?.open);
    expect(shadowText(el)).not.to.match(/\$0\.02/);
    await waitUntil(() => button(el, /Show/).getAttribute('aria-label') === 'Show cost per credit');
  });
});
