import { css } from 'lit';

export const styles = css`
  .head {
    display: flex;
    align-items: center;
    gap: var(--_spacing);
    margin-bottom: var(--_spacing);
  }
  .head .title {
    margin: 0;
    margin-inline-end: auto;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--_spacing) calc(var(--_spacing) * 1.5);
    margin-bottom: var(--_spacing);
  }
  .controls .field:first-child {
    flex: 1 1 14rem;
  }
  .controls input {
    width: 100%;
  }
  .row-grid {
    display: grid;
    grid-template-columns: minmax(10rem, 2fr) minmax(6rem, 1fr) minmax(5rem, 0.8fr) minmax(8rem, 1.2fr) minmax(6rem, 1fr);
    align-items: center;
    column-gap: calc(var(--_spacing) * 1.5);
    padding: calc(var(--_spacing) * 0.5) var(--_spacing);
    width: 100%;
    box-sizing: border-box;
  }
  .row-grid > * {
    min-width: 0;
  }
  .header {
    border-top: 1px solid var(--_color-border);
    border-bottom: 1px solid var(--_color-border);
    background: var(--_color-surface);
    font-weight: 600;
    font-size: 0.9em;
    color: var(--_color-text-muted);
    scrollbar-gutter: stable;
    overflow: hidden;
  }
  .body {
    max-height: var(--credits-organisations-height, 28rem);
    overflow-y: auto;
    scrollbar-gutter: stable;
  }
  .body.virtual {
    /* The virtualizer contains its size: it needs a definite height. */
    height: var(--credits-organisations-height, 28rem);
  }
  .item {
    width: 100%;
  }
  button.row {
    min-height: 52px;
    border: 0;
    border-bottom: 1px solid var(--_color-border);
    background: transparent;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  button.row:hover {
    background: var(--_color-surface);
  }
  .body.virtual:focus-visible,
  button.row:focus-visible {
    outline: 2px solid var(--_color-focus);
    outline-offset: -2px;
  }
  button.row[data-current] {
    background: var(--_color-surface);
    box-shadow: inset 3px 0 0 var(--_color-primary);
  }
  .c-name {
    display: flex;
    flex-direction: column;
  }
  .name {
    font-weight: 600;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .id {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.8em;
    color: var(--_color-text-muted);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .c-balance {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .c-balance[data-negative] .amount {
    color: var(--_color-danger);
    font-weight: 600;
  }
  .c-flags {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
  }
  .remaining {
    font-size: 0.9em;
    color: var(--_color-text-muted);
  }
  .skeleton-rows .row {
    min-height: 52px;
    border-bottom: 1px solid var(--_color-border);
  }
  .note {
    margin: 0;
    color: var(--_color-text-muted);
  }
  /* Narrow (a sidebar beside the Credits area, a phone): name and balance on the first line, plan, expiry and flags below. */
  .card {
    container-type: inline-size;
  }
  @container (max-width: 40rem) {
    .row-grid {
      grid-template-columns: minmax(0, 1fr) auto;
      grid-template-areas: 'name balance' 'plan expiry' 'flags flags';
      row-gap: 4px;
    }
    .header {
      display: none;
    }
    .c-name {
      grid-area: name;
    }
    .c-balance {
      grid-area: balance;
    }
    .c-plan {
      grid-area: plan;
      font-size: 0.9em;
    }
    .c-expiry {
      grid-area: expiry;
      text-align: end;
    }
    .c-flags {
      grid-area: flags;
    }
  }
`;
