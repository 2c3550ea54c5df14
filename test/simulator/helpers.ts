import { createSimulator, type Simulator, type SimulatorOptions } from '../../src/simulator/index.js';

export const NOW = new Date('2026-06-15T10:00:00Z');

/** Test answers are read loosely; the schema tests prove their shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

export interface Harness {
  sim: Simulator;
  clock: { now: Date };
  /** JSON call against `/api/organisations/{org}/{path}`. */
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; json: Json; response: Response }>;
}

let keys = 0;
export const newKey = () => `key-${Date.now()}-${++keys}`;

export function harness(options: SimulatorOptions = {}): Harness {
  const clock = { now: new Date(NOW) };
  const sim = createSimulator({ now: () => clock.now, ...options });
  return {
    sim,
    clock,
    async call(method, path, body, headers = {}) {
      const init: RequestInit = { method, headers: { ...headers } };
      if (body !== undefined) {
        init.body = typeof body === 'string' ? body : JSON.stringify(body);
        (init.headers as Record<string, string>)['content-type'] = 'application/json';
      }
      const response = await sim.fetch(`/api/organisations/${path}`, init);
      const text = await response.clone().text();
      let json: Json;
      try {
        json = text ? JSON.parse(text) : null;
      } catch {
        json = text;
      }
      return { status: response.status, json, response };
    },
  };
}
