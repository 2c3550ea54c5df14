/**
 * Build-time size cuts for the library builds (vite.config.ts), the built demo that
 * `npm run test:csp` drives (vite.demo.config.ts) and Storybook's build (it loads vite.config.ts's
 * plugins). The source stays as written; only what Vite emits changes. Build only
 * (`apply: 'build'`): the dev servers and the browser tests (web-test-runner) run the source.
 *
 * shortMessageIds(): every message id (`msg('English', { id: 'credits-balance.what' })`, and the
 * same string as a key of the Hindi catalog) becomes `_` + its index in the sorted id list, in
 * base 36 (`_0`, `_1`, … `_a0`, …). @lit/localize generates ids for messages without one as `s`/`h` + a
 * hash, so `_…` cannot meet one of those.
 *
 * minifyTemplates(): the static text of the html``, svg`` and css`` literals, conservatively (no
 * HTML or CSS parser; what each rule keeps is written next to it below).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseSync, type Plugin } from 'vite';
import MagicString from 'magic-string';

/** The catalog folder: one file per area, each an object literal of id → translation. The source of truth for the ids. */
const CATALOG_DIR = resolve('src/i18n/locales/hi');
const SOURCE_DIR = resolve('src') + sep;

/** An ESTree node as oxc's parser returns it (offsets in UTF-16 code units, as String#slice counts). */
interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

/** Calls `visit` on every node under `node`, depth first. */
function walk(node: unknown, visit: (node: Node) => void): void {
  if (Array.isArray(node)) for (const child of node) walk(child, visit);
  else if (isNode(node)) {
    visit(node);
    for (const key in node) if (key !== 'type' && key !== 'start' && key !== 'end') walk(node[key], visit);
  }
}

/** The ESTree of `code` (TypeScript or JavaScript, by the file's extension), with ESTree's offsets: a template's parts exclude the ` and ${ } around them. */
function parse(file: string, code: string): Node {
  const result = parseSync(file, code, { astType: 'js' });
  if (result.errors.length) throw new Error(`${file}: ${result.errors[0]!.message}`);
  return result.program as unknown as Node;
}

/** A string literal's value, or undefined for any other node. */
const stringValue = (node: unknown): string | undefined => (isNode(node) && node.type === 'Literal' && typeof node.value === 'string' ? node.value : undefined);

/** Every property of an object literal whose key is a string literal: the catalog entries. */
function catalogKeys(program: Node): Node[] {
  const keys: Node[] = [];
  walk(program, (node) => {
    if (node.type === 'Property' && !node.computed && stringValue(node.key) !== undefined) keys.push(node.key as Node);
  });
  return keys;
}

/** The id → short id map, from the catalog files; throws on an id in two files or a short id that is also a long one. */
function idMap(): Map<string, string> {
  const seen = new Map<string, string>();
  for (const name of readdirSync(CATALOG_DIR).filter((f) => f.endsWith('.ts')).sort()) {
    const file = join(CATALOG_DIR, name);
    for (const key of catalogKeys(parse(file, readFileSync(file, 'utf8')))) {
      const id = stringValue(key)!;
      if (seen.has(id)) throw new Error(`short message ids: "${id}" is in both ${seen.get(id)} and ${name}`);
      seen.set(id, name);
    }
  }
  const ids = [...seen.keys()].sort();
  const map = new Map(ids.map((id, index) => [id, `_${index.toString(36)}`]));
  const shorts = new Set(map.values());
  if (shorts.size !== ids.length) throw new Error('short message ids: two ids got the same short id');
  for (const id of ids) if (shorts.has(id)) throw new Error(`short message ids: the id "${id}" looks like a short id`);
  return map;
}

/**
 * `idsFile`: where to write the readable → short id map in the output (the npm build writes
 * `i18n/message-ids.json`, for a host that translates our strings with its own @lit/localize).
 */
