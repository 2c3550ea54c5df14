import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/credits-provider/define.js';
import '../src/elements/credits-balance/define.js';
import '../src/elements/purchase-wizard/define.js';
import '../src/elements/subscription-card/define.js';
import { defaultProviderArgs, inProvider, providerArgTypes, simOf, storySim, type ProviderArgs } from './support.js';

/**
 * `<credits-provider>` holds the settings every element inside shares: the API address, the
 * organisation, the language, the time zone, the theme, the auth and the payment gateways. It keeps
 * one client and one cache for all of them, and every event of the elements inside bubbles up to it.
 */
const meta: Meta<ProviderArgs> = {
  title: 'Elements/credits-provider',
  component: 'credits-provider',
  argTypes: providerArgTypes,
  args: defaultProviderArgs,
  render: (args) => inProvider(args, html`<credits-balance></credits-balance><subscription-card></subscription-card>`),
};
export default meta;
type Story = StoryObj<ProviderArgs>;

/**
 * Settings: `api-base`, `organisation`, `locale`, `time-zone` and `theme` on the provider apply to every
 * element inside (here a balance and a subscription card sharing one cache: one request each).
 */
export const Settings: Story = {};

/**
 * `sandbox`: the simulated backend in the page, no code and no network; a **Sandbox** marker on every
 * element; a purchase completes and the balance grows. It refuses a real setup given as well.
 */
export const Sandbox: Story = {
  render: (args) => html`<credits-provider sandbox locale=${args.locale} theme=${args.theme}>
    <credits-balance></credits-balance>
    <purchase-wizard></purchase-wizard>
  </credits-provider>`,
};

const TOKEN = 'story-token';

/**
 * Auth: `auth="token"` waits for the `tokenProvider` (an auth SDK that resolves late sends nothing
 * early). Every request then carries `Authorization: Bearer …`; on a 401 the provider asks once more
 * with `{ forceRefresh: true }`, then fires `credits-auth-required`. Without a token provider, cookies.
 */
export const Auth: Story = {
  beforeEach: (context) => {
    simOf(context).options.token = TOKEN;
  },
  render: (args) => html`<credits-provider
    api-base="/api"
    auth="token"
    .fetch=${storySim().fetch}
    organisation=${args.organisation}
    locale=${args.locale}
    theme=${args.theme}
    .tokenProvider=${async () => TOKEN}
    ><credits-balance></credits-balance
  ></credits-provider>`,
};

/** Appends one line per event heard on the provider to the story's log. */
const logEvent = (event: Event) => {
  const log = (event.currentTarget as HTMLElement).querySelector('ol.event-log');
  const item = document.createElement('li');
  item.textContent = `${event.type} ${JSON.stringify((event as CustomEvent).detail, (key, value) => (key === 'error' ? String(value) : value))?.slice(0, 160) ?? ''}`;
  log?.append(item);
};

/**
 * Events: every event of the elements inside bubbles to the provider (`composed`), so one listener
 * there hears them all. Click **Purchase Credits** or **Billing & Transactions** (a cancelable
 * `credits-navigate`), or buy credits in the sandbox (`credits-purchase-complete`).
 */
export const Events: Story = {
  render: (args) => html`<credits-provider
    sandbox
    locale=${args.locale}
    theme=${args.theme}
    @credits-navigate=${logEvent}
    @credits-purchase-complete=${logEvent}
    @credits-payment-pending=${logEvent}
    @credits-error=${logEvent}
    @credits-auth-required=${logEvent}
    @credits-low-balance=${logEvent}
  >
    <credits-balance></credits-balance>
    <purchase-wizard></purchase-wizard>
    <h3>Events heard on the provider</h3>
    <ol class="event-log" aria-live="polite"></ol>
  </credits-provider>`,
};
