/**
 * The behaviour every Credits element shares, written once (Vaadin's `*.common.js`
 * idea): the four states (loading, empty, error, data), Retry, an organisation
 * switch, and accessibility in each of them. An element's test file calls
 * `runCommonSuite({...})` with its template, the request it loads and the words it
 * shows; its own tests then cover only what is particular to it.
 *
 * Everything is read as a user meets it: text (through every shadow root, input
 * values included), skeleton bars in sight, busy regions, the alert, the Retry
 * button, geometry, and the requests the simulator saw.
 */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import type { ReactiveController, ReactiveElement, TemplateResult } from 'lit';
import { createSimulator, type Simulator } from '../../../src/simulator/index.js';
import { holdRequests, mountInProvider, requestsTo } from '../../support.js';
import { allRoots, deepQueryAll, deepText } from '../../hostile/support.js';

/** What `credits-error` carries (the part the suite reads). */
interface CreditsErrorDetail {
  operation: string;
  requestId?: string;
}

export interface CommonMounted {
  /** What the user looks at: the element (or the provider, or the area). */
  el: HTMLElement;
  switchOrganisation(id: string): void;
}

export interface CommonSuiteOptions {
  /** The describe title, e.g. `<usage-table direction="addition">`. */
  name: string;
  /** Mounted inside a `<credits-provider>` on the simulator; `el` is its first child. */
  template?: TemplateResult;
  /** Instead of `template`: mount on `sim` for `organisation` yourself. */
  mount?: (sim: Simulator, organisation: string) => Promise<CommonMounted>;
  /** The request the states are about, as for `sim.failNext`: 'GET /credits'. */
  load: string;
  /** The heading, in sight in every state. */
  title: string;
  /** False where the error panel replaces the heading too. */
  titleInError?: boolean;
  /** An organisation with data and a text only its data shows. */
  data: { organisation: string; text: string };
  /** An organisation with nothing yet and the words that say so (omit when the element has no empty state). */
  empty?: { organisation: string; text: string };
  /**
   * The organisation switched to, and a text its data shows. Omit only where the data is not the
   * organisation's (`<credits-organisations>` lists the viewer's organisations: it stays across a switch).
   */
  switchTo?: { organisation: string; text: string };
  /** Texts only `data.organisation` shows (or a reading of them off the loaded element): none may be in sight in any frame after the switch. */
  stale?: string[] | ((el: HTMLElement) => string[]);
  /** What the error panel says failed: 'Credits balance could not be loaded.' */
  error: string;
  /** At least this many skeleton bars in sight while loading. */
  skeletons: number;
  /** The region marked aria-busy="true" while loading (`null` where none is). */
  busy: string | null;
  /** The box that keeps its exact height from skeleton to data (a fixed-size card); default: only the heading stays put and nothing below moves up. */
  sameHeight?: (el: HTMLElement) => Element;
}

/** What is in sight: text through every shadow root, accessible names, and the values of fields. */
export function seen(el: Element): string {
  const values = allRoots(el).flatMap((r) => [...r.querySelectorAll<HTMLInputElement>('input, textarea, select')].map((i) => i.value));
  return `${deepText(el)} ${values.join(' ')}`;
}

const waitToSee = (el: Element, text: string, timeout = 8000) =>
  waitUntil(() => seen(el).includes(text), `"${text}" never appeared; saw: ${seen(el).slice(0, 300)}`, { timeout });

const inSight = (e: Element) => {
  const box = e.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
};
const skeletonsInSight = (el: Element) => deepQueryAll(el, '.skeleton').filter(inSight);
const busy = (el: Element) => deepQueryAll(el, '[aria-busy="true"]');
const alerts = (el: Element) => deepQueryAll(el, '[role="alert"]');
const retryButton = (el: Element) => deepQueryAll<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.trim() === 'Retry');
const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** The box of `el`, or of its children when it has none itself (`display: contents`). */
function extent(el: Element): DOMRect {
  const own = el.getBoundingClientRect();
  if (own.height > 0) return own;
  const boxes = [...el.children].map((c) => c.getBoundingClientRect()).filter((b) => b.height > 0);
  const top = Math.min(...boxes.map((b) => b.top));
  return new DOMRect(own.left, top, own.width, Math.max(...boxes.map((b) => b.bottom)) - top);
}

const firstHeading = (el: Element) => deepQueryAll(el, 'h1, h2, h3').find(inSight);

