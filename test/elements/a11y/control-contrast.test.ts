/**
 * #22.4 (WCAG 1.4.11): the edges that identify a control — text fields,
 * selects, the date filters, the switch track (off and on) and the stepper —
 * contrast ≥ 3:1 with the background they sit on, in the light and dark
 * themes, measured from computed styles.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import '../../../src/index.js';
import { mountInProvider, loaded } from '../../support.js';
import { mountWizard } from '../wizard-helpers.js';

type Rgb = [number, number, number];
function parse(color: string): Rgb {
  const hex = /^#([0-9a-f]{6})$/i.exec(color.trim());
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16)) as Rgb;
  const rgb = /rgba?\(([^)]+)\)/.exec(color);
  if (!rgb) throw new Error(`not a colour: ${color}`);
  return rgb[1]!.split(/[ ,/]+/).slice(0, 3).map(Number) as Rgb;
}
const luminance = ([r, g, b]: Rgb) => {
  const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};
export function contrast(a: string, b: string): number {
  const [l1, l2] = [luminance(parse(a)), luminance(parse(b))].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}

/**
 * The background a control sits on: the nearest opaque background up through
 * shadow roots; past the provider, the theme's page background (`--_color-bg`),
 * as a host page in that theme would paint it.
 */
function backdrop(el: Element): string {
  let node: Element | null = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  let last = el;
  while (node && node.localName !== 'credits-provider') {
    const bg = getComputedStyle(node).backgroundColor;
    if (!/rgba\(.*, 0\)|transparent/.test(bg)) return bg;
    last = node;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
  return getComputedStyle(last).getPropertyValue('--_color-bg');
}

const THEMES = ['light', 'dark'] as const;

for (const theme of THEMES) {
  describe(`#22.4 control edges ≥ 3:1 (${theme} theme)`, () => {
    it('billing form: text fields, the country select and the switch track (off and on)', async () => {
      const { el, provider } = await mountInProvider(html`<billing-details-form></billing-details-form>`);
      if (theme === 'dark') provider.setAttribute('theme', 'dark');
      await loaded(el);
      const root = el.shadowRoot!;
      const controls = [...root.querySelectorAll<HTMLElement>('.field input, .field select')].filter((c) => c.offsetParent !== null);
      expect(controls.length).to.be.greaterThan(3);
      for (const control of controls) {
        const ratio = contrast(getComputedStyle(control).borderTopColor, backdrop(control));
        expect(ratio, `${control.localName}#${control.id} border ${ratio.toFixed(2)}:1`).to.be.at.least(3);
      }
      const track = root.querySelector<HTMLInputElement>('.switch input')!;
      for (const checked of [true, false]) {
        track.checked = checked;
        const ratio = contrast(getComputedStyle(track).backgroundColor, backdrop(track));
        expect(ratio, `switch track (${checked ? 'on' : 'off'}) ${ratio.toFixed(2)}:1`).to.be.at.least(3);
      }
    });

    it('usage filters: the event select and the date inputs', async () => {
      const { el, provider } = await mountInProvider(html`<usage-table></usage-table>`);
      if (theme === 'dark') provider.setAttribute('theme', 'dark');
      await waitUntil(() => el.shadowRoot?.querySelector('#filter-event'), 'no event filter', { timeout: 4000 });
      for (const id of ['filter-event', 'filter-from', 'filter-to']) {
        const control = el.shadowRoot!.querySelector<HTMLElement>(`#${id}`)!;
        const ratio = contrast(getComputedStyle(control).borderTopColor, backdrop(control));
        expect(ratio, `#${id} border ${ratio.toFixed(2)}:1`).to.be.at.least(3);
      }
    });

    it('the purchase stepper: each step bar and number circle', async () => {
      const { el, provider } = await mountWizard();
      if (theme === 'dark') provider.setAttribute('theme', 'dark');
      await el.updateComplete;
      const steps = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.stepper li')];
      expect(steps.length).to.equal(4);
      for (const step of steps) {
        const bar = contrast(getComputedStyle(step).borderTopColor, backdrop(step));
        expect(bar, `step "${step.textContent!.trim()}" bar ${bar.toFixed(2)}:1`).to.be.at.least(3);
        const dot = step.querySelector<HTMLElement>('.dot')!;
        const circle = contrast(getComputedStyle(dot).borderTopColor, backdrop(dot));
        expect(circle, `step "${step.textContent!.trim()}" circle ${circle.toFixed(2)}:1`).to.be.at.least(3);
      }
    });
  });
}
