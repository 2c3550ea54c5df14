/** The demo host: a plain page with a provider on the simulated backend (msw). */
import { startSimulatedBackend, wireControls } from './shared/demo-page.js';
import '../src/index.js';
import type { CreditsProvider } from '../src/elements/credits-provider/credits-provider.js';

const sim = await startSimulatedBackend();
const provider = document.querySelector<CreditsProvider>('#provider')!;
wireControls(provider, sim);

// The single elements, grouped as the Credits area's tabs group them.
const elements = document.getElementById('elements')!;
function section(title: string, ...children: HTMLElement[]) {
  const wrapper = document.createElement('section');
  wrapper.className = 'demo-section';
  const heading = document.createElement('h2');
  heading.textContent = title;
  // The elements' titles sit under the page's section headings (heading-level), one outline for the page.
  for (const child of children) child.setAttribute('heading-level', '3');
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
