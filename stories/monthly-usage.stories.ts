import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/monthly-usage/define.js';
import { defaultProviderArgs, failing, inProvider, loadingForever, ownFrame, providerArgTypes, simOf, type ProviderArgs, narrowColumn } from './support.js';

const meta: Meta<ProviderArgs> = {
  title: 'Elements/monthly-usage',
  component: 'monthly-usage',
  argTypes: { ...providerArgTypes },
  args: { ...defaultProviderArgs },
  render: (args) => inProvider(args, html`<monthly-usage></monthly-usage>`),
};
export default meta;
type Story = StoryObj<ProviderArgs>;

/** Credits used this month and the previous three, from the backend aggregation. */
export const Data: Story = {};

/** The skeleton while the aggregation loads (it never answers here). */
export const Loading: Story = { tags: ['loading-state'], beforeEach: loadingForever('GET /credits/monthly-usage') };

/** The aggregation failed: what failed, the request id, Retry. */
export const ErrorState: Story = { name: 'Error', beforeEach: failing('GET /credits/monthly-usage') };

/** No usage in the last four months. */
export const Empty: Story = { args: { organisation: 'org_empty' } };

/** A backend without the aggregation (501): the element sums the usage transactions itself; same view. */
export const BackendWithoutAggregation: Story = {
  beforeEach: (context) => {
    simOf(context).options.monthlyAggregation = false;
  },
};

/** The fallback over 10,500 usage rows (org_big), paging through the cursor API. */
export const FallbackLargeOrganisation: Story = {
  args: { organisation: 'org_big' },
  beforeEach: (context) => {
    simOf(context).options.monthlyAggregation = false;
    simOf(context).options.latency = 20;
  },
};

/** Months named in Hindi. */
export const Hindi: Story = { args: { locale: 'hi-IN' }, parameters: ownFrame };

/** The dark palette. */
export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { value: 'dark' } } };

/** In a 360px column: the chart scales down and its labels grow to stay readable. */
export const Narrow: Story = { name: 'Narrow (360px)', decorators: [narrowColumn] };
