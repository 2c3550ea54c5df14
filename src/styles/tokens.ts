/**
 * Design tokens. Hosts theme the elements by setting `--credits-*` custom
 * properties anywhere above them (they inherit through shadow roots). Each
 * element maps them, with these defaults, to private `--_` variables on :host.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';

export const lightTokens = {
  'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Devanagari", sans-serif',
  // rem, not px: text follows the reader's browser text size (1.4.4); 0.875rem is 14px at the default 16px.
  'font-size': '0.875rem',
  'radius': '8px',
  'spacing': '8px',
  'color-bg': '#ffffff',
  'color-surface': '#f8fafc',
  'color-text': '#0f172a',
  'color-text-muted': '#475569',
  'color-border': '#cbd5e1',
  // Edges that identify a control (fields, the switch track, the stepper): ≥ 3:1 on bg and surface (1.4.11).
  'color-control-border': '#64748b',
  'color-primary': '#1d4ed8',
  'color-primary-text': '#ffffff',
  'color-focus': '#2563eb',
  'color-danger': '#b91c1c',
  'color-skeleton': '#e2e8f0',
  'color-success-bg': '#dcfce7',
  'color-success-text': '#14532d',
  'color-warning-bg': '#fef3c7',
  'color-warning-text': '#78350f',
  'color-danger-bg': '#fee2e2',
  'color-danger-text': '#7f1d1d',
  'color-info-bg': '#dbeafe',
  'color-info-text': '#1e3a8a',
  'color-neutral-bg': '#e2e8f0',
  'color-neutral-text': '#1e293b',
  'color-scheme': 'light',
} as const;

export type TokenName = keyof typeof lightTokens;

export const darkTokens: Record<TokenName, string> = {
  ...lightTokens,
  'color-bg': '#0f172a',
  'color-surface': '#1e293b',
  'color-text': '#f1f5f9',
  'color-text-muted': '#cbd5e1',
  'color-border': '#475569',
  'color-control-border': '#94a3b8',
  'color-primary': '#93c5fd',
  'color-primary-text': '#0f172a',
  'color-focus': '#93c5fd',
  'color-danger': '#fca5a5',
  'color-skeleton': '#334155',
  'color-success-bg': '#14532d',
  'color-success-text': '#dcfce7',
  'color-warning-bg': '#78350f',
  'color-warning-text': '#fef3c7',
  'color-danger-bg': '#7f1d1d',
  'color-danger-text': '#fee2e2',
  'color-info-bg': '#1e3a8a',
  'color-info-text': '#dbeafe',
  'color-neutral-bg': '#334155',
  'color-neutral-text': '#f1f5f9',
  'color-scheme': 'dark',
};

const declarations = (tokens: Record<string, string>, target: (name: string) => string) =>
  unsafeCSS(
    Object.entries(tokens)
      .map(([name, value]) => `${target(name)}: var(--credits-${name}, ${value});`)
      .join('\n'),
  );

/** Setting `--credits-*` to the dark palette (used by `theme="dark"` on the provider). */
export const darkThemeDeclarations = (): CSSResult =>
  unsafeCSS(
    Object.entries(darkTokens)
      .map(([name, value]) => `--credits-${name}: ${value};`)
      .join('\n'),
  );

/** :host styles every element shares: tokens, typography, focus, reduced motion. */
export const baseStyles = css`
  :host {
    ${declarations(lightTokens, (n) => `--_${n}`)}
    display: block;
    box-sizing: border-box;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.5;
    color: var(--_color-text);
    /* Native controls (date pickers, selects, scrollbars) follow the palette. */
    color-scheme: var(--_color-scheme);
    -webkit-text-size-adjust: 100%;
  }
  :host([theme='dark']) {
    ${declarations(darkTokens, (n) => `--_${n}`)}
  }
  :host([hidden]) {
    display: none;
  }
  /* border-box whatever the page says: a page's rule on the host outweighs :host, and a reset that makes
     the host content-box would otherwise grow every padded control (a 36 px select drawn 50 px tall). */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 2px solid var(--_color-focus);
    outline-offset: 2px;
  }
  /* Contact-support links stand alone on their line: a 24 px target (WCAG 2.2 target size). */
  .support-link {
    display: inline-block;
    padding-block: 0.25rem;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;
