/** The demo host: a plain page with a provider on the simulated backend (msw). */
import { setupWorker } from 'msw/browser';
import { createSimulator, createSimulatedGateway, type Outcome } from '../src/simulator/index.js';
import { simulatorHandlers } from '../src/simulator/msw.js';
import { MOCK_SERVICE_WORKER, registerMockServiceWorker } from './worker-url.js';
import '../src/index.js';
import '../themes/partner.css';
import type { CreditsProvider } from '../src/elements/credits-provider/credits-provider.js';

const sim = createSimulator({ latency: [120, 350] });
const worker = setupWorker(...simulatorHandlers(sim));
await registerMockServiceWorker();
await worker.start({ onUnhandledFrame: 'bypass', quiet: true, serviceWorker: { url: MOCK_SERVICE_WORKER } });

const provider = document.querySelector<CreditsProvider>('#provider')!;
const select = <T extends HTMLElement = HTMLSelectElement>(id: string) => document.getElementById(id) as T;

const orgSelect = select('org');
for (const org of sim.organisations()) orgSelect.add(new Option(`${org.name} (${org.currency}, ${org.plan_type})`, org.id));
orgSelect.value = provider.organisation ?? 'org_42';
orgSelect.addEventListener('change', () => (provider.organisation = orgSelect.value));
select('locale').addEventListener('change', (e) => (provider.locale = (e.target as HTMLSelectElement).value));
select('theme').addEventListener('change', (e) => {
  const theme = (e.target as HTMLSelectElement).value as 'light' | 'dark' | 'partner';
  provider.theme = theme === 'dark' ? 'dark' : 'light';
  provider.classList.toggle('credits-theme-acme', theme === 'partner');
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

// The single elements, grouped as the Credits area's tabs group them.
const elements = document.getElementById('elements')!;
function section(title: string, ...children: HTMLElement[]) {
  const wrapper = document.createElement('section');
  wrapper.className = 'demo-section';
  const heading = document.createElement('h2');
  heading.textContent = title;
  wrapper.append(heading, ...children);
  elements.append(wrapper);
}
const balance = document.createElement('credits-balance');
balance.setAttribute('expected-photos', '5000'); // top-up advice for a 5,000-photo event
const usageTables = (['usage', 'addition'] as const).map((direction) => {
  const table = document.createElement('usage-table');
  table.direction = direction;
  return table;
});
section('Credits', balance, document.createElement('monthly-usage'), ...usageTables);
const wizard = document.createElement('purchase-wizard');
wizard.id = 'wizard';
wizard.addEventListener('credits-purchase-complete', (e) => console.info('credits-purchase-complete', e.detail.payment.id));
wizard.addEventListener('credits-payment-pending', (e) => console.info('credits-payment-pending', e.detail.payment.id));
section('Purchase', wizard);
section('Billing & Transactions', document.createElement('payments-list'), document.createElement('billing-details-form'));
section('Subscription', document.createElement('subscription-card'));

document.getElementById('status')!.textContent = 'Simulated backend ready.';
(window as unknown as { sim: typeof sim }).sim = sim;
