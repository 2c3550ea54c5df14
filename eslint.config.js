import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';

const styleMapBan = {
  name: 'lit/directives/style-map.js',
  message: "styleMap writes a style attribute on first render, which a strict CSP blocks: use inlineStyle() from src/ui/inline-style.ts.",
};

/** One `no-restricted-imports` block per layer: the style-map ban plus the imports that would point up. */
const layers = (rules) =>
  rules.map(({ files, forbid, why }) => ({
    files,
    rules: { 'no-restricted-imports': ['error', { paths: [styleMapBan], patterns: [{ group: forbid, message: why }] }] },
  }));

export default tseslint.config(
  { ignores: ['.tmp/', 'dist-demo/', 'contract/', 'dist/', 'coverage/', 'storybook-static/', 'node_modules/', 'demo/public/', 'public/', '**/mockServiceWorker.js', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  {
    languageOptions: { globals: { window: 'readonly', document: 'readonly', console: 'readonly', process: 'readonly' } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // `interface HTMLElementEventMap extends CreditsEventMap {}` is how a library types addEventListener for its events (one extends, no members).
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='parseFloat']", message: 'Money is exact decimal math: use src/money/decimal.ts.' },
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Render API text as text (Lit templates), never innerHTML.' },
      ],
      'lit/no-invalid-html': 'error',
    },
  },
  {
    // Strict CSP (README.md, "Content Security Policy"): no style attributes, which style-src 'self' blocks.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', styleMapBan],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='parseFloat']", message: 'Money is exact decimal math: use src/money/decimal.ts.' },
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Render API text as text (Lit templates), never innerHTML.' },
        {
          selector: "TaggedTemplateExpression[tag.name=/^(html|svg)$/] TemplateElement[value.raw=/\\sstyle=/]",
          message: "A style attribute is blocked by a strict CSP (style-src 'self'): use a class, or inlineStyle() from src/ui/inline-style.ts.",
        },
        { selector: "CallExpression[callee.property.name='setAttribute'][arguments.0.value='style']", message: "A style attribute is blocked by a strict CSP: set element.style properties (CSSOM)." },
      ],
    },
  },
  // Layering (docs/ARCHITECTURE.md): an import never points up a layer. Each block repeats the style-map ban,
  // because a later `no-restricted-imports` replaces an earlier one for the same files.
  ...layers([
    // api: the HTTP contract; imports nothing of ours outside itself.
    { files: ['src/api/*.ts'], forbid: ['../**/*.js'], why: 'src/api is the bottom layer: it imports nothing of ours outside src/api.' },
    { files: ['src/api/*/**/*.ts'], forbid: ['../../**/*.js'], why: 'src/api is the bottom layer: it imports nothing of ours outside src/api.' },
    // time: calendar arithmetic in a time zone; imports nothing of ours outside itself.
    { files: ['src/time/**/*.ts'], forbid: ['../**/*.js'], why: 'src/time is a bottom layer: it imports nothing of ours outside src/time.' },
    // money: exact decimals and pricing over the API's types and the calendar.
    { files: ['src/money/**/*.ts'], forbid: ['../**/*.js', '!../api/*.js', '!../time/*.js'], why: 'src/money imports only src/api (types) and src/time below it.' },
    // core: events and the gateway adapter contract, which every layer may name.
    { files: ['src/core/**/*.ts'], forbid: ['../**/*.js', '!../api/*.js'], why: 'src/core imports only src/api below it.' },
    // state: store, resources, runtime; no UI, no base class, no gateway implementation.
    {
      files: ['src/state/**/*.ts'],
      forbid: ['**/elements/**', '**/base/**', '**/ui/**', '**/simulator/**', '**/gateways/**'],
      why: 'src/state imports no element, base class, UI helper, simulator or gateway (the adapter contract is src/core/gateway.ts).',
    },
    // ui: leaf templates and directives; no element, base class, gateway, simulator or API client.
    {
      files: ['src/ui/**/*.ts'],
      forbid: ['**/elements/**', '**/base/**', '**/simulator/**', '**/gateways/**', '**/api/client.js'],
      why: 'src/ui holds leaf UI helpers: it imports no element, base class, gateway, simulator or API client.',
    },
    // elements: reach the API only through the store (state/actions, resources).
    { files: ['src/elements/**/*.ts'], forbid: ['**/api/client.js'], why: 'Elements never call the API client: go through src/state (resources, actions).' },
  ]),
  {
    files: ['scripts/**/*.mjs', '*.config.*', 'web-test-runner.config.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly' } },
  },
  {
    // chai's property assertions (`expect(x).to.exist`) read as expressions.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
