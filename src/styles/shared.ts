/**
 * The pieces every element draws with: card, buttons, badges, skeletons, error panels. Fields, tables, dialogs,
 * rows, list footers, hints, copyable IDs and numeric columns are in forms.ts, with the elements that show them.
 */
import { css } from 'lit';

export const sharedStyles = css`
  /* No API string may widen the page (issue 15): long unbroken text wraps anywhere,
     and flex and grid children may shrink below their longest word. */
  :host {
    overflow-wrap: anywhere;
    min-width: 0;
  }
  .card,
  .card > *,
  .row > *,
  dd,
  td,
  th,
  [role='cell'] {
    min-width: 0;
  }
  .card {
    background: var(--_color-bg);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: calc(var(--_spacing) * 2);
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 var(--_spacing);
    font-size: 1.05em;
    font-weight: 600;
    line-height: 1.3;
  }
  .muted {
    color: var(--_color-text-muted);
  }
  .btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: 36px;
    padding: 0 calc(var(--_spacing) * 1.75);
    border-radius: var(--_radius);
    border: 1px solid var(--_color-border);
    background: var(--_color-bg);
    color: var(--_color-text);
    font: inherit;
    font-weight: 500;
    cursor: pointer;
    text-decoration: none;
  }
  .btn:hover:not(:disabled, [aria-disabled='true']) {
    background: var(--_color-surface);
  }
  .btn-primary {
    background: var(--_color-primary);
    border-color: var(--_color-primary);
    color: var(--_color-primary-text);
  }
  .btn-primary:hover:not(:disabled, [aria-disabled='true']) {
    background: var(--_color-primary);
    filter: brightness(1.1);
  }
  /* Busy buttons stay focusable (aria-disabled) so focus never falls to <body>. */
  .btn:disabled,
  .btn[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .btn-small {
    min-height: 28px;
    padding: 0 var(--_spacing);
    font-size: 0.9em;
  }
  .btn-link {
    border: 0;
    background: none;
    padding: 0;
    min-height: 0;
    color: var(--_color-primary);
    text-decoration: underline;
    font: inherit;
    cursor: pointer;
  }
  a {
    color: var(--_color-primary);
  }
  .badge {
    display: inline-block;
    padding: 0.1em 0.6em;
    border-radius: 999px;
    font-size: 0.85em;
    font-weight: 600;
    white-space: nowrap;
    max-width: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
    background: var(--_color-neutral-bg);
    color: var(--_color-neutral-text);
  }
  .badge[data-tone='success'] {
    background: var(--_color-success-bg);
    color: var(--_color-success-text);
  }
  .badge[data-tone='warning'] {
    background: var(--_color-warning-bg);
    color: var(--_color-warning-text);
  }
  .badge[data-tone='danger'] {
    background: var(--_color-danger-bg);
    color: var(--_color-danger-text);
  }
  .badge[data-tone='info'] {
    background: var(--_color-info-bg);
    color: var(--_color-info-text);
  }
  .skeleton {
    display: block;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_color-skeleton);
    animation: credits-pulse 1.2s ease-in-out infinite;
  }
  @keyframes credits-pulse {
    50% {
      opacity: 0.5;
    }
  }
  /* A calm panel, not a red wall (a total load failure shows one per element): the page's
     surface and border, the text's own colour, and one small danger-coloured icon. The icon is
     generated content with empty alternative text, so every panel, even hand-built ones, has it. */
  .error-panel {
    position: relative;
    border: 1px solid var(--_color-border);
    background: var(--_color-surface);
    color: var(--_color-text);
    border-radius: var(--_radius);
    padding: calc(var(--_spacing) * 1.5);
    padding-inline-start: calc(var(--_spacing) * 1.5 + 1.25em + var(--_spacing));
  }
  .error-panel::before {
    content: '!' / '';
    position: absolute;
    inset-inline-start: calc(var(--_spacing) * 1.5);
    top: calc(var(--_spacing) * 1.5 + 0.1em);
    width: 1.25em;
    height: 1.25em;
    border-radius: 50%;
    background: var(--_color-danger);
    color: var(--_color-bg);
    font-weight: 700;
    font-size: 1em;
    line-height: 1.25em;
    text-align: center;
  }
  .error-panel p {
    margin: 0 0 var(--_spacing);
  }
  .error-panel .request-id {
    color: var(--_color-text-muted);
    font-size: 0.9em;
  }
  .error-panel code {
    font-size: 0.9em;
    word-break: break-all;
  }
`;
