/**
 * #22.8: live regions announce only what the user's own actions produced, once:
 * no "unsaved changes" on the first keystroke, ONE alert when every read fails
 * at once, nothing on page load, and the order total after the typing stops.
 * The live regions' content is recorded frame by frame while the user acts.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/index.js';
import { createSimulator } from '../../../src/simulator/index.js';
import { deepQueryAll } from '../../hostile/support.js';
import { mountInProvider, waitForText, loaded } from '../../support.js';
import { choosePlan, heading, mountWizard, press } from '../wizard-helpers.js';

const LIVE = '[role="status"], [role="alert"], [role="log"], [aria-live]:not([aria-live="off"])';
const text = (e: Element) => (e.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Records, every frame, what the live regions under `root` say and how many alerts there are. */
function recordLive(root: Element) {
  const said: string[] = [];
  let maxAlerts = 0;
  let running = true;
  const sample = () => {
    const regions = deepQueryAll(root, LIVE);
    maxAlerts = Math.max(maxAlerts, regions.filter((r) => r.getAttribute('role') === 'alert').length);
    for (const r of regions) {
      const t = text(r);
      if (t && said[said.length - 1] !== t && !said.includes(t)) said.push(t);
    }
    if (running) requestAnimationFrame(sample);
  };
  sample();
  return {
    said,
    get maxAlerts() {
      return maxAlerts;
    },
    stop: () => void (running = false),
  };
}

describe('#22.8 live regions are quiet', () => {
  it('billing form: typing shows "You have unsaved changes." but no live region says it', async () => {
    const { el } = await mountInProvider(html`<billing-details-form></billing-details-form>`);
    await loaded(el);
    const live = recordLive(el);
    el.shadowRoot!.querySelector<HTMLInputElement>('input[id$="city"]')!.focus();
    await sendKeys({ type: 'x' });
    await waitForText(el, 'You have unsaved changes.');
    await sendKeys({ type: 'yz' });
    await new Promise((r) => setTimeout(r, 100));
    live.stop();
    expect(live.said.filter((s) => s.includes('unsaved')), `announced: ${live.said.join(' | ')}`).to.deep.equal([]);
  });

  it('<credits-area>: when every read fails, the panels show but only ONE is ever an alert (not four at once, nor one after another)', async () => {
    const sim = createSimulator();
    sim.failNext('GET *', { status: 503, times: 1000 });
    // Every element that is ever made an alert: a role handed from panel to panel within one frame is one announcement per panel.
    const alerted = new Set<Element>();
    const setAttribute = Element.prototype.setAttribute;
    Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
      if (name === 'role' && value === 'alert') alerted.add(this);
      return setAttribute.call(this, name, value);
    };
    try {
      const el = await fixture(html`<credits-area api-base="/api" organisation="org_42" locale="en-IN" .fetch=${sim.fetch}></credits-area>`);
      const live = recordLive(el);
      await waitUntil(() => deepQueryAll(el, '.error-panel').length >= 4, 'four error panels never showed', { timeout: 8000 });
      await new Promise((r) => setTimeout(r, 200));
      live.stop();
      for (const a of deepQueryAll(el, '[role="alert"]')) alerted.add(a);
      expect(deepQueryAll(el, '.error-panel').length).to.be.at.least(4);
      expect(live.maxAlerts, 'alerts at once').to.equal(1);
      expect(deepQueryAll(el, '[role="alert"]')).to.have.length(1);
      expect(alerted.size, 'panels that were made an alert, one after another').to.equal(1);
    } finally {
      Element.prototype.setAttribute = setAttribute;
    }
  });

  it('payments: an invoice that was generating when the page loaded settles without an announcement; one the user asked for is announced', async function () {
    this.timeout(15_000);
    const start = Date.now();
    let skip = 0;
    const sim = createSimulator({ now: () => new Date(Date.parse('2026-11-03T08:15:00Z') + skip + Date.now() - start), invoiceDelayMs: 300 });
    const payments = sim.state.orgs.org_42!.payments.map((r) => r.payment);
    const generating = payments.find((p) => p.invoice.status === 'generating')!;
    const waiting = payments.find((p) => p.status === 'completed' && p.invoice.status === 'not_generated')!;
    const { el } = await mountInProvider(html`<payments-list></payments-list>`, { sim });
    await waitUntil(() => el.shadowRoot!.querySelector('tr[data-payment]'), 'rows never appeared');
    const live = recordLive(el);
    skip = 60_000; // the seeded invoice is ready at the next poll
    const row = (id: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('tr[data-payment]')].find((r) => r.dataset.payment === id)!;
    await waitUntil(() => row(generating.id).querySelector('button[data-action="invoice"]'), 'the seeded invoice never became ready', { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 100));
    expect(live.said, 'announced on page load').to.deep.equal([]);
    // The user's own request is announced when it settles.
    row(waiting.id).querySelector<HTMLButtonElement>('button[data-action="generate-invoice"]')!.click();
    await waitUntil(() => live.said.some((s) => s.includes(`The invoice for payment ${waiting.id} is ready.`)), `never announced; said: ${live.said.join(' | ')}`, {
      timeout: 8000,
    });
    live.stop();
  });

  it('purchase wizard: the order total is announced once the typing pauses, not on every keystroke; nothing before the user types', async () => {
    const { el } = await mountWizard();
    if (heading(el) === 'Choose a plan') {
      await choosePlan(el, 'credits');
      await press(el, 'Next');
    }
    const live = recordLive(el);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#credits')!;
    input.focus();
    input.select();
    await new Promise((r) => setTimeout(r, 300));
    expect(live.said.filter((s) => s.includes('Total')), 'announced before typing').to.deep.equal([]);
    for (const key of '25000') await sendKeys({ type: key });
    await waitUntil(() => live.said.some((s) => s.includes('Total')), `the total was never announced; said: ${live.said.join(' | ')}; input: ${input.value}`, { timeout: 3000 });
    await new Promise((r) => setTimeout(r, 1000));
    live.stop();
    const totals = live.said.filter((s) => s.includes('Total'));
    expect(totals, `announced: ${totals.join(' | ')}`).to.have.length(1);
    expect(totals[0]).to.include('Balance after purchase: 37,500 credits');
  });
});
