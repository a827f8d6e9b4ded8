// Builds dist/hromada-widgets.js: one minified classic script (IIFE) that also
// runs as <script type="module">, every element registered, locales inlined.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultStrategy } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';
import { Features } from 'lightningcss';
import MagicString from 'magic-string';
import ts from 'typescript';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The bundle sits beside dist/data/; see src/internal/asset-url.ts. */
function bundleDataDir() {
  return {
    name: 'hromada-bundle-data-dir',
    transform(code, id) {
      if (!id.endsWith('/src/internal/asset-url.ts')) return null;
      const rewritten = code.replace("const DATA_DIR: string = '../../data/';", "const DATA_DIR: string = './data/';");
      if (rewritten === code) this.error('asset-url.ts: DATA_DIR declaration not found');
      return { code: rewritten, map: null };
    },
  };
}

/**
 * Every stylesheet first, right after Lit: base.styles, then internal/*.styles.ts,
 * then each element's, before any other code. gzip looks back 32 KB and the bundle
 * is 86 KB: in import order the video's CSS sat 56 KB after the base's and shared
 * nothing with it; side by side the sheets repeat each other's properties and
 * var(--_…) (−221 B gzip). A virtual entry imports the sheets and then the real
 * entry, so rollup places them first. Elements still register in index.ts order:
 * only the sheets move, which is why a *.styles.ts file may hold nothing but
 * `import { css } from 'lit'` and one `export default css\`…\`` (checked here).
 */
