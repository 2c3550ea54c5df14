/**
 * #22.2: the usage table is ONE Tab stop, arrow keys move between its rows, and
 * moving focus never loads more rows. Real key presses; focus read through shadow roots.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/index.js';
import type { UsageTable } from '../../../src/elements/usage-table/usage-table.js';
import { mountInProvider, requestsTo, waitForText, ignoreResizeObserverLoop } from '../../support.js';

function deepActive(): HTMLElement | null {
  let node = document.activeElement as HTMLElement | null;
  while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement as HTMLElement;
  return node;
}
const rows = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.tbody [role="row"]')];
const inTable = (el: Element, node: Element | null) => !!node && !!el.shadowRoot!.querySelector('[role="table"]')!.contains(node);
const rowIndexOf = (node: Element | null) => node?.closest('[role="row"]')?.getAttribute('aria-rowindex');

// The virtualizer's benign "ResizeObserver loop" report is not a test failure.
ignoreResizeObserverLoop();

async function shiftTab(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

/** Presses Tab from the current focus until it leaves the table; returns the stops inside it. */
async function stopsInTable(el: Element, max = 10): Promise<number> {
  let stops = 0;
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    if (!inTable(el, deepActive())) return stops;
    stops++;
  }
  throw new Error(`still in the table after ${max} Tabs`);
}

describe('#22.2 the usage table is one Tab stop', () => {
  it('Tab from the filters passes the 100-row table in one stop; Shift+Tab from a row leaves it in one press too', async () => {
    const { el } = await mountInProvider<UsageTable>(html`<usage-table></usage-table>`);
    await waitUntil(() => rows(el).length >= 100, 'rows never loaded', { timeout: 4000 });
    // After the filters (a native date input is a Tab stop per date part) come the totals' summary, then the table body: one stop.
    el.shadowRoot!.querySelector<HTMLElement>('.totals summary')!.focus();
    expect(await stopsInTable(el)).to.equal(1);
    expect(deepActive()?.textContent?.trim()).to.equal('Load more');
    // Back into the body, onto a row, and Shift+Tab leaves the table at once.
    await shiftTab();
    expect(deepActive()?.getAttribute('role')).to.equal('rowgroup');
    await sendKeys({ press: 'ArrowDown' });
    expect(rowIndexOf(deepActive())).to.equal('2');
    await shiftTab();
    expect(inTable(el, deepActive()), 'Shift+Tab from a row stayed in the table').to.equal(false);
  });

  it('ArrowDown / ArrowUp move between rows, Home / End to the ends, ArrowRight into the event name and Enter follows it', async () => {
    const { el } = await mountInProvider<UsageTable>(html`<usage-table></usage-table>`);
    await waitUntil(() => rows(el).length >= 100, 'rows never loaded', { timeout: 4000 });
    const body = el.shadowRoot!.querySelector<HTMLElement>('.tbody')!;
    body.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(rowIndexOf(deepActive())).to.equal('2');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(rowIndexOf(deepActive())).to.equal('4');
    await sendKeys({ press: 'ArrowUp' });
    expect(rowIndexOf(deepActive())).to.equal('3');
    expect(deepActive()?.getAttribute('role')).to.equal('row');
    await sendKeys({ press: 'End' });
    expect(rowIndexOf(deepActive())).to.equal('101');
    await sendKeys({ press: 'Home' });
    expect(rowIndexOf(deepActive())).to.equal('2');
    // Within a row: ArrowRight reaches its event name, ArrowLeft goes back to the row.
    await sendKeys({ press: 'ArrowRight' });
    expect(deepActive()?.closest('.c-event'), 'ArrowRight did not reach the event name').to.exist;
    await sendKeys({ press: 'ArrowLeft' });
    expect(deepActive()?.getAttribute('role')).to.equal('row');
    const navigated = new Promise<CustomEvent>((resolve) => el.addEventListener('credits-navigate', (e) => resolve(e as CustomEvent), { once: true }));
    await sendKeys({ press: 'Enter' });
    expect((await navigated).detail.target).to.equal('event');
  });

  it('10,000+ rows: the table is left in a couple of Tabs, and arrowing to the end of what is loaded loads nothing', async function () {
    this.timeout(30_000);
    const { el, sim } = await mountInProvider<UsageTable>(html`<usage-table></usage-table>`, { organisation: 'org_big' });
    await waitUntil(() => rows(el).length >= 100, 'rows never loaded', { timeout: 4000 });
    await el.loadMore();
    await waitUntil(() => el.shadowRoot!.querySelector('.tbody.virtual'), 'virtualizer never loaded', { timeout: 4000 });
    await waitForText(el, 'Showing 200 entries');
    const pages = () => requestsTo(sim, 'GET', '/credits/transactions').length;
    const before = pages();
    el.shadowRoot!.querySelector<HTMLElement>('.totals summary')!.focus();
    expect(await stopsInTable(el)).to.equal(1);
    expect(deepActive()?.textContent?.trim()).to.equal('Load more');
    // Into the body and down to the last loaded row by keys: focus moves, no page is fetched.
    await shiftTab();
    await sendKeys({ press: 'End' });
    await waitUntil(() => rowIndexOf(deepActive()) === '201', `End did not reach the last loaded row (${rowIndexOf(deepActive())})`, { timeout: 10_000 });
    for (let i = 0; i < 5; i++) await sendKeys({ press: 'ArrowUp' });
    expect(rowIndexOf(deepActive())).to.equal('196');
    await new Promise((r) => setTimeout(r, 800));
    expect(pages(), 'moving focus loaded more rows').to.equal(before);
    expect(el.shadowRoot!.textContent).to.include('Showing 200 entries');
    expect(await stopsInTable(el)).to.equal(0);
  });
});
