/**
 * Issue 17 points 4 and 6: the wizard's pending outcome is no dead end —
 * Recheck in place, it follows the payment until it settles, "Make another
 * purchase" — and pending or failed payments offer a support link naming the
 * payment (mailto subject, or credits-navigate { target: 'support', paymentId }).
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { PurchaseWizard } from '../../src/elements/purchase-wizard/purchase-wizard.js';
import { $, button, shadowText } from '../support.js';
import { heading, mountWizard, payButton, toPayment, waitForOutcome } from '../elements/wizard-helpers.js';

async function pendingPayment(delays: number[], wait = true) {
  const mounted = await mountWizard();
  (mounted.el as PurchaseWizard & { followDelays: readonly number[] }).followDelays = delays;
  mounted.sim.setGatewayOutcome('pending');
  await toPayment(mounted.el, { credits: '5000' });
  payButton(mounted.el).click();
  if (wait) await waitForOutcome(mounted.el, 'pending');
  return mounted;
}

const paymentIdShown = (el: Element) => $(el, '[data-outcome] dd.mono').textContent!.trim();

describe('guides: the wizard’s outcomes', () => {
  it('(4) pending: Recheck in place settles it, announced as complete', async () => {
    const { el, provider } = await pendingPayment([60_000]);
    expect(button(el, 'Recheck')).to.exist;
    await expect(el).to.be.accessible();
    const complete = oneEvent(provider, 'credits-purchase-complete');
    button(el, 'Recheck').click();
    await waitForOutcome(el, 'completed');
    expect((await complete).detail.payment.status).to.equal('completed');
    expect(el.shadowRoot!.activeElement?.id).to.equal('step-heading');
  });

  it('(4) pending: the wizard follows the payment by itself until it settles', async () => {
    const { el, sim } = await pendingPayment([200, 200, 200], false);
    await waitForOutcome(el, 'pending');
    await waitForOutcome(el, 'completed');
    const rechecks = sim.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/recheck'));
    expect(rechecks).to.have.length(2); // the one after the gateway, then one follow-up that found it settled
  });

  it('(4) pending: a recheck that finds it still pending says so, without moving focus; following stops on removal', async () => {
    const { el, sim } = await pendingPayment([60_000]);
    const id = paymentIdShown(el);
    const record = sim.state.orgs.org_42!.payments.find((r) => r.payment.id === id)!;
    record.pendingRechecks = -5; // the gateway keeps it pending for a while
    const recheck = button(el, 'Recheck');
    recheck.focus();
    recheck.click();
    await waitUntil(() => shadowText(el).includes('Still not confirmed. This page keeps checking.'), 'no still-pending note');
    expect(el.shadowRoot!.querySelector('[data-outcome="pending"]')).to.exist;
    expect(el.shadowRoot!.activeElement).to.equal(button(el, 'Recheck'));
    el.followDelays = [20];
    button(el, 'Recheck').click();
    await waitUntil(() => !button(el, 'Recheck').disabled);
    const before = sim.requests.length;
    el.remove();
    await new Promise((r) => setTimeout(r, 150));
    expect(sim.requests.length).to.equal(before);
  });

  it('(4) pending: Make another purchase starts a new order at the Plan step', async () => {
    const { el } = await pendingPayment([60_000]);
    button(el, 'Make another purchase').click();
    await waitUntil(() => el.shadowRoot!.querySelector('#step-heading') && heading(el) === 'Choose a plan', `not on the Plan step: ${shadowText(el).slice(0, 200)}`);
  });

  it('(6) pending: a support link with the payment ID in the mail subject, which asks the host first', async () => {
    const { el, provider } = await pendingPayment([60_000]);
    const id = paymentIdShown(el);
    const link = $<HTMLAnchorElement>(el, '[data-outcome="pending"] a.support-link');
    expect(link.textContent!.trim()).to.equal(`Contact 9Pic support about payment ${id}`);
    const href = new URL(link.href);
    expect(href.protocol).to.equal('mailto:');
    expect(href.pathname).to.equal('support@9pic.ai');
    expect(href.searchParams.get('subject')).to.equal(`Payment ${id}: pending`);
    const asked = oneEvent(provider, 'credits-navigate');
    provider.addEventListener('credits-navigate', (e) => e.preventDefault(), { once: true });
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    link.dispatchEvent(click);
    expect((await asked).detail).to.deep.include({ target: 'support', paymentId: id });
    expect(click.defaultPrevented, 'a host that handles support: no mail window').to.equal(true);
  });

  it('(6) failed: the support link names the failed payment', async () => {
    const { el, sim } = await mountWizard();
    sim.setGatewayOutcome('failed');
    await toPayment(el, { credits: '5000' });
    payButton(el).click();
    await waitForOutcome(el, 'failed');
    const id = paymentIdShown(el);
    const link = $<HTMLAnchorElement>(el, '[data-outcome="failed"] a.support-link');
    expect(new URL(link.href).searchParams.get('subject')).to.equal(`Payment ${id}: failed`);
  });
});
