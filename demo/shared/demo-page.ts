/**
 * What both demo pages share: the simulated backend through msw and the
 * header's controls (organisation, language, theme, gateway outcome, staff),
 * wired to the page's provider or <credits-area>.
 */
import { setupWorker } from 'msw/browser';
import { createSimulator, createSimulatedGateway, type Outcome, type Simulator } from '../../src/simulator/index.js';
import { simulatorHandlers } from '../../src/simulator/msw.js';
import type { RuntimeConfig } from '../../src/state/runtime.js';
import type { CreditsStore } from '../../src/state/store.js';
import { MOCK_SERVICE_WORKER, registerMockServiceWorker } from '../worker-url.js';
import { fillHeader } from './header.js';
import '../../themes/partner.css';

fillHeader();

export async function startSimulatedBackend(): Promise<Simulator> {
  const sim = createSimulator({ latency: [120, 350] });
  const worker = setupWorker(...simulatorHandlers(sim));
  await registerMockServiceWorker();
  await worker.start({ onUnhandledFrame: 'bypass', quiet: true, serviceWorker: { url: MOCK_SERVICE_WORKER } });
  (window as unknown as { sim: Simulator }).sim = sim;
  return sim;
}

/** A `<credits-provider>` or a `<credits-area>`: both take the provider's settings. */
type Host = HTMLElement & RuntimeConfig & { theme?: 'light' | 'dark'; store?: CreditsStore };

export function wireControls(host: Host, sim: Simulator): void {
  const control = <T extends HTMLElement = HTMLSelectElement>(id: string) => document.getElementById(id) as T | null;
  const orgSelect = control('org');
  if (orgSelect) {
    for (const org of sim.organisations()) orgSelect.add(new Option(`${org.name} (${org.currency}, ${org.plan_type})`, org.id));
    orgSelect.value = host.organisation ?? 'org_42';
    orgSelect.addEventListener('change', () => (host.organisation = orgSelect.value));
  }
  control('locale')?.addEventListener('change', (e) => (host.locale = (e.target as HTMLSelectElement).value));
  control('theme')?.addEventListener('change', (e) => {
    const theme = (e.target as HTMLSelectElement).value as 'light' | 'dark' | 'partner';
    host.theme = theme === 'dark' ? 'dark' : 'light';
    host.classList.toggle('credits-theme-acme', theme === 'partner');
    document.body.classList.toggle('dark', theme === 'dark');
  });
  control('outcome')?.addEventListener('change', (e) => sim.setGatewayOutcome((e.target as HTMLSelectElement).value as Outcome));
  control<HTMLInputElement>('staff')?.addEventListener('change', (e) => {
    sim.options.viewer = { email: 'ops@example.com', is_staff: (e.target as HTMLInputElement).checked };
    host.store?.invalidate(['balance']);
  });

  host.gateways = ['razorpay', 'payglocal'].map((name) => createSimulatedGateway(sim, { name, fetch: (i, init) => globalThis.fetch(i, init) }));
  host.addEventListener('credits-navigate', (e) => console.info('credits-navigate', e.detail));
  host.addEventListener('credits-error', (e) => console.warn('credits-error', e.detail.operation, e.detail.error.message));
}
