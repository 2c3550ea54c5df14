import type { CSSResult } from 'lit';

/**
 * Adds `styles` to an element's shadow root (after the ones it has): for a part loaded on demand, whose
 * style rules come with it rather than with the element (the balance's advice panel, its Add Credits dialog).
 */
export function adoptStyles(host: HTMLElement, styles: CSSResult): void {
  const root = host.shadowRoot;
  const sheet = styles.styleSheet;
  if (!root || !sheet || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
