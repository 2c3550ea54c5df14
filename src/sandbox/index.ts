/**
 * `sandbox` on the provider (or an element on its own): the simulated backend runs in the page
 * for reads, writes and the payment step. Nothing here loads the simulator: it is imported on the
 * first request (its own chunk), and one simulated backend serves the whole page, so two sandbox
 * providers see the same balance.
 */
import type { GatewayAdapter } from '../core/gateway.js';
import type { TokenProvider } from '../api/transport.js';

/** The API base of the sandbox (the simulator's own base path). `api-base` may be left out or set to it. */
export const SANDBOX_API_BASE = '/api';
/** The simulator's main seeded organisation (INR, Pro), used when `organisation` is not set. */
export const SANDBOX_ORGANISATION = 'org_42';

type Backend = Awaited<ReturnType<typeof import('./sandbox-backend.js').sandboxBackend>>;
let backend: Promise<Backend> | undefined;
const load = (): Promise<Backend> => (backend ??= import('./sandbox-backend.js').then((m) => m.sandboxBackend()));

/** Every request of a sandbox provider: answered by the simulator, never by the network. */
export const sandboxFetch: typeof fetch = async (input, init) => (await load()).fetch(input, init);

/** The payment step of the sandbox: the simulated gateway, standing in for every gateway. */
export const sandboxGateway: GatewayAdapter = {
  name: 'sandbox',
  anyGateway: true,
  async pay(checkout, options) {
    return (await load()).gateway.pay(checkout, options);
  },
};
Object.freeze(sandboxGateway);

export interface SandboxSettings {
  apiBase?: string;
  tokenProvider?: TokenProvider;
  gateways?: readonly GatewayAdapter[];
  fetch?: typeof fetch;
}

/**
 * Why a sandbox must not start: a real setup was given as well (the sandbox is never mixed with
 * real money). The names of the settings at fault, or an empty list.
 */
export function sandboxConflicts(config: SandboxSettings): string[] {
  const found: string[] = [];
  if (config.tokenProvider) found.push('tokenProvider');
  if (config.gateways) found.push('gateways');
  if (config.fetch) found.push('fetch');
  if (config.apiBase !== undefined && config.apiBase !== SANDBOX_API_BASE) found.push('api-base');
  return found;
}
