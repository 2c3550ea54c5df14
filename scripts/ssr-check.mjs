// SSR safety: importing every published entry point in Node (no DOM) must not throw,
// so Next.js / Nuxt apps can import the package on the server.
import { readdirSync, existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const entries = ['dist/index.js', 'dist/simulator/index.js'];
for (const tag of readdirSync('dist/elements')) {
  for (const file of ['define.js', `${tag}.js`]) if (existsSync(`dist/elements/${tag}/${file}`)) entries.push(`dist/elements/${tag}/${file}`);
}
let failed = 0;
for (const entry of entries) {
  try {
    await import(pathToFileURL(resolve(entry)).href);
  } catch (error) {
    failed++;
    console.error(`✗ ${entry}: ${error instanceof Error ? error.stack : error}`);
  }
}
if (typeof globalThis.document !== 'undefined') throw new Error('a DOM leaked into Node');
console.log(`SSR import check: ${entries.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
