import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/billing-details-form/define.js';
import type { BillingDetailsForm } from '../../src/elements/billing-details-form/billing-details-form.js';
import { GSTIN, draftFrom, detailsOf, mapServerErrors, validate } from '../../src/elements/billing-details-form/billing-model.js';
import { $, button, mountInProvider, requestsTo, shadowText, waitForText } from '../support.js';
import { runCommonSuite } from './shared/common-suite.js';

const mount = (options: Parameters<typeof mountInProvider>[1] = {}) =>
  mountInProvider<BillingDetailsForm>(html`<billing-details-form></billing-details-form>`, options);

const ready = (el: BillingDetailsForm) => waitUntil(() => el.shadowRoot!.querySelector('form'), 'the form never rendered');
const field = <E extends HTMLInputElement | HTMLSelectElement = HTMLInputElement>(el: BillingDetailsForm, name: string) =>
  $<E>(el, `[name="${name}"]`);

async function type(el: BillingDetailsForm, name: string, value: string) {
  const input = field(el, name);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}
async function choose(el: BillingDetailsForm, name: string, value: string) {
  const select = field<HTMLSelectElement>(el, name);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}
const submit = async (el: BillingDetailsForm) => {
  $<HTMLFormElement>(el, 'form').requestSubmit();
  await el.updateComplete;
};
const errorOf = (el: BillingDetailsForm, name: string) => {
  const input = field(el, name);
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
  const error = ids.map((id) => el.shadowRoot!.getElementById(id)).find((n) => n?.classList.contains('field-error'));
  return { invalid: input.getAttribute('aria-invalid') === 'true', text: error?.textContent ?? '' };
};

async function fillUs(el: BillingDetailsForm) {
  await choose(el, 'address.country', 'US');
  await type(el, 'business_name', 'Boston Running Club Inc');
  await type(el, 'billing_email', 'billing@bostonrunning.org');
  await type(el, 'address.line1', '1 Boylston St');
  await type(el, 'address.city', 'Boston');
  await type(el, 'address.postal_code', '02116');
}

