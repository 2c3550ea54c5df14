/** The demo's "whole area" page: one <credits-area> tag on the simulated backend (msw), routed in the hash. */
import { startSimulatedBackend, wireControls } from './shared/demo-page.js';
import type { CreditsArea } from '../src/elements/credits-area/credits-area.js';
import type { Processing } from '../src/simulator/index.js';

const sim = await startSimulatedBackend();
// Define the elements only once the backend answers, so the first requests reach it.
await import('../src/index.js');

const area = document.querySelector<CreditsArea>('#area')!;
// The area handles its own views; only event and support links reach the host.
wireControls(area, sim);
document.getElementById('status')!.remove();

// "Start processing": the simulator spends credits as an event's photos are processed (5,000 photos at
// 25 a second, one usage row a second); with `live` the balance falls and the runway shortens as you watch.
const button = document.getElementById('processing') as HTMLButtonElement;
const status = document.getElementById('processing-status')!;
let job: Processing | undefined;
let ticker: ReturnType<typeof setInterval> | undefined;
const count = (n: number) => n.toLocaleString('en-IN');
function show() {
  if (!job) return;
  status.textContent = `${job.running ? 'Processing' : 'Stopped'}: ${count(job.done)} of ${count(job.total)} photos (${job.organisation})`;
  button.textContent = job.running ? 'Stop processing' : 'Start processing';
  if (!job.running) clearInterval(ticker);
}
button.addEventListener('click', () => {
  if (job?.running) job.stop();
  else {
    job = sim.startProcessing({ organisation: area.organisation ?? 'org_42', photos: 5000, rate: 25 });
    clearInterval(ticker);
    ticker = setInterval(show, 1000);
  }
  show();
});
