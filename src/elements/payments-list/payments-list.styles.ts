import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_spacing);
    margin-bottom: var(--_spacing);
  }
  .head .title {
    margin: 0;
    margin-inline-end: auto;
  }
  /* What was bought: a long custom remark stays on one line (in full in its title and the Details sheet). */
  .desc {
    display: block;
    max-width: 18em;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .small {
    font-size: 0.85em;
  }
  .table-wrap {
    overflow-x: auto;
  }
  .table-wrap.clip {
    overflow: hidden;
  }
  table.data td,
  table.data th[scope='row'] {
    white-space: nowrap;
  }
  table.data th[scope='row'] {
    font-weight: 500;
  }
  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px;
  }
  .btn-action {
    border-color: var(--_color-primary);
    color: var(--_color-primary);
  }
  .generating {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    color: var(--_color-text-muted);
    font-size: 0.9em;
  }
  .spinner {
    display: inline-block;
    width: 0.9em;
    height: 0.9em;
    border: 2px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: credits-spin 0.8s linear infinite;
  }
  @keyframes credits-spin {
    to {
      transform: rotate(360deg);
    }
  }
  .notice:empty {
    display: none;
  }
  .notice {
    margin: 0 0 var(--_spacing);
    padding: var(--_spacing) calc(var(--_spacing) * 1.5);
    border-radius: var(--_radius);
    background: var(--_color-info-bg);
    color: var(--_color-info-text);
  }
  .notice-error {
    margin-bottom: var(--_spacing);
  }
  .empty p {
    margin: 0 0 var(--_spacing);
  }
  .inline-billing {
    margin-bottom: calc(var(--_spacing) * 2.5);
  }
  .inline-head p {
    margin: 0;
  }
  .inline-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_spacing);
    margin-bottom: var(--_spacing);
  }
`;

export const narrowStyles = css`
  /* Narrow containers: each payment becomes a small card with labelled values. */
  @container (max-width: 600px) {
    table.data thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    table.data,
    table.data tbody,
    table.data tr,
    table.data th[scope='row'],
    table.data td {
      display: block;
    }
    table.data tr {
      padding: var(--_spacing) 0;
      border-bottom: 1px solid var(--_color-border);
    }
    table.data th[scope='row'],
    table.data td {
      border: 0;
      padding: 2px 0;
      white-space: normal;
    }
    table.data [data-label] {
      display: flex;
      justify-content: space-between;
      gap: var(--_spacing);
      text-align: end;
    }
    table.data [data-label]::before {
      content: attr(data-label);
      color: var(--_color-text-muted);
      font-weight: normal;
      text-align: start;
      flex: none;
    }
    .desc {
      max-width: none;
      overflow-wrap: anywhere;
    }
    table.data td.actions-cell {
      padding-top: 6px;
    }
  }
`;
