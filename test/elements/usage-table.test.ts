import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/usage-table/define.js';
import type { UsageTable } from '../../src/elements/usage-table/usage-table.js';
import type { Transaction } from '../../src/api/schemas.js';
import { grantCredits, newIdempotencyKey } from '../../src/state/actions.js';
import { csvField, safeFileName, toCsv } from '../../src/ui/csv.js';
import { eventTotals } from '../../src/elements/usage-table/totals.js';
import { $, button, mountInProvider, requestsTo, shadowText, waitForText, ignoreResizeObserverLoop } from '../support.js';
import { runCommonSuite } from './shared/common-suite.js';

const TXNS = '/credits/transactions';
const rows = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.tbody [role="row"]')];
const rowText = (row: Element) => (row.textContent ?? '').replace(/\s+/g, ' ').trim();
const waitForRows = (el: UsageTable, n: number, timeout = 4000) =>
  waitUntil(() => rows(el).length >= n, `expected ${n} rows, saw ${rows(el).length}`, { timeout });
const searchOf = (r: { search: string }) => new URLSearchParams(r.search);

const txn = (over: Partial<Transaction> & { id: string }): Transaction => ({
  type: 'usage',
  usage_kind: 'event_photo_indexing',
  delta: -10,
  event: { id: 'evt_1', name: 'City Marathon' },
  user_email: 'a@example.com',
  created_at: '2026-03-10T09:30:00Z',
  payment_id: null,
  ...over,
});

/** One page with every kind of row, answered by the simulator for the next list request. */
const MIXED: Transaction[] = [
  txn({ id: 't1', usage_kind: 'event_photo_indexing' }),
  txn({ id: 't2', usage_kind: 'ai_image_rotation', delta: -3 }),
  txn({ id: 't3', usage_kind: 'face_blur', delta: -1 }),
  txn({ id: 't4', type: 'purchase', usage_kind: null, delta: 5000, event: null }),
  txn({ id: 't5', type: 'admin_grant', usage_kind: null, delta: 500, event: null, user_email: 'staff@9pic.ai' }),
  txn({ id: 't6', type: 'free_credits', usage_kind: null, delta: 1000, event: null, user_email: null }),
  txn({ id: 't7', type: 'refund', usage_kind: null, delta: 200, event: null, user_email: null }),
  txn({ id: 't8', type: 'promo_bonus', usage_kind: null, delta: 250, event: null, user_email: null }),
];

async function mountMixed() {
  const { createSimulator } = await import('../../src/simulator/index.js');
  const sim = createSimulator();
  sim.respondWith(`GET ${TXNS}`, 200, { data: MIXED, next_cursor: null });
  const mounted = await mountInProvider<UsageTable>(html`<usage-table></usage-table>`, { sim });
  await waitForRows(mounted.el, MIXED.length);
  return mounted;
}

/**
 * The virtualizer's ResizeObserver may resize rows within the frame it observed them in; Chromium
 * then reports "ResizeObserver loop completed with undelivered notifications" (benign: the
 * notifications are delivered next frame). Mocha would count it as a failure.
 */
ignoreResizeObserverLoop();

runCommonSuite({
  name: '<usage-table>',
  template: html`<usage-table></usage-table>`,
  load: `GET ${TXNS}`,
  title: 'Credit Usage',
  data: { organisation: 'org_42', text: '@mumbaimarathonphotos.in' },
  empty: { organisation: 'org_empty', text: 'No credit usage yet' },
  switchTo: { organisation: 'org_trial_us', text: 'coach@bostonrunning.org' },
  stale: ['@mumbaimarathonphotos.in'],
  error: 'Credit Usage could not be loaded.',
  skeletons: 6,
  busy: '[role="table"]',
});

runCommonSuite({
  name: '<usage-table direction="addition">',
  template: html`<usage-table direction="addition"></usage-table>`,
  load: `GET ${TXNS}`,
  title: 'Purchase History',
  data: { organisation: 'org_42', text: 'owner@example.com' },
  empty: { organisation: 'org_empty', text: 'No purchases yet' },
  switchTo: { organisation: 'org_trial_us', text: 'coach@bostonrunning.org' },
  stale: ['owner@example.com', '+50,000'],
  error: 'Purchase History could not be loaded.',
  skeletons: 6,
  busy: '[role="table"]',
});

