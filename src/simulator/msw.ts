/** msw 3 handlers that route everything under `sim.options.basePath` to the simulator. */
import { http } from 'msw';
import type { Simulator } from './index.js';

export function simulatorHandlers(sim: Simulator) {
  const base = sim.options.basePath.replace(/\/+$/, '');
  return [http.all(`${base}/*`, ({ request }) => sim.handle(request))];
}
