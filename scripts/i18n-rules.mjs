// The rules of scripts/i18n-check.mjs that read code and catalog text (no file system here), so the
// check can prove them on deliberate violations (scripts/i18n-fixtures/) before it trusts them.
//
// Concatenated sentences. A sentence must be one msg() so a translator can write it whole, with its
// verb agreeing with its subject (Hindi: "सदस्यता … सकी", "भुगतान … सके"). An expression is
// TRANSLATED when its value is a msg() result: a msg() call; `a ? b : c`, `a ?? b`, `a || b` or
// `(a)` with a translated part; a template literal or `+` with a translated part; a name (variable,
// property, parameter: its last identifier) that some scanned file binds to a translated expression
// (`const x = …`, `x: …`, `x = …`); a call of a function some scanned file writes to return a
// translated expression (`function f() { return … }`, `const f = () => …`, a method). Names are
// matched across files, without scopes: give a translated string and an untranslated value
// different names. The rules:
//   nested      a `${…}` of msg(str`…`) or msg(html`…`) is translated. Allowed only as the value of
//               a "Label: ${value}" message (the placeholder last, right after a colon).
//   adjacent    in an html`` template, two `${…}` that contain a msg() call, with only whitespace,
//               punctuation and inline tags (a, span, strong, em, b, i, code, small, abbr, bdi, mark)
//               between them, where the first one's English (each msg() literal in it, or in the
//               translated functions it calls) is known and does not end a sentence (. ! ? … or a
//               closing quote or bracket after one). Markup that closes one tag and opens another
//               (`</span> <span>`) separates two items; a colon right after the first makes it a label.
//   dangling    a msg() of three words or more whose English ends with a word that needs a
//               continuation (the, a, an, of, to, and, or, with, your, is, are; not "for", "in", "on":
//               "What a credit pays for" is whole).
import ts from 'typescript';

const INLINE_TAGS = /<\/?(?:a|span|strong|em|b|i|code|small|abbr|bdi|mark)(?:\s[^>]*)?>/g;
const DANGLING = /\b(?:the|a|an|of|to|and|or|with|your|is|are)\s*$/i;
const SENTENCE_END = /[.!?…]["'”’)\]]*\s*$/;

const isMsgCall = (node) => ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg';
const isFunction = (node) => ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node);

/** The last identifier of a name or property access (`this.what` → what), else undefined. */
function lastName(node) {
  if (ts.isIdentifier(node)) return node.text;
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  return undefined;
}

/** Every node under `node` for which `visit` is called; functions' bodies are skipped unless `intoFunctions`. */
function each(node, visit, intoFunctions = true) {
  const walk = (n) => {
    visit(n);
    if (!intoFunctions && n !== node && isFunction(n)) return;
    ts.forEachChild(n, walk);
  };
  walk(node);
}

/** The English literals of the msg() calls in `node`. */
function englishOf(node) {
  const out = [];
  each(node, (n) => {
    if (!isMsgCall(n)) return;
    const first = n.arguments[0];
    if (!first) return;
    if (ts.isStringLiteralLike(first)) out.push(first.text);
    else if (ts.isTaggedTemplateExpression(first)) out.push(templateText(first.template, '{x}'));
  });
  return out;
}

/** The static text of a template, `hole` for each `${…}`. */
function templateText(template, hole) {
  if (ts.isNoSubstitutionTemplateLiteral(template)) return template.text;
  return template.head.text + template.templateSpans.map((s) => hole + s.literal.text).join('');
}

function parse(path, source) {
  return ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
}

/**
 * Names every binding of which (over all files) is translated, and functions every declaration of
 * which returns a translated value, to a fixed point. A name also bound to anything else is not
 * counted: a collision makes the rule miss a case, never accuse a correct one.
 */