describe('billing model', () => {
  it('checks GSTINs by the pattern', () => {
    for (const ok of ['27AAPFU0939F1ZV', '07AAACB1234C1Z5']) expect(GSTIN.test(ok), ok).to.equal(true);
    for (const bad of ['27AAPFU0939F1Z', '27aapfu0939f1zv', '27AAPFU0939F0ZV', 'AAAPFU0939F1ZV1', '27AAPFU0939F1XV']) expect(GSTIN.test(bad), bad).to.equal(false);
  });

  it('validates the GSTIN only for India and maps the draft to the API body', () => {
    const draft = draftFrom(null, 'IN');
    draft.values = { ...draft.values, business_name: ' X ', billing_email: 'a@b.co', tax_id: '27aapfu0939f1zv', 'address.line1': 'L1', 'address.city': 'Mumbai', 'address.postal_code': '400020' };
    expect(validate(draft)).to.deep.equal({});
    expect(detailsOf(draft)).to.deep.include({ business_name: 'X', tax_id: '27AAPFU0939F1ZV', phone: null, shipping_address: null });
    draft.values = { ...draft.values, tax_id: 'NOT-A-GSTIN' };
    expect(validate(draft).tax_id).to.match(/GSTIN/);
    draft.values = { ...draft.values, 'address.country': 'US', 'address.postal_code': '02116' };
    expect(validate(draft).tax_id).to.equal(undefined);
  });

  it('a GSTIN with a typo, an unknown state code, or another state than the address: each its own message', async () => {
    const { el, sim } = await mount({ organisation: 'org_42' });
    await ready(el);
    // org_42: Maharashtra address, GSTIN 27AAPFU0939F1ZV.
    await type(el, 'tax_id', '27AAPFU0939F1ZW');
    await submit(el);
    expect(errorOf(el, 'tax_id')).to.deep.equal({ invalid: true, text: 'This GSTIN has a typo: its last character does not match the other 14. Copy it again from the GST certificate.' });
    await type(el, 'tax_id', '29AAACI1195H1ZI');
    await submit(el);
    expect(errorOf(el, 'tax_id').text).to.equal(
      'This GSTIN is registered in Karnataka (state code 29), but the billing address is in Maharashtra. Use the GSTIN of that state, or correct the state.',
    );
    // Correcting the state clears it at once.
    await type(el, 'address.state', 'Karnataka');
    expect(errorOf(el, 'tax_id')).to.deep.equal({ invalid: false, text: '' });
    await type(el, 'tax_id', '50AAACI1195H1ZX');
    await submit(el);
    expect(errorOf(el, 'tax_id').text).to.equal('A GSTIN starts with a state code, and 50 is not one. Check the first two digits.');
    expect(requestsTo(sim, 'PUT', '/billing-details')).to.have.length(0);
    await expect(el).to.be.accessible();
    // A valid GSTIN of the address's state saves.
    await type(el, 'tax_id', '29AAACI1195H1ZI');
    await submit(el);
    await waitUntil(() => requestsTo(sim, 'PUT', '/billing-details').length === 1);
  });

  it('checks the GSTIN check character and its state in the model too (no address state: no state check)', () => {
    const draft = draftFrom(null, 'IN');
    const base = { business_name: 'X', billing_email: 'a@b.co', 'address.line1': 'L1', 'address.city': 'Pune', 'address.postal_code': '411001' };
    draft.values = { ...draft.values, ...base, tax_id: '29AAACI1195H1ZI', 'address.state': '' };
    expect(validate(draft)).to.deep.equal({});
    draft.values = { ...draft.values, 'address.state': 'maharashtra' };
    expect(validate(draft).tax_id).to.match(/registered in Karnataka/);
    draft.values = { ...draft.values, tax_id: '27AAPFU0939F1ZV' };
    expect(validate(draft)).to.deep.equal({});
  });

  it('maps server field names onto visible fields and keeps the rest', () => {
    const draft = draftFrom(null, 'IN');
    const { errors, unmatched } = mapServerErrors({ 'address.city': 'Unknown city', address: 'Required', 'shipping_address.line1': 'Required', body: 'Bad' }, draft);
    expect(errors).to.deep.equal({ 'address.city': 'Unknown city', 'address.line1': 'Required' });
    expect(unmatched).to.deep.equal(['shipping_address.line1: Required', 'body: Bad']);
  });
});

runCommonSuite({
  name: '<billing-details-form>',
  template: html`<billing-details-form></billing-details-form>`,
  load: 'GET /billing-details',
  title: 'Billing details',
  data: { organisation: 'org_42', text: 'Mumbai Marathon Photos LLP' },
  empty: { organisation: 'org_empty', text: 'No billing details saved yet.' },
  switchTo: { organisation: 'org_trial_us', text: 'No billing details saved yet.' },
  stale: ['Mumbai Marathon Photos LLP', '12 Marine Drive', '400020'],
  error: 'Billing details could not be loaded.',
  skeletons: 6, // the loading form's controls, drawn as skeletons of themselves
  busy: '.pending',
});

