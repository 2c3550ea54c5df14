import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { setupWorker } from 'msw/browser';
import manifest from '../custom-elements.json';
import { sim, resetSimulator } from '../stories/support.js';
import { simulatorHandlers } from '../src/simulator/msw.js';
import '../src/index.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  loaders: [
    mswLoader(async () => {
      // The simulated backend answers every /api request; it survives the addon's handler resets.
      const worker = setupWorker(...simulatorHandlers(sim));
      await worker.start({ onUnhandledFrame: 'bypass', quiet: true, serviceWorker: { url: './mockServiceWorker.js' } });
      return worker;
    }),
  ],
  beforeEach() {
    resetSimulator();
  },
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    backgrounds: { options: { light: { name: 'Light', value: '#ffffff' }, dark: { name: 'Dark', value: '#0f172a' } } },
  },
  tags: ['autodocs'],
};
export default preview;
