// Localisation check over src/elements, src/base and src/ui (every module that renders text):
// - no user-visible English left in a Lit template (text between tags, or aria-label/title/placeholder/alt literals);
// - every msg() has an explicit id, and every id has a Hindi translation (src/i18n/locales/hi.ts), and vice versa;
// - no sentence is built from translated parts (rules nested, adjacent, dangling: scripts/i18n-rules.mjs);
// - every Hindi entry follows docs/HINDI-GLOSSARY.md (no forbidden variant, no stray Latin-script word).
// Before trusting the rules, the check runs them on deliberate violations (scripts/i18n-fixtures/) and
// fails if any goes unnoticed or a correct line there is accused.
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, statSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { catalogText, concatenationProblems, glossaryProblems, parseGlossary } from './i18n-rules.mjs';

const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (path.endsWith('.ts') && !path.endsWith('.styles.ts')) files.push(path);
  }
};
walk('src/elements');
walk('src/base');
walk('src/ui');

/** The static parts of every html`` literal (expressions removed), with their line numbers. */
function templates(source) {
  const out = [];
  let i = 0;
  while ((i = source.indexOf('html`', i)) !== -1) {
    // msg(html`…`): a whole translated message with markup; its English is the message, not template text.
    if (/\bmsg\(\s*$/.test(source.slice(Math.max(0, i - 20), i))) {
      i += 5;
      continue;
    }
    let j = i + 5;
    let text = '';
    let depth = 0;
    const start = j;
    for (; j < source.length; j++) {
      const c = source[j];
      if (depth === 0 && c === '`') break;
      if (depth === 0 && c === '$' && source[j + 1] === '{') {
        depth = 1;
        j++;
        text += '\u0000';
        continue;
      }
      if (depth > 0) {
        if (c === '{') depth++;
        else if (c === '}') depth--;
        else if (c === '`') {
          // a nested template inside an expression: skip it whole
          const nested = source.indexOf('`', j + 1);
          j = nested === -1 ? source.length : nested;
        }
        continue;
      }
      text += c;
    }
    out.push({ text, line: source.slice(0, start).split('\n').length });
    i = j + 1;
  }
  return out;
}

const problems = [];
const ids = new Map();
for (const file of files) {
  const source = readFileSync(file, 'utf8');
  for (const { text, line } of templates(source)) {
    const withoutStyles = text.replace(/<style[\s\S]*?<\/style>/g, '');
    const between = withoutStyles.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]*>/g, '\u0000').split('\u0000');
    for (const chunk of between) {
      const words = chunk.replace(/&[a-z]+;|&#\d+;/g, '').trim();
      if (/[A-Za-z]{2,}/.test(words)) problems.push(`${file}:${line} text not localised: "${words.slice(0, 60)}"`);
    }
    // eslint-disable-next-line no-control-regex
    for (const m of withoutStyles.matchAll(/\s(aria-label|title|placeholder|alt|aria-description)="([^"\u0000]*[A-Za-z]{2,}[^"\u0000]*)"/g)) {
      problems.push(`${file}:${line} ${m[1]} not localised: "${m[2]}"`);
    }
  }
  for (const m of source.matchAll(/\bmsg\(\s*(?:str|html)?(['"`])((?:\\.|(?!\1)[\s\S])*)\1\s*(,\s*\{[^}]*\})?\s*,?\s*\)/g)) {
    const options = m[3] ?? '';
    const id = /id:\s*['"]([^'"]+)['"]/.exec(options)?.[1];
    const line = source.slice(0, m.index).split('\n').length;
    if (!id) problems.push(`${file}:${line} msg() without an explicit id: "${m[2].slice(0, 50)}"`);
    else ids.set(id, `${file}:${line}`);
  }
}

const sources = files.map((path) => ({ path, source: readFileSync(path, 'utf8') }));
problems.push(...concatenationProblems(sources));

// The rules, proven on deliberate violations: each `// ✗ <rule>` line of the fixture must be reported, nothing else.
const fixture = 'scripts/i18n-fixtures/concatenated.ts.txt';
const fixtureSource = readFileSync(fixture, 'utf8');
const expected = fixtureSource.split('\n').flatMap((line, i) => [...line.matchAll(/✗ (\w+)/g)].map((m) => `${fixture}:${i + 1} ${m[1]}`));
const found = concatenationProblems([{ path: fixture, source: fixtureSource }]).map((p) => /^(\S+:\d+) (\w+):/.exec(p).slice(1).join(' '));
for (const e of expected) if (!found.includes(e)) problems.push(`the i18n rules missed a deliberate violation: ${e}`);
for (const f of found) if (!expected.includes(f)) problems.push(`the i18n rules accuse a correct line: ${f}`);

const glossary = parseGlossary(readFileSync('docs/HINDI-GLOSSARY.md', 'utf8'));
if (glossary.forbidden.length < 10 || !glossary.latin.has('GSTIN')) problems.push('docs/HINDI-GLOSSARY.md: its Terms table or "Kept in Latin script" line could not be read');
for (const [id, text, want] of [
  ['fixture.forbidden', 'फ़िल्टर की तिथि पुनः चुनें।', 2],
  ['fixture.latin', 'भुगतान पर Recheck करें।', 1],
  ['fixture.fine', 'GSTIN 27AAPFU0939F1ZV या accounts@example.com फिर से दर्ज करें।', 0],
]) {
  const got = glossaryProblems(id, text, glossary).length;
  if (got !== want) problems.push(`the glossary rule found ${got} problem(s) in "${text}", not ${want}`);
}

const tmp = resolve('.tmp/hi-catalog.mjs');
await build({ entryPoints: ['src/i18n/locales/hi.ts'], bundle: true, platform: 'node', format: 'esm', outfile: tmp, logLevel: 'error' });
const { templates: hindi } = await import(pathToFileURL(tmp).href);
rmSync(tmp);
// ids used in shared modules outside the scanned folders (ui helpers, store) are found the same way:
for (const id of ids.keys()) if (!(id in hindi)) problems.push(`${ids.get(id)} id "${id}" has no Hindi translation`);
for (const [id, value] of Object.entries(hindi)) problems.push(...glossaryProblems(id, catalogText(value), glossary));
const unused = Object.keys(hindi).filter((id) => !ids.has(id));
for (const id of unused) console.warn(`warning: Hindi id "${id}" is not used in src/elements, src/base or src/ui`);

// The built id map (npm build) covers exactly the catalog, one short id each, and the built catalog uses them.
const idsFile = 'dist/i18n/message-ids.json';
if (existsSync(idsFile)) {
  const built = JSON.parse(readFileSync(idsFile, 'utf8'));
  const catalogText = readdirSync('dist/i18n/locales/hi').filter((f) => f.endsWith('.js')).map((f) => readFileSync(`dist/i18n/locales/hi/${f}`, 'utf8')).join('\n');
  const missing = Object.keys(hindi).filter((id) => !(id in built));
  if (missing.length) problems.push(`${idsFile} lacks ${missing.join(', ')}`);
  if (new Set(Object.values(built)).size !== Object.keys(built).length) problems.push(`${idsFile} gives two ids the same short id`);
  for (const [id, short] of Object.entries(built)) if (!catalogText.includes(`"${short}"`)) problems.push(`${idsFile}: ${id} → ${short}, which the built Hindi catalog does not have`);
}

if (problems.length) {
  for (const p of problems) console.error(`✗ ${p}`);
  console.error(`i18n check: ${problems.length} problem(s).`);
  process.exit(1);
}
console.log(`i18n check: ${ids.size} message ids, all translated to Hindi; no unlocalised template text.`);
