// Lint: TypeScript's recommended rules, and Lit's and web components' own.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'src/generated/', 'coverage/', 'bench/.tmp/', 'test/e2e/.build/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    // Scripts and page-level tests run in Node and in the page they drive.
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Feed content is rebuilt node by node; never innerHTML.' },
        { property: 'outerHTML', message: 'Feed content is rebuilt node by node; never outerHTML.' },
        { property: 'insertAdjacentHTML', message: 'Feed content is rebuilt node by node.' },
      ],
      'no-restricted-imports': [
        'error',
        { name: 'lit/directives/unsafe-html.js', message: 'Feed HTML is rebuilt from an allowlist; never unsafeHTML.' },
        { name: 'lit/directives/unsafe-svg.js', message: 'Never unsafeSVG.' },
      ],
    },
  },
  // The benchmark: Node scripts and the in-page halves that run in Chromium.
  { files: ['bench/**/*.mjs', 'scripts/**/*.mjs'], languageOptions: { globals: globals.node } },
  { files: ['bench/pages/**/*.js'], languageOptions: { globals: globals.browser } },
);
