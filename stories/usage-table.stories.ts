import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/usage-table/define.js';
import type { UsageTable } from '../src/elements/usage-table/usage-table.js';
import { defaultProviderArgs, failing, inProvider, loadingForever, ownFrame, providerArgTypes, simOf, type ProviderArgs, narrowColumn } from './support.js';

interface Args extends ProviderArgs {
  direction: 'usage' | 'addition';
}

const TXNS = 'GET /credits/transactions';

const meta: Meta<Args> = {
  title: 'Elements/usage-table',
  component: 'usage-table',
  argTypes: { ...providerArgTypes, direction: { control: 'inline-radio', options: ['usage', 'addition'] } },
  args: { ...defaultProviderArgs, direction: 'usage' },
  render: (args) => inProvider(args, html`<usage-table direction=${args.direction}></usage-table>`),
};
export default meta;
type Story = StoryObj<Args>;

/** Wait for the element's shadow root to hold `selector` (stories run against a simulator with latency). */
async function find<E extends Element>(canvas: HTMLElement, selector: string): Promise<{ el: UsageTable; found: E }> {
  const el = canvas.querySelector<UsageTable>('usage-table')!;
  for (let i = 0; i < 100; i++) {
    const found = el.shadowRoot?.querySelector<E>(selector);
    if (found) return { el, found };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${selector} never appeared`);
}

/** org_42: Credit Usage, first page of 100 rows (Photo Processing / AI Image Rotation), Load more. */
export const Usage: Story = {};

/** org_42: Purchase History: purchases, an admin grant, a refund, free credits and an unknown `promo_bonus` (neutral badge). */
export const PurchaseHistory: Story = { args: { direction: 'addition' } };

/** Purchase History: a purchase's **Details** opens its payment (with the invoice number) in the side sheet shared with `<payments-list>`. */
export const PurchasePaymentDetails: Story = {
  args: { direction: 'addition' },
  // A modal sheet: inline, it would make the whole docs page inert.
  parameters: ownFrame,
  play: async ({ canvasElement }) => {
    const { found } = await find<HTMLButtonElement>(canvasElement, 'button[data-payment]');
    found.click();
  },
};

/** Purchase History: the payment behind a purchase cannot be loaded; the sheet says so, with the request id and Retry. */
export const PurchasePaymentDetailsError: Story = {
  name: 'Purchase payment details (error)',
  args: { direction: 'addition' },
  beforeEach: failing('GET /payments/*'),
  // A modal sheet: inline, it would make the whole docs page inert.
  parameters: ownFrame,
  play: async ({ canvasElement }) => {
    const { found } = await find<HTMLButtonElement>(canvasElement, 'button[data-payment]');
    found.click();
  },
};

/** Skeleton rows under the column headers while the first page loads (it never answers here). */
export const LoadingUsage: Story = { tags: ['loading-state'], name: 'Loading (usage)', beforeEach: loadingForever(TXNS) };
export const LoadingAddition: Story = { tags: ['loading-state'], name: 'Loading (addition)', args: { direction: 'addition' }, beforeEach: loadingForever(TXNS) };

/** The list could not be loaded: what failed, the request id, Retry. */
export const ErrorUsage: Story = { name: 'Error (usage)', beforeEach: failing(TXNS) };
export const ErrorAddition: Story = { name: 'Error (addition)', args: { direction: 'addition' }, beforeEach: failing(TXNS) };

/** A new organisation: "No credit usage yet". */
export const EmptyUsage: Story = { name: 'Empty (usage)', args: { organisation: 'org_empty' } };
/** A new organisation: "No purchases yet". */
export const EmptyAddition: Story = { name: 'Empty (addition)', args: { organisation: 'org_empty', direction: 'addition' } };

/** Two pages loaded: the body is virtualised from here on (the virtualizer chunk loads now). */
export const TwoPages: Story = {
  play: async ({ canvasElement }) => {
    const { el } = await find(canvasElement, '[part="load-more"]');
    await el.loadMore();
  },
};

/** Filtered to one event and a date range: the API gets event_id, from and to; per-event totals open. */
export const Filtered: Story = {
  play: async ({ canvasElement }) => {
    const { el, found: select } = await find<HTMLSelectElement>(canvasElement, '#filter-event');
    select.value = [...select.options].find((o) => o.value)!.value;
    select.dispatchEvent(new Event('change'));
    const from = el.shadowRoot!.querySelector<HTMLInputElement>('#filter-from')!;
    from.value = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
    from.dispatchEvent(new Event('change'));
    const { found: totals } = await find<HTMLDetailsElement>(canvasElement, '.totals');
    totals.open = true;
  },
};

/** Filters that match nothing: "No entries match these filters." */
export const FilteredEmpty: Story = {
  play: async ({ canvasElement }) => {
    const { found: from } = await find<HTMLInputElement>(canvasElement, '#filter-from');
    from.value = '2099-01-01';
    from.dispatchEvent(new Event('change'));
  },
};

/** Per-event totals ("how many credits each event used") over the loaded rows, with the range they cover. */
export const PerEventTotals: Story = {
  play: async ({ canvasElement }) => {
    const { found } = await find<HTMLDetailsElement>(canvasElement, '.totals');
    found.open = true;
  },
};

/** org_big: all 10,500 rows loaded; the DOM holds only the rows in view. Scroll the table. */
export const TenThousandRows: Story = {
  name: '10,000+ rows (org_big)',
  args: { organisation: 'org_big' },
  beforeEach: (context) => {
    simOf(context).options.latency = 0;
  },
  play: async ({ canvasElement }) => {
    const { el } = await find(canvasElement, '[part="load-more"]');
    for (let i = 0; i < 200 && el.shadowRoot!.querySelector('[part="load-more"]'); i++) {
      await el.loadMore();
      await el.updateComplete;
    }
  },
};

/** Hostile event names and emails (`<img onerror>`) are shown as text. */
export const HostileText: Story = {
  beforeEach: (context) => {
    simOf(context).state.orgs.org_42!.transactions.unshift({
      id: 'txn_hostile',
      type: 'usage',
      usage_kind: 'event_photo_indexing',
      delta: -42,
      event: { id: 'evt_<b>x</b>', name: '<img src=x onerror=alert(1)> A very long event name that must be truncated with an ellipsis' },
      user_email: '<script>alert(1)</script>@example.com',
      created_at: new Date().toISOString(),
    });
  },
};

/** Hindi, dark theme. */
export const HindiDark: Story = { args: { locale: 'hi-IN', theme: 'dark' }, parameters: ownFrame };

/** In a 360px column (a phone, a sidebar): each row stacks into three lines; no sideways scroll. */
export const Narrow: Story = { name: 'Narrow (360px)', decorators: [narrowColumn] };
