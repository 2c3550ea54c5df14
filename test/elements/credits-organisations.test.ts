import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/credits-organisations/define.js';
import '../../src/elements/credits-balance/define.js';
import type { CreditsOrganisations } from '../../src/elements/credits-organisations/credits-organisations.js';
import type { CreditsProvider } from '../../src/elements/credits-provider/credits-provider.js';
import { createSimulator, PARTNER_VIEWER, STRESS_PARTNER_VIEWER } from '../../src/simulator/index.js';
import { $, mountInProvider, shadowText, waitForText, ignoreResizeObserverLoop } from '../support.js';
import { runCommonSuite } from './shared/common-suite.js';

const rows = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.row')];
const rowNames = (el: Element) => rows(el).map((r) => r.querySelector('.name')!.textContent!.trim());
const row = (el: Element, name: string) => {
  const found = rows(el).find((r) => r.querySelector('.name')!.textContent!.trim() === name);
  if (!found) throw new Error(`no row "${name}": ${rowNames(el).join(' | ')}`);
  return found;
};
const listRequests = (sim: { requests: { method: string; path: string; search: string }[] }) =>
  sim.requests.filter((r) => r.method === 'GET' && r.path === '/organisations').map((r) => new URLSearchParams(r.search));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function typeSearch(el: CreditsOrganisations, text: string) {
  const input = $<HTMLInputElement>(el, '#search');
  input.focus();
  input.select();
  await sendKeys({ type: text });
}

/**
 * The virtualizer's ResizeObserver may resize rows within the frame it observed them in; Chromium
 * then reports "ResizeObserver loop completed with undelivered notifications" (benign). Mocha would count it as a failure.
 */
ignoreResizeObserverLoop();

// The list is the viewer's organisations, not the organisation's data: it stays across a switch (tested below), so the suite's switch test is left out.
runCommonSuite({
  name: '<credits-organisations>',
  mount: async (sim, organisation) => {
    sim.options.viewer = PARTNER_VIEWER;
    const { el, provider } = await mountInProvider<CreditsOrganisations>(html`<credits-organisations></credits-organisations>`, { sim, organisation });
    return { el, switchOrganisation: (id) => (provider.organisation = id) };
  },
  load: 'GET /organisations',
  title: 'Organisations',
  data: { organisation: 'org_42', text: 'Showing all 6 organisations.' },
  error: 'Organisations could not be loaded.',
  skeletons: 6,
  busy: null,
});

