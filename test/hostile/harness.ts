/**
 * Runs one hostile answer against the element(s) that render it and counts
 * what went wrong: uncaught errors, elements stuck loading, the wrong end
 * state, broken text on screen.
 */
import { fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type * as z from 'zod/mini';
import { formatMoney } from '../../src/money/format.js';
import { Decimal } from '../../src/money/decimal.js';
import { createSimulator, type Simulator } from '../../src/simulator/index.js';
import type { CreditsProvider } from '../../src/elements/credits-provider/credits-provider.js';
import { mountInProvider } from '../support.js';
import type { Answer } from './arbitraries.js';
import { badText, deepQueryAll, deepText, settle, uiState, watchCrashes, type UiState } from './support.js';
import '../../src/index.js';

export interface Tally {
  cases: number;
  crashes: number;
  stuck: number;
  wrongState: number;
  badText: number;
  failures: string[];
}

export const newTally = (): Tally => ({ cases: 0, crashes: 0, stuck: 0, wrongState: 0, badText: 0, failures: [] });

/** Queue `answer` on the simulator for requests matching `match`. */
export function serve(sim: Simulator, match: string, answer: Answer, times = 6): void {
  if (answer.kind === 'json') sim.respondWith(match, answer.status, answer.body, times);
  else sim.failNext(match, { status: answer.status, body: answer.body, contentType: answer.contentType, times });
}

/** Every decimal string in `value` with more than two places, formatted in every currency found: sub-cent unit prices may show so. */
export function preciseMoneyStrings(value: unknown, locale = 'en-IN'): string[] {
  const decimals = new Set<string>();
  const currencies = new Set<string>(['INR', 'USD']);
  const walk = (v: unknown, key?: string) => {
    if (typeof v === 'string') {
      if (key === 'currency') currencies.add(v);
      const d = Decimal.tryParse(v);
      if (d && d.scale > 2) decimals.add(v);
    } else if (v && typeof v === 'object') for (const [k, child] of Object.entries(v)) walk(child, k);
  };
  walk(value);
  const out: string[] = [];
  for (const d of decimals) for (const c of currencies) out.push(formatMoney(d, c, locale));
  return out;
}

export interface Case {
  /** What the answer is, for failure messages. */
  label: string;
  /** The elements, mounted inside one provider. */
  template: TemplateResult;
  organisation?: string;
  /** Prepare the simulator before mounting (queue the answer). */
  prepare(sim: Simulator): void;
  /** The state every element must end in. */
  expected: UiState | ((els: Element[]) => boolean);
  /** Decimal strings allowed to show more than two places (unit prices). */
  allowed?: string[];
  /** After the first settle: drive the elements further (open a sheet, go to a step) and settle again. */
  drive?(els: Element[], sim: Simulator, provider: CreditsProvider): Promise<void>;
  /** Milliseconds to wait for a settled state. */
  timeout?: number;
}

/** Mount, wait, check; counts go into `tally`. Never throws for a finding: the caller asserts on the tally. */
export async function runCase(tally: Tally, c: Case): Promise<void> {
  tally.cases++;
  const crashes = watchCrashes();
  const sim = createSimulator();
  c.prepare(sim);
  const note = (kind: string, detail: string) => {
    if (tally.failures.length < 12) tally.failures.push(`${kind} [${c.label}]: ${detail.slice(0, 400)}`);
  };
  try {
    const { provider } = await mountInProvider<HTMLElement>(c.template, { organisation: c.organisation ?? 'org_42', sim });
    const els = [...provider.children];
    const check = async (phase: string) => {
      const settled = await settle(els, c.timeout ?? 6000);
      if (!settled) {
        tally.stuck++;
        note('stuck', `${phase}: ${els.map((e) => `${e.localName}=${uiState(e)}`).join(', ')}`);
        return false;
      }
      const bad = badText(deepText(provider), c.allowed ?? []);
      if (bad) {
        tally.badText++;
        note('bad text', `${phase}: ${bad}`);
      }
      return true;
    };
    if (await check('first load')) {
      const ok = typeof c.expected === 'function' ? c.expected(els) : els.every((e) => uiState(e) === c.expected);
      if (!ok) {
        tally.wrongState++;
        note('wrong state', `expected ${typeof c.expected === 'string' ? c.expected : 'custom'}: ${els.map((e) => `${e.localName}=${uiState(e)}`).join(', ')} ${deepText(provider).slice(0, 200)}`);
      } else if (c.drive) {
        await c.drive(els, sim, provider);
        await check('after driving');
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
  } catch (error) {
    crashes.errors.push(`the harness: ${(error as Error).stack ?? String(error)}`);
  } finally {
    crashes.stop();
    if (crashes.errors.length) {
      tally.crashes += crashes.errors.length;
      note('crash', crashes.errors.join('\n'));
    }
    fixtureCleanup();
  }
}

/** What a schema says about a JSON answer: the elements must show data for what parses, an error for what does not. */
export const expectedFor = (schema: z.ZodMiniType, answer: Answer, raw404: UiState = 'error'): UiState => {
  if (answer.kind === 'raw') return answer.status === 404 ? raw404 : 'error';
  if (answer.status === 404) return raw404;
  return schema.safeParse(answer.body).success ? 'data' : 'error';
};

/** Click the first button in any shadow root below `root` whose text matches. */
export async function clickButton(root: Element, label: RegExp): Promise<boolean> {
  const found = deepQueryAll<HTMLButtonElement>(root, 'button').find((b) => label.test(b.textContent ?? '') && !b.disabled);
  if (!found) return false;
  found.click();
  await (root as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return true;
}

export const waitFor = (predicate: () => unknown, timeout = 3000) =>
  waitUntil(predicate, 'timed out', { timeout, interval: 10 }).then(
    () => true,
    () => false,
  );

export { html };
