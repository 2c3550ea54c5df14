import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { CreditsElement } from '../../src/base/credits-element.js';
import { ResourceController } from '../../src/state/resource-controller.js';
import { creditsSummary } from '../../src/state/resources.js';
import { renderResource } from '../../src/ui/states.js';
import { defineElement } from '../../src/base/define.js';
import { VERSION } from '../../src/version.js';
import { safeHref, supportMailto } from '../../src/ui/safe-url.js';
import { activeCatalog } from '../../src/i18n/localize.js';
import '../../src/elements/credits-provider/define.js';
import type { CreditsProvider } from '../../src/elements/credits-provider/credits-provider.js';
import { createSimulator } from '../../src/simulator/index.js';
import { shadowText, waitForText, button } from '../support.js';

/** Reads the balance and renders the shared four states. */
class StateProbe extends CreditsElement {
  readonly summary = new ResourceController(this, creditsSummary);
  protected override render() {
    return renderResource(this.summary, {
      failed: 'Credits balance could not be loaded.',
      loading: () => html`<p>…</p>`,
      data: (s) => html`<p>Balance ${this.fmt.credits(s.available_credits)}</p>`,
    });
  }
}
defineElement('state-probe', StateProbe);

const mount = (sim = createSimulator(), extra = {}) =>
  fixture<CreditsProvider>(html`<credits-provider api-base="/api" organisation="org_42" locale="en-IN" .fetch=${sim.fetch} .tokenProvider=${(extra as { tokenProvider?: unknown }).tokenProvider}><state-probe></state-probe></credits-provider>`);

describe('<credits-provider> events and shared states', () => {
  it('an error state shows what failed, the request id and a Retry that recovers', async () => {
    const sim = createSimulator();
    sim.failNext('GET /credits', { status: 500, times: 3 });
    const errorEvent = new Promise<CustomEvent>((resolve) => document.addEventListener('credits-error', (e) => resolve(e as CustomEvent), { once: true }));
    const provider = await mount(sim);
    const probe = provider.querySelector('state-probe')!;
    await waitForText(probe, 'could not be loaded');
    expect(shadowText(probe)).to.match(/Request ID: req_\d+/);
    expect(probe.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    const event = await errorEvent;
    expect(event.detail.operation).to.equal('load:credits');
    expect(event.detail.requestId).to.match(/^req_/);
    await expect(probe).shadowDom.to.be.accessible();
    button(probe, 'Retry').click();
    await waitForText(probe, 'Balance 12,500');
  });

  it('fires credits-auth-required when the refreshed token is refused too', async () => {
    const sim = createSimulator({ token: 'valid' });
    const provider = fixture<CreditsProvider>(html`<credits-provider api-base="/api" organisation="org_42" .fetch=${sim.fetch} .tokenProvider=${() => 'expired'}><state-probe></state-probe></credits-provider>`);
    const event = await oneEvent(document, 'credits-auth-required');
    expect(event.detail.error.status).to.equal(401);
    const probe = (await provider).querySelector('state-probe')!;
    await waitForText(probe, 'Your session has expired');
    expect(() => button(probe, 'Retry')).to.throw();
  });

  it('switches strings to Hindi when the locale changes, without a reload', async () => {
    const sim = createSimulator();
    sim.failNext('GET /credits', { status: 503, times: 10 });
    const provider = await mount(sim);
    const probe = provider.querySelector('state-probe')!;
    await waitForText(probe, 'Retry');
    provider.locale = 'hi-IN';
    await waitUntil(() => activeCatalog() === 'hi');
    await waitForText(probe, 'फिर से कोशिश करें');
    provider.locale = 'en-IN';
    await waitForText(probe, 'Retry');
  });

  it('formats numbers in the provider locale (en-IN groups lakhs)', async () => {
    const sim = createSimulator();
    sim.state.orgs['org_42']!.balance = 125000;
    const provider = await mount(sim);
    await waitForText(provider.querySelector('state-probe')!, 'Balance 1,25,000');
  });
});

describe('registration', () => {
  it('defining a taken tag does not throw and keeps the first class', () => {
    class Other extends HTMLElement {}
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      defineElement('state-probe', Other);
      defineElement('state-probe', Other);
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('state-probe')).to.equal(StateProbe);
    expect(warnings).to.have.length(1);
  });

  it('the warning names the version that holds the tag and the version of the copy that lost', () => {
    class OlderCopy extends CreditsElement {
      static override readonly version = '0.0.9';
    }
    class NewerCopy extends CreditsElement {
      static override readonly version = '9.9.9';
    }
    defineElement('version-probe', OlderCopy);
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      defineElement('version-probe', NewerCopy);
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('version-probe')).to.equal(OlderCopy);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<version-probe>').and.to.contain('0.0.9').and.to.contain('(9.9.9)');
  });

  it('the version the classes carry is the package version', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
    expect(CreditsElement.version).to.equal(pkg.version);
    expect((customElements.get('credits-provider') as unknown as { version: string }).version).to.equal(pkg.version);
  });
});

describe('safe URLs', () => {
  it('allows http(s) and relative links only', () => {
    expect(safeHref('https://9pic.ai/refund-policy')).to.equal('https://9pic.ai/refund-policy');
    expect(safeHref('/events/evt_7')).to.equal('/events/evt_7');
    expect(safeHref('events/7?x=1#y')).to.equal('events/7?x=1#y');
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<b>', 'vbscript:x', '//evil.example/x', 'java\nscript:alert(1)', '', null, undefined]) {
      expect(safeHref(bad as string), String(bad)).to.equal(undefined);
    }
    expect(supportMailto('support@9pic.ai', 'Plan change: Org & Co')).to.equal('mailto:support@9pic.ai?subject=Plan%20change%3A%20Org%20%26%20Co');
  });
});
