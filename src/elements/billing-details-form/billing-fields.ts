/** One labelled input with its hint and error wired through aria-describedby. */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '../../i18n/localize.js';
import { field } from '../../ui/field.js';
import type { CountryOption } from './countries.js';
import type { FieldName } from './billing-model.js';

export interface FieldSpec {
  name: FieldName;
  label: string;
  value: string;
  error?: string;
  hint?: string;
  type?: 'text' | 'email' | 'tel';
  autocomplete?: string;
  required?: boolean;
  maxlength?: number;
  /** Spans both grid columns. */
  wide?: boolean;
  /** Shown upper-case (GSTIN); the value is upper-cased when saved. */
  upper?: boolean;
  /** Drawn as a skeleton of itself while the details load. */
  pending?: boolean;
}

export const fieldId = (name: FieldName) => `f-${name.replace('.', '-')}`;

const labelText = (label: string, required?: boolean) =>
  // The space is part of the label's text node: a whitespace-only node between parts is left out of the accessible name.
  required ? label : html`${`${label} `}<span class="optional">${msg('(optional)', { id: 'billing-details-form.optional' })}</span>`;

const options = (spec: FieldSpec) => ({
  id: fieldId(spec.name),
  label: labelText(spec.label, spec.required),
  hint: spec.hint,
  error: spec.error,
  className: spec.wide ? 'field wide' : 'field',
});

export function textField(spec: FieldSpec) {
  return field(
    options(spec),
    (aria) => html`<input
      id=${fieldId(spec.name)}
      name=${spec.pending ? nothing : spec.name}
      type=${spec.type ?? 'text'}
      class=${spec.pending ? 'skeleton' : spec.upper ? 'upper' : ''}
      .value=${spec.value}
      autocomplete=${ifDefined(spec.autocomplete)}
      maxlength=${ifDefined(spec.maxlength)}
      ?required=${spec.required}
      aria-invalid=${aria.invalid}
      aria-describedby=${ifDefined(aria.describedBy)}
    />`,
  );
}

export function countryField(spec: Omit<FieldSpec, 'type' | 'maxlength' | 'upper'> & { options: CountryOption[] }) {
  return field(
    options(spec),
    (aria) => html`<select
      id=${fieldId(spec.name)}
      class=${spec.pending ? 'skeleton' : ''}
      name=${spec.pending ? nothing : spec.name}
      autocomplete=${ifDefined(spec.autocomplete)}
      ?required=${spec.required}
      aria-invalid=${aria.invalid}
      aria-describedby=${ifDefined(aria.describedBy)}
    >
      <option value="" .selected=${!spec.value}>${msg('Choose a country', { id: 'billing-details-form.choose-country' })}</option>
      ${spec.options.map((c) => html`<option value=${c.code} .selected=${c.code === spec.value}>${c.name}</option>`)}
    </select>`,
  );
}
