/**
 * Custom Elements Manifest analyzer plugins (custom-elements-manifest.config.mjs):
 * - bubblingEvents: the library's events bubble and are composed, so `<credits-provider>` and
 *   `<credits-area>` list every event any element fires (a host listens on them once);
 * - packagePaths: module paths point at the published files (`dist/…js`, not `src/…ts`),
 *   each element's `define.js` carries its `custom-element-definition` export, and modules
 *   that publish nothing (type-only files) are dropped.
 */
import { posix } from 'node:path';

const CONTAINERS = ['credits-provider', 'credits-area'];

const declarations = (manifest) => manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => ({ module: m, d })));

export function bubblingEvents() {
  return {
    name: 'credits-bubbling-events',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const elements = declarations(manifest).filter(({ d }) => d.kind === 'class' && d.tagName);
      const all = new Map();
      for (const { d } of elements) {
        for (const e of d.events ?? []) {
          // Host typings (React, Vue, Svelte, editors) take each event's detail type from here.
          if (!e.type?.text) throw new Error(`<${d.tagName}> fires ${e.name} without a type: write \`@fires {CustomEvent<Detail>} ${e.name} - …\`.`);
          if (e.name && !all.has(e.name)) all.set(e.name, e);
        }
      }
      for (const { d } of elements.filter(({ d }) => CONTAINERS.includes(d.tagName))) {
        d.events ??= [];
        for (const [name, e] of [...all].sort(([a], [b]) => a.localeCompare(b))) {
          if (d.events.some((own) => own.name === name)) continue;
          d.events.push({ name, ...(e.type ? { type: e.type } : {}), description: `Bubbles up from the elements inside. ${e.description ?? ''}`.trim() });
        }
      }
    },
  };
}

const toDist = (path) => path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');

export function packagePaths() {
  return {
    name: 'credits-package-paths',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const defines = [];
      manifest.modules = manifest.modules.filter((m) => (m.declarations?.length ?? 0) + (m.exports?.length ?? 0) > 0);
      for (const m of manifest.modules) {
        for (const d of m.declarations ?? []) {
          if (d.kind !== 'class' || !d.tagName || !m.path.startsWith('src/elements/')) continue;
          const folder = m.path.slice(0, m.path.lastIndexOf('/'));
          defines.push({
            kind: 'javascript-module',
            path: `${folder}/define.ts`,
            declarations: [],
            exports: [
              { kind: 'custom-element-definition', name: d.tagName, declaration: { name: d.name, module: m.path } },
              { kind: 'js', name: d.name, declaration: { name: d.name, module: m.path } },
            ],
          });
        }
      }
      manifest.modules.push(...defines);
      // A re-export (`export { X } from './x.js'`) names its module as written: resolve it to the package path.
      for (const m of manifest.modules) {
        for (const x of m.exports ?? []) {
          const spec = x.declaration?.module;
          if (spec?.startsWith('.')) x.declaration.module = posix.join(posix.dirname(m.path), spec).replace(/\.js$/, '.ts');
        }
      }
      // Every `src/….ts` reference (module paths, inheritedFrom, superclass, declarations) → `dist/….js`.
      const walk = (node) => {
        if (Array.isArray(node)) return node.forEach(walk);
        if (!node || typeof node !== 'object') return;
        for (const [key, value] of Object.entries(node)) {
          if ((key === 'path' || key === 'module') && typeof value === 'string' && value.startsWith('src/')) node[key] = toDist(value);
          else walk(value);
        }
      };
      walk(manifest.modules);
    },
  };
}
