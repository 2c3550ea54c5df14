/**
 * Shared pieces of the hostile suite (issue 10): a watcher for uncaught
 * errors, deep queries through every shadow root, the "bad text" scan, the
 * settled-state check, and the figures each suite hands to `npm run verify`.
 */
import { waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

// ---------------------------------------------------------------- uncaught errors

export interface CrashWatcher {
  readonly errors: string[];
  stop(): void;
}

/** Benign browser noise that is not an error of the library. */
const BENIGN = /ResizeObserver loop/;

// "ResizeObserver loop completed with undelivered notifications" is a notice the
// browser raises on window when observed sizes change within one frame (the
// virtualised table under 10,000-character rows); it is no exception and no
// script of ours fails. Keep it from mocha's window.onerror, which would fail
// whichever test is running.
window.addEventListener(
  'error',
  (event) => {
    if (BENIGN.test(event.message)) event.stopImmediatePropagation();
  },
  { capture: true },
);

/** Counts `error` and `unhandledrejection` events on window until stopped. */
export function watchCrashes(): CrashWatcher {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => {
    const text = String(event.error?.stack ?? event.message);
    if (!BENIGN.test(text)) errors.push(text);
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    const reason = event.reason as { stack?: string } | undefined;
    errors.push(String(reason?.stack ?? reason));
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

// ---------------------------------------------------------------- deep DOM

/** `root` and every shadow root below it (nested elements' too), depth first. */
export function allRoots(root: Element | ShadowRoot | Document): (Element | ShadowRoot | Document)[] {
  const out: (Element | ShadowRoot | Document)[] = [root];
  const visit = (node: Element | ShadowRoot | Document) => {
    const self = node instanceof Element ? node.shadowRoot : null;
    if (self) {
      out.push(self);
      visit(self);
    }
    for (const child of node.querySelectorAll('*')) {
      if (child.shadowRoot) {
        out.push(child.shadowRoot);
        visit(child.shadowRoot);
      }
    }
  };
  visit(root);
  return out;
}

/** querySelectorAll through every shadow root below `root`. */
export function deepQueryAll<E extends Element = Element>(root: Element | ShadowRoot | Document, selector: string): E[] {
  const found = new Set<E>();
  for (const r of allRoots(root)) {
    if (r instanceof Element && r.matches(selector)) found.add(r as unknown as E);
    for (const el of r.querySelectorAll<E>(selector)) found.add(el);
  }
  return [...found];
}

/** All text under `root` (light DOM and every shadow root), plus the accessible-name attributes, whitespace folded. */
export function deepText(root: Element): string {
  const parts: string[] = [];
  for (const r of allRoots(root)) {
    const walker = document.createTreeWalker(r, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement?.localName;
      if (parent === 'style' || parent === 'script') continue;
      parts.push(node.textContent ?? '');
    }
    for (const el of r.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
      for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
        const value = el.getAttribute(name);
        if (value) parts.push(value);
      }
    }
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------- bad text

/** Words that mean a value was rendered without being formatted. */
const BROKEN = /\bNaN\b|\bundefined\b|Invalid Date|\[object Object\]|\bnull\b|Infinity/;
/** A currency amount with three or more decimals: "$7.996", "₹1,770.005", "7.996 USD". */
const OVER_PRECISE = /(?:[$₹€£¥]|US\$|\bRs\.?|\b[A-Z]{3})\s?[-−]?[\d,]+\.\d{3,}|[\d,]+\.\d{3,}\s?(?:[A-Z]{3})\b/;

/**
 * What on screen looks broken: unformatted values or money with more decimals
 * than the currency has. `allowed` are exact strings that may carry extra
 * decimals on purpose (a sub-cent unit price such as "$0.015").
 */
export function badText(text: string, allowed: readonly string[] = []): string | null {
  let scan = text;
  for (const a of allowed) if (a.trim()) scan = scan.split(a.replace(/\s+/g, ' ')).join(' ');
  const broken = BROKEN.exec(scan);
  if (broken) return `"${broken[0]}" near …${scan.slice(Math.max(0, broken.index - 60), broken.index + 60)}…`;
  const money = OVER_PRECISE.exec(scan);
  if (money) return `money with too many decimals "${money[0]}" near …${scan.slice(Math.max(0, money.index - 60), money.index + 60)}…`;
  return null;
}

/** Strings a generator must not produce, since the scan above would blame the element for them. */
export const looksBroken = (s: string) => BROKEN.test(s) || /\d\.\d{3}/.test(s);

// ---------------------------------------------------------------- states

export type UiState = 'loading' | 'error' | 'data';

/** Which of its states an element shows: an error panel, a skeleton/busy region, or data. */
export function uiState(el: Element): UiState {
  if (deepQueryAll(el, '.error-panel').length) return 'error';
  if (deepQueryAll(el, '.skeleton, [aria-busy="true"]').length) return 'loading';
  return 'data';
}

/** Wait until every element shows data or an error; answers false when one is still loading after `timeout`. */
export async function settle(els: readonly Element[], timeout = 3000): Promise<boolean> {
  try {
    await waitUntil(() => els.every((el) => uiState(el) !== 'loading'), 'stuck loading', { timeout, interval: 10 });
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------- figures

export interface Figure {
  /** What is counted, e.g. "crashes". */
  figure: string;
  value: number;
  /** The value it must have; null for an informational count (cases run). */
  expected: number | null;
  note?: string;
}

/** Rows recorded so far in this test file, per suite (one browser page per file). */
const recorded = new Map<string, Figure[]>();

/**
 * Hand a suite's figures to `npm run verify` (written by the web-test-runner
 * plugin to `.tmp/verify/<suite>.json`) and print them with a clear prefix.
 * Calls add up: the plugin replaces the suite's file on every call, so each
 * call sends every row this test file recorded for the suite so far (a test
 * recording one figure never erases another test's). A figure recorded again
 * under the same name replaces its earlier value.
 */
export async function recordFigures(suite: string, rows: Figure[]): Promise<void> {
  for (const row of rows) {
    console.log(`[verify] ${suite}: ${row.figure} = ${row.value}${row.expected === null ? '' : ` (expected ${row.expected})`}`);
  }
  const all = (recorded.get(suite) ?? []).filter((old) => !rows.some((row) => row.figure === old.figure));
  all.push(...rows);
  recorded.set(suite, all);
  try {
    await executeServerCommand('verify-figures', { suite, rows: all });
  } catch {
    // Outside web-test-runner's server (no plugin): the console lines are the record.
  }
}

/** Sleep. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