describe('<credits-organisations>', function () {
  // A loaded machine: first loads and the accessibility checks take a few seconds.
  this.timeout(20_000);
  it("lists the partner's organisations: name, balance (negative flagged), plan, expiry badge, low-balance flag, the current one marked", async () => {
    const { el } = await mountInProvider<CreditsOrganisations>(html`<credits-organisations low-balance-threshold="1000"></credits-organisations>`, {
      viewer: PARTNER_VIEWER,
    });
    await waitForText(el, 'Showing all 6 organisations.');
    expect(rowNames(el)).to.deep.equal(['Boston Running Club', 'Chennai Photo Walks', 'Delhi Cyclists', 'Global Races Inc', 'Mumbai Marathon Photos', 'New Organiser']);
    const mumbai = row(el, 'Mumbai Marathon Photos');
    expect(mumbai.textContent).to.include('12,500').and.include('Pro').and.include('Expires in 20 days').and.include('Current');
    expect(mumbai.getAttribute('aria-current')).to.equal('true');
    expect(rows(el).filter((r) => r.getAttribute('aria-current') === 'true')).to.have.length(1);
    const payg = row(el, 'Chennai Photo Walks');
    expect(payg.textContent).to.include('−250').and.include('Negative balance').and.include('Pay As You Go');
    expect(payg.querySelector('.c-balance')!.hasAttribute('data-negative')).to.equal(true);
    expect(row(el, 'Delhi Cyclists').textContent).to.include('Expired');
    expect(row(el, 'Global Races Inc').textContent).to.include('No expiry').and.include('Enterprise');
    // New Organiser has 0 credits: below the threshold of 1,000.
    expect(row(el, 'New Organiser').textContent).to.include('Low balance');
    expect(mumbai.textContent).not.to.include('Low balance');
    await expect(el).to.be.accessible();
  });

  it('flags no low balance without low-balance-threshold', async () => {
    const { el } = await mountInProvider<CreditsOrganisations>(html`<credits-organisations></credits-organisations>`, { viewer: PARTNER_VIEWER });
    await waitForText(el, 'Showing all 6 organisations.');
    expect(shadowText(el)).not.to.include('Low balance');
  });

  it('a viewer with one organisation (403 not_allowed) sees only a short note and no credits-error fires', async () => {
    const sim = createSimulator();
    const errors: Event[] = [];
    const provider = await fixture<CreditsProvider>(
      html`<credits-provider api-base="/api" organisation="org_42" .fetch=${sim.fetch} @credits-error=${(e: Event) => errors.push(e)}
        ><credits-organisations></credits-organisations
      ></credits-provider>`,
    );
    const el = provider.querySelector('credits-organisations')!;
    await waitForText(el, 'You manage one organisation');
    expect(el.shadowRoot!.querySelector('h2, input, button, [role="alert"]')).to.equal(null);
    expect(errors).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('other failures show the error state with the request id and Retry', async function () {
    this.timeout(20_000);
    const { el, sim } = await mountInProvider<CreditsOrganisations>(html`<credits-organisations></credits-organisations>`, { viewer: PARTNER_VIEWER });
    await waitForText(el, 'Showing all 6');
    sim.failNext('GET /organisations', { status: 500, times: 3 });
    await typeSearch(el, 'delhi');
    await waitForText(el, 'Organisations could not be loaded.', 12_000);
    expect(shadowText(el)).to.match(/Request ID: req_\d+/);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.error-panel button').click();
    await waitForText(el, 'Showing 1 organisation.');
    expect(rowNames(el)).to.deep.equal(['Delhi Cyclists']);
  });

  it('sends the search to the API once typing pauses (one request for a word typed quickly)', async () => {
    const { el, sim } = await mountInProvider<CreditsOrganisations>(html`<credits-organisations></credits-organisations>`, { viewer: PARTNER_VIEWER });
    await waitForText(el, 'Showing all 6');
    sim.resetRequests();
    await typeSearch(el, 'mumbai');
    await waitForText(el, 'Showing 1 organisation.');
    expect(listRequests(sim).map((p) => p.get('q'))).to.deep.equal(['mumbai']);
    expect(rowNames(el)).to.deep.equal(['Mumbai Marathon Photos']);
    // The id matches too.
    await typeSearch(el, 'org_trial');
    await waitForText(el, 'Boston Running Club');
    expect(rowNames(el)).to.deep.equal(['Boston Running Club']);
    await typeSearch(el, 'zzz');
    await waitForText(el, 'No organisations match “zzz”.');
    await expect(el).to.be.accessible();
  });

  it('never shows the answer to an older search, even when it arrives last', async () => {
    const sim = createSimulator({ viewer: PARTNER_VIEWER });
    const slow: typeof fetch = async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input), location.href);
      if (url.pathname.endsWith('/organisations') && url.searchParams.get('q') === 'mum') await sleep(900);
      return sim.fetch(input, init);
    };
    const provider = await fixture<CreditsProvider>(
      html`<credits-provider api-base="/api" organisation="org_42" .fetch=${slow}><credits-organisations></credits-organisations></credits-provider>`,
    );
    const el = provider.querySelector('credits-organisations')!;
    await waitForText(el, 'Showing all 6');
    await typeSearch(el, 'mum');
    await sleep(450); // the search for "mum" is on its way (slow)
    await typeSearch(el, 'delhi');
    await waitForText(el, 'Delhi Cyclists');
    await sleep(900); // the answer for "mum" has arrived meanwhile
    expect(listRequests(sim).map((p) => p.get('q'))).to.include('mum');
    expect(rowNames(el)).to.deep.equal(['Delhi Cyclists']);
    expect(shadowText(el)).not.to.include('Mumbai');
  });

  it('sends the sort to the API and shows the order it answers', async () => {
    const { el, sim } = await mountInProvider<CreditsOrganisations>(html`<credits-organisations></credits-organisations>`, { viewer: PARTNER_VIEWER });
    await waitForText(el, 'Showing all 6');
    const select = $<HTMLSelectElement>(el, '#sort');
    select.value = 'available_credits';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => rowNames(el)[0] === 'Chennai Photo Walks', 'lowest balance first');
    expect(listRequests(sim).at(-1)!.get('sort')).to.equal('available_credits');
    select.value = 'expires_at';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => rowNames(el)[0] === 'Delhi Cyclists', 'soonest expiry (expired) first');
    expect(listRequests(sim).at(-1)!.get('sort')).to.equal('expires_at');
    expect(rowNames(el).slice(-2).sort()).to.deep.equal(['Chennai Photo Walks', 'Global Races Inc']); // no expiry: last
  });

  it('choosing an organisation fires credits-organisation-select; not cancelled, the provider switches with no frame of the old data', async () => {
    const { el, sim, provider } = await mountInProvider<CreditsOrganisations>(
      html`<credits-organisations></credits-organisations><credits-balance></credits-balance>`,
      { viewer: PARTNER_VIEWER, latency: 30 },
    );
    const balance = provider.querySelector('credits-balance')!;
    await waitForText(el, 'Showing all 6');
    await waitForText(balance, '12,500');
    const seen: { org: string; text: string }[] = [];
    const observer = new MutationObserver(() => seen.push({ org: provider.store!.organisation, text: shadowText(balance) }));
    observer.observe(balance.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
    const events: CustomEvent[] = [];
    provider.addEventListener('credits-organisation-select', (e) => events.push(e));
    row(el, 'Boston Running Club').click();
    expect(events).to.have.length(1);
    expect(events[0]!.detail.organisation).to.include({ id: 'org_trial_us', name: 'Boston Running Club' });
    expect(events[0]!.bubbles && events[0]!.composed && events[0]!.cancelable).to.equal(true);
    await waitUntil(() => provider.organisation === 'org_trial_us');
    await waitUntil(() => sim.requests.some((r) => r.organisation === 'org_trial_us' && r.path === '/credits'));
    await waitUntil(() => /\d/.test(shadowText(balance)) && !shadowText(balance).includes('12,500'), 'the new balance', { timeout: 3000 });
    observer.disconnect();
    const wrong = seen.filter((s) => s.org === 'org_trial_us' && s.text.includes('12,500'));
    expect(wrong, JSON.stringify(wrong.slice(0, 2))).to.have.length(0);
    await el.updateComplete;
    expect(row(el, 'Boston Running Club').getAttribute('aria-current')).to.equal('true');
    expect(row(el, 'Mumbai Marathon Photos').getAttribute('aria-current')).to.equal('false');
    // The list itself is the viewer's: no reload on the switch.
    expect(listRequests(sim)).to.have.length(1);
  });

  it('a cancelled credits-organisation-select leaves the provider where it was', async () => {
    const { el, provider } = await mountInProvider<CreditsOrganisations>(html`<credits-organisations></credits-organisations>`, { viewer: PARTNER_VIEWER });
    await waitForText(el, 'Showing all 6');
    provider.addEventListener('credits-organisation-select', (e) => e.preventDefault());
    row(el, 'Delhi Cyclists').click();
    await el.updateComplete;
    await sleep(50);
    expect(provider.organisation).to.equal('org_42');
    expect(row(el, 'Mumbai Marathon Photos').getAttribute('aria-current')).to.equal('true');
  });

  it('works by keyboard: arrow keys move between rows, Enter chooses', async () => {
    const { el, provider } = await mountInProvider<CreditsOrganisations>(html`<credits-organisations></credits-organisations>`, { viewer: PARTNER_VIEWER });
    await waitForText(el, 'Showing all 6');
    // One tab stop for the list.
    expect(rows(el).filter((r) => r.tabIndex === 0)).to.have.length(1);
    rows(el)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.querySelector('.name')?.textContent).to.equal('Delhi Cyclists');
    expect(rows(el).filter((r) => r.tabIndex === 0).map((r) => r.querySelector('.name')!.textContent)).to.deep.equal(['Delhi Cyclists']);
    await sendKeys({ press: 'End' });
    expect(el.shadowRoot!.activeElement?.querySelector('.name')?.textContent).to.equal('New Organiser');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => provider.organisation === 'org_empty');
  });

  it('pages with Load more and keeps DOM rows bounded with thousands of organisations loaded (virtualised)', async function () {
    this.timeout(30_000);
    const { el, sim } = await mountInProvider<CreditsOrganisations>(html`<credits-organisations></credits-organisations>`, {
      viewer: STRESS_PARTNER_VIEWER,
      organisation: 'org_p00001',
    });
    await waitForText(el, 'Showing 100 organisations. More are available.', 8000);
    $<HTMLButtonElement>(el, '[part="load-more"]').click();
    await waitForText(el, 'Showing 200 organisations.', 8000);
    const pages = listRequests(sim);
    expect(pages).to.have.length(2);
    expect(pages[1]!.get('cursor')).to.be.a('string');
    while (!shadowText(el).includes('Showing 2,000')) {
      await el.loadMore();
      await el.updateComplete;
    }
    await waitUntil(() => !!el.shadowRoot!.querySelector('.body.virtual'), 'the virtualizer');
    await waitUntil(() => rows(el).length > 0);
    expect(rows(el).length).to.be.below(60);
    // aria-setsize is unknown (-1) while more pages remain; each row says where it sits.
    expect(el.shadowRoot!.querySelector('[role="listitem"]')!.getAttribute('aria-posinset')).to.equal('1');
    // Scrolled to the end: the next page comes in on its own.
    // The rows' heights are estimated until measured, so the end moves as it comes into view: keep scrolling to it.
    const body = $(el, '.body.virtual');
    await waitUntil(
      () => {
        body.scrollTop = body.scrollHeight;
        return shadowText(el).includes('Showing 2,100');
      },
      'scrolling to the end never loaded the next page',
      { timeout: 10_000, interval: 100 },
    );
    expect(rows(el).length).to.be.below(60);
  });

  it('a virtualised list whose roving row is out of view (scrolled away, or off screen) is still one Tab stop, and an arrow brings the row back', async function () {
    this.timeout(30_000);
    const { el } = await mountInProvider<CreditsOrganisations>(html`<credits-organisations></credits-organisations>`, {
      viewer: STRESS_PARTNER_VIEWER,
      organisation: 'org_p00001',
    });
    await waitForText(el, 'Showing 100 organisations. More are available.', 8000);
    await el.loadMore();
    await waitUntil(() => !!el.shadowRoot!.querySelector('.body.virtual') && rows(el).length > 0, 'the virtualizer');
    const body = $(el, '.body.virtual');
    // The first row is in view: it is the Tab stop, not the list.
    await waitUntil(() => body.tabIndex === -1, 'the first row takes Tab while it is rendered');
    // Scrolled to the end, the first row is recycled: the list becomes the Tab stop.
    // One scroll, as a user's: the virtualizer renders the rows in view in a frame of its own, after which
    // the list must have taken the Tab stop without any further event.
    body.scrollTop = body.scrollHeight / 2;
    await waitUntil(() => !el.shadowRoot!.querySelector('[data-index="0"]'), 'the first row left the DOM', { timeout: 5000 });
    await waitUntil(() => body.tabIndex === 0, 'the list did not become the Tab stop once its roving row left the DOM', { timeout: 2000 });
    $<HTMLSelectElement>(el, '[part="sort"]').focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement, 'Tab from the sort reaches the list').to.equal(body);
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => el.shadowRoot!.activeElement?.closest('[data-index]')?.getAttribute('data-index') === '0', 'ArrowDown on the list focuses its roving row');
    await waitUntil(() => body.tabIndex === -1);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(el.shadowRoot!.activeElement, 'Shift+Tab from the row leaves the list in one press').to.not.equal(body);
    expect(body.contains(el.shadowRoot!.activeElement)).to.equal(false);
  });

  it('stays where it is across switches: search and loaded pages are kept', async () => {
    const { el, provider } = await mountInProvider<CreditsOrganisations>(html`<credits-organisations></credits-organisations>`, { viewer: PARTNER_VIEWER });
    await waitForText(el, 'Showing all 6');
    await typeSearch(el, 'photo');
    await waitForText(el, 'Showing all 2 organisations.');
    const before = rowNames(el);
    row(el, before[0]!).click();
    await waitUntil(() => provider.organisation !== 'org_42');
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#search').value).to.equal('photo');
    expect(rowNames(el)).to.deep.equal(before);
  });
});
