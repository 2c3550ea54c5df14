import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ApiError } from '../../api/errors.js';
import { CreditsElement } from '../../base/credits-element.js';
import { formStyles } from '../../styles/forms.js';
import { errorAlert, renderResource } from '../../ui/states.js';
import { msg } from '../../i18n/localize.js';
import { ResourceController } from '../../state/resource-controller.js';
import { billingDetails } from '../../state/resources.js';
import { countryOptions } from './countries.js';
import { countryField, textField } from './billing-fields.js';
import { draftFrom, isIndia, type AddressGroup, type Draft, type FieldErrors, type FieldName } from './billing-model.js';
import { BillingFormController, type BillingFormState, type FormError } from './form-controller.js';
import { styles } from './billing-details-form.styles.js';
import './billing-events.js';
import { heading } from '../../ui/heading.js';

/** What the loading form shows: an Indian organisation's empty form (the GSTIN field and its hint), shipping same as billing. */
const PLACEHOLDER: BillingFormState = { draft: draftFrom(null, 'IN'), errors: {}, saving: false, justSaved: false, restoredDraft: false };

/**
 * The organisation's billing details: country first (it decides the tax
 * fields: **GSTIN** for India, validated, a generic **Tax ID** elsewhere),
 * business name, billing email, phone, billing address and an optional
 * separate shipping address.
 *
 * Errors appear next to their fields, from the browser-side checks and from
 * the server's `422` `fields`; nothing typed is lost on any error. After a
 * save, payments whose invoice waited for billing details can be generated
 * (the payments list refreshes).
 *
 * Unsaved changes are never dropped silently: the form says so and offers
 * **Discard changes**; a draft survives an organisation switch and comes back
 * when switching back. The form does not install a `beforeunload` prompt (that
 * is the host page's call): hosts can read `dirty` to guard their own navigation.
 *
 * @summary Billing details for invoices, with GSTIN for India.
 * @tagname billing-details-form
 * @fires {CustomEvent<BillingSavedDetail>} credits-billing-saved - The details were saved. `detail: { details }`.
 * @csspart card - The surrounding card.
 * @csspart form - The form.
 * @csspart status - The saved / unsaved-changes line.
 */
export class BillingDetailsForm extends CreditsElement {
  static override styles = [...CreditsElement.styles, formStyles, styles];

  private readonly details = new ResourceController(this, billingDetails);
  private readonly form = new BillingFormController(this, () => this.details.state.data);

  /** True while the form holds changes that are not saved. */
  get dirty(): boolean {
    return this.form.dirty;
  }

