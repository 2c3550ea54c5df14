import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/credits-organisations/define.js';
import '../src/elements/credits-balance/define.js';
import type { CreditsOrganisations } from '../src/elements/credits-organisations/credits-organisations.js';
import { PARTNER_VIEWER, STRESS_PARTNER_VIEWER } from '../src/simulator/index.js';
import { defaultProviderArgs, failing, inProvider, loadingForever, narrowColumn, providerArgTypes, simOf, type ProviderArgs, type WithSim } from './support.js';

interface Args extends ProviderArgs {
  threshold: number;
}

const LIST = 'GET /organisations';
const asPartner = (context: WithSim) => {
  simOf(context).options.viewer = { ...PARTNER_VIEWER };
};
const asStressPartner = (context: WithSim) => {
  simOf(context).options.viewer = { ...STRESS_PARTNER_VIEWER };
};

const meta: Meta<Args> = {
  title: 'Elements/credits-organisations',
  component: 'credits-organisations',
  argTypes: { ...providerArgTypes, threshold: { control: 'number', name: 'low-balance-threshold' } },
  args: { ...defaultProviderArgs, threshold: 1000 },
  beforeEach: asPartner,
  render: (args) => inProvider(args, html`<credits-organisations low-balance-threshold=${args.threshold}></credits-organisations>`),
};
export default meta;
type Story = StoryObj<Args>;

/** A partner's six organisations: Pro expiring soon (current), a trial, an expired Pro, enterprise, an overdrawn PAYG, a new one (low balance). */
export const Data: Story = {};

/** Skeleton rows under the search and sort while the first page loads (it never answers here). */
export const Loading: Story = { tags: ['loading-state'], beforeEach: loadingForever(LIST) };

/** The list could not be loaded: what failed, the request id, Retry. */
export const ErrorState: Story = { name: 'Error', beforeEach: failing(LIST) };

/** A search nothing matches: "No organisations match …". */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<CreditsOrganisations>('credits-organisations')!;
    for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('#search'); i++) await new Promise((r) => setTimeout(r, 50));
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
    input.value = 'no such organisation';
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
  },
};

/** A viewer who manages one organisation (403 not_allowed): only a short note. */
export const OneOrganisation: Story = {
  name: '403: one organisation',
  beforeEach: (context) => {
    simOf(context).options.viewer = { email: 'ops@example.com', is_staff: false };
  },
};

/** The stress partner: 10,000 organisations, paged in 100s; the list is virtualised past the first page. */
export const TenThousand: Story = {
  name: '10,000 organisations',
  args: { organisation: 'org_p00001' },
  beforeEach: asStressPartner,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<CreditsOrganisations>('credits-organisations')!;
    for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('[part="load-more"]'); i++) await new Promise((r) => setTimeout(r, 100));
    await el.loadMore();
  },
};

/** Beside a balance: choosing an organisation switches the provider, and the balance follows. */
export const WithBalance: Story = {
  name: 'Switching the provider',
  render: (args) =>
    inProvider(args, html`<credits-organisations low-balance-threshold=${args.threshold}></credits-organisations><credits-balance></credits-balance>`),
};

/** In a 360px column (a sidebar): name and balance on one line, plan and expiry below. */
export const Narrow: Story = { name: 'Narrow (360px)', decorators: [narrowColumn] };
