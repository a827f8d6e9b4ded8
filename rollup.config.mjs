// Builds dist/hromada-widgets.js: one minified classic script (IIFE) that also
// runs as <script type="module">, every element registered, locales inlined.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

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
    nodeResolve({ browser: true }),
    esbuild({ target: 'es2021', tsconfig: './tsconfig.build.json' }),
    // The html`` and css`` templates' whitespace and comments: terser leaves strings alone.
    minifyHtmlLiterals(),
    terser({
      ecma: 2021,
      compress: { passes: 2 },
      format: { comments: false },
    }),
  ],
};
