/** One labelled input with its hint and error wired through aria-describedby. */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '../../i18n/localize.js';
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
}

export const fieldId = (name: FieldName) => `f-${name.replace('.', '-')}`;

const describedBy = (id: string, hint?: string, error?: string) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

const labelText = (label: string, required?: boolean) =>
  html`${label}${required ? nothing : html` <span class="optional">${msg('(optional)', { id: 'billing-details-form.optional' })}</span>`}`;

const messages = (id: string, hint?: string, error?: string) =>
  html`${hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing}${error
    ? html`<p class="field-error" id=${`${id}-error`}>${error}</p>`
    : nothing}`;

export function textField(spec: FieldSpec) {
  const id = fieldId(spec.name);
  return html`<div class=${spec.wide ? 'field wide' : 'field'}>
    <label for=${id}>${labelText(spec.label, spec.required)}</label>
    <input
      id=${id}
      name=${spec.name}
      type=${spec.type ?? 'text'}
      class=${spec.upper ? 'upper' : ''}
      .value=${spec.value}
      autocomplete=${ifDefined(spec.autocomplete)}
      maxlength=${ifDefined(spec.maxlength)}
      ?required=${spec.required}
      aria-invalid=${spec.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(id, spec.hint, spec.error))}
    />
    ${messages(id, spec.hint, spec.error)}
  </div>`;
}

export function countryField(spec: Omit<FieldSpec, 'type' | 'maxlength' | 'upper'> & { options: CountryOption[] }) {
  const id = fieldId(spec.name);
  return html`<div class=${spec.wide ? 'field wide' : 'field'}>
    <label for=${id}>${labelText(spec.label, spec.required)}</label>
    <select
      id=${id}
      name=${spec.name}
      autocomplete=${ifDefined(spec.autocomplete)}
      ?required=${spec.required}
      aria-invalid=${spec.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(id, spec.hint, spec.error))}
    >
      <option value="" .selected=${!spec.value}>${msg('Choose a country', { id: 'billing-details-form.choose-country' })}</option>
      ${spec.options.map((c) => html`<option value=${c.code} .selected=${c.code === spec.value}>${c.name}</option>`)}
    </select>
    ${messages(id, spec.hint, spec.error)}
  </div>`;
}
