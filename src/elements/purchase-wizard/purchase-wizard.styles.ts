import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
  }
  /* As wide as its container: a wide wizard puts the order summary beside the form (#17.14). */
  .wizard {
    display: grid;
    gap: calc(var(--_spacing) * 2);
  }
  .title {
    font-size: 1.3em;
    margin: 0;
  }
  .step-title {
    font-size: 1.15em;
    margin-bottom: calc(var(--_spacing) * 1.5);
  }
  /* Headings take focus only to move the screen reader along; they are not controls. */
  .step-title:focus {
    outline: none;
  }
  .loading {
    display: grid;
    gap: calc(var(--_spacing) * 2);
  }

  /* The step panel */
  .panel {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: calc(var(--_spacing) * 2.5);
    background: var(--_color-bg);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_spacing);
    justify-content: flex-end;
    margin-top: calc(var(--_spacing) * 3);
    padding-top: calc(var(--_spacing) * 2);
    border-top: 1px solid var(--_color-border);
  }
  .outcome .actions {
    justify-content: flex-start;
  }
  .gate {
    text-align: end;
    margin-top: var(--_spacing);
  }

  /* Plan cards */
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  .plans {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(190px, 1fr));
    gap: calc(var(--_spacing) * 1.5);
  }
  .plan {
    display: grid;
    align-content: start;
    gap: var(--_spacing);
    cursor: pointer;
    padding: calc(var(--_spacing) * 1.75);
  }
  .plan:hover {
    background: var(--_color-surface);
  }
  .plan[data-selected] {
    border-color: var(--_color-primary);
    box-shadow: 0 0 0 1px var(--_color-primary);
  }
  .plan:focus-within {
    outline: 2px solid var(--_color-focus);
    outline-offset: 2px;
  }
  .plan.disabled {
    cursor: default;
    background: var(--_color-surface);
    border-style: dashed;
  }
  .plan.disabled .plan-head {
    color: var(--_color-text-muted);
  }
  .plan-head {
    display: flex;
    align-items: center;
    gap: var(--_spacing);
    font-size: 1.05em;
  }
  .plan-head input {
    margin: 0;
    width: 1.1em;
    height: 1.1em;
    accent-color: var(--_color-primary);
  }
  .plan-body {
    display: grid;
    gap: 6px;
    font-size: 0.95em;
  }
  .price {
    font-size: 1.15em;
    font-weight: 600;
  }
  .price .muted {
    font-size: 0.8em;
    font-weight: 400;
  }
  .warning-text {
    color: var(--_color-warning-text);
    font-weight: 500;
  }

  /* Notices */
  .notice {
    margin: 0 0 calc(var(--_spacing) * 1.5);
    padding: var(--_spacing) calc(var(--_spacing) * 1.5);
    border-radius: var(--_radius);
    background: var(--_color-info-bg);
    color: var(--_color-info-text);
  }
  .notice[data-tone='warning'] {
    background: var(--_color-warning-bg);
    color: var(--_color-warning-text);
  }

  /* Credits step */
  .chosen {
    margin: calc(var(--_spacing) * -1) 0 calc(var(--_spacing) * 2);
  }
  .fields {
    display: grid;
    gap: calc(var(--_spacing) * 2);
    align-content: start;
  }
  .field input,
  .field textarea {
    max-width: 100%;
  }
  #credits,
  #amount {
    max-width: 16em;
    font-variant-numeric: tabular-nums;
  }
  textarea {
    resize: vertical;
  }
  .counter {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .counter[data-over] {
    color: var(--_color-danger);
    font-weight: 600;
  }

  /* Review, payment, outcomes */
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_spacing) calc(var(--_spacing) * 4);
    margin: 0 0 calc(var(--_spacing) * 2);
  }
  .facts dt {
    color: var(--_color-text-muted);
    font-size: 0.85em;
  }
  .facts dd {
    margin: 0;
    font-weight: 600;
  }
  .facts .remark {
    font-weight: 400;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    max-width: 40em;
  }
  .status:empty {
    display: none;
  }
  .status {
    margin: var(--_spacing) 0 0;
  }
  .to-pay {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_spacing);
    margin: 0 0 calc(var(--_spacing) * 2);
  }
  .to-pay .amount {
    font-size: 1.6em;
    font-variant-numeric: tabular-nums;
  }
  .consent {
    display: flex;
    align-items: flex-start;
    gap: var(--_spacing);
    padding: calc(var(--_spacing) * 1.5);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    margin-bottom: calc(var(--_spacing) * 2);
  }
  .consent input {
    margin: 0.15em 0 0;
    width: 1.15em;
    height: 1.15em;
    accent-color: var(--_color-primary);
  }
  .gateway-note {
    margin: 0 0 calc(var(--_spacing) * 2);
  }
  .error-panel {
    margin-bottom: calc(var(--_spacing) * 2);
  }
  .error-panel:focus {
    outline: none;
  }
  .icon {
    display: inline-grid;
    place-items: center;
    width: 1.6em;
    height: 1.6em;
    border-radius: 50%;
    margin-inline-end: 4px;
    font-size: 0.9em;
  }
  .icon.success {
    background: var(--_color-success-bg);
    color: var(--_color-success-text);
  }
  .icon.pending {
    background: var(--_color-warning-bg);
    color: var(--_color-warning-text);
  }
  .icon.failed {
    background: var(--_color-danger-bg);
    color: var(--_color-danger-text);
  }
  .outcome p {
    margin: 0 0 calc(var(--_spacing) * 2);
    max-width: 60ch;
  }
  @container (max-width: 480px) {
    .stepper .text {
      font-size: 0.85em;
    }
    .panel {
      padding: calc(var(--_spacing) * 1.5);
    }
  }
`;