  /** Focus moves to the form's heading (the payments list does this when it opens the form inline). */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('#billing-title')?.focus(options);
  }

  /**
   * Bring the form into view and focus its first field, as soon as the details have
   * loaded (Configure Billing in `<credits-area>`: the user came to fill it in).
   */
  async focusFirstField(): Promise<void> {
    this.fieldFocusWanted = true;
    this.requestUpdate();
    await this.updateComplete;
  }
  private fieldFocusWanted = false;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.fieldFocusWanted) return;
    const first = this.renderRoot.querySelector<HTMLElement>(':not(.pending) > form .field :is(input, select, textarea)');
    if (!first) return; // still loading: the next update tries again
    this.fieldFocusWanted = false;
    first.scrollIntoView({ block: 'center' });
    first.focus({ preventScroll: true });
  }

  protected override organisationChanged(): void {
    this.fieldFocusWanted = false;
  }

  protected override render() {
    return html`<section class="card" part="card">
      ${heading(this.titleLevel, msg('Billing details', { id: 'billing-details-form.title' }), { id: 'billing-title', class: 'title', focusable: true })}
      ${renderResource(this.details, {
        failed: msg('Billing details could not be loaded.', { id: 'billing-details-form.load-failed' }),
        loading: () => this.renderSkeleton(),
        empty: () => this.renderForm(true),
        data: () => this.renderForm(false),
      })}
    </section>`;
  }

  /**
   * While the details load: the form itself, inert, its controls drawn as skeletons of themselves, so the
   * loaded form takes exactly its place and nothing under the element moves (#17.25; a grid of six bars was
   * 600 px shorter than the form).
   */
  private renderSkeleton(): TemplateResult {
    return html`<div class="pending" inert aria-busy="true">${this.renderForm(false, true)}</div>`;
  }

  private renderForm(empty: boolean, pending = false): TemplateResult {
    const { draft, errors, formError, restoredDraft, justSaved, saving } = pending ? PLACEHOLDER : this.form.state;
    // "You have unsaved changes." is in sight beside the live status, not in it: only a save's result is announced (#22.8).
    const dirty = !pending && this.form.dirty;
    if (!draft) return this.renderSkeleton();
    const locale = this.credits?.locale ?? 'en-IN';
    const v = draft.values;
    const india = isIndia(draft);
    const field = (name: FieldName) => ({ name, value: v[name], error: errors[name], pending });
    const fields = html`
        <fieldset>
          <legend>${msg('Country and tax', { id: 'billing-details-form.section.tax' })}</legend>
          <div class="grid">
            ${countryField({
              ...field('address.country'),
              label: msg('Country', { id: 'billing-details-form.country' }),
              required: true,
              autocomplete: 'billing country',
              options: countryOptions(locale, v['address.country']),
            })}
            ${v['address.country']
              ? textField({
                  ...field('tax_id'),
                  label: india ? msg('GSTIN', { id: 'billing-details-form.gstin' }) : msg('Tax ID', { id: 'billing-details-form.tax-id' }),
                  hint: india
                    ? msg('15 characters, e.g. 27AAPFU0939F1ZV. Printed on your GST invoices.', { id: 'billing-details-form.gstin-hint' })
                    : msg('VAT, GST, EIN or other tax number printed on your invoices.', { id: 'billing-details-form.tax-id-hint' }),
                  maxlength: india ? 15 : 50,
                  upper: india,
                })
              : html`<p class="hint country-first">${msg('Choose the country to see its tax fields.', { id: 'billing-details-form.country-first' })}</p>`}
          </div>
        </fieldset>
        <fieldset>
          <legend>${msg('Business', { id: 'billing-details-form.section.business' })}</legend>
          <div class="grid">
            ${textField({ ...field('business_name'), label: msg('Business name', { id: 'billing-details-form.business-name' }), required: true, autocomplete: 'organization', wide: true, maxlength: 200 })}
            ${textField({ ...field('billing_email'), label: msg('Billing email', { id: 'billing-details-form.billing-email' }), type: 'email', required: true, autocomplete: 'email' })}
            ${textField({ ...field('phone'), label: msg('Phone', { id: 'billing-details-form.phone' }), type: 'tel', autocomplete: 'tel' })}
          </div>
        </fieldset>
        <fieldset>
          <legend>${msg('Billing address', { id: 'billing-details-form.section.address' })}</legend>
          ${this.renderAddress('address', draft, errors, pending)}
        </fieldset>
        <fieldset>
          <legend>${msg('Shipping address', { id: 'billing-details-form.section.shipping' })}</legend>
          <label class="switch">
            <input type="checkbox" role="switch" name=${pending ? nothing : 'shipping_same'} .checked=${draft.shippingSame} />
            ${msg('Same as billing address', { id: 'billing-details-form.shipping-same' })}
          </label>
          ${draft.shippingSame
            ? nothing
            : html`<div class="grid shipping">
                ${countryField({
                  ...field('shipping_address.country'),
                  label: msg('Country', { id: 'billing-details-form.country' }),
                  required: true,
                  autocomplete: 'shipping country',
                  options: countryOptions(locale, v['shipping_address.country']),
                })}
              </div>
              ${this.renderAddress('shipping_address', draft, errors, pending)}`}
        </fieldset>
        ${formError ? this.renderFormError(formError) : nothing}
        <div class="form-actions">
          <p class="status" part="status">
            ${dirty ? html`<span class="unsaved">${msg('You have unsaved changes.', { id: 'billing-details-form.unsaved' })}</span>` : nothing}
            <span role="status">${!dirty && justSaved ? html`<span class="saved">✓ ${msg('Billing details saved.', { id: 'billing-details-form.saved' })}</span>` : nothing}</span>
          </p>
          ${dirty
            ? html`<button type="button" class="btn" @click=${this.form.discard}>${msg('Discard changes', { id: 'billing-details-form.discard' })}</button>`
            : nothing}
          <button type="submit" class="btn btn-primary" aria-disabled=${saving ? 'true' : 'false'} aria-busy=${saving ? 'true' : 'false'}>
            ${saving ? msg('Saving…', { id: 'billing-details-form.saving' }) : msg('Save billing details', { id: 'billing-details-form.save' })}
          </button>
        </div>`;
    return html`
      <p class="hint intro">${msg('Invoices are issued to these details. Choose the country first: it decides the tax fields.', { id: 'billing-details-form.intro' })}</p>
      ${empty && !dirty ? html`<p class="note">${msg('No billing details saved yet.', { id: 'billing-details-form.empty' })}</p>` : nothing}
      ${restoredDraft && dirty ? html`<p class="note">${msg('Your unsaved changes for this organisation were kept.', { id: 'billing-details-form.restored' })}</p>` : nothing}
      ${pending ? html`<div class="form-placeholder">${fields}</div>` : html`<form novalidate part="form" @submit=${this.form.submit} @input=${this.form.onInput} @change=${this.form.onInput}>${fields}</form>`}
    `;
  }

  private renderAddress(group: AddressGroup, draft: Draft, errors: FieldErrors, pending: boolean) {
    const v = draft.values;
    const f = (key: 'line1' | 'line2' | 'city' | 'state' | 'postal_code') => ({ name: `${group}.${key}` as FieldName, value: v[`${group}.${key}`], error: errors[`${group}.${key}`], pending });
    const ac = group === 'address' ? 'billing' : 'shipping';
    const india = v[`${group}.country`] === 'IN';
    return html`<div class="grid">
      ${textField({ ...f('line1'), label: msg('Address line 1', { id: 'billing-details-form.line1' }), required: true, autocomplete: `${ac} address-line1`, wide: true })}
      ${textField({ ...f('line2'), label: msg('Address line 2', { id: 'billing-details-form.line2' }), autocomplete: `${ac} address-line2`, wide: true })}
      ${textField({ ...f('city'), label: msg('City', { id: 'billing-details-form.city' }), required: true, autocomplete: `${ac} address-level2` })}
      ${textField({ ...f('state'), label: india ? msg('State', { id: 'billing-details-form.state-in' }) : msg('State / region', { id: 'billing-details-form.state' }), autocomplete: `${ac} address-level1` })}
      ${textField({ ...f('postal_code'), label: india ? msg('PIN code', { id: 'billing-details-form.pin' }) : msg('Postal code', { id: 'billing-details-form.postal-code' }), required: true, autocomplete: `${ac} postal-code` })}
    </div>`;
  }

  /** A failed check or save in the shared error panel: Retry when the failure may pass; the server's messages for fields not shown. */
  private renderFormError({ text, error, unmatched }: FormError) {
    const transient = !!error && !(error instanceof ApiError && error.status === 422);
    return errorAlert(text, error, {
      explain: transient,
      details: unmatched?.length ? html`<ul>${unmatched.map((m) => html`<li>${m}</li>`)}</ul>` : undefined,
      action: transient ? { label: msg('Retry', { id: 'common.retry' }), run: this.form.retry } : undefined,
    });
  }
}
