/**
 * Issue 15, rule 3: a 422 on the purchase with field messages shows each
 * message beside its input on the step that owns it (Credits step for
 * `credits`, the custom payment's fields for `amount`/`remark`), with a
 * one-click way back from the Payment step, the input kept and `aria-invalid` set.
 */
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { $, button, shadowText } from '../support.js';
import { choosePlan, heading, mountWizard, payButton, press, reviewAndAccept, toPayment, typeInto } from '../elements/wizard-helpers.js';
import '../../src/index.js';

const unprocessable = (fields: Record<string, string>) => ({ error: { code: 'validation_failed', message: 'Some fields are invalid.', fields } });

describe('hostile round 2: field errors of a rejected purchase', () => {
  afterEach(() => fixtureCleanup());

  it('422 { fields: { credits } }: the message on the Payment step, one click to the Credits step, shown beside the kept, invalid input', async () => {
    const { el, sim } = await mountWizard();
    await toPayment(el, { credits: '5200' });
    sim.respondWith('POST /purchases', 422, unprocessable({ credits: 'Must be a multiple of 500' }), 1);
    payButton(el).click();
    await waitUntil(() => el.shadowRoot!.querySelector('.error-panel'), 'no error shown after the 422');
    expect(shadowText(el)).to.include('Must be a multiple of 500');

    button(el, /Number of credits/).click();
    await el.updateComplete;
    expect(heading(el)).to.equal('How many credits?');
    const input = $<HTMLInputElement>(el, '#credits');
    expect(input.value).to.equal('5200');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const error = $(el, '#credits-error');
    expect(error.textContent!.trim()).to.equal('Must be a multiple of 500');
    expect(input.getAttribute('aria-describedby')).to.include('credits-error');
    await waitUntil(() => el.shadowRoot!.activeElement === input, 'focus did not go to the field');

    // Changing the value clears the server's message (it was about the old value).
    await typeInto(el, '#credits', '5500');
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(el.shadowRoot!.querySelector('#credits-error')).to.equal(null);
  });

  it('422 { fields: { remark } } on a custom payment: the message beside the remark, the text kept', async () => {
    const { el, sim } = await mountWizard();
    if (heading(el) === 'Choose a plan') await choosePlan(el, 'custom');
    await press(el, 'Next');
    await typeInto(el, '#amount', '2500');
    await typeInto(el, '#remark', 'Setup fee');
    await reviewAndAccept(el);
    sim.respondWith('POST /purchases', 422, unprocessable({ remark: 'Name the invoice this pays' }), 1);
    payButton(el).click();
    await waitUntil(() => el.shadowRoot!.querySelector('.error-panel'), 'no error shown after the 422');
    button(el, /Remark/).click();
    await el.updateComplete;
    const remark = $<HTMLTextAreaElement>(el, '#remark');
    expect(remark.value).to.equal('Setup fee');
    expect(remark.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#remark-error').textContent!.trim()).to.equal('Name the invoice this pays');
    expect($<HTMLInputElement>(el, '#amount').getAttribute('aria-invalid')).to.equal('false');
  });
});
