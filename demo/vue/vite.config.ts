import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: '../../public',
  // The Credits tags are custom elements, not Vue components.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('credits-') || ['purchase-wizard', 'payments-list', 'usage-table', 'monthly-usage', 'subscription-card', 'billing-details-form'].includes(tag) } } })],
  server: { port: 5181, host: '127.0.0.1' },
  build: { target: 'es2022' },
});