const STYLES_FIRST = '\0hromada-styles-first';
function stylesFirst(entry) {
  const ID = STYLES_FIRST;
  const sheets = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.styles.ts')) sheets.push(file);
    }
  };
  return {
    name: 'hromada-styles-first',
    buildStart() {
      sheets.length = 0;
      walk(path.resolve('src/internal'));
      walk(path.resolve('src/components'));
      const base = path.resolve('src/internal/base.styles.ts');
      sheets.sort((a, b) => (b === base) - (a === base));
    },
    resolveId(id, importer) {
      if (id === ID) return ID;
      // Imported by path from here, node-resolve would apply package.json's sideEffects (dist/ only) and drop the whole entry.
      if (importer === ID) return { id, moduleSideEffects: id !== path.resolve(entry) ? null : true };
      return null;
    },
    load(id) {
      if (id !== ID) return null;
      return [...sheets, path.resolve(entry)].map((file) => `import ${JSON.stringify(file)};`).join('\n');
    },
    transform(code, id) {
      if (!sheets.includes(id)) return null;
      const bare = code.replace(/\/\*[^]*?\*\/|^\s*\/\/.*$/gm, '').trim();
      if (!/^import \{ css \} from 'lit';\s*export default css`[^`]*`;$/.test(bare)) {
        this.error(`${path.relative(process.cwd(), id)}: a *.styles.ts file runs before the rest of the bundle (stylesFirst), so it may hold only the css import and one export default css template`);
      }
      return null;
    },
  };
}

/**
 * html`` templates as the Lit plugin minifies them, then attribute values unquoted
 * where they are static (`part=item`) or one whole binding (`src=${url}`). Not its
 * removeAttributeQuotes: that also unquotes text around a binding (`id="label-${i}"`),
 * which Lit then cannot bind. Expressions are `@TEMPLATE_EXPRESSION();` here.
 */
const htmlStrategy = {
  ...defaultStrategy,
  async minifyHTML(markup, options) {
    return (await defaultStrategy.minifyHTML(markup, options)).replace(/(\s[^\s"'>=/]+)="([\w.:-]+|@[A-Z_]+\(\);)"/g, '$1=$2');
  },
};

/**
 * Short message ids, and no 64-bit hashing at run time. @lit/localize's runtime
 * finds a translation by `generateMsgId(strings)`: an FNV-1a 64-bit hash of the
 * Ukrainian source, 16 hex digits per message in the table. The bundle swaps that
 * module for a small rolling hash modulo the smallest M that keeps every message
 * apart, and keys each translation by that number (the runtime only ever reads
 * `templates[generateMsgId(…)]`). Each message's source comes from
 * locales/<locale>.xlf and must hash back to its FNV id there, so the table and
 * the source cannot drift apart; every message is translated (npm test checks), so
 * no other message can meet a number. Hashing sources: −245 B gzip against the
 * FNV hash keyed by its digits modulo M; those digits against whole ids: −0.45 KB.
 * The hash reads a message's strings as `'' + strings`: one string, or a
 * str`…`'s parts joined with commas.
 */
const messageHash = (m) => `let h = 0; for (const c of '' + strings) h = (h * 31 + c.charCodeAt(0)) % ${m}; return h;`;
const MESSAGE_HASH = (source, m) => new Function('strings', messageHash(m))(source);
function shortMessageIds() {
  const xml = (text) => text.replace(/&(lt|gt|quot|apos|amp);/g, (_, e) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]);
  /** Each locale's sources by FNV id: a message's strings (a str`…` has one more than it has values). */
  const sources = {};
  let m = 0;
  return {
    name: 'hromada-short-message-ids',
    buildStart() {
      for (const file of readdirSync('locales').filter((name) => name.endsWith('.xlf'))) {
        const units = [...readFileSync(path.join('locales', file), 'utf8').matchAll(/<trans-unit id="([^"]+)">\s*<source>([^]*?)<\/source>/g)];
        sources[file.slice(0, -4)] = new Map(units.map(({ 1: key, 2: source }) => [key, source.split(/<x [^>]*\/>/).map(xml)]));
      }
      const texts = [...new Set(Object.values(sources).flatMap((map) => [...map.values()].map(String)))];
      for (m = texts.length; new Set(texts.map((t) => MESSAGE_HASH(t, m))).size < texts.length; m++) {
        if (m > 1e5) this.error('shortMessageIds: no modulus keeps the messages apart');
      }
    },
    load(id) {
      if (!id.endsWith('/@lit/localize/internal/id-generation.js')) return null;
      return `export function generateMsgId(strings) { ${messageHash(m)} }`;
    },
    async transform(code, id) {
      const locale = /\/src\/generated\/locales\/([\w-]+)\.ts$/.exec(id)?.[1];
      if (!locale) return null;
      const { fnv1a64 } = await import('@lit/localize/internal/fnv1a64.js');
      const table = /export const templates = \{\n([^]*?)\n\s*\};/.exec(code);
      const entries = (table?.[1] ?? '').split('\n').map((line) => /^\s*'(s[0-9a-f]{16})': (.*,)$/.exec(line));
      if (!table || !entries.length || entries.some((entry) => !entry)) this.error(`shortMessageIds: not one string message a line in ${id}`);
      const source = (entry) => sources[locale]?.get(entry[1]);
      for (const entry of entries) {
        if (`s${fnv1a64(source(entry)?.join('\x1e') ?? '')}` !== entry[1]) this.error(`shortMessageIds: ${entry[1]} has no source in locales/${locale}.xlf that hashes to it`);
      }
      // In the order of their English text: like phrases side by side ("Show all…", "Showing…") (−6 B gzip).
      // Number keys: the order written changes nothing.
      const text = (entry) => entry[2].replace(/^str/, '');
      const lines = entries.sort((a, b) => (text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0)).map((entry) => `${MESSAGE_HASH(source(entry), m)}: ${entry[2]}`);
      return { code: code.replace(table[0], () => `export const templates = {\n${lines.join('\n')}\n};`), map: null };
    },
  };
}

/**
 * @lit/localize as src/i18n/localize-lite.ts, which says what it keeps and drops
 * (−548 B gzip). Everything else, tests of src/ and dist/esm, keep the package.
 * That runtime is the bundle's own, configured by localization.ts alone, so the
 * fallback there for a runtime a page's Lit app configured first goes (−69 B).
 */
function localizeLite() {
  return {
    name: 'hromada-localize-lite',
    resolveId: (id) => (id === '@lit/localize' ? path.resolve('src/i18n/localize-lite.ts') : null),
    transform(code, id) {
      if (!id.endsWith('/src/i18n/localization.ts')) return null;
      const rewritten = code.replace('const SHARED_RUNTIME: boolean = true;', 'const SHARED_RUNTIME: boolean = false;');
      if (rewritten === code) this.error('localization.ts: SHARED_RUNTIME declaration not found');
      return { code: rewritten, map: null };
    },
  };
}

/**
 * Lit's error texts for a misuse of its own API (a CSSResult constructed by hand,
 * css`${…}` given something that is not css, html called without a template
 * literal) as one word: only code can make them, ours does not, and a page cannot
 * reach the bundle's Lit (−120 B gzip). The build fails when one is not found.
 */
const LIT_ERRORS = [
  ['/@lit/reactive-element/css-tag.js', '"CSSResult is not constructable. Use `unsafeCSS` or `css` instead."', '"CSSResult"'],
  ['/@lit/reactive-element/css-tag.js', `"Value passed to 'css' function must be a 'css' function result: "+t+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security."`, '"css: "+t'],
  ['/lit-html/lit-html.js', '"invalid template strings array"', '"html"'],
];
function shortLitErrors() {
  return {
    name: 'hromada-short-lit-errors',
    transform(code, id) {
      const found = LIT_ERRORS.filter(([file]) => id.endsWith(`/node_modules${file}`));
      for (const [, text, word] of found) {
        if (!code.includes(text)) this.error(`shortLitErrors: ${text} is no longer in ${id}`);
        code = code.replace(text, word);
      }
      return found.length ? { code, map: null } : null;
    },
  };
}

/**
 * The internal custom properties (`--_accent`, `--_text`, …: the base declares each
 * on :host, so no page value reaches them) as `--_a`, `--_b`, …, the most used
 * first (−37 B gzip). Public `--hromada-*` names stay. One chunk, renamed
 * everywhere at once; the build fails if a name is built at run time (`--_` not
 * followed by a whole name) or is used but never declared in the bundle.
 */
function shortCustomProperties() {
  return {
    name: 'hromada-short-custom-properties',
    renderChunk(code) {
      const uses = [...code.matchAll(/--_([\w-]*)/g)];
      const count = new Map();
      for (const { 1: name, index } of uses) {
        if (!/^[a-z]/.test(name)) this.error(`shortCustomProperties: a --_ name built at run time at ${index}`);
        count.set(name, (count.get(name) ?? 0) + 1);
      }
      const names = [...count.keys()].sort((a, b) => count.get(b) - count.get(a) || (a < b ? -1 : 1));
      const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
      if (names.length > letters.length) this.error('shortCustomProperties: more names than letters');
      const short = new Map(names.map((name, i) => [name, letters[i]]));
      for (const name of names) {
        if (!code.includes(`--_${name}:`)) this.error(`shortCustomProperties: --_${name} is used but never declared`);
      }
      const out = new MagicString(code);
      for (const { 1: name, index } of uses) out.overwrite(index + 3, index + 3 + name.length, short.get(name));
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
  };
}

/**
 * Private members under short names. terser renames variables but not properties:
 * it cannot know who else reads `el.nextChange`. These are TypeScript `private`
 * members of the elements and the feed controller (−106 B gzip). Renamed everywhere
 * in the one chunk at once (terser never picks a name the code already uses, and
 * leaves DOM names such as `pages` alone), they keep working as long as nothing reaches them by a string — Lit's
 * `changed.has('x')`, a `.x=${…}` binding, `'x' in el`, a stored JSON key — or
 * from outside the bundle. The build checks that each is declared `private` in
 * src/, never public, in an exported type or an object key, read only off `this`,
 * and named by no string or template text of the bundle, and fails otherwise.
 * dist/esm keeps the names.
 */
const PRIVATE_MEMBERS = [
  'asked', 'busy', 'choose', 'dismissed', 'emitted', 'extra', 'failed', 'followed', 'getUrl', 'intro', 'jump',
  'jumped', 'moreError', 'nextChange', 'onKey', 'onSection', 'place', 'played', 'posterFailed', 'readUrl',
  'renderBanner', 'report', 'reported', 'statusStyled', 'timer', 'treeAsked', 'widened', 'said',
];
function privateMembers(names) {
  const tsFiles = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const file = path.join(dir, entry.name);
      return entry.isDirectory() ? tsFiles(file) : entry.name.endsWith('.ts') ? [file] : [];
    });
  const exported = (node) => ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Export;
  return {
    name: 'hromada-private-members',
    buildStart() {
      const isPrivate = new Set();
      for (const file of tsFiles(path.resolve('src'))) {
        const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
        const where = (node) => `${path.relative(process.cwd(), file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
        const visit = (node) => {
          const name = node.name && ts.isIdentifier(node.name) ? node.name.text : undefined;
          if (ts.isPropertyAccessExpression(node) && names.includes(name) && node.expression.kind !== ts.SyntaxKind.ThisKeyword) {
            // Read off another object, it may be one from outside (a feed's JSON, a DOM object) that keeps the name.
            this.error(`privateMembers: ${name} is read off something other than this at ${where(node)}; take it off PRIVATE_MEMBERS`);
          } else if (ts.isBindingElement(node) && names.includes((node.propertyName ?? node.name).getText()) && node.parent.parent.initializer?.kind !== ts.SyntaxKind.ThisKeyword) {
            this.error(`privateMembers: ${(node.propertyName ?? node.name).getText()} is destructured from something other than this at ${where(node)}; take it off PRIVATE_MEMBERS`);
          } else if (names.includes(name)) {
            const member = ts.isClassElement(node) || (ts.isParameter(node) && ts.isConstructorDeclaration(node.parent));
            const hidden = ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Private;
            if (member && hidden) isPrivate.add(name);
            else if ((member && !ts.isParameter(node)) || (ts.isParameter(node) && ts.getCombinedModifierFlags(node) & ts.ModifierFlags.ParameterPropertyModifier)) {
              this.error(`privateMembers: ${name} is a public member at ${where(node)}; take it off PRIVATE_MEMBERS`);
            } else if ((ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) && !(ts.isPropertyDeclaration(node.parent.parent) && node.parent.parent.name.getText() === 'properties')) {
              // An object key outside Lit's `static properties` may leave the bundle (an options bag, stored JSON).
              this.error(`privateMembers: ${name} is an object key at ${where(node)}; take it off PRIVATE_MEMBERS`);
            } else if (ts.isTypeElement(node) && (exported(node.parent) || (ts.isTypeLiteralNode(node.parent) && ts.isTypeAliasDeclaration(node.parent.parent) && exported(node.parent.parent)))) {
              this.error(`privateMembers: ${name} is in an exported type at ${where(node)}; take it off PRIVATE_MEMBERS`);
            }
          }
          ts.forEachChild(node, visit);
        };
        visit(source);
      }
      for (const name of names) if (!isPrivate.has(name)) this.error(`privateMembers: no private member ${name} in src/; take it off PRIVATE_MEMBERS`);
    },
    renderChunk(code) {
      if (!names.length) return null;
      const named = new RegExp(`(^|[^\\w$-])(${names.join('|')})(?![\\w$-])`);
      const visit = (node) => {
        const text = node.type === 'Literal' && typeof node.value === 'string' ? node.value : node.type === 'TemplateElement' ? node.value.raw : undefined;
        const hit = text !== undefined && named.exec(text);
        if (hit) this.error(`privateMembers: a string in the bundle names ${hit[2]} (${JSON.stringify(text.slice(0, 80))}); take it off PRIVATE_MEMBERS`);
        for (const value of Object.values(node)) {
          for (const child of Array.isArray(value) ? value : [value]) if (child && typeof child.type === 'string') visit(child);
        }
      };
      visit(this.parse(code));
      return null;
    },
  };
}

/**
 * The Ukrainian text one ASCII character a letter instead of a six-character `\u04xx`
 * escape (asciiOnly, below), decoded where it is read. Each string literal with
 * Cyrillic in it becomes `$D("…")`, each str`…` with Cyrillic `$T`…``: А–я are
 * written as `@`–DEL (their code minus 976, і in the unused ы's place), and a run of
 * real characters from that range (Latin letters, `@[]^_{|}~`) is kept between `<`
 * and `>`. Other characters (digits, spaces, punctuation, є, ї, ’) stay as they are.
 * Decoding remembers each string, so a render pays for it once (−332 B gzip).
 * Left alone: object keys, regular expressions, Lit's html`` (its strings must be
 * the literal's own), plain templates, and a str`…` where another declaration of
 * its name might be meant. The build fails when a string does not decode back to
 * itself, when the code does not read back as the same strings, or when the names
 * it adds are taken. Measured and left out: the strings decoded once into one table
 * (+66 B), $D`…` tagged (−2 B), regular expressions as RegExp($D(…)) (+23 B), є and ї
 * in the unused ъ's and э's places too (−3 B).
 */
const CYRILLIC = /[\u0400-\u04ff]/;
const DECODE = 't=>$C[t]??=t.replace(/<(.*?)>|[@-\\x7f]/g,(t,e)=>e??String.fromCharCode((t=t.charCodeAt()+976)-1099?t:1110))';
function compactCyrillic() {
  const decode = new Function('$C', `return ${DECODE}`)({ __proto__: null });
  const letters = new Map();
  for (let code = 0x40; code <= 0x7f; code++) {
    const ascii = String.fromCharCode(code);
    if (CYRILLIC.test(decode(ascii))) letters.set(decode(ascii), ascii);
  }
  const encode = (text) => text.replace(/([@-\x7f]+)|[^]/g, (char, real) => (real ? `<${real}>` : (letters.get(char) ?? char)));
  const children = (node) => Object.values(node).flatMap((value) => (Array.isArray(value) ? value : [value])).filter((child) => child && typeof child.type === 'string');
  /** Every text the bundle holds in a string literal or a part of a template tagged by one of `tags`, in order; `names` sees the identifiers. */
  const texts = (ast, tags, read, names = () => {}) => {
    const found = [];
    const ancestors = [];
    const visit = (node, parent) => {
      const key = ['Property', 'MethodDefinition', 'PropertyDefinition'].includes(parent.type) && parent.key === node && !parent.computed;
      if (node.type === 'Identifier' && !key && !(parent.type === 'MemberExpression' && parent.property === node && !parent.computed)) names(node, parent, ancestors);
      if (node.type === 'Literal' && typeof node.value === 'string' && !key) found.push(read(node.value, node, parent));
      if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && tags.includes(node.tag.name)) {
        for (const q of node.quasi.quasis) found.push(read(q.value.cooked, q, node));
      }
      ancestors.push(node);
      for (const child of children(node)) visit(child, node);
      ancestors.pop();
    };
    visit(ast, {});
    return found;
  };
  /** The names a function (or the program) binds itself: parameters and declarations, not those of functions inside it. */
  const declared = (scope) => {
    const names = [];
    const bind = (pattern) => {
      if (!pattern) return;
      if (pattern.type === 'Identifier') names.push(pattern.name);
      else if (pattern.type === 'ObjectPattern') pattern.properties.forEach((p) => bind(p.type === 'RestElement' ? p.argument : p.value));
      else if (pattern.type === 'ArrayPattern') pattern.elements.forEach(bind);
      else if (pattern.type === 'AssignmentPattern') bind(pattern.left);
      else if (pattern.type === 'RestElement') bind(pattern.argument);
    };
    (scope.params ?? []).forEach(bind);
    const visit = (node) => {
      if (node.type === 'VariableDeclarator') bind(node.id);
      if (node.type === 'CatchClause') bind(node.param);
      if ((node.type === 'FunctionDeclaration' || node.type === 'ClassDeclaration') && node.id) names.push(node.id.name);
      if (node.type.includes('Function')) return;
      for (const child of children(node)) visit(child);
    };
    (scope.type === 'Program' ? scope.body : [scope.body]).forEach(visit);
    return names;
  };
  return {
    name: 'hromada-compact-cyrillic',
    renderChunk(code) {
      // The decoder first: inside the one-file bundle's IIFE, or atop an ES module (scripts/size.mjs --per-element).
      const IIFE = '!function(){"use strict";';
      const start = code.startsWith(IIFE) ? IIFE.length : 0;
      const ast = this.parse(code);
      // localize-lite's str, `(strings, ...values) => ({ strings, values })`, and the str`…` that call it: a
      // tag of its name that no function (or second declaration) around it declares again. Other templates stay.
      let str;
      let strScope;
      const isStr = (init) => init?.params?.length === 2 && init.params[1].type === 'RestElement' && init.body.type === 'ObjectExpression' && init.body.properties.map((p) => p.key.name).join() === 'strings,values';
      const calls = new Set();
      const candidates = [];
      texts(ast, [], () => {}, (node, parent, ancestors) => {
        if (['$C', '$D', '$T'].includes(node.name)) this.error(`compactCyrillic: the bundle already names ${node.name}`);
        if (parent.type === 'VariableDeclarator' && parent.id === node && isStr(parent.init)) {
          if (str) this.error("compactCyrillic: two functions look like localize-lite's str");
          str = node.name;
          strScope = ancestors.findLast((a) => a.type === 'Program' || a.type.includes('Function'));
        }
        if (parent.type === 'TaggedTemplateExpression' && parent.tag === node) candidates.push([parent, [...ancestors]]);
      });
      for (const [template, ancestors] of candidates) {
        if (template.tag.name !== str) continue;
        const scopes = ancestors.filter((a) => a.type === 'Program' || a.type.includes('Function'));
        const inner = scopes.slice(scopes.indexOf(strScope));
        if (inner[0] !== strScope) continue;
        // A named function or class expression binds its own name inside itself.
        const own = (node) => (node.type === 'FunctionExpression' || node.type === 'ClassExpression') && node.id?.name === str;
        if (ancestors.some((node, i) => own(node) && i > ancestors.indexOf(strScope))) continue;
        if (inner.every((scope, i) => declared(scope).filter((name) => name === str).length === (i ? 0 : 1))) calls.add(template);
      }
      const out = new MagicString(code);
      const before = texts(ast, [str], (text, node, parent) => {
        // A str`…` is re-tagged whole, so all its parts are encoded once one holds Cyrillic.
        if (node.type !== 'Literal' && !calls.has(parent)) return text;
        if (!CYRILLIC.test(node.type === 'Literal' ? text : parent.quasi.quasis.map((q) => q.value.cooked).join(''))) return text;
        const encoded = encode(text);
        if (decode(encoded) !== text) this.error(`compactCyrillic: ${JSON.stringify(text)} does not decode back to itself`);
        if (node.type === 'Literal') out.overwrite(node.start, node.end, `$D(${JSON.stringify(encoded)})`);
        else {
          if (node === parent.quasi.quasis[0]) out.overwrite(parent.tag.start, parent.tag.end, '$T');
          if (encoded) out.overwrite(node.start, node.end, encoded.replace(/[\\`\r]|\$\{/g, (c) => ({ '\\': '\\\\', '`': '\\`', '\r': '\\r', '${': '$\\{' })[c]));
        }
        return text;
      });
      if (!out.hasChanged()) return null;
      out.appendLeft(start, `const $C={__proto__:null},$D=${DECODE}${str ? `,$T=(t,...e)=>${str}(t.map($D),...e)` : ''};`);
      const result = out.toString();
      // Read back as the engine will: every literal and str`` part the same text as before.
      const after = texts(this.parse(result), [str, '$T'], (text, node, parent) =>
        (node.type === 'Literal' ? parent.type === 'CallExpression' && parent.callee.name === '$D' : parent.tag.name === '$T') ? decode(text) : text,
      );
      if (after.length !== before.length || after.some((text, i) => text !== before[i])) this.error('compactCyrillic: the bundle does not read back as its strings');
      return { code: result, map: out.generateMap({ hires: true }) };
    },
  };
}

