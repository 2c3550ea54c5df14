/** The demo's "whole area" page: one <credits-area> tag on the simulated backend (msw), routed in the hash. */
import { setupWorker } from 'msw/browser';
import { createSimulator, createSimulatedGateway, type Outcome } from '../src/simulator/index.js';
import { simulatorHandlers } from '../src/simulator/msw.js';
import { MOCK_SERVICE_WORKER, registerMockServiceWorker } from './worker-url.js';
import type { CreditsArea } from '../src/elements/credits-area/credits-area.js';

const sim = createSimulator({ latency: [120, 350] });
const worker = setupWorker(...simulatorHandlers(sim));
await registerMockServiceWorker();
await worker.start({ onUnhandledFrame: 'bypass', quiet: true, serviceWorker: { url: MOCK_SERVICE_WORKER } });
// Define the elements only once the backend answers, so the first requests reach it.
await import('../src/index.js');

const area = document.querySelector<CreditsArea>('#area')!;
const select = (id: string) => document.getElementById(id) as HTMLSelectElement;

const orgSelect = select('org');
for (const org of sim.organisations()) orgSelect.add(new Option(`${org.name} (${org.currency}, ${org.plan_type})`, org.id));
orgSelect.value = area.organisation ?? 'org_42';
orgSelect.addEventListener('change', () => (area.organisation = orgSelect.value));
select('locale').addEventListener('change', (e) => (area.locale = (e.target as HTMLSelectElement).value));
select('theme').addEventListener('change', (e) => {
  const theme = (e.target as HTMLSelectElement).value as 'light' | 'dark';
  area.theme = theme;
  document.body.classList.toggle('dark', theme === 'dark');
});
select('outcome').addEventListener('change', (e) => sim.setGatewayOutcome((e.target as HTMLSelectElement).value as Outcome));

area.gateways = ['razorpay', 'payglocal'].map((name) => createSimulatedGateway(sim, { name, fetch: (i, init) => globalThis.fetch(i, init) }));
// The area handles its own views; only event and support links reach the host.
area.addEventListener('credits-navigate', (e) => console.info('credits-navigate', e.detail));
area.addEventListener('credits-error', (e) => console.warn('credits-error', e.detail.operation, e.detail.error.message));

document.getElementById('status')!.remove();
(window as unknown as { sim: typeof sim }).sim = sim;
