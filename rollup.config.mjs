// Builds dist/hromada-widgets.js: one minified classic script (IIFE) that also
// runs as <script type="module">, every element registered, locales inlined.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultStrategy } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';
import MagicString from 'magic-string';
import { readdirSync } from 'node:fs';
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
 * Shorter message ids in the bundle. @lit/localize's runtime looks a translation up
 * by a 64-bit hash of its Ukrainian source: 16 hex digits per message that gzip
 * cannot shrink. The bundle keeps each id's shortest prefix that is still unique
 * and looks the full id up by it (the runtime only ever reads `templates[id]`; a symbol key,
 * from a debugger's inspection, reads as its name and finds nothing). Every
 * message is translated (npm test checks), so no other message's id can meet a prefix.
 */
function shortMessageIds() {
  return {
    name: 'hromada-short-message-ids',
    transform(code, id) {
      if (!/\/src\/generated\/locales\/[\w-]+\.ts$/.test(id)) return null;
      const ids = [...code.matchAll(/^\s*'([sh][0-9a-f]{16})':/gm)].map((m) => m[1]);
      let n = 3;
      while (new Set(ids.map((i) => i.slice(0, n))).size < ids.length) n++;
      const rewritten = code
        .replace(/^(\s*)'([sh][0-9a-f]{16})':/gm, (_, space, i) => `${space}'${i.slice(0, n)}':`)
        .replace(/export const templates = (\{[^]*\});/, (_, table) => `export const templates = new Proxy(${table}, { get: (t: any, k: string | symbol) => t[String(k).slice(0, ${n})] });`);
      if (!ids.length || !rewritten.includes('new Proxy(')) this.error(`shortMessageIds: no templates table in ${id}`);
      return { code: rewritten, map: null };
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
    nodeResolve({ browser: true }),
    esbuild({ target: 'es2021', tsconfig: './tsconfig.build.json' }),
    // The html`` and css`` templates' whitespace and comments: terser leaves strings alone.
    minifyHtmlLiterals({ options: { strategy: htmlStrategy } }),
    terser({
      ecma: 2021,
      // Passes past 2 still find work here (each inlining opens another); 4 is where it stops.
      compress: { passes: 4 },
      format: { comments: false },
    }),
    shortCustomProperties(),
    asciiOnly(),
  ],
};
