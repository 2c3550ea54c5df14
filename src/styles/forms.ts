/**
 * Form fields, data tables, dialogs, rows, list footers, hints, copyable IDs and numeric cells: apart from
 * the shared styles every element carries, so an element that shows none of them (the balance, until its
 * Add Credits dialog loads) does not carry them.
 * Elements with fields, tables or dialogs list `formStyles` after `CreditsElement.styles`; a part loaded
 * on demand into an element without them calls `adoptFormStyles(host)`.
 */
import { css } from 'lit';
import { adoptStyles } from './adopt.js';

export const formStyles = css`
  .field {
    display: grid;
    gap: 4px;
  }
  .field label {
    font-weight: 500;
  }
  .field input,
  .field select,
  .field textarea {
    font: inherit;
    color: var(--_color-text);
    background: var(--_color-bg);
    border: 1px solid var(--_color-control-border);
    border-radius: calc(var(--_radius) / 1.5);
    padding: 6px 10px;
    min-height: 36px;
  }
  .field [aria-invalid='true'] {
    border-color: var(--_color-danger);
  }
  .field-error {
    color: var(--_color-danger);
    font-size: 0.9em;
    margin: 0;
  }
  table.data {
    width: 100%;
    border-collapse: collapse;
  }
  table.data caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: var(--_spacing);
  }
  table.data th,
  table.data td {
    text-align: start;
    padding: 6px 8px;
    border-bottom: 1px solid var(--_color-border);
    vertical-align: middle;
  }
  table.data th {
    font-weight: 600;
    color: var(--_color-text-muted);
    font-size: 0.9em;
  }
  dialog {
    color: var(--_color-text);
    background: var(--_color-bg);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: calc(var(--_spacing) * 2.5);
    max-width: min(480px, calc(100vw - 32px));
  }
  dialog::backdrop {
    background: rgb(15 23 42 / 0.45);
  }
  dialog.sheet {
    margin: 0 0 0 auto;
    height: 100vh;
    max-height: 100vh;
    width: min(440px, 100vw);
    max-width: 100vw;
    border-radius: 0;
    overflow: auto;
  }
  .dialog-actions {
    display: flex;
    justify-content: flex-end;
    gap: var(--_spacing);
    margin-top: calc(var(--_spacing) * 2);
  }
  /* A list's filter row (usage table, payments): fields side by side, wrapping; a range error on its own line. */
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_spacing) calc(var(--_spacing) * 1.5);
    margin-bottom: calc(var(--_spacing) * 1.5);
  }
  .filters .field label {
    font-size: 0.9em;
  }
  .filters .field-error {
    flex-basis: 100%;
  }
  /* From shared.ts: rows, a paged list's footer, empty lists, hints, IDs and numeric cells (the balance shows none). */
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_spacing);
  }
  /* The footer of a paged list (src/ui/list-footer.ts): status, notice, Load more or its error. */
  .foot {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_spacing);
    margin-top: var(--_spacing);
  }
  .foot .error-panel {
    flex-basis: 100%;
  }
  .empty {
    color: var(--_color-text-muted);
    padding: calc(var(--_spacing) * 2) 0;
    text-align: center;
  }
  .hint {
    color: var(--_color-text-muted);
    font-size: 0.9em;
    margin: 0;
  }
  .num {
    text-align: end !important;
    font-variant-numeric: tabular-nums;
  }
  /* IDs support asks for (payment IDs): monospace at full contrast, never the faintest text; a Copy button beside (src/ui/copy.ts). */
  code.id {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
    color: var(--_color-text);
  }
  .copy {
    margin-inline-start: 6px;
    font-size: 0.85em;
    white-space: nowrap;
  }
  .copy-status.failed {
    margin: var(--_spacing) 0 0;
    color: var(--_color-danger-text);
    font-size: 0.9em;
  }
`;

/** Adds `formStyles` to an element's shadow root after it rendered (a part loaded on demand, e.g. the balance's Add Credits dialog). */
export const adoptFormStyles = (host: HTMLElement): void => adoptStyles(host, formStyles);
