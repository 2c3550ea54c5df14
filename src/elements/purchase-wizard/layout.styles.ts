/** The wizard's layout: each step's body with the order summary beside it (or under it), and the outcome's receipt. */
import { css } from 'lit';

export const layoutStyles = css`
  /* A step (and an outcome): its body, the order summary (or receipt) beside it, the actions, what
     follows them. Narrow: one column, the summary under the body and above the actions. Wide (a
     container query on the wizard, so a narrow host gets the narrow layout): the summary beside. */
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'main' 'side' 'actions' 'after';
    column-gap: calc(var(--_spacing) * 4);
  }
  .layout > .main {
    grid-area: main;
    min-width: 0;
  }
  .layout > .side {
    grid-area: side;
    min-width: 0;
    margin-top: calc(var(--_spacing) * 2);
    background: var(--_color-surface);
    border-radius: var(--_radius);
    padding: calc(var(--_spacing) * 1.5);
  }
  .layout > .actions {
    grid-area: actions;
  }
  .layout > .gate,
  .layout > .support {
    grid-area: after;
  }
  @container (min-width: 760px) {
    .layout.with-side {
      grid-template-columns: minmax(0, 1fr) minmax(18rem, 24rem);
      grid-template-areas: 'main side' 'actions side' 'after side';
      /* A taller summary lengthens the last row, never the gap between the body and its actions. */
      grid-template-rows: auto auto 1fr;
    }
    .layout.with-side > .side {
      margin-top: 0;
      align-self: start;
      position: sticky;
      top: var(--_spacing);
    }
  }
  /* The outcome's receipt: terms in one column, values in the next, every value at one x (#17.22). */
  .receipt {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    column-gap: calc(var(--_spacing) * 3);
    margin: 0;
  }
  .receipt > div {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    align-items: baseline;
    padding: 6px 0;
    border-bottom: 1px solid var(--_color-border);
  }
  .receipt > div:last-child {
    border-bottom: 0;
  }
  .receipt dt {
    color: var(--_color-text-muted);
  }
  .receipt dd {
    margin: 0;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .receipt .lead dd {
    font-size: 1.25em;
    line-height: 1.3;
    min-height: 1.3em;
  }
`;
