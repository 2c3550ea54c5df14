/**
 * One labelled form control with its hint and error, wired for assistive
 * technology: the hint is `<id>-hint`, the error `<id>-error`, and the control
 * gets `aria-invalid` and `aria-describedby` naming what is shown.
 */
import { html, nothing, type TemplateResult } from 'lit';

export interface FieldOptions {
  /** The control's id. */
  id: string;
  label: unknown;
  /** Shown under the control. */
  hint?: unknown;
  /** Shown right under the control (before the hint and any counter), in the danger colour; makes the control `aria-invalid`. */
  error?: string;
  /** Further ids describing the control (e.g. a counter passed as `extra`). */
  describedBy?: string[];
  /** Classes of the wrapper (default `field`). */
  className?: string;
}

export interface FieldAria {
  invalid: 'true' | 'false';
  describedBy: string | undefined;
}

export function field(options: FieldOptions, control: (aria: FieldAria) => TemplateResult, extra?: unknown): TemplateResult {
  const { id, hint, error } = options;
  // The error is read first and shown first: right under the control, where the eye is, not below the hint and counter.
  const describedBy = [error ? `${id}-error` : '', hint ? `${id}-hint` : '', ...(options.describedBy ?? [])].filter(Boolean).join(' ') || undefined;
  return html`<div class=${options.className ?? 'field'}>
    <label for=${id}>${options.label}</label>
    ${control({ invalid: error ? 'true' : 'false', describedBy })}
    ${error ? html`<p class="field-error" id=${`${id}-error`}>${error}</p>` : nothing}
    ${hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing}${extra ?? nothing}
  </div>`;
}
