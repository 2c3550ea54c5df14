// A tiny static server for the built demo (dist-demo/) under a strict Content
// Security Policy with Trusted Types enforced — the policy README.md documents
// for hosts, plus the demo's own Trusted Types policy for msw's worker.
//
//   node scripts/csp-server.mjs [root=dist-demo] [port=4180] [razorpayPort]
//
// With a third argument it also serves the same root under RAZORPAY_CSP on that port.
// `npm run test:csp` (playwright.config.ts, project csp) starts it so; test/e2e/csp.spec.ts
// imports the policies to check the headers.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Trusted Types policy names the library creates (README.md, "Content Security Policy"). */
export const LIBRARY_TRUSTED_TYPES = ['lit-html', 'credits-elements-razorpay'];
/** The demo's own policy: it registers msw's service worker with a TrustedScriptURL (demo/csp.ts). */
export const DEMO_TRUSTED_TYPES = ['credits-demo-msw'];

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  `trusted-types ${[...LIBRARY_TRUSTED_TYPES, ...DEMO_TRUSTED_TYPES].join(' ')}`,
].join('; ');

/** The same for a host that takes Razorpay: its checkout script and frames are allowed too. */
export const RAZORPAY_CSP = CSP.replace("script-src 'self'", "script-src 'self' https://checkout.razorpay.com").replace(
  "object-src 'none'",
  "frame-src https://api.razorpay.com https://checkout.razorpay.com; object-src 'none'",
);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
};

export function serveWithCsp({ root = 'dist-demo', port = 0, host = '127.0.0.1', csp = CSP } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    // An empty `csp`: no policy (the package-host pages of scripts/hosts.mjs).
    const headers = { ...(csp ? { 'Content-Security-Policy': csp } : {}), 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' };
    try {
      const { pathname } = new URL(req.url ?? '/', 'http://localhost');
      let file = normalize(join(base, decodeURIComponent(pathname)));
      if (file !== base && !file.startsWith(base + sep)) throw Object.assign(new Error('outside the root'), { code: 'ENOENT' });
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      // msw's worker (demo only) passes every request it does not mock on with its own fetch(), which its
      // own CSP would govern (connect-src): it gets none, so the page's policy alone decides what loads.
      if (file.endsWith('mockServiceWorker.js')) delete headers['Content-Security-Policy'];
      res.writeHead(200, { ...headers, 'Content-Type': type });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
    }
  });
  return new Promise((done) =>
    server.listen(port, host, () => {
      const address = server.address();
      done({ server, url: `http://${host}:${address.port}`, close: () => new Promise((r) => server.close(r)) });
    }),
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [root = 'dist-demo', port = '4180', razorpayPort] = process.argv.slice(2);
  // The Razorpay one first: a caller waiting for `port` then finds both listening.
  if (razorpayPort) {
    const razorpay = await serveWithCsp({ root, port: Number(razorpayPort), csp: RAZORPAY_CSP });
    console.log(`Serving ${root} at ${razorpay.url} with\n  Content-Security-Policy: ${RAZORPAY_CSP}`);
  }
  const { url } = await serveWithCsp({ root, port: Number(port) });
  console.log(`Serving ${root} at ${url} with\n  Content-Security-Policy: ${CSP}`);
}
