// What the CDN entry is made of, declaration by declaration (`node scripts/size.mjs --report` prints it; issue #16):
// the CDN build again with source maps (into .tmp/size-map, dist/ untouched), every byte of the entry mapped back
// to its source file and the top-level declaration (function, class, const) it belongs to. A bundler keeps a module
// in ONE chunk with every export any chunk uses, so a declaration here may be in the entry only for a lazy chunk.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** A source map's mappings as segments `[generatedLine, generatedColumn, source, originalLine]` (0-based; source −1: unmapped). */
function decode(mappings) {
  const segments = [];
  let source = 0;
  let originalLine = 0;
  mappings.split(';').forEach((line, generatedLine) => {
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const values = [];
      let shift = 0;
      let value = 0;
      for (const ch of segment) {
        const digit = B64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = shift = 0;
        }
      }
      column += values[0];
      if (values.length > 1) {
        source += values[1];
        originalLine += values[2];
        segments.push([generatedLine, column, source, originalLine]);
      } else segments.push([generatedLine, column, -1, 0]);
    }
  });
  return segments;
}

const DECLARATION = /^(?:export )?(?:default )?(?:abstract )?(?:async )?(?:function\*? ?|const |let |var |class )([\w$]+)/;

/** The `count` biggest declarations of the CDN entry: `{ what, bytes }` (minified bytes), biggest first. */
export function entryDeclarations(count = 30) {
  const out = '.tmp/size-map';
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--mode', 'cdn', '--sourcemap', '--outDir', out, '--logLevel', 'error'], { stdio: 'inherit' });
  const code = readFileSync(`${out}/credits-elements.js`, 'utf8');
  const map = JSON.parse(readFileSync(`${out}/credits-elements.js.map`, 'utf8'));
  const lines = code.split('\n');
  const sourceLines = map.sources.map((_, i) => (map.sourcesContent?.[i] ?? '').split('\n'));
  const declarationAt = (source, line) => {
    for (let l = line; l >= 0; l--) {
      const m = DECLARATION.exec(sourceLines[source][l] ?? '');
      if (m) return m[1];
    }
    return '(module top level)';
  };
  const bytes = new Map();
  const segments = decode(map.mappings);
  segments.forEach(([line, column, source, originalLine], i) => {
    const next = segments[i + 1];
    const end = next && next[0] === line ? next[1] : lines[line].length;
    const file = source < 0 ? '' : map.sources[source].replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, '');
    const what = source < 0 ? '(bundler: the export list, helpers)' : `${file} ${declarationAt(source, originalLine)}`;
    bytes.set(what, (bytes.get(what) ?? 0) + end - column);
  });
  return [...bytes].map(([what, n]) => ({ what, bytes: n })).sort((a, b) => b.bytes - a.bytes).slice(0, count);
}
