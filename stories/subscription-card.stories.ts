import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/subscription-card/define.js';
import { defaultProviderArgs, failing, inProvider, loadingForever, ownFrame, providerArgTypes, simOf, type ProviderArgs, type WithSim } from './support.js';

/** Stories pin the clock (the card's and the simulator's) so the day counts never move. */
const NOW = new Date('2026-11-23T12:00:00Z');
const daysFromNow = (days: number) => new Date(NOW.getTime() + days * 86_400_000).toISOString().slice(0, 10);

function pinClock(context: WithSim) {
  const sim = simOf(context);
  sim.options.now = () => NOW;
  sim.reset(); // reseed relative to the pinned clock: org_42 expires in 20 days, org_expired 5 days ago, …
}

const setExpiry = (organisation: string, days: number) => (context: WithSim) => {
  simOf(context).state.orgs[organisation]!.expires_at = daysFromNow(days);
};

const meta: Meta<ProviderArgs> = {
  title: 'Elements/subscription-card',
  component: 'subscription-card',
  argTypes: providerArgTypes,
  args: defaultProviderArgs,
  beforeEach: pinClock,
  render: (args) => inProvider(args, html`<subscription-card .now=${NOW}></subscription-card>`),
};
export default meta;
type Story = StoryObj<ProviderArgs>;

/** org_42: Pro expiring in 20 days (warning badge, manual-renewal note). */
export const ProExpiringSoon: Story = {};

/** More than 30 days left: a plain "N days remaining" line. */
export const ProDaysRemaining: Story = { beforeEach: setExpiry('org_42', 120) };

/** The singular: "Expires in 1 day". */
export const ProExpiresTomorrow: Story = { beforeEach: setExpiry('org_42', 1) };

/** The last day of the plan. */
export const ProExpiresToday: Story = { beforeEach: setExpiry('org_42', 0) };

/** The 30-day edge: still a warning. */
export const ProExpiresIn30Days: Story = { beforeEach: setExpiry('org_42', 30) };

/** The 31-day edge: no badge. */
export const ProExpiresIn31Days: Story = { beforeEach: setExpiry('org_42', 31) };

/** org_expired: Pro expired 5 days ago; Renew Pro. */
export const ProExpired: Story = { args: { organisation: 'org_expired' } };

/** org_trial_us: Trial with the upgrade offer. */
export const Trial: Story = { args: { organisation: 'org_trial_us' } };

/** org_enterprise: no expiry date. */
export const Enterprise: Story = { args: { organisation: 'org_enterprise' } };

/** org_payg: Pay As You Go. */
export const PayAsYouGo: Story = { args: { organisation: 'org_payg' } };

/** A plan type this version does not know: shown by its raw value, neutrally. */
export const UnknownPlan: Story = {
  beforeEach: (context) => {
    simOf(context).state.orgs.org_42!.plan_type = 'gold_partner';
    simOf(context).state.orgs.org_42!.expires_at = daysFromNow(200);
  },
};

export const Loading: Story = { tags: ['loading-state'], beforeEach: loadingForever('GET /subscription') };

export const LoadError: Story = { beforeEach: failing('GET /subscription') };

export const Hindi: Story = { args: { organisation: 'org_expired', locale: 'hi-IN' }, parameters: ownFrame };

export const Dark: Story = { args: { organisation: 'org_trial_us', theme: 'dark' } };
