// `npm run demo`: the demo host page on the simulated backend (msw in the browser).
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'demo',
  publicDir: '../public',
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  build: { outDir: '../dist-demo', emptyOutDir: true, target: 'es2022' },
});