export function shortMessageIds({ idsFile }: { idsFile?: string } = {}): Plugin {
  let map = new Map<string, string>();
  let catalogFilesRewritten = 0;
  let messagesRewritten = 0;
  return {
    name: 'credits:short-message-ids',
    apply: 'build',
    buildStart() {
      map = idMap();
      catalogFilesRewritten = 0;
      messagesRewritten = 0;
    },
    transform(code, id) {
      if (!id.startsWith(SOURCE_DIR) || !/\.[jt]s$/.test(id)) return null;
      const inCatalog = id.startsWith(CATALOG_DIR + sep);
      if (!inCatalog && !/\bmsg\s*\(/.test(code)) return null;
      const where = relative(process.cwd(), id);
      const out = new MagicString(code);
      /** Replaces the string literal `node` (an id) with its short id. */
      const shorten = (node: Node) => {
        const long = stringValue(node)!;
        const short = map.get(long);
        if (!short) this.error(`${where}: msg() id "${long}" has no entry in the Hindi catalog (${relative(process.cwd(), CATALOG_DIR)})`, node.start);
        // The offsets must point at the literal itself (they count UTF-16 units; the catalog is Devanagari).
        if (code.slice(node.start, node.end) !== node.raw) this.error(`${where}: the parser's offsets do not point at "${long}"`, node.start);
        out.overwrite(node.start, node.end, `'${short}'`);
      };
      const program = parse(id, code);
      if (inCatalog) {
        for (const key of catalogKeys(program)) shorten(key);
        catalogFilesRewritten++;
      } else {
        walk(program, (node) => {
          const callee = node.callee as Node | undefined;
          if (node.type !== 'CallExpression' || callee?.type !== 'Identifier' || callee.name !== 'msg') return;
          const options = (node.arguments as Node[])[1];
          const idProperty = options?.type === 'ObjectExpression' ? (options.properties as Node[]).find((p) => p.type === 'Property' && (p.key as Node).type === 'Identifier' && (p.key as Node).name === 'id') : undefined;
          if (!idProperty || stringValue(idProperty.value) === undefined) this.error(`${where}: msg() needs an explicit string literal id to be shortened`, node.start);
          shorten(idProperty.value as Node);
          messagesRewritten++;
        });
      }
      if (!out.hasChanged()) return null;
      return { code: out.toString(), map: out.generateMap({ hires: true, source: id }) };
    },
    buildEnd(error) {
      // msg() ids shortened without the catalog would leave every string English in Hindi.
      if (!error && messagesRewritten > 0 && catalogFilesRewritten === 0) this.error('short message ids: msg() ids were shortened but no catalog file went through the build');
    },
    generateBundle() {
      if (idsFile) this.emitFile({ type: 'asset', fileName: idsFile, source: `${JSON.stringify(Object.fromEntries(map), null, 2)}\n` });
    },
  };
}

/** HTML's whitespace (not \s: that one would take U+00A0, which renders). */
const HTML_SPACE_WITH_NEWLINE = /[ \t\n\f\r]*\n[ \t\n\f\r]*/g;
/** Elements whose text is shown as written: a template with content in one of them is left alone. */
const PREFORMATTED = /<(pre|textarea|listing|plaintext)\b[^>]*>(?!<\/\1>)/i;

/**
 * html``/svg``: a run of whitespace holding a line break becomes one space. In normal flow (and
 * `white-space: nowrap`) both render as one space, and inside a tag both separate attributes.
 * Nothing else is touched: whitespace between tags, at the ends and next to `${}` stays (a space),
 * so inline neighbours keep their gap. Only `white-space: pre*` would show the difference: the one
 * element styled so (`.facts .remark`) has no whitespace around its content, and a template with
 * content in <pre>/<textarea> is skipped.
 */
function minifyHtmlParts(parts: string[]): string[] | undefined {
  if (PREFORMATTED.test(parts.join('${}'))) return undefined;
  return parts.map((part) => part.replace(HTML_SPACE_WITH_NEWLINE, ' '));
}

/**
 * css``: comments go; whitespace collapses to one space, and none is kept next to `{ } ; ,` or
 * after `:` (before `:` it can be a descendant combinator, `.a :hover`, so it stays); the `;`
 * before `}` goes. Quoted strings are kept as written. Whitespace next to `${}` becomes one space
 * unless a rule above removes it. A template this cannot read safely is left alone: a string or
 * comment cut by `${}`, an unquoted url(), a comment glued to a token on both sides.
 */
function minifyCssParts(parts: string[]): string[] | undefined {
  let unreadable = false;
  /** CSS outside strings and comments. */
  const minifyCss = (css: string) => {
    if (/["']|\/\*|\*\/|url\(/i.test(css)) unreadable = true;
    return (
      css
        // CSS whitespace is these five (U+00A0 is not whitespace in CSS).
        .replace(/[ \t\n\r\f]+/g, ' ')
        .replace(/ ?([{};,]) ?/g, '$1')
        .replace(/: /g, ':')
        .replace(/;}/g, '}')
    );
  };
  const out = parts.map((part) => {
    // Dropping a comment between two tokens (`1px/**/solid`) would join them.
    if (/[^\s{};,]\/\*[\s\S]*?\*\/[^\s{};,]/.test(part)) unreadable = true;
    // Odd pieces are quoted strings and comments; even ones the CSS between them.
    const pieces = part.split(/("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|\/\*[\s\S]*?\*\/)/);
    let text = '';
    let css = '';
    for (const [index, piece] of pieces.entries()) {
      if (index % 2 === 0) css += piece;
      else if (piece.startsWith('/*')) continue; // a comment goes: the CSS on both sides joins
      else {
        text += minifyCss(css) + piece; // a string stays as written
        css = '';
      }
    }
    return text + minifyCss(css);
  });
  if (unreadable) return undefined;
  out[0] = out[0]!.trimStart();
  out[out.length - 1] = out[out.length - 1]!.trimEnd();
  return out;
}

const MINIFIERS: Record<string, (parts: string[]) => string[] | undefined> = { html: minifyHtmlParts, svg: minifyHtmlParts, css: minifyCssParts };

export function minifyTemplates(): Plugin {
  return {
    name: 'credits:minify-templates',
    apply: 'build',
    transform(code, id) {
      if (!id.startsWith(SOURCE_DIR) || !/\.[jt]s$/.test(id) || !/\b(html|svg|css)`/.test(code)) return null;
      const out = new MagicString(code);
      walk(parse(id, code), (node) => {
        const tag = node.tag as Node | undefined;
        if (node.type !== 'TaggedTemplateExpression' || tag?.type !== 'Identifier') return;
        const minify = MINIFIERS[tag.name as string];
        const quasis = (node.quasi as Node).quasis as Node[];
        if (!minify) return;
        const parts = quasis.map((q) => code.slice(q.start, q.end));
        if (parts.some((part, i) => part !== (quasis[i]!.value as { raw: string }).raw)) this.error(`${relative(process.cwd(), id)}: the parser's offsets do not point at a template's text`, node.start);
        const minified = minify(parts);
        if (!minified) this.warn(`${relative(process.cwd(), id)}: a ${tag.name}\`\` template is left as written (see build/shrink.ts)`, node.start);
        minified?.forEach((text, i) => {
          if (text === parts[i]) return;
          if (text) out.overwrite(quasis[i]!.start, quasis[i]!.end, text);
          else out.remove(quasis[i]!.start, quasis[i]!.end);
        });
      });
      if (!out.hasChanged()) return null;
      return { code: out.toString(), map: out.generateMap({ hires: true, source: id }) };
    },
  };
}
