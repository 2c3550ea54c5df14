/**
 * Issue 15, rules 4 and 11: lengths count code points after trimming (remark,
 * grant reason) with plural messages; quantities and amounts accept any
 * Unicode decimal digits.
 */
import { expect, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { $, button, mountInProvider, requestsTo, shadowText, waitForText } from '../support.js';
import { choosePlan, mountWizard, press, summaryTotal, typeInto } from '../elements/wizard-helpers.js';
import { asciiDigits, validateAmountInput, validateCreditsInput } from '../../src/money/pricing.js';
import type { CreditsBalance } from '../../src/elements/credits-balance/credits-balance.js';
import '../../src/index.js';

describe('hostile round 2: inputs', () => {
  afterEach(() => fixtureCleanup());

  it('remark: 300 emoji count 300; "Setup fee" plus 495 spaces is 9; one over says "1 character"', async () => {
    const { el, sim } = await mountWizard();
    await choosePlan(el, 'custom');
    await press(el, 'Next');
    await typeInto(el, '#amount', '2500');
    await typeInto(el, '#remark', '😀'.repeat(300));
    expect(shadowText(el)).to.include('300 of 500 characters');
    await typeInto(el, '#remark', `Setup fee${' '.repeat(495)}`);
    expect(shadowText(el)).to.include('9 of 500 characters');
    await press(el, 'Next');
    await waitForText(el, 'Price confirmed');
    const quote = requestsTo(sim, 'POST', '/purchases/quote').at(-1)!;
    expect((quote.body as { remark: string }).remark).to.equal('Setup fee');
    await press(el, 'Back');
    await typeInto(el, '#remark', 'x'.repeat(501));
    await press(el, 'Next');
    await waitForText(el, 'The remark is 1 character too long');
  });

  it('grant reason: emoji count once, trimmed text is what counts', async () => {
    const { el } = await mountInProvider<CreditsBalance>(html`<credits-balance></credits-balance>`, { viewer: { email: 'staff@9pic.ai', is_staff: true } });
    await waitForText(el, 'Add Credits');
    button(el, 'Add Credits').click();
    await waitUntil(() => el.shadowRoot!.querySelector('dialog')?.open, 'dialog never opened');
    const reason = $<HTMLTextAreaElement>(el, '#grant-reason');
    reason.value = `${'🎉'.repeat(400)}${' '.repeat(300)}`;
    reason.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    expect(shadowText(el)).to.include('400 of 500 characters');
  });

  it('Devanagari, full-width and Arabic-Indic digits are read as digits', async () => {
    expect(asciiDigits('१०००')).to.equal('1000');
    expect(validateCreditsInput('१०००', { kind: 'credits', min: 500, max: 100000 })).to.deep.equal({ ok: true, credits: 1000 });
    expect(validateCreditsInput('１０００', { kind: 'credits', min: 500, max: 100000 })).to.deep.equal({ ok: true, credits: 1000 });
    expect(validateCreditsInput('٥٬٠٠٠', { kind: 'credits', min: 500, max: 100000 })).to.deep.equal({ ok: true, credits: 5000 });
    expect(validateAmountInput('२५००.५०')).to.deep.equal({ ok: true, amount: '2500.50' });
    const { el, sim } = await mountWizard();
    await choosePlan(el, 'credits');
    await press(el, 'Next');
    await typeInto(el, '#credits', '५०००');
    expect(shadowText(el)).not.to.include('digits only');
    await press(el, 'Next');
    await waitForText(el, 'Price confirmed');
    expect((requestsTo(sim, 'POST', '/purchases/quote').at(-1)!.body as { credits: number }).credits).to.equal(5000);
    expect(summaryTotal(el)).to.match(/\d/);
  });
});