export function runCommonSuite(o: CommonSuiteOptions): void {
  const [method, path] = o.load.split(' ') as [string, string];
  const mount = async (sim: Simulator, organisation: string): Promise<CommonMounted> => {
    if (o.mount) return o.mount(sim, organisation);
    const { el, provider } = await mountInProvider<HTMLElement>(o.template!, { sim, organisation });
    return { el, switchOrganisation: (id) => (provider.organisation = id) };
  };

  describe(`${o.name}: shared behaviour`, function () {
    this.timeout(60_000); // axe over a whole area takes tens of seconds on a busy machine

    it('loading: skeleton bars in sight, busy, titled, accessible; the data then arrives with no layout jump', async () => {
      const sim = createSimulator();
      const hold = holdRequests(sim, o.load);
      const { el } = await mount(sim, o.data.organisation);
      await waitUntil(() => hold.held > 0, `${o.load} was never asked for`);
      await frame();
      expect(skeletonsInSight(el).length, 'skeleton bars in sight').to.be.at.least(o.skeletons);
      if (o.busy) expect(deepQueryAll(el, o.busy).filter((r) => r.getAttribute('aria-busy') === 'true'), `${o.busy} marked aria-busy`).not.to.be.empty;
      expect(seen(el)).to.include(o.title);
      expect(seen(el)).not.to.include(o.data.text);
      expect(alerts(el)).to.have.length(0);
      await expect(el).to.be.accessible();
      const heading = firstHeading(el)!.getBoundingClientRect();
      const box = extent(el);
      const fixed = o.sameHeight?.(el).getBoundingClientRect().height;

      hold.release();
      await waitToSee(el, o.data.text);
      await frame();
      expect(skeletonsInSight(el), 'skeleton bars left').to.have.length(0);
      expect(busy(el), 'busy regions left').to.have.length(0);
      const after = firstHeading(el)!.getBoundingClientRect();
      expect(after.top, 'the heading moved').to.be.closeTo(heading.top, 1);
      expect(after.height, 'the heading changed size').to.be.closeTo(heading.height, 1);
      if (fixed !== undefined) expect(o.sameHeight!(el).getBoundingClientRect().height, 'the card changed height').to.be.closeTo(fixed, 2);
      else expect(extent(el).height, 'the content below moved up').to.be.at.least(box.height - 2);
    });

    it('data: the organisation\'s data under the heading, nothing busy, no alert; accessible', async () => {
      const { el } = await mount(createSimulator(), o.data.organisation);
      await waitToSee(el, o.data.text);
      expect(seen(el)).to.include(o.title);
      expect(alerts(el)).to.have.length(0);
      expect(skeletonsInSight(el)).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    if (o.empty) {
      const empty = o.empty;
      it(`empty (${empty.organisation}): says "${empty.text}"; accessible`, async () => {
        const { el } = await mount(createSimulator(), empty.organisation);
        await waitToSee(el, empty.text);
        expect(seen(el)).to.include(o.title);
        expect(alerts(el)).to.have.length(0);
        expect(skeletonsInSight(el)).to.have.length(0);
        await expect(el).to.be.accessible();
      });
    }

    it('error: what failed, the request id (the one credits-error carries) and a Retry that, once the fault clears, loads with one request; accessible', async () => {
      const sim = createSimulator();
      sim.failNext(o.load, { status: 503, times: 1000 });
      const reported: CreditsErrorDetail[] = [];
      const listen = (e: Event) => reported.push((e as CustomEvent<CreditsErrorDetail>).detail);
      document.addEventListener('credits-error', listen);
      try {
        const { el } = await mount(sim, o.data.organisation);
        await waitToSee(el, o.error);
        const alert = alerts(el).find((a) => a.textContent!.includes(o.error))!;
        const text = alert.textContent!.replace(/\s+/g, ' ');
        expect(text).to.include('The server had a problem.');
        const requestId = /Request ID ?: ?(req_\d+)/.exec(text)?.[1];
        expect(requestId, `no request id in "${text}"`).to.be.a('string');
        expect(reported.map((d) => d.requestId), 'credits-error carries the request id shown').to.include(requestId);
        if (o.titleInError !== false) expect(seen(el)).to.include(o.title);
        expect(seen(el)).not.to.include(o.data.text);
        await expect(el).to.be.accessible();

        // Nothing retries behind the user's back; Retry is theirs.
        const failed = requestsTo(sim, method, path).length;
        await aTimeout(300);
        expect(requestsTo(sim, method, path)).to.have.length(failed);
        sim.reset(); // the fault clears (and the request log restarts)
        const retry = retryButton(alert)!;
        expect(retry, 'a Retry button').to.exist;
        expect(retry.type).to.equal('button');
        retry.click();
        await waitToSee(el, o.data.text);
        expect(requestsTo(sim, method, path), 'requests for one Retry').to.have.length(1);
        expect(alerts(el)).to.have.length(0);
        await expect(el).to.be.accessible();
      } finally {
        document.removeEventListener('credits-error', listen);
      }
    });

    const switchTo = o.switchTo;
    if (switchTo) {
      it(`organisation switch (${o.data.organisation} → ${switchTo.organisation}): no frame shows the old organisation; the new one loads; accessible`, async () => {
        const sim = createSimulator();
        const { el, switchOrganisation } = await mount(sim, o.data.organisation);
        await waitToSee(el, o.data.text);
        const stale = typeof o.stale === 'function' ? o.stale(el) : (o.stale ?? []);
        for (const token of stale) expect(seen(el), 'the stale texts are really shown before the switch').to.include(token);
        sim.options.latency = 150; // the new organisation's data takes a while: frames in between are checked

        const wrong: string[] = [];
        let frames = 0;
        const check = (target: Element, when: string) => {
          frames++;
          const text = seen(target);
          const token = stale.find((t) => text.includes(t));
          if (token && wrong.length < 5) wrong.push(`${when}: <${target.localName}> shows "${token}": ${text.slice(0, 160)}`);
        };
        // Each element's own updates (the provider and the area pass settings on; the elements show data)...
        const shown = [el, ...deepQueryAll(el, '*')].filter(
          (e): e is ReactiveElement => 'addController' in e && e.localName !== 'credits-provider' && e.localName !== 'credits-area',
        );
        const controllers = shown.map((target) => {
          const controller: ReactiveController = { hostUpdated: () => check(target, 'update') };
          target.addController(controller);
          return [target, controller] as const;
        });
        // ...and every animation frame of the whole.
        let sampling = true;
        const sample = () => {
          if (!sampling) return;
          check(el, 'frame');
          requestAnimationFrame(sample);
        };
        try {
          switchOrganisation(switchTo.organisation);
          requestAnimationFrame(sample);
          await waitToSee(el, switchTo.text);
          await frame();
        } finally {
          sampling = false;
          for (const [target, controller] of controllers) target.removeController(controller);
          sim.options.latency = 0;
        }
        expect(wrong.join('\n')).to.equal('');
        expect(frames, 'frames checked').to.be.greaterThan(3);
        await expect(el).to.be.accessible();
      });
    }
  });
}
