import { css } from 'lit';

export const styles = css`
  :host {
    --_balance-font-size: var(--credits-balance-font-size, 2.25em);
  }
  .card {
    position: relative;
    display: grid;
    /* A card stretched to its row (<credits-area>) keeps its lines at the top: spread over the spare height, the
       title moved when the data changed how much height was spare (#17.25). */
    align-content: start;
    gap: calc(var(--_spacing) * 1.5);
  }
  .head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_spacing);
    min-height: 28px;
  }
  .head .title {
    margin: 0;
    color: var(--_color-text-muted);
    font-weight: 600;
  }
  .amount-line {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.4em;
    margin: 0;
    font-size: var(--_balance-font-size);
    line-height: 1.2;
    min-height: 1.2em;
  }
  .amount {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    letter-spacing: -0.01em;
  }
  .amount-line[data-negative] .amount {
    color: var(--_color-danger);
  }
  .amount-line[data-low] .amount {
    color: var(--_color-warning-text);
  }
  .low-note {
    margin: calc(var(--_spacing) * -0.5) 0 0;
    color: var(--_color-warning-text);
    max-width: 60ch;
  }
  .runway {
    margin: 0;
    min-height: 1.5em;
    max-width: 60ch;
  }
  /* The runway's two lines as grey words of their text's size: the basis wraps where its text will (390 px). */
  .runway-pending .skeleton {
    display: inline-block;
    vertical-align: middle;
  }
  .runway-basis {
    display: block;
    font-size: 0.9em;
  }
  .unit {
    font-size: calc(var(--_font-size) * 1.05);
    color: var(--_color-text-muted);
  }
  .amount-line .badge {
    font-size: calc(var(--_font-size) * 0.85);
    align-self: center;
  }
  .negative-note {
    margin: calc(var(--_spacing) * -0.5) 0 0;
    color: var(--_color-danger);
    max-width: 60ch;
  }
  .cost {
    display: flex;
    align-items: center;
    gap: var(--_spacing);
    min-height: 28px;
  }
  .cost-label {
    color: var(--_color-text-muted);
  }
  .cost-value {
    min-width: 5ch;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .mask {
    letter-spacing: 0.1em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_spacing);
  }
  .actions .skeleton {
    display: inline-block;
  }
  .notice {
    margin: 0;
    color: var(--_color-success-text);
    font-weight: 500;
  }
  .notice[data-empty] {
    /* Kept in the accessibility tree (a live region must exist before it speaks), out of the layout. */
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
  }
`;
