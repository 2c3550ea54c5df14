/**
 * <purchase-wizard> on the simulated backend: every step and outcome, in INR
 * (org_42 on Pro; org_expired may buy Pro) and USD (org_trial_us). Steps past
 * the first are reached by a `play` function that clicks through the wizard.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PurchaseWizard } from '../src/elements/purchase-wizard/purchase-wizard.js';
import type { Outcome } from '../src/simulator/index.js';
import { defaultProviderArgs, failing, inProvider, loadingForever, ownFrame, providerArgTypes, simOf, type ProviderArgs, type WithSim } from './support.js';

interface Args extends ProviderArgs {
  plan?: 'pro' | 'credits' | 'custom';
  quantity?: number;
  expectedPhotos?: number;
}

const meta: Meta<Args> = {
  title: 'Elements/purchase-wizard',
  component: 'purchase-wizard',
  argTypes: { ...providerArgTypes, plan: { control: 'select', options: [undefined, 'pro', 'credits', 'custom'] } },
  args: { ...defaultProviderArgs },
  render: (args) => inProvider(args, html`<purchase-wizard plan=${ifDefined(args.plan)} quantity=${ifDefined(args.quantity)} expected-photos=${ifDefined(args.expectedPhotos)}></purchase-wizard>`),
};
export default meta;
type Story = StoryObj<Args>;

/** Opened from the balance's top-up advice: Add Credits with the suggested quantity. */
export const FromTopUpAdvice: Story = { name: 'From the top-up advice (quantity)', args: { plan: 'credits', quantity: 12000 } };
/** Credits step with `expected-photos`: the advice's suggestion ("Suggested: 11,500") beside the quick picks, pressed; the balance after purchase follows. */
export const WithSuggestion: Story = {
  name: 'Credits · advice suggestion (expected-photos 8,000)',
  args: { plan: 'credits', quantity: 11500, expectedPhotos: 8000 },
};

