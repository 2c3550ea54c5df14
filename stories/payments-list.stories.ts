import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/payments-list/define.js';
import { defaultProviderArgs, failing, inProvider, loadingForever, ownFrame, providerArgTypes, simOf, type ProviderArgs, type WithSim, narrowColumn } from './support.js';

const meta: Meta<ProviderArgs> = {
  title: 'Elements/payments-list',
  component: 'payments-list',
  argTypes: { ...providerArgTypes },
  args: { ...defaultProviderArgs },
  render: (args) => inProvider(args, html`<payments-list></payments-list>`),
};
export default meta;
type Story = StoryObj<ProviderArgs>;

/** Keep only org_42's payments that pass `keep` (the simulator is reseeded before each story). */
const onlyPayments = (keep: (p: { status: string; invoice: { status: string } }) => boolean) => (context: WithSim) => {
  const org = simOf(context).state.orgs.org_42!;
  org.payments = org.payments.filter((r) => keep(r.payment));
};

/** Invoices stay `generating` for the story's lifetime. */
const slowInvoices = (context: WithSim) => {
  simOf(context).options.invoiceDelayMs = 24 * 3600_000;
};

/** Waits for the list's first row, then runs `then` with the element. */
const whenLoaded = (then: (el: HTMLElement) => void) => async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const el = canvasElement.querySelector('payments-list')!;
  for (let i = 0; i < 60 && !el.shadowRoot?.querySelector('tr[data-payment]'); i++) await new Promise((r) => setTimeout(r, 100));
  then(el);
};

/** org_42: payments in every status and every invoice state (the generating one settles after 1.5 s). */
export const AllPayments: Story = {};

/** The skeleton table while the payments load (they never answer here). */
export const Loading: Story = { tags: ['loading-state'], beforeEach: loadingForever('GET /payments') };

/** The payments could not be loaded: what failed, the request id, Retry. */
export const ErrorState: Story = { name: 'Error', beforeEach: failing('GET /payments') };

/** A new organisation: "No payments yet" with Purchase Credits. */
export const Empty: Story = { args: { organisation: 'org_empty' } };

/** Completed payments: Details plus the invoice action of each invoice state. */
export const StatusCompleted: Story = { beforeEach: onlyPayments((p) => p.status === 'completed') };
/** Pending: Details and Recheck (the seeded one completes on its 2nd recheck). */
export const StatusPending: Story = { beforeEach: onlyPayments((p) => p.status === 'pending') };
/** Failed: Details only. */
export const StatusFailed: Story = { beforeEach: onlyPayments((p) => p.status === 'failed') };
/** Abandoned: Details and Recheck. */
export const StatusAbandoned: Story = { beforeEach: onlyPayments((p) => p.status === 'abandoned') };

/** A status the library does not know yet: a neutral badge with the raw value, Details only. */
export const StatusUnknown: Story = {
  beforeEach: (context) => {
    onlyPayments((p) => p.status === 'failed')(context);
    simOf(context).state.orgs.org_42!.payments[0]!.payment.status = 'disputed';
  },
};

/** Invoice ready: **Invoice** downloads the PDF under the server's filename. */
export const InvoiceReady: Story = { beforeEach: onlyPayments((p) => p.invoice.status === 'ready') };
/** Invoice generating: the row says so and polls with backoff (kept generating here). */
export const InvoiceGenerating: Story = {
  beforeEach: (context) => {
    onlyPayments((p) => p.invoice.status === 'generating')(context);
    slowInvoices(context);
  },
};
/** Invoice not generated yet: **Generate Invoice**. */
export const InvoiceNotGenerated: Story = { beforeEach: onlyPayments((p) => p.invoice.status === 'not_generated') };
/** Invoice waiting for billing details: **Configure Billing**. */
export const InvoiceAwaitingBillingDetails: Story = { args: { organisation: 'org_trial_us' } };
/** The last invoice attempt failed: **Retry Invoice**. */
export const InvoiceFailed: Story = { beforeEach: onlyPayments((p) => p.invoice.status === 'failed') };
/** Payments that did not complete have no invoice (`not_applicable`). */
export const InvoiceNotApplicable: Story = { beforeEach: onlyPayments((p) => p.invoice.status === 'not_applicable') };

/** The details side sheet (a modal dialog) of the first payment. */
export const DetailsSheet: Story = {
  // A modal dialog: inline, it would make the whole docs page inert.
  parameters: ownFrame,
  play: whenLoaded((el) => el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-action="details"]')!.click()),
};

/** Configure Billing with nobody handling `credits-navigate`: the billing form opens inline. */
export const ConfigureBillingInline: Story = {
  // The form takes the focus when it opens: in its own frame on the docs page.
  parameters: ownFrame,
  args: { organisation: 'org_trial_us' },
  play: whenLoaded((el) => el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-action="configure-billing"]')!.click()),
};

/** A recheck that fails: the message, the request id and Dismiss; the row stays as it was. */
export const RecheckFails: Story = {
  beforeEach: (context) => {
    onlyPayments((p) => p.status === 'pending')(context);
    simOf(context).failNext('POST /payments/*/recheck', { status: 503, times: 1000, message: 'Gateway unavailable' });
  },
  play: whenLoaded((el) => el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-action="recheck"]')!.click()),
};

/** Sets a filter field as a user would (the list asks the API after a short pause). */
const setFilter = (selector: string, value: string) => (el: HTMLElement) => {
  const field = el.shadowRoot!.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
  field.value = value;
  field.dispatchEvent(new Event('change', { bubbles: true }));
};

/** Filtered by status on the server (`?status=completed`): the filter bar keeps the choice; Export CSV saves these rows. */
export const FilteredByStatus: Story = { play: whenLoaded(setFilter('#filter-status', 'completed')) };

/** A date range that matches nothing: the filters stay, the list says so and offers Clear filters. */
export const FilteredNoMatch: Story = { play: whenLoaded(setFilter('#filter-from', '2030-01-01')) };

/** A start date after the end date: the range error, no request. */
export const FilterRangeError: Story = {
  play: whenLoaded((el) => {
    setFilter('#filter-from', '2026-05-10')(el);
    setFilter('#filter-to', '2026-05-01')(el);
  }),
};

/** Hindi, en-IN digits. */
export const Hindi: Story = { args: { locale: 'hi-IN' }, parameters: ownFrame };

/** The dark palette. */
export const Dark: Story = { args: { theme: 'dark' } };

/** In a 360px column: each payment becomes a small card with labelled values. */
export const Narrow: Story = { name: 'Narrow (360px)', decorators: [narrowColumn] };
