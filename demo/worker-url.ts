/**
 * msw's service worker, registered so that it also works under Trusted Types.
 * With `require-trusted-types-for 'script'` (see scripts/csp-server.mjs),
 * `navigator.serviceWorker.register()` takes only a TrustedScriptURL, and msw
 * passes it a plain string. So the demo registers the worker itself with a URL
 * from its own policy (`credits-demo-msw`, which allows exactly this one
 * script), waits until the worker controls the page, and then msw's `start()`
 * finds that registration instead of registering again.
 * The library needs no policy for this: only the demo runs msw.
 */
export const MOCK_SERVICE_WORKER = '/mockServiceWorker.js';

interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): unknown };
}

export async function registerMockServiceWorker(): Promise<void> {
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!tt || !('serviceWorker' in navigator)) return; // msw registers it
  const policy = tt.createPolicy('credits-demo-msw', {
    createScriptURL: (url) => {
      if (url !== MOCK_SERVICE_WORKER) throw new TypeError(`The demo registers only ${MOCK_SERVICE_WORKER}, not ${url}.`);
      return url;
    },
  });
  await navigator.serviceWorker.register(policy.createScriptURL(MOCK_SERVICE_WORKER) as string);
  await navigator.serviceWorker.ready;
  if (!navigator.serviceWorker.controller) {
    await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  }
}
