/**
 * #17.23: a field's error sits right under the field — before its hint and
 * its character counter — and the field names it first in aria-describedby.
 * Measured from boxes at 390 and 1280 px on the wizard's Remark (hint and
 * counter), its Credits field (hint) and the billing form's GSTIN (hint).
 */
import { expect, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { atViewport } from './support.js';
import '../../src/index.js';
import type { BillingDetailsForm } from '../../src/elements/billing-details-form/billing-details-form.js';
import { $, mountInProvider } from '../support.js';
import { choosePlan, heading, mountWizard, press, typeInto } from '../elements/wizard-helpers.js';

/** The error is the control's next sibling, starts within 8 px under it, and everything else that describes the field comes after it. */
function expectErrorUnderField(root: ShadowRoot, id: string, after: string[]): void {
  const control = root.getElementById(id)!;
  const error = root.getElementById(`${id}-error`);
  expect(error, `${id}: no error`).to.not.equal(null);
  expect(control.nextElementSibling, `${id}: what follows the field`).to.equal(error);
  const c = control.getBoundingClientRect();
  const e = error!.getBoundingClientRect();
  expect(e.top - c.bottom, `${id}: gap between field and error`).to.be.within(0, 8);
  expect(e.left, `${id}: error aligned with the field`).to.be.closeTo(c.left, 1);
  for (const other of after) {
    const box = root.getElementById(other)!.getBoundingClientRect();
    expect(box.top, `${other} is below the error`).to.be.at.least(e.bottom);
  }
  const described = control.getAttribute('aria-describedby')!.split(' ');
  expect(described, `${id}: aria-describedby`).to.deep.equal([`${id}-error`, ...after]);
  expect(control.getAttribute('aria-invalid')).to.equal('true');
}

for (const width of [390, 1280]) {
  describe(`field errors under the field at ${width} px (#17.23)`, () => {
    atViewport(width);
    afterEach(() => fixtureCleanup());

    it('the wizard: Credits above its hint, Remark above its hint and character counter', async () => {
      const { el } = await mountWizard({ organisation: 'org_42' });
      expect(heading(el)).to.equal('Choose a plan');
      await choosePlan(el, 'credits');
      await press(el, 'Next');
      await typeInto(el, '#credits', '10');
      $(el, '#credits').dispatchEvent(new FocusEvent('blur'));
      await el.updateComplete;
      expectErrorUnderField(el.shadowRoot!, 'credits', ['credits-hint']);

      await press(el, 'Back');
      await choosePlan(el, 'custom');
      await press(el, 'Next');
      await typeInto(el, '#amount', '2500');
      await typeInto(el, '#remark', 'x');
      await typeInto(el, '#remark', '');
      $(el, '#remark').dispatchEvent(new FocusEvent('blur'));
      await el.updateComplete;
      expectErrorUnderField(el.shadowRoot!, 'remark', ['remark-hint', 'remark-count']);
      expect(document.documentElement.scrollWidth).to.be.at.most(width);
    });

    it('the billing form: the GSTIN error above its hint', async () => {
      const { el } = await mountInProvider<BillingDetailsForm>(html`<billing-details-form></billing-details-form>`, { organisation: 'org_42' });
      await waitUntil(() => el.shadowRoot!.querySelector('[name="tax_id"]'), 'no form');
      const input = $<HTMLInputElement>(el, '[name="tax_id"]');
      input.value = '27AAPFU0939F1ZW';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      $<HTMLFormElement>(el, 'form').requestSubmit();
      await el.updateComplete;
      await waitUntil(() => el.shadowRoot!.getElementById(`${input.id}-error`), 'no GSTIN error');
      expectErrorUnderField(el.shadowRoot!, input.id, [`${input.id}-hint`]);
    });
  });
}
