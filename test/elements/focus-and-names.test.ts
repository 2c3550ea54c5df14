/**
 * Every control has an accessible name, and every keyboard stop shows a
 * visible focus indicator: for each element (with its data, and the wizard on
 * each step), Tab walks from a host-page button through the whole element; at
 * each stop the control must match :focus-visible and draw an outline or a
 * box-shadow (itself, or a wrapper such as a radio card). Names come from
 * axe-core's accessible-name computation, over every control rendered in the
 * element's shadow roots (nested elements included).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import 'axe-core/axe.min.js';
import '../../src/index.js';
import type { CreditsProvider } from '../../src/elements/credits-provider/credits-provider.js';
import { createSimulatedGateway, createSimulator } from '../../src/simulator/index.js';
import { waitForText } from '../support.js';

interface AxeLike {
  setup(root?: Node): unknown;
  teardown(): void;
  commons: { text: { accessibleText(element: Element): string } };
}
const axe = () => (window as unknown as { axe: AxeLike }).axe;

const CONTROLS = 'button, input:not([type=hidden]), select, textarea, a[href], summary, [tabindex]:not([tabindex="-1"]), [role=tab], [role=button], [role=link], [role=checkbox], [role=radio], [role=switch], [role=menuitem]';

async function mount(inner: TemplateResult, options: { organisation?: string; locale?: string; staff?: boolean } = {}) {
  const sim = createSimulator(options.staff ? { viewer: { email: 'staff@9pic.ai', is_staff: true } } : {});
  const root = await fixture<HTMLDivElement>(html`<div>
    <button id="start" type="button">Start</button>
    <credits-provider api-base="/api" organisation=${options.organisation ?? 'org_42'} locale=${options.locale ?? 'en-IN'} .fetch=${sim.fetch}>${inner}</credits-provider>
    <button id="end" type="button">End</button>
  </div>`);
  const provider = root.querySelector<CreditsProvider>('credits-provider')!;
  provider.gateways = ['razorpay', 'payglocal'].map((name) => createSimulatedGateway(sim, { name }));
  return { el: provider.firstElementChild as HTMLElement, start: root.querySelector<HTMLButtonElement>('#start')!, end: root.querySelector<HTMLButtonElement>('#end')! };
}

function deepActive(): HTMLElement | null {
  let node = document.activeElement as HTMLElement | null;
  while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement as HTMLElement;
  return node;
}

/** Every element under `el` across shadow roots. */
function deepAll(el: Element): Element[] {
  const out: Element[] = [];
  const walk = (root: ParentNode) => {
    for (const child of root.querySelectorAll('*')) {
      out.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
    }
  };
  if (el.shadowRoot) walk(el.shadowRoot);
  walk(el);
  return out;
}

const rendered = (e: Element) => (e as HTMLElement).offsetParent !== null || getComputedStyle(e).position === 'fixed';
const describeEl = (e: Element) => `<${e.localName}${e.id ? `#${e.id}` : ''}${e.getAttribute('name') ? ` name=${e.getAttribute('name')}` : ''}> "${(e.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}" in <${(e.getRootNode() as ShadowRoot).host?.localName}>`;

function hasIndicator(e: Element): boolean {
  const s = getComputedStyle(e);
  return (s.outlineStyle !== 'none' && s.outlineWidth !== '0px') || (s.boxShadow !== 'none' && s.boxShadow !== '');
}
/** The control's own outline/box-shadow, or that of a wrapper drawn for it (a radio card, a switch track) within 3 levels. */
function showsFocus(e: HTMLElement): boolean {
  if (hasIndicator(e)) return true;
  let node: Element | null = e.parentElement;
  for (let i = 0; i < 3 && node; i++, node = node.parentElement) if (hasIndicator(node)) return true;
  return false;
}

/** Names of every rendered control in the element (nested elements' shadow roots included). */
function unnamedControls(el: HTMLElement): string[] {
  const a = axe();
  a.setup(document);
  try {
    return deepAll(el)
      .filter((e) => e.matches(CONTROLS) && rendered(e) && !(e as HTMLInputElement).disabled)
      // Hidden from assistive technology and out of the Tab order (the native input that only anchors a date field's calendar): never met, so no name.
      .filter((e) => !(e.closest('[aria-hidden="true"]') && e.getAttribute('tabindex') === '-1'))
      .filter((e) => !a.commons.text.accessibleText(e).trim())
      .map(describeEl);
  } finally {
    a.teardown();
  }
}

/** Tab from the host page's Start button through the element; returns what each stop lacked. */
async function walkFocus(start: HTMLButtonElement, end: HTMLButtonElement) {
  start.focus();
  const stops: HTMLElement[] = [];
  const problems: string[] = [];
  for (let i = 0; i < 200; i++) {
    await sendKeys({ press: 'Tab' });
    const focused = deepActive();
    if (!focused || focused === end || focused === document.body) break;
    // A native date input would take a Tab per part (day, month, year): the same element again is the same stop.
    if (focused === stops.at(-1)) continue;
    if (stops.includes(focused)) break;
    stops.push(focused);
    if (!focused.matches(':focus-visible')) problems.push(`${describeEl(focused)} does not match :focus-visible`);
    else if (!showsFocus(focused)) problems.push(`${describeEl(focused)} shows no outline or box-shadow when focused`);
  }
  return { stops, problems };
}

