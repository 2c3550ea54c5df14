import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/billing-details-form/define.js';
import { defaultProviderArgs, failing, inProvider, loadingForever, ownFrame, providerArgTypes, simOf, type ProviderArgs } from './support.js';

const meta: Meta<ProviderArgs> = {
  title: 'Elements/billing-details-form',
  component: 'billing-details-form',
  argTypes: { ...providerArgTypes },
  args: { ...defaultProviderArgs },
  render: (args) => inProvider(args, html`<billing-details-form></billing-details-form>`),
};
export default meta;
type Story = StoryObj<ProviderArgs>;

type Form = HTMLElement & { updateComplete: Promise<unknown> };

/** Waits for the form, then runs `then` with the element's shadow root. */
const whenReady = (then: (root: ShadowRoot, el: Form) => void | Promise<void>) => async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const el = canvasElement.querySelector<Form>('billing-details-form')!;
  for (let i = 0; i < 60 && !el.shadowRoot?.querySelector('form'); i++) await new Promise((r) => setTimeout(r, 100));
  await then(el.shadowRoot!, el);
};

const type = (root: ShadowRoot, name: string, value: string) => {
  const input = root.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
};

const fillUs = async (root: ShadowRoot, el: Form) => {
  type(root, 'address.country', 'US');
  await el.updateComplete;
  type(root, 'business_name', 'Boston Running Club Inc');
  type(root, 'billing_email', 'billing@bostonrunning.org');
  type(root, 'address.line1', '1 Boylston St');
  type(root, 'address.city', 'Boston');
  type(root, 'address.postal_code', '02116');
  await el.updateComplete;
};

/** org_42: saved details of an Indian business, with GSTIN. */
export const Saved: Story = {};

/** No billing details saved yet (GET 404): an empty form, the country preset from the locale. */
export const Empty: Story = { args: { organisation: 'org_trial_us', locale: 'en-US' } };

/** The skeleton while the details load (they never answer here). */
export const Loading: Story = { tags: ['loading-state'], beforeEach: loadingForever('GET /billing-details') };

/** The details could not be loaded: what failed, the request id, Retry. */
export const LoadError: Story = { beforeEach: failing('GET /billing-details') };

/** Browser-side checks after Save on an empty Indian form: messages beside the fields, focus on the first. */
export const ValidationErrors: Story = {
  args: { organisation: 'org_empty' },
  // Focus goes to the first field in error: in its own frame on the docs page.
  parameters: ownFrame,
  play: whenReady(async (root, el) => {
    type(root, 'tax_id', '27AAPFU0939F1Z');
    type(root, 'billing_email', 'accounts@');
    await el.updateComplete;
    root.querySelector('form')!.requestSubmit();
  }),
};

/** The server answers 422 with `fields`: shown on the same inputs, everything typed kept. */
export const ServerFieldErrors: Story = {
  args: { organisation: 'org_trial_us', locale: 'en-US' },
  beforeEach: (context) =>
    simOf(context).failNext('PUT /billing-details', {
      status: 422,
      times: 1000,
      message: 'Some fields are invalid.',
      fields: { 'address.city': 'We could not verify this city', billing_email: 'This mailbox does not accept mail' },
    }),
  // Focus goes to the first field in error: in its own frame on the docs page.
  parameters: ownFrame,
  play: whenReady(async (root, el) => {
    await fillUs(root, el);
    root.querySelector('form')!.requestSubmit();
  }),
};

/** Saving fails (503): the message, request id and Retry; the input is kept. */
export const SaveFailed: Story = {
  args: { organisation: 'org_trial_us', locale: 'en-US' },
  beforeEach: failing('PUT /billing-details', 503),
  play: whenReady(async (root, el) => {
    await fillUs(root, el);
    root.querySelector('form')!.requestSubmit();
  }),
};

/** Saving: the button says so while the request is under way (slow here). */
export const Saving: Story = {
  args: { organisation: 'org_trial_us', locale: 'en-US' },
  beforeEach: loadingForever('PUT /billing-details'),
  play: whenReady(async (root, el) => {
    await fillUs(root, el);
    root.querySelector('form')!.requestSubmit();
  }),
};

/** Just saved: the saved state. */
export const JustSaved: Story = {
  args: { organisation: 'org_trial_us', locale: 'en-US' },
  play: whenReady(async (root, el) => {
    await fillUs(root, el);
    root.querySelector('form')!.requestSubmit();
  }),
};

/** Edited but not saved: the indicator and Discard changes. */
export const UnsavedChanges: Story = {
  play: whenReady((root) => type(root, 'business_name', 'Mumbai Marathon Photos Pvt Ltd')),
};

/** A separate shipping address ("same as billing" switched off). */
export const SeparateShipping: Story = {
  play: whenReady((root) => root.querySelector<HTMLInputElement>('[name="shipping_same"]')!.click()),
};

/** A country other than India: a generic Tax ID instead of GSTIN. */
export const OtherCountry: Story = { args: { organisation: 'org_enterprise', locale: 'en-US' } };

/** Hindi. */
export const Hindi: Story = { args: { locale: 'hi-IN' }, parameters: ownFrame };

/** The dark palette. */
export const Dark: Story = { args: { theme: 'dark' } };
