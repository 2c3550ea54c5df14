/**
 * Headings at the level the host asks for (`heading-level`): one outline per
 * page. Each element's title sits at its `heading-level` (default 2) and the
 * headings inside it one level below. The tag changes with the level, the look
 * does not: style headings by class, never by tag.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** A level from an attribute value: whole numbers 1–6; anything else gives `fallback`. */
export function toHeadingLevel(value: unknown, fallback: HeadingLevel = 2): HeadingLevel {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 6 ? (n as HeadingLevel) : fallback;
}

/** One level below `level` (6 stays 6: HTML has no h7). */
export const below = (level: HeadingLevel): HeadingLevel => Math.min(level + 1, 6) as HeadingLevel;

export interface HeadingOptions {
  id?: string;
  class?: string;
  part?: string;
  /** Focusable by script only (tabindex -1): a focus target on navigation, never a Tab stop. */
  focusable?: boolean;
}

/** `<h{level}>` with the given id, class, part and content. */
export function heading(level: HeadingLevel, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const id = ifDefined(options.id);
  const cls = ifDefined(options.class);
  const part = ifDefined(options.part);
  const tabindex = ifDefined(options.focusable ? '-1' : undefined);
  switch (level) {
    case 1:
      return html`<h1 id=${id} class=${cls} part=${part} tabindex=${tabindex}>${content}</h1>`;
    case 2:
      return html`<h2 id=${id} class=${cls} part=${part} tabindex=${tabindex}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} class=${cls} part=${part} tabindex=${tabindex}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} class=${cls} part=${part} tabindex=${tabindex}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} class=${cls} part=${part} tabindex=${tabindex}>${content}</h5>`;
    case 6:
      return html`<h6 id=${id} class=${cls} part=${part} tabindex=${tabindex}>${content}</h6>`;
  }
}
