import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { renderWith, simOf, storySimulator } from '../stories/support.js';
import '../src/index.js';
import { pasteableSnippet } from '../stories/snippet.js';

setCustomElementsManifest(manifest);

/**
 * The a11y panel's axe run is for the story in Storybook's canvas (a frame right under the manager).
 * A story frame inside a docs page (dozens at once) or opened alone (the Playwright projects, which run
 * axe themselves) skips it: the run is about a third of a story's start-up and nobody sees its result.
 */
const inCanvas = window.parent !== window && window.parent === window.top;

/**
 * A story in its own frame on a docs page (`ownFrame`: a wizard driven to a step focuses the step's heading)
 * keeps that focus to itself: without this, each focus scrolls the reader's docs page to the frame.
 */
const inDocsPage = window.parent !== window && new URLSearchParams(window.parent.location.search).get('viewMode') === 'docs';
if (inDocsPage) {
  const focus = HTMLElement.prototype.focus;
  HTMLElement.prototype.focus = function (this: HTMLElement, options?: FocusOptions) {
    focus.call(this, { ...options, preventScroll: true });
  };
}

const preview: Preview = {
  initialGlobals: { a11y: { manual: !inCanvas } },
  // Each story gets its own simulated backend, in-process (no service worker, no shared knobs): the
  // story's provider is given its `fetch` (stories/support.ts). Loaders run before `beforeEach`.
  loaders: [() => ({ sim: storySimulator() })],
  decorators: [(story, context) => renderWith(simOf(context), story)],
  parameters: {
    controls: { expanded: true },
    docs: {
      // The stories of a docs page render inline, in one preview: fast to open, and each has its own
      // simulator. A story that cannot share the page (another language, which is page-wide; a play
      // function that moves focus or opens a modal dialog) asks for a frame: `ownFrame` in stories/support.ts.
      // Inline stories play their play function too (autoplay), as they do in the canvas.
      story: { inline: true, autoplay: true },
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
