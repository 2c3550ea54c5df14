import { css } from 'lit';

export const styles = css`
  /* The heading takes focus only to be announced (tabindex -1): no ring. */
  .title:focus {
    outline: none;
  }
  .intro {
    margin: 0 0 calc(var(--_spacing) * 1.5);
  }
  .note {
    margin: 0 0 calc(var(--_spacing) * 1.5);
    padding: var(--_spacing) calc(var(--_spacing) * 1.5);
    border-radius: var(--_radius);
    background: var(--_color-info-bg);
    color: var(--_color-info-text);
  }
  form,
  .form-placeholder {
    max-width: 56rem;
    display: grid;
    gap: calc(var(--_spacing) * 2);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-bottom: var(--_spacing);
    font-weight: 600;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 220px), 1fr));
    gap: calc(var(--_spacing) * 1.5) calc(var(--_spacing) * 2);
    align-items: start;
  }
  .grid.shipping {
    margin-bottom: calc(var(--_spacing) * 1.5);
  }
  .field.wide {
    grid-column: 1 / -1;
  }
  .field .skeleton + .skeleton {
    margin-top: 4px;
  }
  .optional {
    color: var(--_color-text-muted);
    font-weight: 400;
    font-size: 0.9em;
  }
  input.upper {
    text-transform: uppercase;
  }
  .country-first {
    align-self: end;
    padding-bottom: 8px;
  }
  .switch {
    display: inline-flex;
    align-items: center;
    gap: var(--_spacing);
    margin-bottom: calc(var(--_spacing) * 1.5);
    cursor: pointer;
  }
  .switch input {
    appearance: none;
    position: relative;
    width: 36px;
    height: 20px;
    margin: 0;
    border-radius: 999px;
    background: var(--_color-control-border);
    cursor: pointer;
    flex: none;
  }
  .switch input::after {
    content: '';
    position: absolute;
    top: 2px;
    left: 2px;
    width: 16px;
    height: 16px;
    border-radius: 50%;
    background: var(--_color-bg);
    transition: transform 0.15s;
  }
  .switch input:checked {
    background: var(--_color-primary);
  }
  .switch input:checked::after {
    transform: translateX(16px);
  }
  .error-panel > :last-child {
    margin-bottom: 0;
  }
  .error-panel ul {
    margin: 0 0 var(--_spacing);
    padding-inline-start: 1.2em;
  }
  .form-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: var(--_spacing);
    padding-top: calc(var(--_spacing) * 1.5);
    border-top: 1px solid var(--_color-border);
  }
  .status {
    margin: 0 auto 0 0;
  }
  .saved {
    color: var(--_color-success-text);
    background: var(--_color-success-bg);
    padding: 4px 10px;
    border-radius: 999px;
    font-weight: 600;
  }
  .unsaved {
    color: var(--_color-warning-text);
    background: var(--_color-warning-bg);
    padding: 4px 10px;
    border-radius: 999px;
    font-weight: 600;
  }
  /* Loading: the form itself, inert, its controls skeletons of themselves (#17.25). */
  .pending :is(input, select),
  .pending .switch input:checked {
    color: transparent;
    border-color: transparent;
    background: var(--_color-skeleton);
  }
  .pending .switch input::after {
    visibility: hidden;
  }
  .pending .form-actions {
    visibility: hidden;
  }
`;
