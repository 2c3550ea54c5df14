/**
 * #22 Hindi, plurals: counts choose a whole message per plural category (Intl.PluralRules of the
 * strings' language), in English and Hindi, at 0, 1, 2 and 5: never "all 1 entries" /
 * "सभी 1 प्रविष्टियाँ". What the user reads in the elements, plus the helper's categories.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/elements/usage-table/define.js';
import '../../src/elements/monthly-usage/define.js';
import type { Transaction } from '../../src/api/schemas.js';
import { applyLocale } from '../../src/i18n/localize.js';
import { msg } from '../../src/i18n/localize.js';
import { plural, pluralCategory } from '../../src/ui/plural.js';
import { Formatter } from '../../src/ui/formatter.js';
import { expiryBadge } from '../../src/elements/subscription-card/expiry-badge.js';
import { createSimulator } from '../../src/simulator/index.js';
import { previousMonths } from '../../src/time/calendar.js';
import { mountInProvider, shadowText, waitForText } from '../support.js';

const COUNTS = [0, 1, 2, 5] as const;
type Language = 'en-IN' | 'hi-IN';

const txn = (i: number): Transaction => ({
  id: `t${i}`,
  type: 'usage',
  usage_kind: 'event_photo_indexing',
  delta: -10,
  event: { id: 'evt_1', name: 'City Marathon' },
  user_email: 'a@example.com',
  created_at: `2026-03-1${i}T09:30:00Z`,
  payment_id: null,
});

async function usageTable(count: number, locale: Language) {
  const sim = createSimulator();
  sim.respondWith('GET /credits/transactions', 200, { data: Array.from({ length: count }, (_, i) => txn(i)), next_cursor: null });
  const { el } = await mountInProvider(html`<usage-table></usage-table>`, { sim, locale });
  return el;
}

async function monthlyUsage(used: number, locale: Language) {
  const sim = createSimulator();
  const [m0, m1, m2, m3] = previousMonths(new Date(), 4);
  sim.respondWith('GET /credits/monthly-usage', 200, {
    months: [m0, m1, m2, m3].map((month, i) => ({ month: month!, credits_used: i === 0 ? used : 7 })),
  });
  const { el } = await mountInProvider(html`<monthly-usage></monthly-usage>`, { sim, locale });
  return el;
}

describe('#22 plurals: one whole message per plural category', () => {
  afterEach(() => applyLocale('en'));

  it('the categories: English "one" is 1 alone; Hindi "one" is 0 and 1', () => {
    expect(COUNTS.map((n) => pluralCategory(n, 'en'))).to.deep.equal(['other', 'one', 'other', 'other']);
    expect(COUNTS.map((n) => pluralCategory(n, 'hi'))).to.deep.equal(['one', 'one', 'other', 'other']);
  });

  it('plural() follows the language of the strings shown, and `zero` is exactly 0 in both', async () => {
    const forms = { one: () => 'one', other: () => 'other' };
    expect(COUNTS.map((n) => plural(n, forms))).to.deep.equal(['other', 'one', 'other', 'other']);
    await applyLocale('hi-IN');
    expect(COUNTS.map((n) => plural(n, forms))).to.deep.equal(['one', 'one', 'other', 'other']);
    expect(COUNTS.map((n) => plural(n, { ...forms, zero: () => 'zero' }))).to.deep.equal(['zero', 'one', 'other', 'other']);
    expect(msg('Retry', { id: 'common.retry' })).to.equal('फिर से कोशिश करें');
  });

  const footer: Record<Language, Record<number, string>> = {
    'en-IN': { 1: 'Showing 1 entry.', 2: 'Showing all 2 entries.', 5: 'Showing all 5 entries.' },
    'hi-IN': { 1: '1 प्रविष्टि दिखाई जा रही है।', 2: 'सभी 2 प्रविष्टियाँ दिखाई जा रही हैं।', 5: 'सभी 5 प्रविष्टियाँ दिखाई जा रही हैं।' },
  };
  const totals: Record<Language, Record<number, string>> = {
    'en-IN': { 1: 'Covers 1 entry (', 2: 'Covers all 2 entries (', 5: 'Covers all 5 entries (' },
    'hi-IN': { 1: 'इसमें 1 प्रविष्टि शामिल है (', 2: 'इसमें सभी 2 प्रविष्टियाँ शामिल हैं (', 5: 'इसमें सभी 5 प्रविष्टियाँ शामिल हैं (' },
  };
  const empty: Record<Language, string> = { 'en-IN': 'No credit usage yet', 'hi-IN': 'अभी तक कोई क्रेडिट उपयोग नहीं' };

  for (const locale of ['en-IN', 'hi-IN'] as const) {
    it(`<usage-table> counts its entries at 0, 1, 2, 5 (${locale})`, async function () {
      this.timeout(20000);
      for (const n of COUNTS) {
        const el = await usageTable(n, locale);
        if (n === 0) {
          await waitForText(el, empty[locale]);
          continue;
        }
        await waitForText(el, footer[locale][n]!);
        expect(shadowText(el)).to.include(totals[locale][n]!);
        expect(shadowText(el)).not.to.match(/all 1 entr|सभी 1 प्रविष्टि|1 प्रविष्टियाँ|1 entries/);
      }
    });

    it(`<monthly-usage>: this month's figure and each bar agree with the count at 0, 1, 2, 5 (${locale})`, async function () {
      this.timeout(20000);
      const words: Record<Language, Record<number, string>> = {
        'en-IN': { 0: 'credits used this month', 1: 'credit used this month', 2: 'credits used this month', 5: 'credits used this month' },
        'hi-IN': { 0: 'क्रेडिट इस महीने इस्तेमाल हुए', 1: 'क्रेडिट इस महीने इस्तेमाल हुआ', 2: 'क्रेडिट इस महीने इस्तेमाल हुए', 5: 'क्रेडिट इस महीने इस्तेमाल हुए' },
      };
      const bar: Record<Language, Record<number, RegExp>> = {
        'en-IN': { 0: /: 0 credits used$/, 1: /: 1 credit used$/, 2: /: 2 credits used$/, 5: /: 5 credits used$/ },
        'hi-IN': { 0: /: 0 क्रेडिट इस्तेमाल हुए$/, 1: /: 1 क्रेडिट इस्तेमाल हुआ$/, 2: /: 2 क्रेडिट इस्तेमाल हुए$/, 5: /: 5 क्रेडिट इस्तेमाल हुए$/ },
      };
      for (const n of COUNTS) {
        const el = await monthlyUsage(n, locale);
        await waitUntil(() => el.shadowRoot!.querySelector('.headline .muted')?.textContent?.trim() === words[locale][n], `headline for ${n}`, { timeout: 4000 });
        // Each bar is named once, by its <title> (#22.9).
        const labels = [...el.shadowRoot!.querySelectorAll('.bar-group')].map((g) => g.querySelector('title')!.textContent!.trim());
        // The current month is the last bar (oldest first).
        expect(labels.at(-1)).to.match(bar[locale][n]!);
      }
    });

    it(`the expiry badge: today, and in 1, 2, 5 days (${locale})`, async () => {
      if (locale === 'hi-IN') await applyLocale(locale);
      const fmt = new Formatter(locale);
      const text = (daysLeft: number) => {
        const host = document.createElement('div');
        render(expiryBadge({ kind: 'soon', daysLeft }, fmt), host);
        return host.textContent!.trim();
      };
      const remaining = (daysLeft: number) => {
        const host = document.createElement('div');
        render(expiryBadge({ kind: 'later', daysLeft }, fmt), host);
        return host.textContent!.trim();
      };
      const expected =
        locale === 'en-IN'
          ? ['Expires today', 'Expires in 1 day', 'Expires in 2 days', 'Expires in 5 days', '1 day remaining', '45 days remaining']
          : ['आज समाप्त हो रहा है', '1 दिन में समाप्त', '2 दिनों में समाप्त', '5 दिनों में समाप्त', '1 दिन बाकी', '45 दिन बाकी'];
      expect([...COUNTS.map(text), remaining(1), remaining(45)]).to.deep.equal(expected);
    });
  }
});

describe('#22 whole messages: the error headline agrees with its resource', () => {
  it('Hindi: सदस्यता … सकी, भुगतान … सके, क्रेडिट बैलेंस … सका', async function () {
    this.timeout(15000);
    const cases: [string, string, string][] = [
      ['<subscription-card>', 'GET /subscription', 'सदस्यता लोड नहीं हो सकी।'],
      ['<payments-list>', 'GET /payments', 'भुगतान लोड नहीं हो सके।'],
      ['<credits-balance>', 'GET /credits', 'क्रेडिट बैलेंस लोड नहीं हो सका।'],
    ];
    await import('../../src/index.js');
    for (const [tag, match, expected] of cases) {
      const sim = createSimulator();
      sim.failNext(match, { status: 500, times: 20 });
      const name = tag.slice(1, -1);
      const el = await fixture(
        html`<credits-provider api-base="/api" organisation="org_42" locale="hi-IN" .fetch=${sim.fetch}>${document.createElement(name)}</credits-provider>`,
      );
      const inner = el.firstElementChild!;
      await waitForText(inner, expected, 8000);
    }
  });
});
