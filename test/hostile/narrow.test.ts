/**
 * Issue 15, rules 5 and 6: at 390 px no API string widens the page, and a
 * usage row with 40-character ids, names and emails keeps every cell readable.
 */
import { expect, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { atViewport } from '../design/support.js';
import { createSimulator } from '../../src/simulator/index.js';
import { mountInProvider, waitForText } from '../support.js';
import { mountWizard, choosePlan, press, typeInto } from '../elements/wizard-helpers.js';
import { recordFigures } from './support.js';
import '../../src/index.js';

const LONG = (n: number, c = 'W') => c.repeat(n);
const pageWidth = () => document.documentElement.scrollWidth;

describe('hostile round 2: narrow screens', () => {
  atViewport(390, 800);
  afterEach(() => fixtureCleanup());

  it('a 200-character subscription status, payment ids and a 250-character business name do not widen a 390 px page', async () => {
    const widths: Record<string, number> = {};
    const sim = createSimulator();
    sim.respondWith('GET /subscription', 200, { plan_type: LONG(120, 'P'), status: LONG(200), started_at: '2026-01-01', expires_at: '2027-01-01', included_credits: 5000 }, 5);
    const p = sim.state.orgs.org_42!.payments[0]!.payment;
    sim.respondWith('GET /payments', 200, { data: [{ ...p, id: LONG(120, 'i'), gateway: LONG(80, 'g'), status: LONG(90, 's'), kind: LONG(90, 'k') }], next_cursor: null }, 5);
    const { provider } = await mountInProvider(html`<subscription-card></subscription-card><payments-list></payments-list>`, { sim });
    const [card, payments] = [...provider.children];
    await waitForText(card!, 'WWWW');
    await waitForText(payments!, 'iiii');
    widths.readers = pageWidth();
    fixtureCleanup();
    const wizardSim = createSimulator();
    const org = wizardSim.state.orgs.org_42!;
    if (org.billing) org.billing.business_name = LONG(250, 'B');
    const { el } = await mountWizard({ sim: wizardSim });
    await choosePlan(el, 'credits');
    await press(el, 'Next');
    await typeInto(el, '#credits', '5000');
    await waitUntil(() => el.shadowRoot!.textContent!.includes('BBBB') || !org.billing, 'no business name shown');
    widths.wizard = pageWidth();
    const over = Object.values(widths).filter((w) => w > 390).length;
    await recordFigures('narrow', [{ figure: 'elements widening a 390 px page with long API strings', value: over, expected: 0 }]);
    expect(widths).to.deep.equal({ readers: 390, wizard: 390 });
  });

  it('usage rows at 390 px with 40-character event id, event name and email: every cell at least 40 px wide', async () => {
    const sim = createSimulator();
    const row = {
      id: 't1', type: 'usage', usage_kind: 'event_photo_indexing', delta: -12,
      event: { id: `evt_${LONG(36, 'x')}`, name: LONG(40, 'N') }, user_email: `${LONG(28, 'u')}@example.com`, created_at: new Date().toISOString(),
    };
    sim.respondWith('GET /credits/transactions', 200, { data: [row], next_cursor: null }, 5);
    const { el } = await mountInProvider(html`<usage-table direction="usage"></usage-table>`, { sim });
    await waitForText(el, 'NNNN');
    const cells = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.tbody [role="row"] [role="cell"]')];
    const narrow = cells.map((c) => [c.textContent!.trim().slice(0, 12), Math.round(c.getBoundingClientRect().width)] as const).filter(([, w]) => w < 40);
    expect(narrow).to.deep.equal([]);
    expect(pageWidth()).to.equal(390);
  });
});
