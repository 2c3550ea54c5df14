import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import type { BillingDetails } from '../../api/schemas.js';
import { ApiError } from '../../api/errors.js';
import { CreditsElement } from '../../base/credits-element.js';
import { emit } from '../../core/events.js';
import { describeError, renderResource, skeleton } from '../../ui/states.js';
import { msg } from '../../i18n/localize.js';
import { saveBillingDetails } from '../../state/actions.js';
import { ResourceController } from '../../state/resource-controller.js';
import { billingDetails } from '../../state/resources.js';
import { countryOfLocale, countryOptions } from './countries.js';
import { countryField, textField } from './billing-fields.js';
import { detailsOf, draftFrom, isIndia, mapServerErrors, sameDraft, validate, type AddressGroup, type Draft, type FieldErrors, type FieldName } from './billing-model.js';
import { styles } from './billing-details-form.styles.js';
import './billing-events.js';

interface FormError {
  text: string;
  error?: ApiError | Error;
  unmatched?: string[];
}

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
  static override styles = [...CreditsElement.styles, styles];

  private readonly details = new ResourceController(this, billingDetails);

  @state() private draft?: Draft;
  @state() private baseline?: Draft;
  @state() private errors: FieldErrors = {};
  @state() private formError?: FormError;
  @state() private saving = false;
  @state() private justSaved = false;
  @state() private restoredDraft = false;

  /** The loaded details the baseline came from (a new object on every reload). */
  private applied?: BillingDetails | null;
  /** After a submit attempt, fields re-validate as they change. */
  private validateLive = false;
  private draftOrganisation?: string;
  /** Unsaved drafts of other organisations, kept for a switch back. */
  private readonly parked = new Map<string, { draft: Draft; baseline: Draft }>();

  /** True while the form holds changes that are not saved. */
  get dirty(): boolean {
    return !!this.draft && !!this.baseline && !sameDraft(this.draft, this.baseline);
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
    const first = this.renderRoot.querySelector<HTMLElement>('form .field :is(input, select, textarea)');
    if (!first) return; // still loading: the next update tries again
    this.fieldFocusWanted = false;
    first.scrollIntoView({ block: 'center' });
    first.focus({ preventScroll: true });
  }

  protected override organisationChanged(): void {
    if (this.draftOrganisation && this.draft && this.baseline && this.dirty)
      this.parked.set(this.draftOrganisation, { draft: this.draft, baseline: this.baseline });
    const organisation = this.credits?.organisation;
    const parked = organisation ? this.parked.get(organisation) : undefined;
    if (organisation) this.parked.delete(organisation);
    this.draft = parked?.draft;
    this.baseline = parked?.baseline;
    this.restoredDraft = !!parked;
    this.applied = undefined;
    this.errors = {};
    this.formError = undefined;
    this.justSaved = false;
    this.validateLive = false;
    this.fieldFocusWanted = false;
    this.draftOrganisation = organisation;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const data = this.details.state.data;
    if (data !== undefined && data !== this.applied) {
      this.applied = data;
      const loaded = draftFrom(data, countryOfLocale(this.credits?.locale ?? ''));
      // Newer saved details replace the fields only when nothing is being edited.
      if (!this.draft || !this.dirty) this.draft = loaded;
      this.baseline = loaded;
      this.draftOrganisation = this.credits?.organisation;
    }
  }

  protected override render() {
    return html`<section class="card" part="card" aria-labelledby="billing-title">
      <h2 id="billing-title" tabindex="-1">${msg('Billing details', { id: 'billing-details-form.title' })}</h2>
      ${renderResource(this.details, {
        failed: msg('Billing details could not be loaded.', { id: 'billing-details-form.load-failed' }),
        loading: () => this.renderSkeleton(),
        empty: () => this.renderForm(true),
        data: () => this.renderForm(false),
      })}
    </section>`;
  }

  private renderSkeleton() {
    return html`<div class="grid" aria-hidden="true">
      ${[1, 2, 3, 4, 5, 6].map(() => html`<div class="field">${skeleton('40%')}${skeleton('100%', '36px')}</div>`)}
    </div>`;
  }

  private renderForm(empty: boolean) {
    const draft = this.draft;
    if (!draft) return this.renderSkeleton();
    const locale = this.credits?.locale ?? 'en-IN';
    const v = draft.values;
    const india = isIndia(draft);
    const field = (name: FieldName) => ({ name, value: v[name], error: this.errors[name] });
    return html`
      <p class="hint intro">${msg('Invoices are issued to these details. Choose the country first: it decides the tax fields.', { id: 'billing-details-form.intro' })}</p>
      ${empty && !this.dirty ? html`<p class="note">${msg('No billing details saved yet.', { id: 'billing-details-form.empty' })}</p>` : nothing}
      ${this.restoredDraft && this.dirty ? html`<p class="note">${msg('Your unsaved changes for this organisation were kept.', { id: 'billing-details-form.restored' })}</p>` : nothing}
      <form novalidate part="form" @submit=${this.submit} @input=${this.onInput} @change=${this.onInput}>
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
          ${this.renderAddress('address', draft)}
        </fieldset>
        <fieldset>
          <legend>${msg('Shipping address', { id: 'billing-details-form.section.shipping' })}</legend>
          <label class="switch">
            <input type="checkbox" role="switch" name="shipping_same" .checked=${draft.shippingSame} />
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
              ${this.renderAddress('shipping_address', draft)}`}
        </fieldset>
        ${this.formError ? this.renderFormError(this.formError) : nothing}
        <div class="form-actions">
          <p class="status" role="status" part="status">
            ${this.dirty
              ? html`<span class="unsaved">${msg('You have unsaved changes.', { id: 'billing-details-form.unsaved' })}</span>`
              : this.justSaved
                ? html`<span class="saved">✓ ${msg('Billing details saved.', { id: 'billing-details-form.saved' })}</span>`
                : nothing}
          </p>
          ${this.dirty
            ? html`<button type="button" class="btn" @click=${this.discard}>${msg('Discard changes', { id: 'billing-details-form.discard' })}</button>`
            : nothing}
          <button type="submit" class="btn btn-primary" aria-disabled=${this.saving ? 'true' : 'false'} aria-busy=${this.saving ? 'true' : 'false'}>
            ${this.saving ? msg('Saving…', { id: 'billing-details-form.saving' }) : msg('Save billing details', { id: 'billing-details-form.save' })}
          </button>
        </div>
      </form>
    `;
  }

  private renderAddress(group: AddressGroup, draft: Draft) {
    const v = draft.values;
    const f = (key: 'line1' | 'line2' | 'city' | 'state' | 'postal_code') => ({ name: `${group}.${key}` as FieldName, value: v[`${group}.${key}`], error: this.errors[`${group}.${key}`] });
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

  private renderFormError(formError: FormError) {
    const requestId = formError.error instanceof ApiError ? formError.error.requestId : undefined;
    const transient = !(formError.error instanceof ApiError) || formError.error.status !== 422;
    return html`<div class="error-panel" role="alert">
      <p><strong>${formError.text}</strong> ${formError.error && transient ? describeError(formError.error) : nothing}</p>
      ${formError.unmatched?.length ? html`<ul>${formError.unmatched.map((m) => html`<li>${m}</li>`)}</ul>` : nothing}
      ${requestId ? html`<p class="request-id">${msg('Request ID', { id: 'common.request-id' })}: <code>${requestId}</code></p>` : nothing}
      ${formError.error && transient
        ? html`<button type="button" class="btn btn-small" @click=${() => this.renderRoot.querySelector('form')?.requestSubmit()}>${msg('Retry', { id: 'common.retry' })}</button>`
        : nothing}
    </div>`;
  }

  private readonly onInput = (e: Event): void => {
    const target = e.target as HTMLInputElement | HTMLSelectElement;
    if (!this.draft || !target.name) return;
    let next: Draft;
    if (target.name === 'shipping_same') next = { ...this.draft, shippingSame: (target as HTMLInputElement).checked };
    else next = { ...this.draft, values: { ...this.draft.values, [target.name]: target.value } };
    if (next.values === this.draft.values && next.shippingSame === this.draft.shippingSame) return;
    this.draft = next;
    this.justSaved = false;
    if (target.name in this.errors || this.validateLive) {
      // Re-check what changed (and what depends on the country); a server error goes once its field is edited.
      const fresh = validate(next);
      const errors: FieldErrors = { ...this.errors };
      for (const name of [target.name, 'tax_id', 'address.postal_code', 'shipping_address.postal_code'] as FieldName[]) {
        // The GSTIN's state must match the address's: editing the state re-checks a GSTIN error.
        if (name === target.name || this.validateLive || (name === 'tax_id' && target.name === 'address.state' && errors.tax_id)) errors[name] = fresh[name];
        if (!errors[name]) delete errors[name];
      }
      this.errors = errors;
    }
  };

  private readonly discard = (): void => {
    if (!this.baseline) return;
    this.draft = this.baseline;
    this.errors = {};
    this.formError = undefined;
    this.validateLive = false;
    this.restoredDraft = false;
    // The Discard button goes away with the changes: focus the form's first field, not <body>.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('form .field :is(input, select, textarea)')?.focus());
  };

  private readonly submit = async (e: SubmitEvent): Promise<void> => {
    e.preventDefault();
    const store = this.credits?.store;
    if (!this.draft || !store || this.saving) return;
    const submitted = this.draft;
    this.validateLive = true;
    this.justSaved = false;
    this.formError = undefined;
    this.errors = validate(submitted);
    if (Object.keys(this.errors).length > 0) {
      this.formError = { text: msg('Please correct the highlighted fields.', { id: 'billing-details-form.fix-fields' }) };
      return this.focusFirstInvalid();
    }
    const organisation = store.organisation;
    this.saving = true;
    try {
      const saved = await saveBillingDetails(store, detailsOf(submitted));
      if (store.organisation !== organisation) return;
      const fresh = draftFrom(saved);
      this.baseline = fresh;
      // Edits made while saving stay; otherwise show the saved (normalised) values.
      if (this.draft === submitted) this.draft = fresh;
      this.justSaved = true;
      this.restoredDraft = false;
      this.validateLive = false;
      emit(this, 'credits-billing-saved', { details: saved });
    } catch (error) {
      if (store.organisation !== organisation) return;
      if (error instanceof ApiError && error.status === 422 && Object.keys(error.fields).length > 0) {
        const { errors, unmatched } = mapServerErrors(error.fields, submitted);
        this.errors = errors;
        this.formError = {
          text: msg('The server did not accept some details. Please correct the highlighted fields.', { id: 'billing-details-form.server-fields' }),
          error,
          unmatched,
        };
        await this.focusFirstInvalid();
      } else {
        this.formError = { text: msg('Billing details could not be saved. Your input is kept.', { id: 'billing-details-form.save-failed' }), error: error as Error };
      }
    } finally {
      this.saving = false;
    }
  };

  private async focusFirstInvalid(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }
}