function translatedNames(sources) {
  let names = new Set();
  let functions = new Set();
  const returns = (fn) => {
    if (!fn.body) return false;
    if (!ts.isBlock(fn.body)) return isTranslated(fn.body, names, functions);
    let found = false;
    each(fn.body, (n) => (found ||= ts.isReturnStatement(n) && !!n.expression && isTranslated(n.expression, names, functions)), false);
    return found;
  };
  for (;;) {
    const yes = { names: new Set(), functions: new Set() };
    const no = { names: new Set(), functions: new Set() };
    const note = (kind, name, translated) => (translated ? yes : no)[kind].add(name);
    for (const file of sources)
      each(file, (n) => {
        if ((ts.isVariableDeclaration(n) || ts.isPropertyAssignment(n)) && n.initializer && n.name && ts.isIdentifier(n.name)) {
          if (isFunction(n.initializer)) note('functions', n.name.text, returns(n.initializer));
          else note('names', n.name.text, isTranslated(n.initializer, names, functions));
        } else if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && lastName(n.left))
          note('names', lastName(n.left), isTranslated(n.right, names, functions));
        else if ((ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n)) && n.name && ts.isIdentifier(n.name)) note('functions', n.name.text, returns(n));
      });
    const nextNames = new Set([...yes.names].filter((x) => !no.names.has(x)));
    const nextFunctions = new Set([...yes.functions].filter((x) => !no.functions.has(x)));
    if (nextNames.size === names.size && nextFunctions.size === functions.size) return { names, functions, english: functionEnglish(sources, functions) };
    names = nextNames;
    functions = nextFunctions;
  }
}

/** The English of the msg() calls inside each translated function, by name. */
function functionEnglish(sources, functions) {
  const english = new Map();
  const add = (name, body) => functions.has(name) && body && english.set(name, [...(english.get(name) ?? []), ...englishOf(body)]);
  for (const file of sources)
    each(file, (n) => {
      if ((ts.isVariableDeclaration(n) || ts.isPropertyAssignment(n)) && n.name && ts.isIdentifier(n.name) && n.initializer && isFunction(n.initializer)) add(n.name.text, n.initializer.body);
      else if ((ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n)) && n.name && ts.isIdentifier(n.name)) add(n.name.text, n.body);
    });
  return english;
}

function isTranslated(e, names, functions) {
  const t = (x) => isTranslated(x, names, functions);
  if (isMsgCall(e)) return true;
  if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e)) return t(e.expression);
  if (ts.isConditionalExpression(e)) return t(e.whenTrue) || t(e.whenFalse);
  if (ts.isBinaryExpression(e)) {
    const op = e.operatorToken.kind;
    if (op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.PlusToken) return t(e.left) || t(e.right);
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return t(e.right);
    return false;
  }
  if (ts.isTemplateExpression(e)) return e.templateSpans.some((s) => t(s.expression));
  if (ts.isCallExpression(e)) {
    const name = lastName(e.expression);
    return !!name && functions.has(name);
  }
  const name = lastName(e);
  return !!name && names.has(name);
}

/** Where a node is: `path:line`. */
const at = (path, file, node) => `${path}:${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}`;

