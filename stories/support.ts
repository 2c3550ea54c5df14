/**
 * One simulated backend for every story, reached through msw (see
 * .storybook/preview.ts). Stories set its knobs in `beforeEach`; it is reset
 * before each story.
 */
import { html, type TemplateResult } from 'lit';
import { createSimulator, createSimulatedGateway, type Outcome } from '../src/simulator/index.js';

export const sim = createSimulator({ latency: [150, 400] });

export function resetSimulator(): void {
  sim.reset();
  sim.options.latency = [150, 400];
  sim.options.monthlyAggregation = true;
  sim.options.liveStream = true;
  sim.options.viewer = { email: 'ops@example.com', is_staff: false };
  sim.setGatewayOutcome('completed');
}

/** Gateways for stories: the simulator's, under the real gateways' names. */
export const simulatedGateways = (outcome?: () => Outcome) => [
  createSimulatedGateway(sim, { name: 'razorpay', outcome, fetch: (i, init) => globalThis.fetch(i, init) }),
  createSimulatedGateway(sim, { name: 'payglocal', outcome, fetch: (i, init) => globalThis.fetch(i, init) }),
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

/** The element(s) inside a provider on the simulated backend. */
export const inProvider = (args: ProviderArgs, content: TemplateResult) =>
  html`<credits-provider
    api-base="/api"
    organisation=${args.organisation}
    locale=${args.locale}
    theme=${args.theme}
    .gateways=${simulatedGateways()}
    style="display:block;padding:16px;background:${args.theme === 'dark' ? '#0f172a' : 'transparent'}"
    >${content}</credits-provider
  >`;

/**
 * Story knobs: a request that never answers (loading state), or fails (error state). A story that stays
 * loading on purpose carries `tags: ['loading-state']`: the docs-page test (test/e2e/docs.spec.ts)
 * expects its skeleton, and data everywhere else.
 */
export const loadingForever = (match: string) => () => sim.failNext(match, { mode: 'hang', times: 1000 });
export const failing = (match: string, status = 500) => () =>
  sim.failNext(match, { status, times: 1000, message: 'Simulated failure' });

/** Decorator: the story in a 360px column (a phone, a host's sidebar). */
export const narrowColumn = (story: () => unknown) => html`<div style="max-width:360px">${story()}</div>`;