describe('<usage-table>', () => {
  it('narrow (a phone, a sidebar): rows stack into lines inside the card, with no sideways scroll and the page not widened', async () => {
    const { el, provider } = await mountMixed();
    provider.style.display = 'grid'; // a host's grid track: the table must not widen it
    provider.style.width = '360px';
    await el.updateComplete;
    expect(el.getBoundingClientRect().width).to.be.at.most(360);
    const scroller = $<HTMLElement>(el, '.scroll-x');
    await waitUntil(() => scroller.scrollWidth <= scroller.clientWidth, 'the table still scrolls sideways');
    const row = rows(el)[0]!;
    const box = (selector: string) => row.querySelector(selector)!.getBoundingClientRect();
    // Type and credits share the first line; event and date the second.
    expect(Math.abs(box('.c-type').top - box('.c-credits').top)).to.be.below(4);
    expect(box('.c-event').top).to.be.at.least(box('.c-type').bottom - 1);
    expect(box('.c-credits').right).to.be.at.most(scroller.getBoundingClientRect().right);
    // The column headers are hidden from sight only: screen readers still get them.
    const headers = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="columnheader"]')];
    expect(headers).to.have.length(6);
    for (const h of headers) expect(getComputedStyle(h).display).not.to.equal('none');
    await expect(el).to.be.accessible();
  });

  it('shows Credit Usage: usage rows with badge, signed credits, event, event id, user and date', async () => {
    const { el, sim } = await mountInProvider<UsageTable>(html`<usage-table></usage-table>`);
    await waitForRows(el, 100);
    expect(shadowText(el)).to.include('Credit Usage');
    expect(searchOf(requestsTo(sim, 'GET', TXNS)[0]!).get('direction')).to.equal('usage');
    const headers = [...el.shadowRoot!.querySelectorAll('[role="columnheader"]')].map((h) => h.textContent!.trim());
    // The simulator speaks contract 1.1: rows carry balance_after, hence the Balance column (running-balance.test.ts).
    expect(headers).to.deep.equal(['Type', 'Credits', 'Balance', 'Event', 'Event ID', 'User', 'Date']);
    const first = rows(el)[0]!;
    expect(first.querySelectorAll('[role="cell"]')).to.have.length(7);
    expect(rowText(first)).to.match(/−\d/);
    const time = first.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.match(/^\d{4}-\d{2}-\d{2}T/);
    expect(time.title).to.match(/\d{1,2}:\d{2}/); // the exact time, in the title
    expect(time.title.length).to.be.greaterThan(time.textContent!.length);
  });

  it('labels every type: Photo Processing, AI Image Rotation, Purchase, Admin Grant, Free Credits, Refund; unknown ones neutral, humanised, the raw value in the title (#17.18)', async () => {
    const { el } = await mountMixed();
    const badges = rows(el).map((r) => r.querySelector<HTMLElement>('.badge')!);
    expect(badges.map((b) => b.textContent!.trim())).to.deep.equal([
      'Photo Processing', 'AI Image Rotation', 'Face blur', 'Purchase', 'Admin Grant', 'Free Credits', 'Refund', 'Promo bonus',
    ]);
    expect(badges[2]!.title).to.equal('face_blur');
    expect(badges[7]!.title).to.equal('promo_bonus');
    expect(shadowText(el)).not.to.include('promo_bonus');
    // The CSV keeps the raw value.
    expect(el.toCsv()).to.include('promo_bonus').and.include('face_blur');
    expect(badges[2]!.dataset.tone).to.equal('neutral');
    expect(badges[7]!.dataset.tone).to.equal('neutral');
    expect(badges[0]!.dataset.tone).to.not.equal('neutral');
    expect(el.shadowRoot!.querySelector('.error-panel')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows System when no user caused the row', async () => {
    const { el } = await mountMixed();
    const userCells = rows(el).map((r) => r.querySelectorAll('[role="cell"]')[4]!.textContent!.trim());
    expect(userCells[0]).to.equal('a@example.com');
    expect(userCells[5]).to.equal('System');
    expect(userCells[7]).to.equal('System');
  });

  it('shows Purchase History for direction="addition" (positive deltas) and asks the API for additions', async () => {
    const { el, sim } = await mountInProvider<UsageTable>(html`<usage-table direction="addition"></usage-table>`);
    await waitForText(el, 'Purchase History');
    await waitForRows(el, 5);
    expect(searchOf(requestsTo(sim, 'GET', TXNS)[0]!).get('direction')).to.equal('addition');
    expect(rows(el).every((r) => /\+\d/.test(rowText(r)))).to.equal(true);
    expect(shadowText(el)).to.include('Promo bonus');
  });

  it('event link emits a cancelable credits-navigate {target:"event", eventId}', async () => {
    const { el } = await mountMixed();
    const link = rows(el)[0]!.querySelector<HTMLElement>('.c-event button')!;
    expect(link.textContent!.trim()).to.equal('City Marathon');
    setTimeout(() => link.click());
    const event = await oneEvent(el, 'credits-navigate');
    expect(event.detail).to.include({ target: 'event', eventId: 'evt_1' });
    expect(event.cancelable).to.equal(true);
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('with routes, the event name is a real link that is followed unless the event is cancelled', async () => {
    const { el, provider } = await mountMixed();
    provider.routes = { event: '#/events/{eventId}' };
    await waitUntil(() => rows(el)[0]!.querySelector('.c-event a'));
    const link = rows(el)[0]!.querySelector<HTMLAnchorElement>('.c-event a')!;
    expect(link.getAttribute('href')).to.equal('#/events/evt_1');
    const cancel = (e: Event) => e.preventDefault();
    el.addEventListener('credits-navigate', cancel, { once: true });
    link.click();
    expect(location.hash).to.not.equal('#/events/evt_1');
    let detail: unknown;
    el.addEventListener('credits-navigate', (e) => (detail = e.detail), { once: true });
    link.click();
    expect(detail).to.include({ target: 'event', eventId: 'evt_1', href: '#/events/evt_1' });
    await waitUntil(() => location.hash === '#/events/evt_1');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('a javascript: event route is never rendered as a link', async () => {
    const { el, provider } = await mountMixed();
    provider.routes = { event: 'javascript:alert(1)//{eventId}' };
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 20));
    expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
  });

  it('pages through the cursor API with Load more', async function () {
    this.timeout(60_000); // axe over 200 rows on a loaded 2-core machine
    const { el, sim } = await mountInProvider<UsageTable>(html`<usage-table></usage-table>`);
    await waitForRows(el, 100);
    const firstPage = await (await sim.fetch(`/api/organisations/org_42${TXNS}?direction=usage&limit=100`)).json();
    button(el, 'Load more').click();
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Showing 200 entries'));
    const calls = requestsTo(sim, 'GET', TXNS).filter((r) => searchOf(r).has('cursor'));
    expect(calls).to.have.length(1);
    expect(searchOf(calls[0]!).get('cursor')).to.equal(firstPage.next_cursor);
    expect(searchOf(calls[0]!).get('direction')).to.equal('usage');
    await expect(el).to.be.accessible();
  });

  it('sends the event and date filters to the API', async function () {
    this.timeout(60_000); // axe over a whole area (or 100 rows) on a loaded 2-core machine
    const { el, sim } = await mountInProvider<UsageTable>(html`<usage-table></usage-table>`);
    await waitForRows(el, 100);
    const select = $<HTMLSelectElement>(el, '#filter-event');
    const option = [...select.options].find((o) => o.value)!;
    select.value = option.value;
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => requestsTo(sim, 'GET', TXNS).some((r) => searchOf(r).get('event_id') === option.value));
    const from = $<HTMLInputElement>(el, '#filter-from');
    from.value = '2026-01-01';
    from.dispatchEvent(new Event('change'));
    const to = $<HTMLInputElement>(el, '#filter-to');
    to.value = '2026-12-31';
    to.dispatchEvent(new Event('change'));
    await waitUntil(() => requestsTo(sim, 'GET', TXNS).some((r) => searchOf(r).get('to') === '2026-12-31'));
    const last = searchOf(requestsTo(sim, 'GET', TXNS).at(-1)!);
    expect({ event: last.get('event_id'), from: last.get('from'), to: last.get('to'), direction: last.get('direction') }).to.deep.equal({
      event: option.value, from: '2026-01-01', to: '2026-12-31', direction: 'usage',
    });
    await el.updateComplete;
    await expect(el).to.be.accessible();
    button(el, 'Clear filters').click();
    await waitForRows(el, 100);
    expect($<HTMLSelectElement>(el, '#filter-event').value).to.equal('');
  });

  it('refuses a date range that ends before it starts, without asking the API', async () => {
    const { el, sim } = await mountInProvider<UsageTable>(html`<usage-table></usage-table>`);
    await waitForRows(el, 100);
    const before = requestsTo(sim, 'GET', TXNS).length;
    const from = $<HTMLInputElement>(el, '#filter-from');
    from.value = '2026-05-01';
    from.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const to = $<HTMLInputElement>(el, '#filter-to');
    to.value = '2026-04-01';
    to.dispatchEvent(new Event('change'));
    await waitForText(el, 'must not be after');
    expect(requestsTo(sim, 'GET', TXNS).filter((r) => searchOf(r).get('to') === '2026-04-01')).to.have.length(0);
    expect(requestsTo(sim, 'GET', TXNS).length).to.be.greaterThan(before); // the valid "from" alone was applied
  });

  it('an empty filtered result says so (not "No credit usage yet")', async () => {
    const { el } = await mountInProvider<UsageTable>(html`<usage-table></usage-table>`);
    await waitForRows(el, 100);
    const from = $<HTMLInputElement>(el, '#filter-from');
    from.value = '2099-01-01';
    from.dispatchEvent(new Event('change'));
    await waitForText(el, 'No entries match these filters.');
  });

  it('totals credits per event over the loaded rows and says what range that covers', async () => {
    const totals = eventTotals([
      txn({ id: 'a', delta: -10, event: { id: 'e1', name: 'One' }, created_at: '2026-03-02T00:00:00Z' }),
      txn({ id: 'b', delta: -5, event: { id: 'e2', name: 'Two' }, created_at: '2026-03-05T00:00:00+05:30' }),
      txn({ id: 'c', delta: -7, event: { id: 'e1', name: 'One' }, created_at: '2026-01-09T00:00:00Z' }),
      txn({ id: 'd', delta: -4, event: null, created_at: '2026-02-01T00:00:00Z' }),
    ]);
    expect(totals.events).to.deep.equal([
      { eventId: 'e1', name: 'One', credits: 17, entries: 2 },
      { eventId: 'e2', name: 'Two', credits: 5, entries: 1 },
    ]);
    expect(totals).to.include({ withoutEvent: 4, rows: 4, from: '2026-01-09T00:00:00Z', to: '2026-03-05T00:00:00+05:30' });
    expect(eventTotals([]).events).to.deep.equal([]);

    const { el } = await mountMixed();
    const panel = $(el, '.totals');
    expect(panel.textContent).to.include('Credits used by event');
    expect(panel.textContent).to.include('Covers all 8 entries');
    const cells = [...panel.querySelectorAll('tbody tr')].map((r) => r.textContent!.replace(/\s+/g, ' ').trim());
    expect(cells[0]).to.equal('City Marathon evt_1 3 14');
  });

  it('says the totals cover only what is loaded while older pages remain', async () => {
    const { el } = await mountInProvider<UsageTable>(html`<usage-table></usage-table>`);
    await waitForRows(el, 100);
    expect($(el, '.totals').textContent).to.match(/Covers only the 100 entries loaded so far \(.+ – .+\)\. Load more/);
  });

  it('CSV: RFC 4180 quoting and neutralised formula cells', () => {
    expect(csvField('plain')).to.equal('plain');
    expect(csvField('a,b')).to.equal('"a,b"');
    expect(csvField('say "hi"')).to.equal('"say ""hi"""');
    expect(csvField('two\nlines')).to.equal('"two\nlines"');
    expect(csvField('cr\r')).to.equal('"cr\r"');
    expect(csvField(' padded ')).to.equal('" padded "');
    for (const evil of ['=1+1', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx'])
      expect(csvField(evil).replace(/^"/, '').startsWith(`'${evil[0]}`), evil).to.equal(true);
    expect(csvField('=HYPERLINK("http://x","y")')).to.equal(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField(-12)).to.equal('-12'); // a number we produced stays a number
    expect(csvField(null)).to.equal('');
    expect(toCsv([['a', 1], ['b,c', -2]])).to.equal('a,1\r\n"b,c",-2\r\n');
    expect(safeFileName('credit-usage-org/../42 "x"')).to.equal('credit-usage-org-42-x.csv');
    expect(safeFileName('')).to.equal('export.csv');
  });

  it('exports the loaded rows as CSV, hostile cells neutralised, and downloads a safely named file', async () => {
    const { createSimulator } = await import('../../src/simulator/index.js');
    const sim = createSimulator();
    sim.respondWith(`GET ${TXNS}`, 200, {
      data: [txn({ id: 'x1', event: { id: 'evt_9', name: '=cmd|"/C calc"!A0' }, user_email: '@evil, "quoted"' }), ...MIXED.slice(3)],
      next_cursor: null,
    });
    const { el } = await mountInProvider<UsageTable>(html`<usage-table></usage-table>`, { sim });
    await waitForRows(el, 2);
    const lines = el.toCsv().split('\r\n');
    expect(lines[0]).to.equal('Type,Credits,Event,Event ID,User,Date');
    expect(lines[1]).to.equal(`Photo Processing,-10,"'=cmd|""/C calc""!A0",evt_9,"'@evil, ""quoted""",2026-03-10T09:30:00Z`);
    expect(lines.some((l) => l.startsWith('Free Credits,1000,,,System,'))).to.equal(true);
    let saved: HTMLAnchorElement | undefined;
    let savedIn: Node | undefined;
    const revoked: string[] = [];
    const revoke = URL.revokeObjectURL;
    URL.revokeObjectURL = (url: string) => {
      revoked.push(url);
      revoke(url);
    };
    // Catch the temporary download link (inside the shadow root: the event's path starts at it) instead of letting it download.
    const onClick = (e: MouseEvent) => {
      const target = e.composedPath()[0];
      if (target instanceof HTMLAnchorElement && target.download) {
        saved = target;
        savedIn = target.getRootNode();
        e.preventDefault();
      }
    };
    document.addEventListener('click', onClick, true);
    try {
      button(el, 'Export CSV').click();
      expect(saved!.download).to.match(/^credit-usage-org_42\.csv$/);
      expect(saved!.href).to.match(/^blob:/);
      // The one download helper (src/ui/save-file.ts): the link lived in the element's shadow root, never the host page, and is gone.
      expect(savedIn).to.equal(el.shadowRoot);
      expect(saved!.isConnected).to.equal(false);
      await waitUntil(() => revoked.includes(saved!.href), 'object URL never revoked');
    } finally {
      document.removeEventListener('click', onClick, true);
      URL.revokeObjectURL = revoke;
    }
  });

  it('keeps the DOM rows bounded with 10,000+ rows loaded (virtualised)', async function () {
    this.timeout(60_000); // 10,000 rows; two test runs share 2 cores in `npm test`
    const { el } = await mountInProvider<UsageTable>(html`<usage-table></usage-table>`, { organisation: 'org_big' });
    await waitForRows(el, 100);
    const list = () => el.shadowRoot!.querySelector('[role="table"]')!;
    const started = performance.now();
    for (let page = 0; page < 200 && list().getAttribute('aria-rowcount') === '-1'; page++) {
      await el.loadMore();
      await el.updateComplete;
    }
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.querySelector('.tbody.virtual'), 'virtualizer never loaded');
    await waitForText(el, 'Showing all 10,500 entries');
    console.log(`loaded 10,500 rows in ${Math.round(performance.now() - started)} ms`);
    expect(list().getAttribute('aria-rowcount')).to.equal('10501');
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(rows(el).length).to.be.greaterThan(0).and.lessThan(120);
    // Scrolled to the end, the last rows are rendered (and still only a window of them).
    // The virtualizer measures the rows it renders and corrects its estimated height: scroll to the
    // end again until the end is there.
    const body = $(el, '.tbody');
    await waitUntil(
      () => {
        body.scrollTop = body.scrollHeight;
        return rows(el).some((r) => r.getAttribute('aria-rowindex') === '10501');
      },
      'last row never rendered',
      { timeout: 10_000, interval: 100 },
    );
    expect(rows(el).length).to.be.lessThan(120);
    await expect(el).to.be.accessible();
  });

  it('renders hostile event names and emails as text', async () => {
    const { createSimulator } = await import('../../src/simulator/index.js');
    const sim = createSimulator();
    const payload = '<img src=x onerror="window.__pwned=1">';
    sim.state.orgs.org_42!.transactions.unshift(
      txn({ id: 'evil', event: { id: 'evt_"><svg onload=1>', name: payload }, user_email: `${payload}@x.com` }),
    );
    const { el } = await mountInProvider<UsageTable>(html`<usage-table></usage-table>`, { sim });
    await waitForRows(el, 1);
    expect(rowText(rows(el)[0]!)).to.include(payload);
    expect(el.shadowRoot!.querySelector('img, svg')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('Purchase History refreshes after a grant (the new row on top); Credit Usage refreshes when usage is invalidated, keeping the rows already loaded', async () => {
    const { el, sim, provider } = await mountInProvider<UsageTable>(
      html`<usage-table></usage-table><usage-table direction="addition"></usage-table>`,
      { viewer: { email: 'staff@9pic.ai', is_staff: true } },
    );
    const additions = provider.querySelector<UsageTable>('usage-table[direction="addition"]')!;
    await waitForRows(el, 100);
    await el.loadMore();
    await waitForText(el, 'Showing 200 entries');
    await waitForRows(additions, 5);
    const before = requestsTo(sim, 'GET', TXNS).length;
    await grantCredits(provider.store!, { credits: 777, reason: 'Goodwill' }, newIdempotencyKey());
    await waitUntil(() => rowText(rows(additions)[0]!).includes('+777'), 'the grant never appeared');
    expect(rows(additions)[0]!.querySelector('.badge')!.textContent).to.equal('Admin Grant');
    // A grant adds no usage: only Purchase History is read again.
    expect(requestsTo(sim, 'GET', TXNS).slice(before).map((r) => new URLSearchParams(r.search).get('direction'))).to.deep.equal(['addition']);
    // New usage (the host says so): Credit Usage reloads its first page and keeps the 200 rows loaded.
    provider.store!.invalidate(['usage']);
    await waitUntil(() => requestsTo(sim, 'GET', TXNS).length >= before + 2);
    await waitUntil(() => !shadowText(el).includes('Updating'));
    expect(shadowText(el)).to.include('Showing 200 entries');
  });

  it('a failed Load more keeps the rows and offers Retry', async () => {
    const { el, sim } = await mountInProvider<UsageTable>(html`<usage-table></usage-table>`);
    await waitForRows(el, 100);
    sim.failNext(`GET ${TXNS}`, { status: 503, times: 4 });
    button(el, 'Load more').click();
    await waitForText(el, 'More entries could not be loaded.');
    expect(rows(el)).to.have.length(100);
    button(el, 'Retry').click();
    await waitForText(el, 'Showing 200 entries');
  });

  it('loading: the skeleton rows stand under the column headers', async () => {
    const { createSimulator } = await import('../../src/simulator/index.js');
    const sim = createSimulator();
    sim.failNext(`GET ${TXNS}`, { mode: 'hang', times: 10 });
    const { el } = await mountInProvider<UsageTable>(html`<usage-table></usage-table>`, { sim });
    const headers = [...el.shadowRoot!.querySelectorAll('[role="columnheader"]')].map((h) => h.textContent!.trim());
    // With the running balance's column, as the first page of a contract 1.1 server has it (no jump when it arrives).
    expect(headers).to.deep.equal(['Type', 'Credits', 'Balance', 'Event', 'Event ID', 'User', 'Date']);
    expect($(el, '[role="table"] .skeleton-rows')).to.not.equal(null);
  });

  it('empty: nothing to export, so Export CSV is disabled', async () => {
    const { el } = await mountInProvider<UsageTable>(html`<usage-table></usage-table>`, { organisation: 'org_empty' });
    await waitForText(el, 'No credit usage yet');
    expect(button(el, 'Export CSV').disabled).to.equal(true);
  });
});
