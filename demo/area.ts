/** The demo's "whole area" page: one <credits-area> tag on the simulated backend (msw), routed in the hash. */
import { startSimulatedBackend, wireControls } from './shared/demo-page.js';
import type { CreditsArea } from '../src/elements/credits-area/credits-area.js';

const sim = await startSimulatedBackend();
// Define the elements only once the backend answers, so the first requests reach it.
await import('../src/index.js');

const area = document.querySelector<CreditsArea>('#area')!;
// The area handles its own views; only event and support links reach the host.
wireControls(area, sim);
document.getElementById('status')!.remove();
