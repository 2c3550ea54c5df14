/**
 * Two library builds:
 * - default: npm build, one ES module per source module (tree-shakable), dependencies external;
 * - `--mode cdn`: dist/cdn/credits-elements.js with everything bundled (no bare imports),
 *   lazy chunks (every element but the provider and the balance, Hindi catalog, virtualizer, gateways)
 *   beside it, loaded by relative URL (src/autoload.ts).
 * Both shorten the message ids and minify the html``/css`` literals (build/shrink.ts).
 */
import { defineConfig } from 'vite';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { minifyTemplates, shortMessageIds } from './build/shrink.js';

// Each element folder: its class module and its define.ts.
const elementEntries = readdirSync('src/elements').flatMap((tag) =>
  readdirSync(`src/elements/${tag}`)
    .filter((file) => file === 'define.ts' || file === `${tag}.ts`)
    .map((file) => `src/elements/${tag}/${file}`),
);

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string; license: string };
// Minified CDN files keep who made them, their version and where the bundled libraries' licences are
// (postBanner: added after minification, which drops comments).
const banner = `/*! ${pkg.name} ${pkg.version} | ${pkg.license} | bundled libraries' licences (Lit, zod, ky…): THIRD-PARTY-LICENSES.md */`;
const lazyBanner = `/*! ${pkg.name} | ${pkg.license} | THIRD-PARTY-LICENSES.md */`;

export default defineConfig(({ mode }) => {
  if (mode === 'cdn') {
    return {
      publicDir: false,
      plugins: [shortMessageIds(), minifyTemplates()],
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: true,
        target: 'es2022',
        minify: true,
        // Every bundled dependency's licence text, beside the bundle.
        license: { fileName: 'THIRD-PARTY-LICENSES.md' },
        lib: { entry: resolve('src/cdn.ts'), formats: ['es'], fileName: () => 'credits-elements.js' },
        rolldownOptions: {
          // Lets the chunks every element needs (lit, localize…) merge into the entry instead of loading as
          // separate files beside it: one request fewer each, and ≈0.7 KB less gzip than the same code split up.
          preserveEntrySignatures: 'allow-extension',
          output: {
            // An element's chunk is named after its tag (src/elements/<tag>/define.ts), the rest after their module.
            chunkFileNames: (chunk) => {
              const tag = /src\/elements\/([\w-]+)\/define\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1];
              return `${tag ?? '[name]'}-[hash].js`;
            },
            // Lib mode keeps ES output readable (whitespace, path comments, /*#__PURE__*/) for a bundler to
            // tree-shake later; the CDN files go to browsers as they are, so they are minified in full.
            // `core`: everything the entry imports statically goes into the entry file itself (one file to load
            // before the balance draws instead of eight, one gzip dictionary for all of it). `shared`: the library
            // code (not element code) two or more lazy chunks use, in one chunk instead of a dozen small ones: ours,
            // and the parts of lit and zod the entry does not use (lit's directives, zod's ISO formats).
            codeSplitting: {
              groups: [
                { name: 'core', tags: ['$initial'], priority: 2 },
                // The virtualizer and the flow layout it imports once it starts: one chunk, one request, no waterfall.
                { name: 'virtualize', test: /[\\/]node_modules[\\/]@lit-labs[\\/]virtualizer[\\/]/, priority: 1 },
                // The built-in gateway adapters: one chunk, loaded when a payment starts (two tiny files otherwise).
                { name: 'gateways', test: /[\\/]src[\\/]gateways[\\/](razorpay|payglocal)\.ts$/, priority: 1 },
                {
                  name: 'shared',
                  minShareCount: 2,
                  priority: 1,
                  test: /[\\/]src[\\/](api|state|ui|money|time|tax|core|styles)[\\/]|[\\/]node_modules[\\/](lit-html|lit|zod)[\\/]/,
                  includeDependenciesRecursively: false,
                },
              ],
            },
            minify: true,
            comments: false,
            // The full notice on the entry; the lazy chunks (loaded only through it) carry a short one that still
            // names the package, its licence and the licences file: 0.6 KB less over dist/cdn.
            postBanner: (chunk) => (chunk.isEntry ? banner : lazyBanner),
          },
        },
      },
    };
  }
  return {
    publicDir: false,
    // `vite preview --outDir storybook-static` (playwright.config.ts: the a11y and screenshots projects load
    // every story's iframe in turn): the browser keeps Storybook's runtime instead of asking for it again.
    preview: { headers: { 'Cache-Control': 'max-age=600' } },
    plugins: [shortMessageIds({ idsFile: 'i18n/message-ids.json' }), minifyTemplates()],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      minify: false,
      sourcemap: true,
      lib: {
        entry: Object.fromEntries(
          ['src/index.ts', 'src/tags.ts', 'src/hosts/react.ts', 'src/hosts/vue.ts', 'src/hosts/svelte.ts', 'src/simulator/index.ts', 'src/simulator/msw.ts', ...elementEntries].map((f) => [f.replace(/^src\//, '').replace(/\.ts$/, ''), resolve(f)]),
        ),
        formats: ['es'],
      },
      rolldownOptions: {
        external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^ky($|\/)/, /^zod($|\/)/, /^msw($|\/)/],
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
