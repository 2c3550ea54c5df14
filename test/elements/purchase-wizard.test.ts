import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, button, mountInProvider, shadowText, waitForText } from '../support.js';
import type { PurchaseWizard } from '../../src/elements/purchase-wizard/purchase-wizard.js';
import { runCommonSuite } from './shared/common-suite.js';
import { choosePlan, currentStep, heading, mountWizard, press, summaryTotal, toPayment, typeInto, waitForOutcome } from './wizard-helpers.js';

const planKinds = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.plan')].map((p) => p.dataset.kind);

runCommonSuite({
  name: '<purchase-wizard>',
  template: html`<purchase-wizard></purchase-wizard>`,
  load: 'GET /purchase-options',
  title: 'Purchase credits',
  data: { organisation: 'org_42', text: 'Choose a plan' },
  // Every organisation can buy: the wizard has no empty state.
  switchTo: { organisation: 'org_trial_us', text: '$0.02 per credit' },
  stale: ['₹'],
  error: 'Purchase options could not be loaded.',
  skeletons: 4,
  busy: '.loading',
});

describe('<purchase-wizard>: steps', () => {
  it('shows a loading skeleton, then the Plan step with the stepper', async () => {
    const { el } = await mountWizard();
    expect(heading(el)).to.equal('Choose a plan');
    const steps = [...el.shadowRoot!.querySelectorAll('.stepper li')];
    expect(steps.map((li) => li.querySelector('.label')!.textContent!.trim())).to.deep.equal(['Plan', 'Credits', 'Review', 'Payment']);
    expect(steps[0]!.getAttribute('aria-current')).to.equal('step');
    await expect(el).to.be.accessible();
  });

  it('org_42 (Pro active): no Pro card; Add Credits, Custom Payment, and Enterprise as a quiet line with the contact link', async () => {
    const { el } = await mountWizard({ organisation: 'org_42' });
    expect(planKinds(el)).to.deep.equal(['credits', 'custom']);
    const enterprise = $(el, '.enterprise-line[data-kind="enterprise"]');
    expect(enterprise.querySelector('input')).to.equal(null);
    expect(enterprise.querySelector('a')!.getAttribute('href')).to.equal('https://9pic.ai/contact');
    expect(shadowText(el)).to.include('₹1.50');
  });

  for (const organisation of ['org_expired', 'org_trial_us']) {
    it(`${organisation}: the Pro card shows, priced from the purchase options`, async () => {
      const { el } = await mountWizard({ organisation });
      expect(planKinds(el)).to.deep.equal(['pro_subscription', 'credits', 'custom', 'enterprise']);
      const pro = $(el, '[data-kind="pro_subscription"]').textContent!;
      expect(pro).to.include(organisation === 'org_trial_us' ? '$200.00' : '₹10,000.00');
      await expect(el).to.be.accessible();
    });
  }

  it('the plan attribute starts on the Credits step with that plan', async () => {
    const { el } = await mountWizard({ organisation: 'org_expired', plan: 'pro' });
    expect(currentStep(el)).to.equal('Credits');
    expect(shadowText(el)).to.include('Plan: Pro Subscription');
    expect($<HTMLInputElement>(el, '#credits').value).to.equal('0');
  });

  it('quantity starts Add Credits with that many credits (the top-up advice), the summary following', async () => {
    const { el } = await mountInProvider<PurchaseWizard>(html`<purchase-wizard plan="credits" quantity="3000"></purchase-wizard>`);
    await waitUntil(() => el.shadowRoot?.querySelector('#credits'), 'no credits field');
    expect(heading(el)).to.equal('How many credits?');
    expect($<HTMLInputElement>(el, '#credits').value).to.equal('3000');
    expect(summaryTotal(el)).to.equal('₹5,310.00'); // 3,000 × ₹1.50 + 18% GST
  });

  it('plan="pro" where Pro is taken stays on the Plan step and says why', async () => {
    const { el } = await mountWizard({ organisation: 'org_42', plan: 'pro' });
    expect(heading(el)).to.equal('Choose a plan');
    expect(shadowText(el)).to.include('already has Pro');
  });

  it('999 credits is refused beside the field and blocks Next; 1,000 passes', async () => {
    const { el } = await mountWizard();
    await press(el, 'Next');
    expect(heading(el)).to.equal('How many credits?');
    await expect(el).to.be.accessible();
    await typeInto(el, '#credits', '999');
    await press(el, 'Next');
    const input = $<HTMLInputElement>(el, '#credits');
    expect(heading(el)).to.equal('How many credits?');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const errorId = input.getAttribute('aria-describedby')!.split(' ').find((id) => id.endsWith('-error'))!;
    expect($(el, `#${errorId}`).textContent).to.include('The minimum purchase is 1,000 credits.');
    await expect(el).to.be.accessible();
    await typeInto(el, '#credits', '1,000');
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    await press(el, 'Next');
    expect(heading(el)).to.equal('Review your order');
  });

  it('refuses decimals and text; the live summary follows each keystroke', async () => {
    const { el } = await mountWizard();
    await press(el, 'Next');
    await typeInto(el, '#credits', '1500.5');
    await press(el, 'Next');
    expect(shadowText(el)).to.include('Credits are whole numbers');
    for (const [typed, total] of [['2000', '₹3,540.00'], ['20000', '₹35,400.00'], ['1,25,000', '₹2,21,250.00']] as const) {
      await typeInto(el, '#credits', typed);
      expect(summaryTotal(el)).to.equal(total);
    }
  });

  it('Pro allows 0 additional credits but not 500', async () => {
    const { el } = await mountWizard({ organisation: 'org_expired' });
    await choosePlan(el, 'pro_subscription');
    await press(el, 'Next');
    expect($<HTMLInputElement>(el, '#credits').value).to.equal('0');
    expect(summaryTotal(el)).to.equal('₹11,800.00');
    await typeInto(el, '#credits', '500');
    await press(el, 'Next');
    expect(shadowText(el)).to.include('Enter 0, or at least 1,000 credits.');
    await typeInto(el, '#credits', '0');
    await press(el, 'Next');
    await waitForText(el, 'Price confirmed');
    expect(summaryTotal(el)).to.equal('₹11,800.00');
  });

  it('Custom Payment: amount and a required remark of at most 500 characters with a live counter and the balance warning', async () => {
    const { el } = await mountWizard();
    await choosePlan(el, 'custom');
    await press(el, 'Next');
    expect(shadowText(el)).to.include('your balance will not change');
    await typeInto(el, '#amount', '2500');
    await press(el, 'Next');
    expect(shadowText(el)).to.include('Enter a remark');
    await typeInto(el, '#remark', 'x'.repeat(501));
    expect($(el, '#remark-count').textContent).to.include('501 of 500');
    expect(shadowText(el)).to.include('1 character too long');
    await press(el, 'Next');
    expect(heading(el)).to.equal('Amount and remark');
    await expect(el).to.be.accessible();
    await typeInto(el, '#remark', 'x'.repeat(500));
    expect($(el, '#remark-count').textContent).to.include('500 of 500');
    await press(el, 'Next');
    await waitForText(el, 'Price confirmed');
    expect(summaryTotal(el)).to.equal('₹2,950.00');
    expect(shadowText(el)).to.include('adds no credits');
  });

  it('Review shows GST with the GSTIN and business name for INR', async () => {
    const { el } = await mountWizard();
    await press(el, 'Next');
    await typeInto(el, '#credits', '5000');
    await press(el, 'Next');
    await waitForText(el, 'Price confirmed');
    const text = shadowText(el);
    expect(text).to.include('GST (18%)');
    expect(text).to.include('27AAPFU0939F1ZV');
    expect(text).to.include('Mumbai Marathon Photos');
    expect(text).to.include('₹1,350.00');
    expect(summaryTotal(el)).to.equal('₹8,850.00');
    await expect(el).to.be.accessible();
  });

  it('no GST for USD', async () => {
    const { el } = await mountWizard({ organisation: 'org_trial_us' });
    await press(el, 'Next');
    await typeInto(el, '#credits', '5000');
    await press(el, 'Next');
    await waitForText(el, 'Price confirmed');
    expect(shadowText(el)).not.to.include('GST');
    expect(summaryTotal(el)).to.equal('$100.00');
    await press(el, 'Continue to payment');
    expect(shadowText(el)).to.include('Pay with PayGlocal');
  });

  it('keeps choices going back, and moves focus to each step heading', async () => {
    const { el } = await mountWizard();
    await choosePlan(el, 'credits');
    await press(el, 'Next');
    expect(el.shadowRoot!.activeElement?.id).to.equal('step-heading');
    await typeInto(el, '#credits', '7000');
    await press(el, 'Next');
    expect(el.shadowRoot!.activeElement?.id).to.equal('step-heading');
    await press(el, 'Back');
    expect($<HTMLInputElement>(el, '#credits').value).to.equal('7000');
    await press(el, 'Back');
    expect($<HTMLInputElement>(el, '[data-kind="credits"] input').checked).to.equal(true);
  });

  it('the refund policy checkbox gates the pay button (Razorpay for INR), and the payment step is accessible', async () => {
    const { el } = await mountWizard();
    await toPayment(el);
    const checkbox = $<HTMLInputElement>(el, '#refund');
    const pay = button(el, 'Pay with Razorpay');
    expect(pay.getAttribute('aria-disabled')).to.equal('false');
    checkbox.click();
    await el.updateComplete;
    expect(pay.getAttribute('aria-disabled')).to.equal('true');
    expect($(el, '.consent a').getAttribute('href')).to.equal('https://9pic.ai/refund-policy');
    await expect(el).to.be.accessible();
  });

  it('can be completed with the keyboard alone', async () => {
    const { el } = await mountWizard();
    const focused = () => el.shadowRoot!.activeElement as HTMLElement | null;
    const tabTo = async (matches: (e: HTMLElement) => boolean) => {
      for (let i = 0; i < 12 && !(focused() && matches(focused()!)); i++) await sendKeys({ press: 'Tab' });
      expect(focused() && matches(focused()!), `focus on ${focused()?.outerHTML}`).to.equal(true);
    };
    $<HTMLInputElement>(el, '[data-kind="credits"] input').focus();
    await sendKeys({ press: 'ArrowRight' }); // → Custom Payment
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '[data-kind="custom"] input').checked).to.equal(true);
    await sendKeys({ press: 'ArrowLeft' }); // ← Add Credits
    await tabTo((e) => e.textContent?.trim() === 'Next');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(heading(el)).to.equal('How many credits?');
    await tabTo((e) => e.id === 'credits');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'a' });
    await sendKeys({ up: 'Control' });
    await sendKeys({ type: '3000' });
    await sendKeys({ press: 'Enter' }); // submits the step
    await waitForText(el, 'Price confirmed');
    await tabTo((e) => e.textContent?.trim() === 'Continue to payment');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await tabTo((e) => e.id === 'refund');
    await sendKeys({ press: 'Space' });
    await tabTo((e) => e.textContent?.trim() === 'Pay with Razorpay');
    const done = oneEvent(el, 'credits-purchase-complete');
    await sendKeys({ press: 'Enter' });
    const event = await done;
    expect(event.detail.payment.credits).to.equal(3000);
    await waitForOutcome(el, 'completed');
    await waitUntil(() => focused()?.id === 'step-heading');
    await expect(el).to.be.accessible();
  });
});
