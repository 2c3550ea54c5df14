/**
 * #17.24 and #22 ("dates in filters follow the browser"): the date filters of
 * the usage table and the payments list are entered and shown in the
 * provider's locale — day first in en-IN and hi-IN, month first in en-US —
 * whatever the browser's own locale; digits of other scripts are read; an
 * impossible date is refused with a clear error and the text kept; each date
 * is one Tab stop; in Hindi the fields are labelled तारीख से / तारीख तक (a bare
 * से / तक reads as a dangling postposition). Layout at 390 and 1280 px.
 */
import { expect, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import { dateShape, formatDateInput, normaliseDigits, parseDateInput } from '../../src/ui/date-input.js';
import { $, mountInProvider, requestsTo, shadowText } from '../support.js';

const TXNS = '/credits/transactions';

describe('dates in the provider locale: the parser (#17.24)', () => {
  it('takes the order of day, month and year from the locale', () => {
    expect(dateShape('en-IN').order).to.deep.equal(['day', 'month', 'year']);
    expect(dateShape('hi-IN').order).to.deep.equal(['day', 'month', 'year']);
    expect(dateShape('en-US').order).to.deep.equal(['month', 'day', 'year']);
    expect(dateShape('ja-JP').order).to.deep.equal(['year', 'month', 'day']);
    expect(dateShape('en-IN').example).to.match(/^31\/12\/\d{4}$/);
    expect(dateShape('en-US').example).to.match(/^12\/31\/\d{4}$/);
    expect(formatDateInput('2026-11-05', 'en-IN')).to.equal('05/11/2026');
    expect(formatDateInput('2026-11-05', 'en-US')).to.equal('11/05/2026');
    expect(formatDateInput('2026-11-05', 'de-DE')).to.equal('05.11.2026');
  });

  it('reads digits of any script, any separator, a pasted ISO date, and eight digits in a row', () => {
    expect(normaliseDigits('२८/११/२०२६')).to.equal('28/11/2026');
    expect(normaliseDigits('২৮-১১-২০২৬ ٢٨ ２８')).to.equal('28-11-2026 28 28');
    const iso = (text: string, locale = 'en-IN') => {
      const parsed = parseDateInput(text, locale);
      return parsed.kind === 'date' ? parsed.iso : parsed.kind;
    };
    expect(iso('28/11/2026')).to.equal('2026-11-28');
    expect(iso('२८/११/२०२६', 'hi-IN')).to.equal('2026-11-28');
    expect(iso('5.1.2026')).to.equal('2026-01-05');
    expect(iso('1/5/2026', 'en-US')).to.equal('2026-01-05');
    expect(iso('28112026')).to.equal('2026-11-28');
    expect(iso('2026-11-28')).to.equal('2026-11-28');
    expect(iso('2026-11-28', 'en-US')).to.equal('2026-11-28');
    expect(iso('28/11/26')).to.equal('2026-11-28');
    expect(parseDateInput('28/11/26', 'en-IN', { typing: true }).kind).to.equal('unreadable');
    expect(iso('31/02/2026')).to.equal('impossible');
    expect(iso('29/02/2028')).to.equal('2028-02-29');
    expect(iso('13/13/2026')).to.equal('impossible');
    expect(iso('12/31/2026')).to.equal('impossible'); // month first is not en-IN's order
    expect(iso('28/11')).to.equal('unreadable');
    expect(iso('tomorrow')).to.equal('unreadable');
    expect(iso('  ')).to.equal('empty');
  });
});

type Host = HTMLElement & { updateComplete: Promise<unknown> };

/** Mounted, with the date fields shown in the locale's language (the catalog is the page's: a Hindi test before this one may still be switching back). */
async function mounted(tag: string, locale: string) {
  const m = tag === 'usage-table'
    ? await mountInProvider<Host>(html`<usage-table></usage-table>`, { locale })
    : await mountInProvider<Host>(html`<payments-list></payments-list>`, { locale });
  const hindi = locale.startsWith('hi');
  await waitUntil(() => {
    const label = m.el.shadowRoot!.querySelector('label[for="filter-from"]')?.textContent ?? '';
    return label && /[\u0900-\u097F]/.test(label) === hindi;
  }, `the date filters never showed in ${locale}`, { timeout: 5000 });
  return m;
}
const elements = [
  { tag: 'usage-table', mount: (locale: string) => mounted('usage-table', locale), path: TXNS },
  { tag: 'payments-list', mount: (locale: string) => mounted('payments-list', locale), path: '/payments' },
];

async function type(el: Host, input: HTMLInputElement, text: string, leave = true) {
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  if (leave) input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

for (const { tag, mount, path } of elements) {
  describe(`<${tag}> date filters in the provider's locale (#17.24)`, () => {
    afterEach(() => fixtureCleanup());

    for (const locale of ['en-IN', 'hi-IN']) {
      it(`${locale}: no "mm/dd/yyyy"; day first; Devanagari digits read; the API gets YYYY-MM-DD`, async function () {
        this.timeout(60_000); // axe over 100 rows on a loaded 2-core machine
        const { el, sim } = await mount(locale);
        await waitUntil(() => el.shadowRoot!.querySelector('#filter-from'), 'no date filter');
        await waitUntil(() => requestsTo(sim, 'GET', path).length > 0);
        const from = $<HTMLInputElement>(el, '#filter-from');
        const to = $<HTMLInputElement>(el, '#filter-to');
        // #22: the labels name what is filtered (a date), not a bare "से" / "तक".
        const labels = [from, to].map((input) => input.labels?.[0]?.textContent?.trim());
        expect(labels).to.deep.equal(locale === 'hi-IN' ? ['तारीख से', 'तारीख तक'] : ['From', 'To']);
        for (const input of [from, to]) {
          expect(input.type, 'a text field the page formats, not the browser').to.equal('text');
          expect(input.placeholder).to.match(/^31\/12\/\d{4}$/);
          expect(input.placeholder.toLowerCase()).to.not.include('mm');
          const format = el.shadowRoot!.getElementById(`${input.id}-format`)!;
          expect(input.getAttribute('aria-describedby')!.split(' ')).to.include(format.id);
          expect(format.textContent).to.include(input.placeholder);
        }
        await type(el, from, '२८/१०/२०२६');
        await type(el, to, '5/11/2026');
        await waitUntil(
          () => requestsTo(sim, 'GET', path).some((r) => /from=2026-10-28/.test(r.search) && /to=2026-11-05/.test(r.search)),
          `the API never got the range: ${requestsTo(sim, 'GET', path).map((r) => r.search).join(' | ')}`,
        );
        // Shown back in the locale's own form.
        expect(from.value).to.equal('28/10/2026');
        expect(to.value).to.equal('05/11/2026');
        expect(shadowText(el)).to.not.match(/mm\/dd|dd\/mm|yyyy/i);
        await expect(el).to.be.accessible();
      });
    }

    it('en-US: month first', async () => {
      const { el, sim } = await mount('en-US');
      await waitUntil(() => el.shadowRoot!.querySelector('#filter-from'));
      const from = $<HTMLInputElement>(el, '#filter-from');
      expect(from.placeholder).to.match(/^12\/31\/\d{4}$/);
      await type(el, from, '10/28/2026');
      await waitUntil(() => requestsTo(sim, 'GET', path).some((r) => /from=2026-10-28/.test(r.search)), 'from=2026-10-28 never sent');
      expect(from.value).to.equal('10/28/2026');
    });

    it('an impossible date: a clear error tied to the field, the text kept, nothing sent; Clear filters empties it', async () => {
      const { el, sim } = await mount('en-IN');
      await waitUntil(() => el.shadowRoot!.querySelector('#filter-to'));
      await waitUntil(() => requestsTo(sim, 'GET', path).length > 0);
      const to = $<HTMLInputElement>(el, '#filter-to');
      await type(el, to, '31/02/2026');
      await new Promise((r) => setTimeout(r, 400)); // past the payments list's quiet time
      const error = $(el, '#filter-to-error');
      expect(error.textContent!.trim()).to.equal('The end date 31/02/2026 is not in the calendar. Check the day and the month.');
      expect(error.getAttribute('role')).to.equal('alert');
      expect(to.value, 'what was typed is kept').to.equal('31/02/2026');
      expect(to.getAttribute('aria-invalid')).to.equal('true');
      expect(to.getAttribute('aria-describedby')!.split(' ')[0]).to.equal('filter-to-error');
      expect(requestsTo(sim, 'GET', path).some((r) => /to=/.test(r.search))).to.equal(false);
      await expect(el).to.be.accessible();

      // Half a date: not an error while typing, an error that shows the form on leaving.
      const from = $<HTMLInputElement>(el, '#filter-from');
      await type(el, from, '28/11', false);
      expect(el.shadowRoot!.querySelector('#filter-from-error')).to.equal(null);
      from.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      expect($(el, '#filter-from-error').textContent!.trim()).to.match(/^Enter the start date like 31\/12\/\d{4}\.$/);
      expect(from.value).to.equal('28/11');

      [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Clear filters')!.click();
      await el.updateComplete;
      expect([from.value, to.value]).to.deep.equal(['', '']);
      expect(el.shadowRoot!.querySelector('.filters .field-error')).to.equal(null);
    });

    it('each date is one Tab stop (a native date input is three)', async () => {
      const { el } = await mount('en-IN');
      await waitUntil(() => el.shadowRoot!.querySelector('#filter-from'));
      $<HTMLInputElement>(el, '#filter-from').focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.id).to.equal('filter-to');
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(el.shadowRoot!.activeElement?.id).to.equal('filter-from');
      // Typing on the keyboard: digits and the separator, then Tab applies it.
      await sendKeys({ type: '01/02/2026' });
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '#filter-from').value).to.equal('01/02/2026');
      expect(el.shadowRoot!.activeElement?.id).to.equal('filter-to');
    });

    for (const width of [390, 1280]) {
      it(`at ${width} px: the dates inside the card (side by side at 1280), the calendar button inside the field, nothing overflows`, async () => {
        await setViewport({ width, height: 900 });
        try {
          const { el } = await mount('hi-IN');
          await waitUntil(() => el.shadowRoot!.querySelector('#filter-from'));
          // On a narrow card the filter row may sit behind its Filters button (#17.20): open it.
          const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('.filters-toggle[aria-expanded="false"]');
          if (toggle && toggle.offsetParent !== null) {
            toggle.click();
            await el.updateComplete;
          }
          const card = $(el, '.card').getBoundingClientRect();
          const boxes = [...el.shadowRoot!.querySelectorAll('.filters > *')].map((n) => `${n.className}:${JSON.stringify(n.getBoundingClientRect())}`).join('\n');
          const from = $(el, '#filter-from').getBoundingClientRect();
          const to = $(el, '#filter-to').getBoundingClientRect();
          if (width === 1280 || tag === 'payments-list') expect(Math.abs(from.top - to.top), `side by side ${boxes}`).to.be.below(2);
          for (const box of [from, to]) {
            expect(box.left).to.be.at.least(card.left);
            expect(box.right).to.be.at.most(card.right);
            expect(box.height).to.be.at.least(32);
          }
          const pick = $(el, '#filter-from + .date-pick').getBoundingClientRect();
          expect(pick.left).to.be.at.least(from.left);
          expect(pick.right).to.be.at.most(from.right);
          // The text of a whole date fits before the button.
          const input = $<HTMLInputElement>(el, '#filter-from');
          input.value = '28/11/2026';
          const cs = getComputedStyle(input);
          expect(input.scrollWidth, `the date is cut: ${JSON.stringify([input.clientWidth, cs.paddingInlineStart, cs.paddingInlineEnd, cs.fontSize, cs.fontFamily, cs.letterSpacing])}`).to.be.at.most(input.clientWidth);
          expect(document.documentElement.scrollWidth).to.be.at.most(width);
        } finally {
          await setViewport({ width: 800, height: 600 });
        }
      });
    }
  });
}
