import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/credits-balance/define.js';
import { defaultProviderArgs, failing, inProvider, loadingForever, ownFrame, providerArgTypes, simOf, type ProviderArgs, type WithSim } from './support.js';

interface Args extends ProviderArgs {
  /** Photos expected at the next event (turns on the top-up advice); 0 = none. */
  expectedPhotos: number;
  /** Below this balance the balance is marked low; 0 = none. */
  lowBalanceThreshold: number;
}

/** Sets org_42's balance before the story loads (the runway follows it). */
const balanceOf = (credits: number) => (context: WithSim) => {
  simOf(context).state.orgs.org_42!.balance = credits;
};

const staffViewer = (context: WithSim) => {
  simOf(context).options.viewer = { email: 'staff@9pic.ai', is_staff: true };
};

const meta: Meta<Args> = {
  title: 'Elements/credits-balance',
  component: 'credits-balance',
  argTypes: {
    ...providerArgTypes,
    expectedPhotos: { control: { type: 'number', min: 0, step: 500 } },
    lowBalanceThreshold: { control: { type: 'number', min: 0, step: 1000 } },
  },
  args: { ...defaultProviderArgs, expectedPhotos: 0, lowBalanceThreshold: 0 },
  render: (args) =>
    inProvider(
      args,
      html`<credits-balance
        expected-photos=${args.expectedPhotos > 0 ? args.expectedPhotos : ''}
        low-balance-threshold=${args.lowBalanceThreshold > 0 ? args.lowBalanceThreshold : ''}
      ></credits-balance>`,
    ),
};
export default meta;
type Story = StoryObj<Args>;

/** org_42: ₹ Pro organisation with 12,500 credits; Cost per Credit masked until Show. */
export const Data: Story = {};

/** The skeleton while the balance loads (it never answers here). */
export const Loading: Story = { tags: ['loading-state'], beforeEach: loadingForever('GET /credits') };

/** The balance could not be loaded: what failed, the request id, Retry. */
export const ErrorState: Story = { name: 'Error', beforeEach: failing('GET /credits') };

/** A new organisation with no credits yet. */
export const ZeroBalance: Story = { args: { organisation: 'org_empty' } };

/** A 9Pic staff viewer sees Add Credits (the grant dialog). */
export const StaffView: Story = { beforeEach: staffViewer };

/** The grant dialog, open. */
export const StaffDialogOpen: Story = {
  beforeEach: staffViewer,
  // A modal dialog: inline, it would make the whole docs page inert.
  parameters: ownFrame,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('credits-balance')!;
    for (let i = 0; i < 50 && !el.shadowRoot?.querySelector('[part="add-button"]'); i++) await new Promise((r) => setTimeout(r, 100));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="add-button"]')!.click();
  },
};

/** The grant is refused (403): shown in words, typed values kept. Open the dialog and submit. */
export const StaffGrantForbidden: Story = {
  beforeEach: (context) => {
    staffViewer(context);
    simOf(context).failNext('POST /credits/grants', { status: 403, code: 'not_allowed', message: 'Only 9Pic staff can add credits.', times: 1000 });
  },
};

/** org_payg: no pricing configured (`cost_per_credit: null`), so no Cost per Credit row. */
export const NoPricing: Story = { args: { organisation: 'org_payg' } };

/** org_payg: a balance of −250, flagged and explained. */
export const NegativeBalance: Story = { args: { organisation: 'org_payg' } };

/** Advice: the balance (12,500) is at least 2× the 5,000 expected photos. */
export const AdviceFine: Story = { args: { expectedPhotos: 5000 } };

/** Advice: about 1.5× (12,500 for 8,000 photos): top up to ~3× before Sync. */
export const AdviceBeforeSync: Story = { args: { expectedPhotos: 8000 } };

/** Advice: below the expected photos (12,500 for 20,000): top up now. */
export const AdviceTopUpNow: Story = { args: { expectedPhotos: 20000 } };

/** Advice on a negative balance: the suggestion covers the debt, never below 1,000 credits. */
export const AdviceNegativeBalance: Story = { args: { organisation: 'org_payg', expectedPhotos: 200 } };

/** Hindi, en-IN digits. */
export const Hindi: Story = { args: { locale: 'hi-IN', expectedPhotos: 8000 }, parameters: ownFrame };

/** The dark palette. */
export const Dark: Story = { args: { theme: 'dark', expectedPhotos: 20000 }, parameters: { backgrounds: { value: 'dark' } } };

/** Below the low-balance threshold (12,500 < 20,000): marked low in colour and words; `credits-low-balance` fires. */
export const LowBalance: Story = { args: { lowBalanceThreshold: 20000 } };

/** The runway when the balance lasts less than a day at recent usage. */
export const RunwayUnderADay: Story = { beforeEach: balanceOf(40) };

/** The runway when the balance lasts more than a year at recent usage. */
export const RunwayOverAYear: Story = { beforeEach: balanceOf(5_000_000) };

/** No usage in the previous month or this one: no runway line. */
export const NoRecentUsage: Story = {
  beforeEach: (context) => simOf(context).respondWith('GET /credits/monthly-usage', 200, { months: [] }, 1000),
};

/** Low balance and runway in Hindi. */
export const LowBalanceHindi: Story = { args: { locale: 'hi-IN', lowBalanceThreshold: 20000 }, parameters: ownFrame };
