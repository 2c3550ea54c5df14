import { css } from 'lit';

export const styles = css`
  :host {
    max-width: 640px;
  }
  .card {
    display: grid;
    gap: calc(var(--_spacing) * 2);
  }
  .title {
    margin: 0;
    color: var(--_color-text-muted);
    font-size: 0.95em;
    font-weight: 600;
    text-transform: none;
  }
  .plan-block {
    display: grid;
    gap: calc(var(--_spacing) / 2);
  }
  .plan-name {
    margin: 0;
    font-size: 1.6em;
    font-weight: 700;
    line-height: 1.2;
    overflow-wrap: anywhere;
  }
  .meaning {
    margin: 0;
    color: var(--_color-text-muted);
  }
  .facts {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: var(--_spacing) calc(var(--_spacing) * 3);
    margin: 0;
    padding: calc(var(--_spacing) * 1.5) 0;
    border-block: 1px solid var(--_color-border);
  }
  .facts > div {
    display: contents;
  }
  dt {
    color: var(--_color-text-muted);
  }
  dd {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_spacing);
  }
  .date,
  .num-inline {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .remaining {
    color: var(--_color-text-muted);
  }
  .offer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_spacing) * 1.5);
    padding: calc(var(--_spacing) * 1.5);
    border-radius: var(--_radius);
    background: var(--_color-info-bg);
    color: var(--_color-info-text);
  }
  .offer p {
    margin: 0;
    flex: 1 1 18em;
  }
  .note,
  .support {
    margin: 0;
  }
  .note {
    padding: var(--_spacing) calc(var(--_spacing) * 1.5);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
  }
  .support {
    color: var(--_color-text-muted);
  }
  .support a {
    overflow-wrap: anywhere;
  }
  .facts-skeleton,
  .footer-skeleton {
    display: grid;
    gap: var(--_spacing);
  }
  .facts-skeleton {
    padding: calc(var(--_spacing) * 1.5) 0;
    border-block: 1px solid var(--_color-border);
  }
`;
