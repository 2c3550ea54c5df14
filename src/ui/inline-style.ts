/**
 * `inlineStyle({ width: '6em', '--bar': '40%' })`: inline CSS properties set
 * through CSSOM (`element.style.setProperty`) on every render, the first
 * included. Strict CSPs (`style-src 'self'`, no 'unsafe-inline') block style
 * *attributes* (`style="…"`, and Lit's `styleMap`, which writes the attribute
 * on its first render) but allow CSSOM, so elements size things with this.
 *
 *   html`<span class="skeleton" ${inlineStyle({ width, height })}></span>`
 *
 * Property names are CSS names (`max-width`, `--credits-x`), not camelCase.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

export type InlineStyles = Readonly<Record<string, string | undefined | null>>;

class InlineStyleDirective extends Directive {
  private readonly applied = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('inlineStyle() goes in an element, not in an attribute: <span ${inlineStyle({...})}>.');
  }

  render(_styles: InlineStyles): unknown {
    return noChange;
  }

  override update(part: ElementPart, [styles]: [InlineStyles]): unknown {
    const { style } = part.element as HTMLElement;
    for (const name of this.applied) {
      if (styles[name] == null) {
        style.removeProperty(name);
        this.applied.delete(name);
      }
    }
    for (const [name, value] of Object.entries(styles)) {
      if (value == null) continue;
      style.setProperty(name, value);
      this.applied.add(name);
    }
    return noChange;
  }
}

export const inlineStyle = directive(InlineStyleDirective);
