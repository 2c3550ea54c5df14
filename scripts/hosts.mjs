// The host apps of `npm run test:hosts` (test/e2e/hosts.spec.ts), built from the PACKED package:
//
//   node scripts/hosts.mjs [port]
//
// 1. `npm pack` of this checkout (dist/ must be built) into a temp host workspace, then
//    `npm ci --offline` of that tarball and its dependencies only (a lockfile written from ours), so a
//    runtime import missing from `dependencies` or a file missing from `files`/`exports` fails here.
// 2. React 19, Vue 3 and Svelte 5 (and Vite with their plugins) are not installed again: the workspace
//    links them from this checkout's node_modules (devDependencies).
// 3. The hosts' own code is the README's: every fenced block after `<!-- host: <file> -->` in README.md is
//    written to that file; test/hosts/ adds only the glue (mounting; the framework hosts' index.html is written here). The README's TypeScript
//    is type-checked against the tarball's typings (tsc for React and the simulator snippets, vue-tsc,
//    svelte-check), in parallel with one multi-page Vite build of the three framework hosts.
// 4. The built hosts and the static pages (which load the package from its CDN URL, served from the
//    tarball by the test) are served on `port` (default 4190) from the workspace's out/.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { serveWithCsp } from './csp-server.mjs';

const run = promisify(execFile);
const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const GLUE = join(ROOT, 'test/hosts');
/** One workspace per checkout (several checkouts may test at once). */
export const WORKSPACE = join(tmpdir(), `credits-elements-hosts-${createHash('sha1').update(ROOT).digest('hex').slice(0, 8)}`);
/** What the hosts take from this checkout rather than from the tarball. */
const LINKED = ['react', 'react-dom', '@types/react', '@types/react-dom', 'vue', 'svelte', 'vite', '@vitejs/plugin-react', '@vitejs/plugin-vue', '@sveltejs/vite-plugin-svelte', 'msw', 'typescript'];
const FRAMEWORK_HOSTS = ['react', 'vue', 'svelte'];
const STATIC_HOSTS = ['static', 'simulator'];

const time = (label, started) => console.log(`hosts: ${label} in ${((Date.now() - started) / 1000).toFixed(1)} s`);

/** The README's blocks marked `<!-- host: <file> -->`, by file. */
export async function readmeHostBlocks() {
  const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
  const blocks = new Map();
  // A block may sit in a list item: its fence's indentation is taken off every line.
  for (const [, file, indent, code] of readme.matchAll(/<!-- host: (\S+) -->\n([ \t]*)```[\w-]*\n([\s\S]*?)\n\2```/g)) {
    blocks.set(file, `${code.split('\n').map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line)).join('\n')}\n`);
  }
  return blocks;
}

/** `npm pack` → `npm ci --offline` of the tarball alone, with a lockfile made of ours. */
async function installTarball(pkg) {
  let started = Date.now();
  const { stdout } = await run('npm', ['pack', '--silent', '--pack-destination', WORKSPACE], { cwd: ROOT });
  const tarball = stdout.trim().split('\n').pop();
  time(`packed ${tarball}`, started);
  started = Date.now();
  const lock = JSON.parse(await readFile(join(ROOT, 'package-lock.json'), 'utf8'));
  const bytes = await readFile(join(WORKSPACE, tarball));
  const integrity = `sha512-${createHash('sha512').update(bytes).digest('base64')}`;
  const dependencies = { [pkg.name]: `file:${tarball}` };
  const packages = { '': { name: 'credits-hosts', dependencies } };
  packages[`node_modules/${pkg.name}`] = { version: pkg.version, resolved: `file:${tarball}`, integrity, license: pkg.license, dependencies: pkg.dependencies, peerDependencies: pkg.peerDependencies, peerDependenciesMeta: pkg.peerDependenciesMeta };
  const queue = Object.keys(pkg.dependencies);
  while (queue.length) {
    const name = queue.shift();
    const key = `node_modules/${name}`;
    if (packages[key]) continue;
    const entry = lock.packages[key];
    if (!entry) throw new Error(`${name} (a dependency of the package) is not in package-lock.json`);
    packages[key] = entry;
    queue.push(...Object.keys(entry.dependencies ?? {}));
  }
  await writeFile(join(WORKSPACE, 'package.json'), JSON.stringify({ name: 'credits-hosts', private: true, type: 'module', dependencies }, null, 2));
  await writeFile(join(WORKSPACE, 'package-lock.json'), JSON.stringify({ name: 'credits-hosts', lockfileVersion: 3, requires: true, packages }, null, 2));
  const flags = ['--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'];
  // Offline from npm's cache (filled by the checkout's own install); online only when the cache lacks a tarball.
  await run('npm', ['ci', '--offline', ...flags], { cwd: WORKSPACE }).catch(() => run('npm', ['ci', '--prefer-offline', ...flags], { cwd: WORKSPACE }));
  for (const name of LINKED) {
    await mkdir(dirname(join(WORKSPACE, 'node_modules', name)), { recursive: true });
    await symlink(join(ROOT, 'node_modules', name), join(WORKSPACE, 'node_modules', name), 'dir');
  }
  time('installed the tarball', started);
}

