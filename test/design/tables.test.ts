/**
 * Issue #17 point 16: tables never hide rows. Everything that fits is shown (the
 * body follows its rows up to --credits-table-height); a body that scrolls
 * shows it (a drawn scrollbar, a fade edge, "Showing 1–N of M"), ends on a whole
 * row, and header and rows span the card's width — at 1280 and 390 px.
 */
import { expect, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/usage-table/define.js';
import type { UsageTable } from '../../src/elements/usage-table/usage-table.js';
import { mountInProvider, shadowText, ignoreResizeObserverLoop } from '../support.js';
import { atViewport, frames } from './support.js';

const $ = <E extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<E>(s)!;
const rows = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.tbody [role="row"]')];

async function mountHistory(height?: string) {
  const { el } = await mountInProvider<UsageTable>(html`<usage-table direction="addition"></usage-table>`);
  if (height) el.style.setProperty('--credits-table-height', height);
  await waitUntil(() => rows(el).length === 12, 'the 12 entries never loaded');
  await frames(3);
  return el;
}

/** Each row is wholly inside the body's visible box or wholly outside: none is cut. */
function cutRows(el: Element): number {
  const body = $(el, '.tbody').getBoundingClientRect();
  return rows(el).filter((r) => {
    const b = r.getBoundingClientRect();
    const inside = b.top >= body.top - 1 && b.bottom <= body.bottom + 1;
    const outside = b.bottom <= body.top + 1 || b.top >= body.bottom - 1;
    return !inside && !outside;
  }).length;
}

const inView = (el: Element) => {
  const body = $(el, '.tbody').getBoundingClientRect();
  return rows(el).filter((r) => r.getBoundingClientRect().bottom <= body.bottom + 1).length;
};

ignoreResizeObserverLoop();

for (const width of [1280, 390]) {
  describe(`tables at ${width} px (#17.16)`, function () {
    this.timeout(20_000);
    atViewport(width);
    afterEach(() => fixtureCleanup());

    it('when every row fits under --credits-table-height, every row is shown and nothing scrolls', async () => {
      const el = await mountHistory('200rem');
      const body = $(el, '.tbody');
      expect(body.scrollHeight).to.be.at.most(body.clientHeight + 1);
      expect(inView(el)).to.equal(12);
      expect(shadowText(el)).to.include('Showing all 12 entries.');
      expect($(el, '.body-wrap').hasAttribute('data-more')).to.equal(false);
    });

    it('a body that scrolls says so: a drawn scrollbar, a fade edge below, "Showing 1–N of 12", no row cut mid-row', async () => {
      const el = await mountHistory(width === 1280 ? '20rem' : '30rem');
      const body = $(el, '.tbody');
      expect(body.scrollHeight).to.be.greaterThan(body.clientHeight);
      // A scrollbar that is drawn (the test browser hides scrollbars, so its style is what can be checked).
      expect(getComputedStyle(body).overflowY).to.equal('auto');
      expect(getComputedStyle(body).scrollbarWidth).to.equal('thin');
      expect(getComputedStyle(body).scrollbarColor).to.not.equal('auto');
      expect(cutRows(el), 'rows cut by the body edge').to.equal(0);
      const n = inView(el);
      expect(n).to.be.within(1, 11);
      await waitUntil(() => shadowText(el).includes(`Showing 1–${n} of 12 entries.`), `no "Showing 1–${n} of 12": ${shadowText(el).slice(-200)}`);
      expect($(el, '.body-wrap').dataset.more).to.equal('below');
      await waitUntil(() => getComputedStyle($(el, '.body-wrap'), '::after').opacity === '1', 'no fade edge below');
      // Scrolled to the end: the last rows are in view, the count follows, the fade moves above.
      body.scrollTop = body.scrollHeight;
      await waitUntil(() => /Showing \d+–12 of 12 entries\./.test(shadowText(el)), 'the count never followed the scroll');
      expect($(el, '.body-wrap').dataset.more).to.equal('above');
      await expect(el).to.be.accessible();
    });

    for (const height of ['200rem', undefined]) it(`header and rows span the card's width, nothing in a row cut at the side (--credits-table-height ${height ?? 'default'})`, async () => {
      const el = await mountHistory(height);
      const area = $(el, '.scroll-x').getBoundingClientRect();
      const body = $(el, '.tbody');
      expect(body.scrollWidth, 'the body does not scroll sideways').to.be.at.most(body.clientWidth + 1);
      for (const row of rows(el).slice(0, 3)) {
        const box = row.getBoundingClientRect();
        expect(Math.abs(box.right - (area.right - (body.offsetWidth - body.clientWidth))), 'a row ends at the card edge (or its scrollbar)').to.be.below(1.5);
        expect(Math.abs(box.left - area.left)).to.be.below(1.5);
        for (const cell of row.querySelectorAll('[role="cell"]')) expect(cell.getBoundingClientRect().right).to.be.at.most(area.right + 1);
      }
      if (width === 1280) {
        // The header ends where the rows end: at the card edge, or at the body's scrollbar when it takes room.
        const header = $(el, '.tr.header').getBoundingClientRect();
        const end = area.right - (body.offsetWidth - body.clientWidth);
        expect(Math.abs(header.right - end), 'the header ends where the rows end').to.be.below(1.5);
        expect(Math.abs(rows(el)[0]!.getBoundingClientRect().right - end)).to.be.below(1.5);
      }
    });
  });
}
