import { bubblingEvents, packagePaths } from './build/cem-plugins.mjs';

export default {
  globs: ['src/elements/**/*.ts', 'src/base/credits-configured.ts', 'src/base/credits-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/define.ts', 'src/simulator/**'],
  outdir: '.',
  litelement: true,
  plugins: [bubblingEvents(), packagePaths()],
};