/** The glue of test/hosts/ and the README's blocks, into src/. */
async function writeSources(pkg) {
  const blocks = await readmeHostBlocks();
  const src = join(WORKSPACE, 'src');
  await cp(GLUE, src, { recursive: true });
  for (const [file, code] of blocks) {
    const [host] = file.split('/');
    if (![...FRAMEWORK_HOSTS, ...STATIC_HOSTS, 'types'].includes(host)) throw new Error(`README.md: <!-- host: ${file} --> names no host`);
    await mkdir(dirname(join(src, file)), { recursive: true });
    if (STATIC_HOSTS.includes(host)) {
      // A static page: the README's HTML is its body.
      const page = await readFile(join(GLUE, host, 'index.html'), 'utf8');
      await writeFile(join(src, file), page.replace('<!-- README -->', code));
    } else {
      await writeFile(join(src, file), code);
    }
  }
  // Each framework host's page: one mount point, its entry module.
  for (const [host, title, entry] of [['react', 'React 19', 'main.tsx'], ['vue', 'Vue 3', 'main.ts'], ['svelte', 'Svelte 5', 'main.ts']]) {
    const page = `<!doctype html>\n<html lang="en">\n  <head>\n    <meta charset="utf-8" />\n    <title>${title} host</title>\n  </head>\n  <body>\n    <div id="app"></div>\n    <script type="module" src="./${entry}"></script>\n  </body>\n</html>\n`;
    await writeFile(join(src, host, 'index.html'), page);
  }
  const expected = ['react/Credits.tsx', 'vue/Credits.vue', 'vue/vite.config.ts', 'svelte/Credits.svelte', 'static/index.html', 'simulator/index.html'];
  const missing = expected.filter((file) => !blocks.has(file));
  if (missing.length) throw new Error(`README.md has no <!-- host: … --> block for ${missing.join(', ')}`);
  const cdn = `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/`;
  for (const file of ['static/index.html', 'simulator/index.html']) {
    if (!blocks.get(file).includes(cdn)) throw new Error(`README.md: the ${file} block does not load ${cdn} (the version in package.json)`);
  }
}

/** Type-checks the README's TypeScript against the tarball's typings: tsc, vue-tsc and svelte-check. */
async function typecheck() {
  const started = Date.now();
  const bin = (name) => join(ROOT, 'node_modules/.bin', name);
  const src = join(WORKSPACE, 'src');
  const checks = [
    run(bin('tsc'), ['-p', join(src, 'tsconfig.json')]),
    run(bin('vue-tsc'), ['-p', join(src, 'vue/tsconfig.json')]),
    run(bin('svelte-check'), ['--workspace', join(src, 'svelte'), '--tsconfig', join(src, 'svelte/tsconfig.json'), '--fail-on-warnings', '--output', 'human']),
  ];
  const results = await Promise.allSettled(checks);
  const failed = results.flatMap((r, i) => (r.status === 'rejected' ? [`${['tsc', 'vue-tsc', 'svelte-check'][i]}:\n${r.reason.stdout}${r.reason.stderr}`] : []));
  if (failed.length) throw new Error(`The README's code does not type-check against the packed typings:\n${failed.join('\n')}`);
  time('type-checked the README code', started);
}

/** One multi-page Vite build of the framework hosts; the README's vite.config.ts gives the Vue plugin. */
async function buildHosts() {
  const started = Date.now();
  const { build, loadConfigFromFile } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  const { svelte } = await import('@sveltejs/vite-plugin-svelte');
  const src = join(WORKSPACE, 'src');
  const vueConfig = await loadConfigFromFile({ command: 'build', mode: 'production' }, join(src, 'vue/vite.config.ts'), src, 'silent');
  await build({
    configFile: false,
    root: src,
    logLevel: 'warn',
    plugins: [react(), ...(vueConfig?.config.plugins ?? []), svelte({ configFile: false })],
    build: {
      outDir: join(WORKSPACE, 'out'),
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: { input: Object.fromEntries(FRAMEWORK_HOSTS.map((host) => [host, join(src, host, 'index.html')])) },
    },
  });
  time('built the React, Vue and Svelte hosts', started);
}

export async function buildAll() {
  const started = Date.now();
  const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
  await readdir(join(ROOT, 'dist/cdn')).catch(() => {
    throw new Error('dist/ is not built: run `npm run build` first');
  });
  await rm(WORKSPACE, { recursive: true, force: true });
  await mkdir(WORKSPACE, { recursive: true });
  await installTarball(pkg);
  await writeSources(pkg);
  await Promise.all([typecheck(), buildHosts()]);
  const out = join(WORKSPACE, 'out');
  for (const host of STATIC_HOSTS) await cp(join(WORKSPACE, 'src', host), join(out, host), { recursive: true });
  // What the CDN URL of the README serves: the installed tarball's files (the test routes the URL here).
  await mkdir(join(out, 'npm', '@9pic'), { recursive: true });
  await symlink(join(WORKSPACE, 'node_modules', pkg.name), join(out, 'npm', `${pkg.name}@${pkg.version}`), 'dir');
  // The index page (the test runner waits for it): a link per host.
  const hosts = [...FRAMEWORK_HOSTS, ...STATIC_HOSTS].map((host) => `<li><a href="${host}/">${host}</a></li>`).join('');
  await writeFile(join(out, 'index.html'), `<!doctype html><html lang="en"><meta charset="utf-8"><title>Hosts of ${pkg.name}</title><ul>${hosts}</ul></html>\n`);
  time('hosts ready', started);
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? 4190);
  // E2E_NO_BUILD=1 (playwright.config.ts) reuses the last build when there is one.
  const reuse = process.env.E2E_NO_BUILD === '1' && (await readdir(join(WORKSPACE, 'out/react')).catch(() => null));
  const out = reuse ? join(WORKSPACE, 'out') : await buildAll();
  const { url } = await serveWithCsp({ root: out, port, csp: '' });
  console.log(`hosts: serving ${out} at ${url}`);
}
