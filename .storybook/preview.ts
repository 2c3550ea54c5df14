import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { setupWorker } from 'msw/browser';
import manifest from '../custom-elements.json';
import { sim, resetSimulator } from '../stories/support.js';
import { simulatorHandlers } from '../src/simulator/msw.js';
import '../src/index.js';
import { pasteableSnippet } from '../stories/snippet.js';

setCustomElementsManifest(manifest);

/**
 * The a11y panel's axe run is for the story in Storybook's canvas (a frame right under the manager).
 * A story frame inside a docs page (dozens at once) or opened alone (the Playwright projects, which run
 * axe themselves) skips it: the run is about a third of a story's start-up and nobody sees its result.
 */
const inCanvas = window.parent !== window && window.parent === window.top;

const preview: Preview = {
  initialGlobals: { a11y: { manual: !inCanvas } },
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
    docs: {
      // Each story of a docs page in its own frame: its own simulator knobs (a Loading story's hanging
      // requests, an Error story's failures) and its own page-wide language, so the other stories show data.
      story: { inline: false, height: '560px' },
      // "Show code": what a partner pastes (the CDN script, the element in a sandboxed provider).
      source: {
        transform: (code: string, context: { component?: unknown; args: Record<string, unknown> }) =>
          typeof context.component === 'string' ? pasteableSnippet(context.component, context.args) : code,
      },
    },
    a11y: { test: 'error' },
    backgrounds: { options: { light: { name: 'Light', value: '#ffffff' }, dark: { name: 'Dark', value: '#0f172a' } } },
  },
  tags: ['autodocs'],
  // CSS parts are documented in the ArgTypes table, not offered as "Set object" controls.
  argTypesEnhancers: [
    (context) =>
      Object.fromEntries(
        Object.entries(context.argTypes).map(([name, argType]) => [
          name,
          ['css shadow parts', 'css custom properties'].includes(String(argType.table?.category)) ? { ...argType, control: false } : argType,
        ]),
      ),
  ],
};
export default preview;