async function expectNamedAndVisible(el: HTMLElement, start: HTMLButtonElement, end: HTMLButtonElement, minStops = 1) {
  expect(unnamedControls(el), 'controls without an accessible name').to.deep.equal([]);
  const { stops, problems } = await walkFocus(start, end);
  expect(problems, 'focus indicators').to.deep.equal([]);
  expect(stops.length, 'keyboard stops').to.be.at.least(minStops);
}

describe('focus and names', () => {
  it('<credits-balance> (staff viewer, cost revealed, top-up advice)', async () => {
    const { el, start, end } = await mount(html`<credits-balance expected-photos="8000"></credits-balance>`, { staff: true });
    await waitForText(el, '12,500');
    await waitForText(el, 'Top up credits'); // the advice panel is a chunk of its own
    await expectNamedAndVisible(el, start, end, 4);
  });

  it('<monthly-usage>', async () => {
    const { el, start, end } = await mount(html`<monthly-usage></monthly-usage>`);
    await waitForText(el, /credits used/);
    await expectNamedAndVisible(el, start, end, 0);
  });

  for (const direction of ['usage', 'addition']) {
    it(`<usage-table direction="${direction}">`, async () => {
      const { el, start, end } = await mount(html`<usage-table direction=${direction}></usage-table>`);
      await waitUntil(() => el.shadowRoot!.querySelector('.tbody [role="row"]'), 'rows never appeared', { timeout: 4000 });
      await expectNamedAndVisible(el, start, end, 2);
    });
  }

  it('<payments-list>', async () => {
    const { el, start, end } = await mount(html`<payments-list></payments-list>`);
    await waitUntil(() => el.shadowRoot!.querySelector('tr[data-payment]'), 'rows never appeared', { timeout: 4000 });
    await expectNamedAndVisible(el, start, end, 4);
  });

  it('<billing-details-form> (saved details, separate shipping address)', async () => {
    const { el, start, end } = await mount(html`<billing-details-form></billing-details-form>`);
    await waitUntil(() => el.shadowRoot!.querySelector('form input[name="business_name"]'), 'the form never rendered', { timeout: 4000 });
    const same = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=checkbox]');
    if (same?.checked) same.click();
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await expectNamedAndVisible(el, start, end, 10);
  });

  for (const organisation of ['org_42', 'org_trial_us', 'org_expired']) {
    it(`<subscription-card> (${organisation})`, async () => {
      const { el, start, end } = await mount(html`<subscription-card></subscription-card>`, { organisation });
      await waitUntil(() => !el.shadowRoot!.querySelector('.skeleton') && el.shadowRoot!.querySelector('h2, h3'), 'never loaded', { timeout: 4000 });
      await expectNamedAndVisible(el, start, end, 1);
    });
  }

  it('<purchase-wizard> on every step: plan, credits, review, payment', async () => {
    const { el, start, end } = await mount(html`<purchase-wizard></purchase-wizard>`);
    (el as HTMLElement & { quoteDelay: number }).quoteDelay = 0;
    await waitUntil(() => el.shadowRoot?.querySelector('#step-heading'), 'no step', { timeout: 4000 });
    const wizard = el as HTMLElement & { updateComplete: Promise<unknown> };
    const press = async (label: string) => {
      const b = [...el.shadowRoot!.querySelectorAll('button')].find((x) => x.textContent!.trim() === label)!;
      b.click();
      await wizard.updateComplete;
    };
    await expectNamedAndVisible(el, start, end, 2); // plan
    el.shadowRoot!.querySelector<HTMLInputElement>('[data-kind="credits"] input')!.click();
    await press('Next');
    await expectNamedAndVisible(el, start, end, 2); // credits
    const credits = el.shadowRoot!.querySelector<HTMLInputElement>('#credits')!;
    credits.value = '2000';
    credits.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await press('Next');
    await waitForText(el, 'Price confirmed');
    await expectNamedAndVisible(el, start, end, 2); // review
    await press('Continue to payment');
    await expectNamedAndVisible(el, start, end, 2); // payment
  });

  it('<credits-area>: the tabs and every element in the Credits and Billing views', async () => {
    const { el, start, end } = await mount(html`<credits-area></credits-area>`);
    await waitUntil(() => deepAll(el).some((e) => e.localName === 'credits-balance' && (e.shadowRoot?.textContent ?? '').includes('12,500')), 'never loaded', { timeout: 6000 });
    await expectNamedAndVisible(el, start, end, 5);
    const tab = deepAll(el).find((e) => e.getAttribute('role') === 'tab' && e.textContent!.includes('Billing')) as HTMLElement;
    tab.click();
    await waitUntil(() => deepAll(el).some((e) => e.matches('tr[data-payment]')), 'payments never appeared', { timeout: 6000 });
    await expectNamedAndVisible(el, start, end, 5);
  });
});
