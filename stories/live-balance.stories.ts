/**
 * `live` on the provider (issue #18): the balance, the tables and the monthly figure follow
 * `credits/stream` while the simulator processes an event's photos. One stream for all the
 * elements; a server without the stream gets the balance polled every 30 s instead.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/credits-balance/define.js';
import '../src/elements/monthly-usage/define.js';
import '../src/elements/usage-table/define.js';
import { defaultProviderArgs, providerArgTypes, simOf, simulatedGateways, storySim, type ProviderArgs } from './support.js';

interface Args extends ProviderArgs {
  lowBalanceThreshold?: number;
}

const meta: Meta<Args> = {
  title: 'Features/Live balance',
  argTypes: { ...providerArgTypes },
  args: { ...defaultProviderArgs },
  render: (args) => html`<credits-provider
    live
    api-base="/api"
    organisation=${args.organisation}
    locale=${args.locale}
    theme=${args.theme}
    low-balance-threshold=${ifDefined(args.lowBalanceThreshold)}
    .fetch=${storySim().fetch}
    .gateways=${simulatedGateways()}
    style="display:grid;gap:16px;padding:16px;background:${args.theme === 'dark' ? '#0f172a' : 'transparent'}"
  >
    <credits-balance></credits-balance>
    <monthly-usage></monthly-usage>
    <usage-table direction="usage"></usage-table>
  </credits-provider>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Simulated processing of 5,000 photos at 25 a second: the balance falls, the runway shortens, a usage row arrives each second on top of Credit Usage. */
export const Processing: Story = {
  name: 'Processing (balance falls live)',
  beforeEach: (context) => {
    const job = simOf(context).startProcessing({ organisation: 'org_42', photos: 5000, rate: 25 });
    return () => job.stop();
  },
};

/** The same with a low-balance threshold just under the balance: the balance is marked low a few seconds in. */
export const CrossingLowBalance: Story = {
  name: 'Processing past the low-balance threshold',
  args: { lowBalanceThreshold: 12_400 },
  beforeEach: (context) => {
    const job = simOf(context).startProcessing({ organisation: 'org_42', photos: 2000, rate: 40 });
    return () => job.stop();
  },
};

/** Idle: `live` is on, the stream is open, nothing is being processed. */
export const Idle: Story = { name: 'Live, nothing processing' };

/** A server without the stream (404): the balance is refreshed every 30 s while the page is visible. */
export const WithoutStream: Story = {
  name: 'Server without the stream (polling)',
  beforeEach: (context) => {
    const sim = simOf(context);
    sim.options.liveStream = false;
    const job = sim.startProcessing({ organisation: 'org_42', photos: 5000, rate: 25 });
    return () => job.stop();
  },
};
