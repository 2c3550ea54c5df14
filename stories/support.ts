/**
 * Each story has its own simulated backend: the preview's loader makes one (`context.loaded.sim`), the
 * story's provider talks to it in-process (`.fetch`), and its `beforeEach` sets its knobs through
 * `simOf(context)`. Stories rendered inline on one docs page share nothing but the page (see
 * .storybook/preview.ts): one story's hanging or failing requests never reach another.
 */
import { html, type TemplateResult } from 'lit';
import { createSimulator, createSimulatedGateway, type Outcome, type Simulator } from '../src/simulator/index.js';

/**
 * The simulated backend of a new story: the seeded organisations, realistic latency. Its requests in
 * flight are counted on `window.__storyRequestsInFlight` (the latest story's): the Playwright projects
 * wait for them to be answered before they look (test/e2e/stories.ts).
 */
export function storySimulator(): Simulator {
  const sim = createSimulator({ latency: [150, 400] });
  const inFlight = { count: 0 };
  Object.assign(globalThis, { __storyRequestsInFlight: inFlight });
  const fetch = sim.fetch;
  const counted = (async (input: RequestInfo | URL, init?: RequestInit) => {
    inFlight.count++;
    try {
      return await fetch(input, init);
    } finally {
      inFlight.count--;
    }
  }) as typeof fetch;
  // (the simulator's gateway travels on its fetch)
  for (const key of Object.getOwnPropertySymbols(fetch)) Object.defineProperty(counted, key, Object.getOwnPropertyDescriptor(fetch, key)!);
  return Object.assign(sim, { fetch: counted });
}

/** A story's context as `beforeEach`, `play` and decorators receive it. */
export interface WithSim {
  loaded: Record<string, unknown>;
}

/** The story's own simulator (made by the preview's loader). */
export const simOf = (context: WithSim): Simulator => {
  const sim = context.loaded.sim as Simulator | undefined;
  if (!sim) throw new Error('This story has no simulator: .storybook/preview.ts makes one in its loader.');
  return sim;
};

let rendering: Simulator | null = null;

/** Runs a story's render with its simulator at hand (the preview's decorator; a render is synchronous). */
export function renderWith<T>(sim: Simulator, render: () => T): T {
  const outer = rendering;
  rendering = sim;
  try {
    return render();
  } finally {
    rendering = outer;
  }
}

/** The simulator of the story being rendered, for a render that builds its own provider (`.fetch=${storySim().fetch}`). */
export function storySim(): Simulator {
  if (!rendering) throw new Error('storySim() is for a story\'s render (the preview\'s decorator sets it).');
  return rendering;
}

/** Gateways for stories: the story's simulator's, under the real gateways' names. */
export const simulatedGateways = (outcome?: () => Outcome, sim = storySim()) => [
  createSimulatedGateway(sim, { name: 'razorpay', outcome, fetch: sim.fetch }),
  createSimulatedGateway(sim, { name: 'payglocal', outcome, fetch: sim.fetch }),
];

export interface ProviderArgs {
  organisation: string;
  locale: string;
  theme: 'light' | 'dark';
}

export const providerArgTypes = {
  organisation: { control: 'select', options: ['org_42', 'org_trial_us', 'org_expired', 'org_enterprise', 'org_payg', 'org_empty', 'org_big'] },
  locale: { control: 'select', options: ['en-IN', 'en-US', 'hi-IN'] },
  theme: { control: 'inline-radio', options: ['light', 'dark'] },
} as const;

export const defaultProviderArgs: ProviderArgs = { organisation: 'org_42', locale: 'en-IN', theme: 'light' };

/** The element(s) inside a provider on the story's simulated backend. */
export const inProvider = (args: ProviderArgs, content: TemplateResult) =>
  html`<credits-provider
    api-base="/api"
    organisation=${args.organisation}
    locale=${args.locale}
    theme=${args.theme}
    .fetch=${storySim().fetch}
    .gateways=${simulatedGateways()}
    style="display:block;padding:16px;background:${args.theme === 'dark' ? '#0f172a' : 'transparent'}"
    >${content}</credits-provider
  >`;

/**
 * Story knobs: a request that never answers (loading state), or fails (error state). A story that stays
 * loading on purpose carries `tags: ['loading-state']`: the docs-page test (test/e2e/docs.spec.ts)
 * expects its skeleton, and data everywhere else.
 */
export const loadingForever = (match: string) => (context: WithSim) => simOf(context).failNext(match, { mode: 'hang', times: 1000 });
export const failing = (match: string, status = 500) => (context: WithSim) =>
  simOf(context).failNext(match, { status, times: 1000, message: 'Simulated failure' });

/**
 * A story that needs a page of its own on its docs page (a frame, a whole Storybook preview): a story in
 * another language than the page's (the language is page-wide, as with @lit/localize), or one whose play
 * function moves focus or opens a modal dialog (inline, it would scroll the docs page or make it inert).
 * Every other story renders inline: one preview for the whole page.
 */
export const ownFrame = { docs: { story: { inline: false, height: '560px' } } };

/** Decorator: the story in a 360px column (a phone, a host's sidebar). */
export const narrowColumn = (story: () => unknown) => html`<div style="max-width:360px">${story()}</div>`;
