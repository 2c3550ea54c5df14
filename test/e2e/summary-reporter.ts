/**
 * Closes each Playwright project's run with one plain line, and writes the figures
 * `npm run verify` reads (.tmp/verify/<suite>.json, one JSON object a line):
 *
 *   csp: 18/18 checks passed, 0 violations, 0 page errors (41.2s)
 *   hosts: 2 passed, 0 failed
 *   a11y: 80 stories checked (axe-core 4.x, wcag2a, …), 0 violations in 0 stories (63.0s)
 *   docs: 13 docs pages, 171 story blocks, 0 problems, 0 pages failed; axe: 160 stories checked (axe-core 4.x, …), 0 violations (95.0s)
 *   screenshots: 160 written to .tmp/screenshots/, 0 failed
 *
 * The specs annotate what is counted: `check` / `check-failed` (csp.spec.ts through support.ts
 * check()), `csp-violation`, `page-error`, `axe-violations` (rule id, node count), `story-phase`, `docs-stories` (story blocks and problems of a docs page), `axe-story` (a story the docs pass ran axe over).
 */
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { AXE_TAGS } from './a11y-tags.js';

interface Run {
  test: TestCase;
  result: TestResult;
}

/** Annotations made while the test ran (TestResult's; TestCase's also holds them, so they are read once). */
const annotations = (runs: Run[], type: string) => runs.flatMap(({ result }) => result.annotations.filter((a) => a.type === type));
const passed = (run: Run) => run.result.status === 'passed' || run.result.status === 'skipped';

function writeFigures(suite: string, rows: { figure: string; value: number; expected: number | null }[]) {
  mkdirSync('.tmp/verify', { recursive: true });
  writeFileSync(`.tmp/verify/${suite}.json`, rows.map((r) => JSON.stringify({ suite, ...r })).join('\n') + '\n');
}

const axeName = () => `axe-core ${(JSON.parse(readFileSync('node_modules/axe-core/package.json', 'utf8')) as { version: string }).version}, ${AXE_TAGS.join(', ')}`;

/** Writes the a11y figures `npm run verify` prints (from the a11y or the docs project) and returns the violations found. */
function axeFigures(runs: Run[], checked: number, unfinished: number): { total: number; rules: string } {
  const found = annotations(runs, 'axe-violations').map((a) => JSON.parse(a.description ?? '{}') as { id: string; nodes: number });
  const total = found.reduce((n, v) => n + v.nodes, 0);
  const byRule: Record<string, number> = {};
  for (const v of found) byRule[v.id] = (byRule[v.id] ?? 0) + v.nodes;
  writeFigures('a11y', [
    { figure: 'stories checked with axe (WCAG 2.2 AA)', value: checked, expected: null },
    { figure: 'axe violations', value: total, expected: 0 },
    { figure: 'stories that did not finish rendering', value: unfinished, expected: 0 },
  ]);
  return { total, rules: Object.keys(byRule).length ? ` (${Object.entries(byRule).map(([k, n]) => `${k}: ${n}`).join(', ')})` : '' };
}

const SUMMARIES: Record<string, (runs: Run[], seconds: string) => string> = {
  csp(runs, seconds) {
    const checks = annotations(runs, 'check').length;
    // A scenario that failed outside its checks (the page did not open, the header differed) counts as one failed check.
    const failed = annotations(runs, 'check-failed').length || runs.filter((r) => !passed(r)).length;
    const violations = annotations(runs, 'csp-violation').length;
    const errors = annotations(runs, 'page-error').length;
    const total = Math.max(checks, failed);
    writeFigures('csp', [
      { figure: 'scenario checks run', value: total, expected: null },
      { figure: 'scenario checks failed', value: failed, expected: 0 },
      { figure: 'CSP violations (securitypolicyviolation + console)', value: violations, expected: 0 },
      { figure: 'page errors under the strict CSP', value: errors, expected: 0 },
    ]);
    return `csp: ${total - failed}/${total} checks passed, ${violations} violations, ${errors} page errors (${seconds}s)`;
  },
  hosts(runs) {
    const failed = runs.filter((r) => !passed(r)).length;
    return `hosts: ${runs.length - failed} passed, ${failed} failed`;
  },
  a11y(all, seconds) {
    const runs = all.filter((r) => !r.test.annotations.some((a) => a.type === 'not-a-story'));
    const unfinished = annotations(runs, 'story-phase').filter((a) => a.description !== 'finished');
    const { total, rules } = axeFigures(runs, runs.length, unfinished.length);
    const failedStories = runs.filter((r) => !passed(r)).length;
    return `a11y: ${runs.length} stories checked (${axeName()}), ${total} violations in ${failedStories} stories${rules}${unfinished.length ? `, ${unfinished.length} stories did not finish rendering` : ''} (${seconds}s)`;
  },
  docs(runs, seconds) {
    const seen = annotations(runs, 'docs-stories').map((a) => JSON.parse(a.description ?? '{}') as { frames: number; problems: number; unfinished?: number });
    const failed = runs.filter((r) => !passed(r)).length;
    const frames = seen.reduce((n, s) => n + s.frames, 0);
    const problems = seen.reduce((n, s) => n + s.problems, 0);
    // The docs pass is also npm test's accessibility check: each story once, with axe (test/e2e/axe.ts).
    const checked = annotations(runs, 'axe-story').length;
    // A page that failed before it could count its stories counts as one story that did not finish.
    const unfinished = seen.reduce((n, s) => n + (s.unfinished ?? 0), 0) + (runs.length - seen.length);
    const { total, rules } = axeFigures(runs, checked, unfinished);
    return `docs: ${runs.length} docs pages, ${frames} story blocks, ${problems} problems, ${failed} pages failed; axe: ${checked} stories checked (${axeName()}), ${total} violations${rules} (${seconds}s)`;
  },
  screenshots(runs) {
    const failed = runs.filter((r) => !passed(r)).length;
    return `screenshots: ${annotations(runs, 'screenshot').length} written to .tmp/screenshots/, ${failed} stories failed`;
  },
};

export default class SummaryReporter implements Reporter {
  private runs = new Map<string, Run[]>();
  private started = Date.now();

  onBegin() {
    this.started = Date.now();
  }

  onTestEnd(test: TestCase, result: TestResult) {
    const project = test.parent.project()?.name ?? '';
    // The last attempt of a test stands (no retries today, but one would replace its failure).
    const runs = (this.runs.get(project) ?? []).filter((r) => r.test.id !== test.id);
    this.runs.set(project, [...runs, { test, result }]);
  }

  onEnd(_result: FullResult) {
    const seconds = ((Date.now() - this.started) / 1000).toFixed(1);
    const lines = [...this.runs].flatMap(([project, runs]) => (SUMMARIES[project] ? [SUMMARIES[project](runs, seconds)] : []));
    if (lines.length) console.log(`\n${lines.join('\n')}`);
  }

  printsToStdio() {
    return true;
  }
}
