// A rough local check of the region search (the real measurement is bench/):
// builds the index from data/ in Node and prints the median time per query.
// `node scripts/check-region-search.mjs [query …]`
import { build } from 'esbuild';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ROOT } from './lib/run.mjs';
import { compactSettlements } from './build-region-data.mjs';

const dir = mkdtempSync(path.join(tmpdir(), 'region-search-'));
const entry = path.join(dir, 'search.mjs');
await build({
  stdin: {
    contents: `export { parseRegionTree } from './src/data/regions.ts';
      export { parseSettlements } from './src/data/settlements.ts';
      export { buildSearchIndex, searchRegions } from './src/components/region-filter/search-index.ts';`,
    resolveDir: ROOT,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  outfile: entry,
  logLevel: 'warning',
});
const { parseRegionTree, parseSettlements, buildSearchIndex, searchRegions } = await import(entry);
rmSync(dir, { recursive: true, force: true });

const tree = parseRegionTree(JSON.parse(readFileSync(path.join(ROOT, 'data/ua-hromadas.json'), 'utf8')));
const settlements = parseSettlements(compactSettlements(JSON.parse(readFileSync(path.join(ROOT, 'data/ua-settlements.json'), 'utf8'))));
const raions = tree.oblasts.flatMap((oblast) => oblast.children);
const regions = [...tree.oblasts, ...raions, ...raions.flatMap((raion) => raion.children)];

let start = performance.now();
const index = await buildSearchIndex(regions, settlements, tree.byCode);
console.log(`index of ${index.entries.length} names built in ${(performance.now() - start).toFixed(1)} ms`);

const queries = process.argv.length > 2 ? process.argv.slice(2) : ['Шостка', 'зноб', 'znob', 'kamianets', 'кам’янець', 'київ', 'kyiv', 'андріївка', 'с', 'ка', 'новгород', 'odesa', 'мар\'їне', 'ivano', 'вовна', 'xyz'];
const median = (times) => times.sort((a, b) => a - b)[times.length >> 1];
const medians = [];
for (const query of queries) {
  const times = [];
  for (let i = 0; i < 300; i += 1) {
    start = performance.now();
    searchRegions(index, query, 50);
    times.push(performance.now() - start);
  }
  const { total } = searchRegions(index, query, 50);
  medians.push(median(times));
  console.log(`${query.padEnd(12)} ${String(total).padStart(6)} matches  median ${medians.at(-1).toFixed(3)} ms`);
}
console.log(`median over the queries: ${median(medians).toFixed(3)} ms (budget 1 ms)`);
