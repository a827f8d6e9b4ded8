// npm run build: locales → one-file bundle → per-element ES modules with types → data files.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ROOT, step } from './lib/run.mjs';
import { buildRegionData } from './build-region-data.mjs';

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const versionSource = readFileSync(path.join(ROOT, 'src/internal/version.ts'), 'utf8');
if (!versionSource.includes(`'${pkg.version}'`)) {
  console.error(`src/internal/version.ts does not say '${pkg.version}' (package.json); update it.`);
  process.exit(1);
}

rmSync(path.join(ROOT, 'dist'), { recursive: true, force: true });
// extract first: a new msg() lands in locales/*.xlf, where the translation check finds it untranslated.
step('Messages to translate (lit-localize extract)', 'lit-localize', ['extract']);
step('Localized templates (lit-localize build)', 'lit-localize', ['build']);
step('One-file bundle (rollup)', 'rollup', ['-c', '--silent']);
step('ES modules and types (tsc)', 'tsc', ['-p', 'tsconfig.build.json']);
step('Custom elements manifest (cem analyze)', 'cem', ['analyze', '--quiet']);

console.log('\n▸ Region data');
buildRegionData();
console.log('\nBuilt dist/hromada-widgets.js, dist/esm/, dist/custom-elements.json, dist/data/');
