/**
 * Issue 15, rules 12 and 15: an unknown time zone falls back to the viewer's
 * zone in every element with one console warning; one minus sign (U+2212) for
 * negative money and credits everywhere.
 */
import { expect, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { createSimulator } from '../../src/simulator/index.js';
import { mountInProvider, shadowText, waitForText } from '../support.js';
import { deepText, recordFigures } from './support.js';
import '../../src/index.js';

describe('hostile round 2: formatting', () => {
  afterEach(() => fixtureCleanup());

  it('an unknown time zone: payments, usage and the subscription show dates in the viewer\'s zone, one warning', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
    };
    try {
      const { provider } = await mountInProvider(
        html`<payments-list></payments-list><usage-table direction="usage"></usage-table><subscription-card></subscription-card><monthly-usage></monthly-usage>`,
        { timeZone: 'Mars/Olympus_Mons' },
      );
      const [payments, usage, card] = [...provider.children];
      await waitUntil(() => payments!.shadowRoot!.querySelectorAll('tbody tr').length > 0 && usage!.shadowRoot!.querySelectorAll('.tbody [role="row"]').length > 0, 'no rows', { timeout: 6000 });
      await waitForText(card!, /\d{4}/);
      const dates = [...payments!.shadowRoot!.querySelectorAll('tbody tr time'), ...usage!.shadowRoot!.querySelectorAll('.tbody time')].map((t) => t.textContent!.trim());
      expect(dates.length).to.be.greaterThan(0);
      expect(dates.filter((d) => d === '—')).to.deep.equal([]);
      const viewer = new Intl.DateTimeFormat('en-IN', { dateStyle: 'medium' }).format(new Date(usage!.shadowRoot!.querySelector('.tbody time')!.getAttribute('datetime')!));
      expect(dates).to.include(viewer);
      const zoneWarnings = warnings.filter((w) => w.includes('Mars/Olympus_Mons'));
      expect(zoneWarnings).to.have.length(1);
      await recordFigures('formatting', [{ figure: 'dates shown as "—" under an unknown time zone', value: dates.filter((d) => d === '—').length, expected: 0 }]);
    } finally {
      console.warn = original;
    }
  });

  it('a refund and a negative balance both use U+2212 MINUS SIGN', async () => {
    const sim = createSimulator();
    const refund = { ...sim.state.orgs.org_42!.payments[0]!.payment, id: 'pay_refund', amount: '-8850.00', subtotal: '-7500.00', tax: null, status: 'completed' };
    sim.respondWith('GET /payments', 200, { data: [refund], next_cursor: null }, 5);
    sim.state.orgs.org_42!.balance = -2500;
    const { provider } = await mountInProvider(html`<payments-list></payments-list><credits-balance></credits-balance>`, { sim });
    const [payments, balance] = [...provider.children];
    await waitForText(payments!, '8,850.00');
    await waitForText(balance!, '2,500');
    const text = deepText(provider);
    expect(text).to.include('\u2212₹8,850.00');
    expect(text).to.include('\u22122,500');
    expect(text).not.to.match(/-[₹$\d]/);
    expect(shadowText(payments!)).not.to.include('-₹');
  });
});
