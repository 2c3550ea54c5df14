/**
 * The billing form's behaviour, apart from its markup: the draft (every input
 * as typed) against the saved baseline, validation (on submit, then live),
 * saving with the server's 422 `fields` mapped onto the inputs, Discard, and
 * unsaved drafts parked per organisation for a switch back.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { BillingDetails } from '../../api/schemas.js';
import { ApiError } from '../../api/errors.js';
import { emit } from '../../core/events.js';
import { msg } from '../../i18n/localize.js';
import { saveBillingDetails } from '../../state/actions.js';
import type { CreditsContextValue } from '../../state/context.js';
import { countryOfLocale } from './countries.js';
import { detailsOf, draftFrom, mapServerErrors, sameDraft, validate, type Draft, type FieldErrors, type FieldName } from './billing-model.js';

export interface FormError {
  text: string;
  error?: ApiError | Error;
  /** Server messages for fields the form does not show. */
  unmatched?: string[];
}

/** What the form renders. */
export interface BillingFormState {
  draft?: Draft;
  baseline?: Draft;
  errors: FieldErrors;
  formError?: FormError;
  saving: boolean;
  justSaved: boolean;
  /** The draft shown is one kept from before an organisation switch. */
  restoredDraft: boolean;
}

export interface BillingFormHost extends ReactiveControllerHost, HTMLElement {
  readonly credits?: CreditsContextValue;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class BillingFormController implements ReactiveController {
  private s: BillingFormState = { errors: {}, saving: false, justSaved: false, restoredDraft: false };
  /** The loaded details the baseline came from (a new object on every reload). */
  private applied?: BillingDetails | null;
  /** After a submit attempt, fields re-validate as they change. */
  private validateLive = false;
  private draftOrganisation?: string;
  /** Unsaved drafts of other organisations, kept for a switch back. */
  private readonly parked = new Map<string, { draft: Draft; baseline: Draft }>();

  /** The organisation the last update saw. */
  private seenOrganisation?: string;

  /** `saved` reads the loaded billing details (undefined while loading; null when none are saved). */
  constructor(
    private readonly host: BillingFormHost,
    private readonly saved: () => BillingDetails | null | undefined,
  ) {
    host.addController(this);
  }

  /** Before each render: follow an organisation switch, then take newly loaded details. */
  hostUpdate(): void {
    const organisation = this.host.credits?.organisation;
    if (organisation !== this.seenOrganisation) {
      if (this.seenOrganisation !== undefined) this.organisationChanged();
      this.seenOrganisation = organisation;
    }
    this.load(this.saved());
  }

  get state(): Readonly<BillingFormState> {
    return this.s;
  }

  /** True while the form holds changes that are not saved. */
  get dirty(): boolean {
    const { draft, baseline } = this.s;
    return !!draft && !!baseline && !sameDraft(draft, baseline);
  }

  private set(patch: Partial<BillingFormState>): void {
    this.s = { ...this.s, ...patch };
    this.host.requestUpdate();
  }

  /** The organisation changed: park a dirty draft, bring back the new organisation's, clear the rest. */
  private organisationChanged(): void {
    const { draft, baseline } = this.s;
    if (this.draftOrganisation && draft && baseline && this.dirty) this.parked.set(this.draftOrganisation, { draft, baseline });
    const organisation = this.host.credits?.organisation;
    const parked = organisation ? this.parked.get(organisation) : undefined;
    if (organisation) this.parked.delete(organisation);
    // In the host's update: no new one is requested.
    this.s = { ...this.s, draft: parked?.draft, baseline: parked?.baseline, restoredDraft: !!parked, errors: {}, formError: undefined, justSaved: false };
    this.applied = undefined;
    this.validateLive = false;
    this.draftOrganisation = organisation;
  }

  /** Saved details arrived (or changed): they are the new baseline, and the fields unless something is being edited. */
  private load(data: BillingDetails | null | undefined): void {
    if (data === undefined || data === this.applied) return;
    this.applied = data;
    const loaded = draftFrom(data, countryOfLocale(this.host.credits?.locale ?? ''));
    const keep = this.s.draft && this.dirty;
    this.s = { ...this.s, baseline: loaded, draft: keep ? this.s.draft : loaded };
    this.draftOrganisation = this.host.credits?.organisation;
  }

  readonly onInput = (e: Event): void => {
    const target = e.target as HTMLInputElement | HTMLSelectElement;
    const draft = this.s.draft;
    if (!draft || !target.name) return;
    let next: Draft;
    if (target.name === 'shipping_same') next = { ...draft, shippingSame: (target as HTMLInputElement).checked };
    else next = { ...draft, values: { ...draft.values, [target.name]: target.value } };
    if (next.values === draft.values && next.shippingSame === draft.shippingSame) return;
    let errors = this.s.errors;
    if (target.name in errors || this.validateLive) {
      // Re-check what changed (and what depends on the country); a server error goes once its field is edited.
      const fresh = validate(next);
      errors = { ...errors };
      for (const name of [target.name, 'tax_id', 'address.postal_code', 'shipping_address.postal_code'] as FieldName[]) {
        // The GSTIN's state must match the address's: editing the state re-checks a GSTIN error.
        if (name === target.name || this.validateLive || (name === 'tax_id' && target.name === 'address.state' && errors.tax_id)) errors[name] = fresh[name];
        if (!errors[name]) delete errors[name];
      }
    }
    this.set({ draft: next, justSaved: false, errors });
  };

  readonly discard = (): void => {
    if (!this.s.baseline) return;
    this.set({ draft: this.s.baseline, errors: {}, formError: undefined, restoredDraft: false });
    this.validateLive = false;
    // The Discard button goes away with the changes: focus the form's first field, not <body>.
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('form .field :is(input, select, textarea)')?.focus());
  };