/**
 * Every non-ASCII character as a \u escape. A script served without a charset (a
 * self-hosted file on Apache's defaults) is decoded in the page's encoding: on a
 * windows-1251 page, or one that names none, the Ukrainian text was a syntax error
 * and no element ran. Smaller under gzip, too. After terser, which leaves template
 * literals as written.
 */
function asciiOnly() {
  return {
    name: 'hromada-ascii-only',
    renderChunk(code) {
      const out = new MagicString(code);
      for (const { 0: char, index } of code.matchAll(/[^\0-\x7f]/g)) {
        // An escaped character (`\’`) would need its backslash handled; minified code has none.
        if (code[index - 1] === '\\') this.error(`asciiOnly: a backslash before ${char} at ${index}`);
        out.overwrite(index, index + 1, `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
      }
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
  };
}

export default {
  input: STYLES_FIRST,
  output: {
    file: 'dist/hromada-widgets.js',
    format: 'iife',
    exports: 'none',
    sourcemap: true,
  },
  plugins: [
    stylesFirst('src/hromada-widgets.ts'),
    bundleDataDir(),
    shortMessageIds(),
    localizeLite(),
    shortLitErrors(),
    nodeResolve({ browser: true }),
    esbuild({ target: 'es2021', tsconfig: './tsconfig.build.json' }),
    // The html`` and css`` templates' whitespace and comments: terser leaves strings alone. Queries keep
    // min-width and max-width: lightningcss, given no targets, writes the range syntax (width>=31em),
    // which Safari reads in a media query only from 16.4, Chrome from 104 (the same gzip size).
    minifyHtmlLiterals({ options: { strategy: htmlStrategy, minifyOptions: { minifyCSS: { include: Features.MediaRangeSyntax } } } }),
    privateMembers(PRIVATE_MEMBERS),
    terser({
      ecma: 2021,
      // Passes past 2 still find work here (each inlining opens another); 4 is where it stops.
      compress: { passes: 4 },
      mangle: { properties: { regex: new RegExp(`^(?:${PRIVATE_MEMBERS.join('|')})$`) } },
      format: { comments: false },
    }),
    shortCustomProperties(),
    compactCyrillic(),
    asciiOnly(),
  ],
};
