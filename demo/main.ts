/** The demo host: a plain page with a provider on the simulated backend (msw). */
import { setupWorker } from 'msw/browser';
import { createSimulator, createSimulatedGateway, type Outcome } from '../src/simulator/index.js';
import { simulatorHandlers } from '../src/simulator/msw.js';
import '../src/index.js';
import type { CreditsProvider } from '../src/elements/credits-provider/credits-provider.js';

const sim = createSimulator({ latency: [120, 350] });
const worker = setupWorker(...simulatorHandlers(sim));
await worker.start({ onUnhandledFrame: 'bypass', quiet: true, serviceWorker: { url: '/mockServiceWorker.js' } });

const provider = document.querySelector<CreditsProvider>('#provider')!;
const select = <T extends HTMLElement = HTMLSelectElement>(id: string) => document.getElementById(id) as T;

const orgSelect = select('org');
for (const org of sim.organisations()) orgSelect.add(new Option(`${org.name} (${org.currency}, ${org.plan_type})`, org.id));
orgSelect.value = provider.organisation ?? 'org_42';
orgSelect.addEventListener('change', () => (provider.organisation = orgSelect.value));
select('locale').addEventListener('change', (e) => (provider.locale = (e.target as HTMLSelectElement).value));
select('theme').addEventListener('change', (e) => {
  const theme = (e.target as HTMLSelectElement).value as 'light' | 'dark';
  provider.theme = theme;
  document.body.classList.toggle('dark', theme === 'dark');
});
select('outcome').addEventListener('change', (e) => sim.setGatewayOutcome((e.target as HTMLSelectElement).value as Outcome));
select<HTMLInputElement>('staff').addEventListener('change', (e) => {
  sim.options.viewer = { email: 'ops@example.com', is_staff: (e.target as HTMLInputElement).checked };
  provider.store?.invalidate(['balance']);
});

provider.gateways = ['razorpay', 'payglocal'].map((name) => createSimulatedGateway(sim, { name, fetch: (i, init) => globalThis.fetch(i, init) }));
provider.addEventListener('credits-navigate', (e) => console.info('credits-navigate', e.detail));
provider.addEventListener('credits-error', (e) => console.warn('credits-error', e.detail.operation, e.detail.error.message));

const elements = document.getElementById('elements')!;
for (const direction of ['usage', 'addition'] as const) {
  const table = document.createElement('usage-table');
  table.direction = direction;
  elements.append(table);
}

document.getElementById('status')!.textContent = 'Simulated backend ready.';
(window as unknown as { sim: typeof sim }).sim = sim;
