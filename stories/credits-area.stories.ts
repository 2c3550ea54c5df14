import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/credits-area/define.js';
import { defaultProviderArgs, failing, inProvider, loadingForever, ownFrame, providerArgTypes, simulatedGateways, storySim, type ProviderArgs } from './support.js';

type AreaView = 'credits' | 'billing' | 'subscription' | 'purchase';
interface AreaArgs extends ProviderArgs {
  view: AreaView;
}

const meta: Meta<AreaArgs> = {
  title: 'Elements/credits-area',
  component: 'credits-area',
  argTypes: { ...providerArgTypes, view: { control: 'inline-radio', options: ['credits', 'billing', 'subscription', 'purchase'] } },
  args: { ...defaultProviderArgs, view: 'credits' },
  // One tag: the area makes its own provider from these attributes (in-element routing in Storybook).
  render: (args) => html`<credits-area
    api-base="/api"
    organisation=${args.organisation}
    locale=${args.locale}
    theme=${args.theme}
    view=${args.view}
    .fetch=${storySim().fetch}
    .gateways=${simulatedGateways()}
    style="padding:16px;background:${args.theme === 'dark' ? '#0f172a' : 'transparent'}"
  ></credits-area>`,
};
export default meta;
type Story = StoryObj<AreaArgs>;

export const CreditsTab: Story = {};

export const BillingTab: Story = { args: { view: 'billing' } };

export const SubscriptionTab: Story = { args: { view: 'subscription' } };

export const SubscriptionTabExpiredPro: Story = { args: { view: 'subscription', organisation: 'org_expired' } };

/**
 * The balance's answer never comes: its skeleton shows, and what follows it waits hidden in place (the
 * elements below load meanwhile) so nothing jumps when it lands; after 2 s they show anyway (#17.25).
 */
export const Loading: Story = { tags: ['loading-state'], beforeEach: loadingForever('GET /credits') };

/** A new organisation: no usage and no purchases yet, a zero balance. */
export const Empty: Story = { args: { organisation: 'org_empty' } };

/** Nothing loads (#17.21): one calm panel per element, and Purchase Credits stays. */
export const EverythingFails: Story = { beforeEach: failing('GET *') };

export const PurchaseFlow: Story = { args: { view: 'purchase', organisation: 'org_trial_us' } };

/** Under a `<credits-provider>` the area uses it instead of making its own. */
export const UnderAProvider: Story = {
  args: { view: 'subscription', organisation: 'org_enterprise' },
  render: (args) => inProvider(args, html`<credits-area view=${args.view}></credits-area>`),
};

export const Hindi: Story = { args: { view: 'subscription', locale: 'hi-IN' }, parameters: ownFrame };

export const Dark: Story = { args: { view: 'subscription', theme: 'dark' } };
