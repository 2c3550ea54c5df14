/** Styles of the stepper and the order summary (kept apart so no style file grows past a screenful or two). */
import { css } from 'lit';

export const stepperStyles = css`
  /* Stepper */
  .stepper {
    display: grid;
    grid-template-columns: repeat(4, 1fr);
    gap: var(--_spacing);
    list-style: none;
    margin: 0;
    padding: 0;
    counter-reset: step;
  }
  .stepper li {
    display: flex;
    align-items: center;
    gap: var(--_spacing);
    padding-top: var(--_spacing);
    border-top: 3px solid var(--_color-control-border);
    color: var(--_color-text-muted);
    font-weight: 500;
    min-width: 0;
  }
  .stepper li[data-state='done'] {
    border-top-color: var(--_color-primary);
    color: var(--_color-text);
  }
  .stepper li[data-state='current'] {
    border-top-color: var(--_color-primary);
    color: var(--_color-text);
    font-weight: 600;
  }
  .dot {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 1.75em;
    height: 1.75em;
    border-radius: 50%;
    border: 1px solid var(--_color-control-border);
    font-size: 0.85em;
    font-variant-numeric: tabular-nums;
  }
  [data-state='current'] .dot,
  [data-state='done'] .dot {
    background: var(--_color-primary);
    border-color: var(--_color-primary);
    color: var(--_color-primary-text);
  }
  /* A step's name is never cut: it wraps between words, never inside one (no "Cred…", no "क्रे…"). */
  .text {
    min-width: 0;
    white-space: normal;
    overflow-wrap: normal;
    hyphens: none;
  }
  .of {
    display: none;
  }
  /* Narrow (a phone): the other steps shrink to their dots (their names stay for screen readers) and
     the current step reads whole, "Step 2 of 4: Credits" (#17.12, #22.5). */
  @container (max-width: 36rem) {
    .stepper {
      display: flex;
    }
    .stepper li {
      flex: 1 1 0;
      min-width: 1.75em;
    }
    .stepper li[data-state='current'] {
      flex: 4 1 auto;
    }
    .stepper li:not([data-state='current']) .text {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    [data-state='current'] .of {
      display: inline;
    }
  }

`;

export const summaryStyles = css`
  /* Summary */
  table.summary caption {
    font-size: 1em;
  }
  table.summary th {
    color: var(--_color-text);
    font-weight: 500;
    font-size: 1em;
  }
  /* An amount (or the place of supply) is never split over two lines ("₹1,50" / "0.00" at 390 px): the line's name wraps instead. */
  table.summary td {
    white-space: nowrap;
  }
  table.summary[aria-busy='true'] td {
    color: var(--_color-text-muted);
  }
  .line-detail {
    display: block;
    font-size: 0.85em;
    font-weight: 400;
  }
  table.summary .totals th,
  table.summary .totals td {
    border-bottom: 0;
    padding-top: 4px;
    padding-bottom: 4px;
  }
  table.summary .totals tr:first-child th,
  table.summary .totals tr:first-child td {
    padding-top: var(--_spacing);
  }
  table.summary .totals tr.total th,
  table.summary .totals tr.total td {
    font-weight: 700;
    font-size: 1.1em;
    border-top: 1px solid var(--_color-border);
    padding-top: var(--_spacing);
  }
  .mono {
    font-family: ui-monospace, SFMono-Regular, Menlo, monospace;
    font-size: 0.95em;
  }
  /* The GST split under the GST line: indented, smaller. */
  table.summary .totals tr.tax-component th,
  table.summary .totals tr.tax-component td {
    padding-top: 0;
    font-size: 0.9em;
    color: var(--_color-text-muted);
  }
  table.summary .totals tr.tax-component th {
    padding-inline-start: calc(var(--_spacing) * 1.5);
  }

`;