describe('<billing-details-form>', () => {
  it('shows the saved details with GSTIN for India, country first', async () => {
    const { el } = await mount();
    await ready(el);
    expect(field<HTMLSelectElement>(el, 'address.country').value).to.equal('IN');
    expect(field(el, 'business_name').value).to.equal('Mumbai Marathon Photos LLP');
    expect(field(el, 'tax_id').value).to.equal('27AAPFU0939F1ZV');
    expect($(el, 'label[for="f-tax_id"]').textContent).to.include('GSTIN');
    expect(field<HTMLInputElement>(el, 'shipping_same').checked).to.equal(true);
    // Country comes first.
    expect(el.shadowRoot!.querySelector('input, select')!.getAttribute('name')).to.equal('address.country');
  });

  it('starts empty when nothing is saved yet, and the country decides the tax field', async () => {
    const { el } = await mount({ organisation: 'org_trial_us', locale: 'en-US' });
    await ready(el);
    await waitForText(el, 'No billing details saved yet.');
    expect(field<HTMLSelectElement>(el, 'address.country').value).to.equal('US');
    expect($(el, 'label[for="f-tax_id"]').textContent).to.include('Tax ID');
    await choose(el, 'address.country', 'IN');
    expect($(el, 'label[for="f-tax_id"]').textContent).to.include('GSTIN');
    await choose(el, 'address.country', '');
    expect(el.shadowRoot!.querySelector('[name="tax_id"]')).to.equal(null);
    expect(shadowText(el)).to.include('Choose the country to see its tax fields.');
    await expect(el).to.be.accessible();
  });

  it('validates on save: messages next to the fields, aria wiring, focus on the first invalid field, no request', async () => {
    const { el, sim } = await mount({ organisation: 'org_empty' });
    await ready(el);
    await choose(el, 'address.country', 'IN');
    await type(el, 'tax_id', '27AAPFU0939F1Z');
    await type(el, 'billing_email', 'not-an-email');
    await submit(el);
    await waitUntil(() => el.shadowRoot!.activeElement === field(el, 'tax_id'), 'focus did not move to the first invalid field');
    expect(errorOf(el, 'tax_id')).to.deep.equal({ invalid: true, text: 'Enter a valid 15-character GSTIN, e.g. 27AAPFU0939F1ZV.' });
    expect(errorOf(el, 'billing_email').invalid).to.equal(true);
    expect(errorOf(el, 'business_name').text).to.equal('Required');
    expect(errorOf(el, 'address.city').text).to.equal('Required');
    expect(errorOf(el, 'phone').invalid).to.equal(false);
    expect(requestsTo(sim, 'PUT', '/billing-details')).to.have.length(0);
    // Input kept; fixing a field clears its message as you type.
    expect(field(el, 'billing_email').value).to.equal('not-an-email');
    await type(el, 'tax_id', '27AAPFU0939F1ZV');
    expect(errorOf(el, 'tax_id').invalid).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('saves: a clear saved state, the request body, and the event', async () => {
    const { el, sim } = await mount({ organisation: 'org_trial_us', locale: 'en-US' });
    await ready(el);
    await fillUs(el);
    expect(shadowText(el)).to.include('You have unsaved changes.');
    let saved: unknown;
    el.addEventListener('credits-billing-saved', (e) => (saved = e.detail.details));
    await submit(el);
    await waitForText(el, 'Billing details saved.');
    expect($(el, '[role="status"]').textContent).to.include('Billing details saved.');
    const put = requestsTo(sim, 'PUT', '/billing-details');
    expect(put).to.have.length(1);
    expect(put[0]!.body).to.deep.equal({
      business_name: 'Boston Running Club Inc',
      billing_email: 'billing@bostonrunning.org',
      phone: null,
      tax_id: null,
      address: { line1: '1 Boylston St', line2: null, city: 'Boston', state: null, postal_code: '02116', country: 'US' },
      shipping_address: null,
    });
    expect(saved).to.deep.include({ business_name: 'Boston Running Club Inc' });
    expect(sim.state.orgs.org_trial_us!.payments.some((r) => r.payment.invoice.status === 'awaiting_billing_details')).to.equal(false);
    expect(el.dirty).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('maps a server 422 onto the same fields and keeps everything typed', async () => {
    const { el, sim } = await mount({ organisation: 'org_trial_us', locale: 'en-US' });
    await ready(el);
    await fillUs(el);
    field<HTMLInputElement>(el, 'shipping_same').click();
    await el.updateComplete;
    await choose(el, 'shipping_address.country', 'US');
    await type(el, 'shipping_address.line1', '2 Shipping Way');
    await type(el, 'shipping_address.city', 'Cambridge');
    await type(el, 'shipping_address.postal_code', '02139');
    sim.failNext('PUT /billing-details', {
      status: 422,
      message: 'Some fields are invalid.',
      fields: { 'address.city': 'We do not ship invoices to this city', 'shipping_address.postal_code': 'Unknown postal code', vat_scheme: 'Unsupported' },
    });
    await submit(el);
    await waitForText(el, 'The server did not accept some details.');
    expect(errorOf(el, 'address.city')).to.deep.equal({ invalid: true, text: 'We do not ship invoices to this city' });
    expect(errorOf(el, 'shipping_address.postal_code')).to.deep.equal({ invalid: true, text: 'Unknown postal code' });
    expect(shadowText(el)).to.include('vat_scheme: Unsupported');
    expect(el.shadowRoot!.activeElement).to.equal(field(el, 'address.city'));
    expect(field(el, 'address.city').value).to.equal('Boston');
    expect(field(el, 'shipping_address.line1').value).to.equal('2 Shipping Way');
    expect(el.dirty).to.equal(true);
    await expect(el).to.be.accessible();
    // Fixing the field clears the server's message; the save then succeeds with the shipping address.
    await type(el, 'address.city', 'Boston MA');
    expect(errorOf(el, 'address.city').invalid).to.equal(false);
    await submit(el);
    await waitForText(el, 'Billing details saved.');
    expect((requestsTo(sim, 'PUT', '/billing-details')[1]!.body as { shipping_address: unknown }).shipping_address).to.deep.include({ city: 'Cambridge' });
  });

  it('keeps the input on a failed save and offers Retry with the request id', async () => {
    const { el, sim } = await mount({ organisation: 'org_trial_us', locale: 'en-US' });
    await ready(el);
    await fillUs(el);
    sim.failNext('PUT /billing-details', { status: 503 });
    await submit(el);
    await waitForText(el, 'Billing details could not be saved. Your input is kept.');
    expect(shadowText(el)).to.match(/Request ID: \S+/);
    expect(field(el, 'business_name').value).to.equal('Boston Running Club Inc');
    await expect(el).to.be.accessible();
    button(el, 'Retry').click();
    await waitForText(el, 'Billing details saved.');
  });

  it('keeps the input on a network error too', async () => {
    const { el, sim } = await mount({ organisation: 'org_trial_us', locale: 'en-US' });
    await ready(el);
    await fillUs(el);
    sim.failNext('PUT /billing-details', { mode: 'network-error' });
    await submit(el);
    await waitForText(el, 'Billing details could not be saved.');
    expect(field(el, 'address.postal_code').value).to.equal('02116');
  });

  it('does not discard unsaved changes silently: indicator, Discard, and a draft kept across an organisation switch', async () => {
    const { el, provider } = await mount();
    await ready(el);
    await type(el, 'business_name', 'Renamed LLP');
    expect(el.dirty).to.equal(true);
    expect(shadowText(el)).to.include('You have unsaved changes.');
    provider.organisation = 'org_enterprise';
    await waitUntil(() => el.shadowRoot!.querySelector<HTMLInputElement>('[name="business_name"]')?.value === 'Global Races Inc');
    expect(el.dirty).to.equal(false);
    provider.organisation = 'org_42';
    await waitUntil(() => el.shadowRoot!.querySelector<HTMLInputElement>('[name="business_name"]')?.value === 'Renamed LLP', 'draft lost');
    expect(shadowText(el)).to.include('Your unsaved changes for this organisation were kept.');
    button(el, 'Discard changes').click();
    await el.updateComplete;
    expect(field(el, 'business_name').value).to.equal('Mumbai Marathon Photos LLP');
    expect(el.dirty).to.equal(false);
    expect(shadowText(el)).to.not.include('You have unsaved changes.');
  });
});
