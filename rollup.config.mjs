// Builds dist/hromada-widgets.js: one minified classic script (IIFE) that also
// runs as <script type="module">, every element registered, locales inlined.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultStrategy } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';
import MagicString from 'magic-string';

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
  input: 'src/hromada-widgets.ts',
  output: {
    file: 'dist/hromada-widgets.js',
    format: 'iife',
    exports: 'none',
    sourcemap: true,
  },
  plugins: [
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
    asciiOnly(),
  ],
};