/** The concatenated-sentence problems (rules nested, adjacent, dangling) in `files`: [{ path, source }]. */
export function concatenationProblems(files) {
  const parsed = files.map(({ path, source }) => ({ path, file: parse(path, source) }));
  const { names, functions, english: fnEnglish } = translatedNames(parsed.map((p) => p.file));
  /** The English an expression renders, as far as literals tell: its msg() calls and the translated functions it calls. */
  const rendered = (node) => {
    const out = englishOf(node);
    each(node, (n) => ts.isCallExpression(n) && lastName(n.expression) && out.push(...(fnEnglish.get(lastName(n.expression)) ?? [])), false);
    return out;
  };
  const problems = [];
  for (const { path, file } of parsed)
    each(file, (n) => {
      if (isMsgCall(n)) {
        const first = n.arguments[0];
        const english = englishOf(n)[0] ?? '';
        const options = n.arguments[1]?.getText(file) ?? '';
        const id = /id:\s*['"]([^'"]+)['"]/.exec(options)?.[1] ?? '(no id)';
        if (english.trim().split(/\s+/).length >= 3 && DANGLING.test(english))
          problems.push(`${at(path, file, n)} dangling: msg "${id}" ("${english.slice(-40)}") ends mid-sentence; write the sentence whole`);
        if (first && ts.isTaggedTemplateExpression(first) && ts.isTemplateExpression(first.template)) {
          const spans = first.template.templateSpans;
          spans.forEach((span, i) => {
            if (!isTranslated(span.expression, names, functions)) return;
            const before = i === 0 ? first.template.head.text : spans[i - 1].literal.text;
            const labelValue = i === spans.length - 1 && /:\s*$/.test(before) && /^[.。।]?$/.test(span.literal.text.trim());
            if (!labelValue)
              problems.push(`${at(path, file, span.expression)} nested: msg "${id}" interpolates \${${span.expression.getText(file)}}, itself a translated message; write one message per case`);
          });
        }
        return;
      }
      if (!ts.isTaggedTemplateExpression(n) || n.tag.getText(file) !== 'html' || !ts.isTemplateExpression(n.template)) return;
      if (n.parent && ts.isCallExpression(n.parent) && isMsgCall(n.parent)) return;
      const spans = n.template.templateSpans;
      for (let i = 0; i + 1 < spans.length; i++) {
        const a = spans[i].expression;
        const b = spans[i + 1].expression;
        const between = spans[i].literal.text;
        if (!isTranslated(a, names, functions) || !isTranslated(b, names, functions)) continue;
        const rest = between.replace(INLINE_TAGS, '');
        if (/[<>]/.test(rest) || /[\p{L}\p{N}]/u.test(rest)) continue;
        if (/<\/[a-z]+\s*>[\s\S]*<[a-z]/i.test(between)) continue; // `</span> <span>`: two sibling items
        if (/^\s*:/.test(rest)) continue; // "Label: value"
        const english = rendered(a);
        if (!english.length || english.every((s) => SENTENCE_END.test(s))) continue;
        problems.push(`${at(path, file, b)} adjacent: \${${a.getText(file).slice(0, 50)}} and \${${b.getText(file).slice(0, 50)}} render one run of text; write the sentence as one msg()`);
      }
    });
  return problems;
}

/** The text of a catalog entry: a string, a str`` result or an html`` template (tags removed), placeholders as {0}. */
export function catalogText(value) {
  if (typeof value === 'string') return value;
  const strings = value.strings ?? [];
  const text = strings.map((s, i) => s + (i < strings.length - 1 ? `{${value.values?.[i] ?? i}}` : '')).join('');
  return value.strTag ? text : text.replace(/<[^>]*>/g, '');
}

/** The glossary (docs/HINDI-GLOSSARY.md): forbidden variants from the Terms table, and the words kept in Latin script. */
export function parseGlossary(markdown) {
  const forbidden = [];
  for (const line of markdown.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 5 || !cells[3]?.includes('`')) continue;
    for (const m of cells[3].matchAll(/`([^`]+)`/g)) forbidden.push({ variant: m[1], use: cells[2], english: cells[1] });
  }
  const latinSection = markdown.split(/^## Kept in Latin script/m)[1] ?? '';
  const latin = new Set([...(latinSection.split('\n').find((l) => l.includes('`')) ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]));
  return { forbidden, latin };
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What in one Hindi entry breaks the glossary: a forbidden variant, or a Latin word not kept in Latin script. */
export function glossaryProblems(id, text, glossary) {
  const problems = [];
  for (const { variant, use, english } of glossary.forbidden)
    if (new RegExp(`(?<![\\p{L}\\p{M}])${escape(variant)}(?![\\p{L}\\p{M}])`, 'u').test(text))
      problems.push(`Hindi "${id}": "${variant}" is not the glossary's word for "${english}" (use ${use}): ${text}`);
  const words = text
    .replace(/\S+@\S+|https?:\/\/\S+/g, ' ')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => /[A-Za-z]{2,}/.test(w) && !/\d/.test(w));
  for (const word of words) if (!glossary.latin.has(word)) problems.push(`Hindi "${id}": "${word}" is in Latin script and not in the glossary's "Kept in Latin script": ${text}`);
  return problems;
}