  /** Retry a failed save: submit the form again (its checks run first). */
  readonly retry = (): void => this.host.renderRoot.querySelector('form')?.requestSubmit();

  readonly submit = async (e: SubmitEvent): Promise<void> => {
    e.preventDefault();
    const store = this.host.credits?.store;
    const submitted = this.s.draft;
    if (!submitted || !store || this.s.saving) return;
    this.validateLive = true;
    const errors = validate(submitted);
    this.set({ justSaved: false, formError: undefined, errors });
    if (Object.keys(errors).length > 0) {
      this.set({ formError: { text: msg('Please correct the highlighted fields.', { id: 'billing-details-form.fix-fields' }) } });
      return this.focusFirstInvalid();
    }
    const organisation = store.organisation;
    this.set({ saving: true });
    try {
      const saved = await saveBillingDetails(store, detailsOf(submitted));
      if (store.organisation !== organisation) return;
      const fresh = draftFrom(saved);
      // Edits made while saving stay; otherwise show the saved (normalised) values.
      this.set({ baseline: fresh, draft: this.s.draft === submitted ? fresh : this.s.draft, justSaved: true, restoredDraft: false });
      this.validateLive = false;
      emit(this.host, 'credits-billing-saved', { details: saved });
    } catch (error) {
      if (store.organisation !== organisation) return;
      if (error instanceof ApiError && error.status === 422 && Object.keys(error.fields).length > 0) {
        const { errors: fieldErrors, unmatched } = mapServerErrors(error.fields, submitted);
        this.set({
          errors: fieldErrors,
          formError: {
            text: msg('The server did not accept some details. Please correct the highlighted fields.', { id: 'billing-details-form.server-fields' }),
            error,
            unmatched,
          },
        });
        await this.focusFirstInvalid();
      } else {
        this.set({ formError: { text: msg('Billing details could not be saved. Your input is kept.', { id: 'billing-details-form.save-failed' }), error: error as Error } });
      }
    } finally {
      this.set({ saving: false });
    }
  };

  private async focusFirstInvalid(): Promise<void> {
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }
}
