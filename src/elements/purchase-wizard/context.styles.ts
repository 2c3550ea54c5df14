/** Styles of the balance context and the quick picks on the Credits step (balance-context.ts). */
import { css } from 'lit';

export const contextStyles = css`
  .balance-context {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_spacing) calc(var(--_spacing) * 4);
    margin: calc(var(--_spacing) * 1.5) 0 0;
    padding-top: calc(var(--_spacing) * 1.5);
    border-top: 1px solid var(--_color-border);
  }
  .balance-context dt {
    color: var(--_color-text-muted);
    font-size: 0.85em;
  }
  .balance-context dd {
    margin: 0;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .quick-picks {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_spacing);
  }
  .quick-picks .hint {
    flex-basis: 100%;
    margin: 0;
  }
  .pick {
    font-variant-numeric: tabular-nums;
  }
  .pick[aria-pressed='true'] {
    background: var(--_color-primary);
    border-color: var(--_color-primary);
    color: var(--_color-primary-text);
  }
`;
