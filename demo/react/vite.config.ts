import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: '../../public',
  plugins: [react()],
  server: { port: 5180, host: '127.0.0.1' },
  build: { target: 'es2022' },
});
