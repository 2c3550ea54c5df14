import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';

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
      'no-restricted-imports': [
        'error',
        { name: 'lit/directives/style-map.js', message: "styleMap writes a style attribute on first render, which a strict CSP blocks: use inlineStyle() from src/base/inline-style.ts." },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='parseFloat']", message: 'Money is exact decimal math: use src/money/decimal.ts.' },
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Render API text as text (Lit templates), never innerHTML.' },
        {
          selector: "TaggedTemplateExpression[tag.name=/^(html|svg)$/] TemplateElement[value.raw=/\\sstyle=/]",
          message: "A style attribute is blocked by a strict CSP (style-src 'self'): use a class, or inlineStyle() from src/base/inline-style.ts.",
        },
        { selector: "CallExpression[callee.property.name='setAttribute'][arguments.0.value='style']", message: "A style attribute is blocked by a strict CSP: set element.style properties (CSSOM)." },
      ],
    },
  },
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
