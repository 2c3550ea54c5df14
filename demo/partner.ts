/**
 * The demo's "partner portal" page: a partner's organisations beside the whole
 * Credits area, under one provider. Choosing an organisation in the list
 * switches the provider, and the area follows (no frame of the old one's data).
 */
import { startSimulatedBackend, wireControls } from './shared/demo-page.js';
import { PARTNER_VIEWER, STRESS_PARTNER_VIEWER } from '../src/simulator/index.js';
import type { CreditsProvider } from '../src/elements/credits-provider/credits-provider.js';

const stress = new URLSearchParams(location.search).has('stress');
const sim = await startSimulatedBackend();
sim.options.viewer = { ...(stress ? STRESS_PARTNER_VIEWER : PARTNER_VIEWER) };
const provider = document.querySelector<CreditsProvider>('#provider')!;
if (stress) provider.organisation = 'org_p00001';
// Define the elements only once the backend answers, so the first requests reach it.
await import('../src/index.js');
wireControls(provider, sim);

const partner = document.getElementById('partner') as HTMLSelectElement;
partner.value = stress ? 'stress' : 'six';
// Another partner is another sign-in: a fresh page.
partner.addEventListener('change', () => location.assign(partner.value === 'stress' ? './partner.html?stress' : './partner.html'));
provider.addEventListener('credits-organisation-select', (e) => console.info('credits-organisation-select', e.detail.organisation.id));
document.getElementById('status')!.remove();