// ---- a small driver for play functions (the wizard's shadow DOM) ----
// Each step change focuses the step's heading, as it should for a user: a driven story gets its own
// frame on the docs page (`ownFrame`), where that focus stays.

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until<T>(find: () => T | null | undefined, timeout = 8000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() - start > timeout) throw new Error('The wizard did not get there in time.');
    await wait(50);
  }
}
const wizardIn = (canvas: HTMLElement) => until(() => canvas.querySelector<PurchaseWizard>('purchase-wizard'));
const q = <E extends Element>(el: PurchaseWizard, selector: string) => el.shadowRoot?.querySelector<E>(selector) ?? null;
const buttonLabelled = (el: PurchaseWizard, label: string) =>
  [...(el.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent!.trim() === label && !b.disabled) ?? null;

async function click(el: PurchaseWizard, label: string) {
  (await until(() => buttonLabelled(el, label))).click();
  await el.updateComplete;
}
async function type(el: PurchaseWizard, selector: string, value: string) {
  const input = await until(() => q<HTMLInputElement | HTMLTextAreaElement>(el, selector));
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}
async function choose(el: PurchaseWizard, kind: string) {
  (await until(() => q<HTMLInputElement>(el, `[data-kind="${kind}"] input`))).click();
  await el.updateComplete;
}

type Stop = 'credits' | 'credits-error' | 'review' | 'payment' | 'outcome' | 'error';
interface Drive {
  stop: Stop;
  kind?: 'pro_subscription' | 'credits' | 'custom';
  credits?: string;
}

async function drive(canvas: HTMLElement, { stop, kind = 'credits', credits = '5000' }: Drive) {
  const el = await wizardIn(canvas);
  await until(() => q(el, '#step-heading'));
  await choose(el, kind);
  await click(el, 'Next');
  if (kind === 'custom') {
    await type(el, '#amount', '2500');
    await type(el, '#remark', stop === 'credits-error' ? 'x'.repeat(520) : 'Custom watermark setup fee');
  } else {
    await type(el, '#credits', stop === 'credits-error' ? '999' : credits);
  }
  if (stop === 'credits') return;
  await click(el, 'Next');
  if (stop === 'credits-error') return;
  await until(() => buttonLabelled(el, 'Continue to payment'));
  if (stop === 'review') return;
  await click(el, 'Continue to payment');
  (await until(() => q<HTMLInputElement>(el, '#refund'))).click();
  await el.updateComplete;
  if (stop === 'payment') return;
  (await until(() => q<HTMLButtonElement>(el, '[part="pay-button"]:not([disabled])'))).click();
  await until(() => q(el, stop === 'error' ? '.error-panel' : '[data-outcome]'));
}

const INR = { organisation: 'org_42' };
const INR_PRO = { organisation: 'org_expired' };
const USD = { organisation: 'org_trial_us', locale: 'en-US' };
const withOutcome = (outcome: Outcome) => (context: WithSim) => simOf(context).setGatewayOutcome(outcome);

// ---- Plan step and loading/error ----

export const PlanINR: Story = { name: 'Plan · INR (Pro active: no Pro card)', args: INR };
export const PlanINRProAvailable: Story = { name: 'Plan · INR (Pro expired: Pro card)', args: INR_PRO };
export const PlanUSD: Story = { name: 'Plan · USD (trial)', args: USD };
export const PlanHindi: Story = { name: 'Plan · Hindi', args: { ...INR_PRO, locale: 'hi-IN' }, parameters: ownFrame };
export const Dark: Story = { name: 'Plan · dark', args: { ...INR_PRO, theme: 'dark' } };
export const Loading: Story = { tags: ['loading-state'], beforeEach: loadingForever('GET /purchase-options') };
export const LoadError: Story = { name: 'Options failed to load', beforeEach: failing('GET /purchase-options') };
export const StartOnCredits: Story = { name: 'plan="credits" starts on Credits', args: { ...INR, plan: 'credits' } };
export const StartOnPro: Story = { name: 'plan="pro" (INR, Pro available)', args: { ...INR_PRO, plan: 'pro' } };

// ---- Credits step ----

export const CreditsINR: Story = { name: 'Credits · INR', args: INR, parameters: ownFrame, play: ({ canvasElement }) => drive(canvasElement, { stop: 'credits' }) };
export const CreditsUSD: Story = { name: 'Credits · USD', args: USD, parameters: ownFrame, play: ({ canvasElement }) => drive(canvasElement, { stop: 'credits' }) };
export const CreditsBelowMinimum: Story = {
  name: 'Credits · 999 refused',
  args: INR,
  parameters: ownFrame, play: ({ canvasElement }) => drive(canvasElement, { stop: 'credits-error' }),
};
export const CreditsProZero: Story = {
  name: 'Credits · Pro with 0 credits (INR)',
  args: INR_PRO,
  parameters: ownFrame, play: ({ canvasElement }) => drive(canvasElement, { stop: 'credits', kind: 'pro_subscription', credits: '0' }),
};
export const CustomPaymentINR: Story = {
  name: 'Custom payment · INR',
  args: INR,
  parameters: ownFrame, play: ({ canvasElement }) => drive(canvasElement, { stop: 'credits', kind: 'custom' }),
};
export const CustomRemarkTooLong: Story = {
  name: 'Custom payment · remark too long',
  args: USD,
  parameters: ownFrame, play: ({ canvasElement }) => drive(canvasElement, { stop: 'credits-error', kind: 'custom' }),
};

// ---- Review and Payment ----

export const ReviewINR: Story = { name: 'Review · INR (GST, GSTIN)', args: INR, parameters: ownFrame, play: ({ canvasElement }) => drive(canvasElement, { stop: 'review' }) };
export const ReviewUSD: Story = { name: 'Review · USD (no GST)', args: USD, parameters: ownFrame, play: ({ canvasElement }) => drive(canvasElement, { stop: 'review' }) };
export const ReviewProINR: Story = {
  name: 'Review · Pro + credits (INR)',
  args: INR_PRO,
  parameters: ownFrame, play: ({ canvasElement }) => drive(canvasElement, { stop: 'review', kind: 'pro_subscription', credits: '2000' }),
};
export const ReviewQuoteFailed: Story = {
  name: 'Review · quote failed',
  args: INR,
  beforeEach: failing('POST /purchases/quote'),
  parameters: ownFrame, play: ({ canvasElement }) => drive(canvasElement, { stop: 'credits' }).then(async () => click(await wizardIn(canvasElement), 'Next')),
};
export const PaymentINR: Story = { name: 'Payment · INR (Razorpay)', args: INR, parameters: ownFrame, play: ({ canvasElement }) => drive(canvasElement, { stop: 'payment' }) };
export const PaymentUSD: Story = { name: 'Payment · USD (PayGlocal)', args: USD, parameters: ownFrame, play: ({ canvasElement }) => drive(canvasElement, { stop: 'payment' }) };

// ---- Outcomes ----


export const CompletedINR: Story = {
  name: 'Outcome · completed (INR)',
  args: INR,
  beforeEach: withOutcome('completed'),
  parameters: ownFrame, play: ({ canvasElement }) => drive(canvasElement, { stop: 'outcome' }),
};
export const CompletedUSD: Story = {
  name: 'Outcome · completed (USD)',
  args: USD,
  beforeEach: withOutcome('completed'),
  parameters: ownFrame, play: ({ canvasElement }) => drive(canvasElement, { stop: 'outcome' }),
};
export const CompletedProINR: Story = {
  name: 'Outcome · Pro completed (INR)',
  args: INR_PRO,
  beforeEach: withOutcome('completed'),
  parameters: ownFrame, play: ({ canvasElement }) => drive(canvasElement, { stop: 'outcome', kind: 'pro_subscription', credits: '0' }),
};
export const PendingINR: Story = {
  name: 'Outcome · pending (INR)',
  args: INR,
  beforeEach: withOutcome('pending'),
  parameters: ownFrame, play: ({ canvasElement }) => drive(canvasElement, { stop: 'outcome' }),
};
export const PendingUSD: Story = {
  name: 'Outcome · pending (USD)',
  args: USD,
  beforeEach: withOutcome('pending'),
  parameters: ownFrame, play: ({ canvasElement }) => drive(canvasElement, { stop: 'outcome' }),
};
export const FailedINR: Story = {
  name: 'Outcome · failed (INR)',
  args: INR,
  beforeEach: withOutcome('failed'),
  parameters: ownFrame, play: ({ canvasElement }) => drive(canvasElement, { stop: 'outcome' }),
};
export const FailedUSD: Story = {
  name: 'Outcome · failed (USD)',
  args: USD,
  beforeEach: withOutcome('failed'),
  parameters: ownFrame, play: ({ canvasElement }) => drive(canvasElement, { stop: 'outcome' }),
};
export const CancelledINR: Story = {
  name: 'Outcome · cancelled (INR)',
  args: INR,
  beforeEach: withOutcome('cancelled'),
  parameters: ownFrame, play: ({ canvasElement }) => drive(canvasElement, { stop: 'outcome' }),
};
export const CancelledUSD: Story = {
  name: 'Outcome · cancelled (USD)',
  args: USD,
  beforeEach: withOutcome('cancelled'),
  parameters: ownFrame, play: ({ canvasElement }) => drive(canvasElement, { stop: 'outcome' }),
};
export const AlreadySubscribed: Story = {
  name: 'Error · already subscribed (INR)',
  args: INR_PRO,
  beforeEach: (context) => simOf(context).failNext('POST /purchases', { status: 400, code: 'already_subscribed', message: 'This organisation already has Pro.' }),
  parameters: ownFrame, play: ({ canvasElement }) => drive(canvasElement, { stop: 'error', kind: 'pro_subscription', credits: '0' }),
};
export const NetworkErrorUSD: Story = {
  name: 'Error · answer lost, retry is safe (USD)',
  args: USD,
  beforeEach: (context) => simOf(context).failNext('POST /purchases', { mode: 'commit-then-network-error' }),
  parameters: ownFrame, play: ({ canvasElement }) => drive(canvasElement, { stop: 'error' }),
};
