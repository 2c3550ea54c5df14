/**
 * axe-core in a page or frame of the built Storybook, at the project's WCAG 2.2 AA tags (a11y-tags.ts):
 * the a11y project runs it over each story's own iframe, the docs project over every story block of a
 * docs page (inline stories in the page, framed ones in their frame).
 */
import type { Frame, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { AXE_TAGS } from './a11y-tags.js';

export interface AxeViolation {
  id: string;
  impact?: string;
  help: string;
  nodes: { target: string; summary?: string }[];
}

const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/**
 * axe's violations over the elements a selector matches (shadow roots included), keyed by each element's id
 * (`null`: it has none). One axe run covers them all: axe walks the whole document on every run, so a run
 * per story on a docs page that holds dozens of them would cost each story the whole page again.
 */
export async function axeViolations(where: Page | Frame, selector: string): Promise<Record<string, AxeViolation[]>> {
  if (!(await where.evaluate(() => 'axe' in window))) await where.addScriptTag({ content: axeSource });
  return where.evaluate(
    async ({ selector, tags }) => {
      type Node_ = { target: unknown[]; failureSummary?: string; element?: Element };
      type Result = { violations: { id: string; impact?: string; help: string; nodes: Node_[] }[] };
      const axe = (window as unknown as { axe: { run: (context: object, options: object) => Promise<Result> } }).axe;
      const roots = [...document.querySelectorAll(selector)];
      const found: Record<string, AxeViolation[]> = Object.fromEntries(roots.map((root) => [root.id || 'null', []]));
      if (roots.length === 0) return found;
      const r = await axe.run({ include: roots }, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'], elementRef: true });
      /** The matched root that holds a node, across shadow boundaries. */
      const rootOf = (node: Element | undefined) => {
        for (let at: Node | null | undefined = node; at; at = at.parentNode ?? (at as ShadowRoot).host ?? null) {
          if (roots.includes(at as Element)) return at as Element;
        }
        return roots[0]!;
      };
      for (const v of r.violations) {
        const byRoot = new Map<Element, Node_[]>();
        for (const n of v.nodes) byRoot.set(rootOf(n.element), [...(byRoot.get(rootOf(n.element)) ?? []), n]);
        for (const [root, nodes] of byRoot) {
          found[root.id || 'null']!.push({
            id: v.id,
            impact: v.impact,
            help: v.help,
            nodes: nodes.map((n) => ({ target: n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' , '), summary: n.failureSummary?.split('\n').slice(0, 3).join(' ') })),
          });
        }
      }
      return found;
    },
    { selector, tags: AXE_TAGS },
  );
}

/** Violations as lines a person can read: rule, impact, help, then each node's target and summary. */
export const describeViolations = (violations: AxeViolation[]): string[] =>
  violations.map((v) => `${v.id} [${v.impact}] ${v.help}\n${v.nodes.map((n) => `  ${n.target}${n.summary ? `\n    ${n.summary}` : ''}`).join('\n')}`);
