// `npm run demo`: the demo host page on the simulated backend (msw in the browser).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { minifyTemplates, shortMessageIds } from './build/shrink.js';

const page = (name: string) => fileURLToPath(new URL(`./demo/${name}`, import.meta.url));

export default defineConfig({
  root: 'demo',
  publicDir: '../public',
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  // Pre-bundle every dependency up front: the area page imports the library lazily, and a
  // dependency discovered late would be re-optimized into a second copy (two @lit/localize
  // runtimes: the strings would not switch language).
  optimizeDeps: {
    entries: ['index.html', 'area.html', 'partner.html', '../src/index.ts'],
    include: ['lit', 'lit/decorators.js', 'lit/directives/style-map.js', '@lit/context', '@lit/localize', '@lit-labs/virtualizer', 'ky', 'zod/mini', 'msw', 'msw/browser'],
  },
  // The built demo (what `npm run test:csp` drives) gets the library build's message ids, so its
  // Hindi checks cover them; `npm run demo` serves the source as written (the plugin is build only).
  plugins: [shortMessageIds(), minifyTemplates()],
  // Three pages: the single elements, the whole area, and a partner portal.
  build: {
    outDir: '../dist-demo',
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: { input: { main: page('index.html'), area: page('area.html'), partner: page('partner.html') } },
  },
});
