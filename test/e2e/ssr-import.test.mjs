// The package's ES module entries imported in Node, as a server-rendering
// framework (Next.js, Nuxt, Astro) does with a page's imports: nothing may throw
// there (Lit gives Node a custom-element registry, but there is no window).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './support/server.mjs';

const { exports } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const entries = Object.entries(exports).filter(([, target]) => typeof target === 'object').map(([name, target]) => [name, target.default]);

test('every ES module entry of the package imports in Node without an exception', async () => {
  assert.ok(entries.length >= 8, entries.join());
  for (const [name, file] of entries) {
    await assert.doesNotReject(import(pathToFileURL(path.join(ROOT, file)).href), `hromada-widgets${name.slice(1)}`);
  }
  assert.equal(typeof customElements.get('hromada-embed'), 'function', 'the elements are defined in the registry Lit gives Node');
});
