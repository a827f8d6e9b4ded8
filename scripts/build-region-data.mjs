// The region data the widgets fetch (SPEC §6 budgets, gzip on the wire): the
// hromada tree as it is (≤ 45 KB), and the settlements in a compact form
// (≤ 200 KB): Ukrainian names grouped by hromada code, without the codes and
// Latin names of the full file (the widget transliterates at run time).
// `node scripts/build-region-data.mjs` writes dist/data/; npm run build calls it.
import { readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const TREE_BUDGET = 45 * 1024;
export const SETTLEMENTS_BUDGET = 200 * 1024;

/** The compact settlements document read by src/data/settlements.ts. */
export function compactSettlements(full) {
  const column = (name) => {
    const index = full.fields.indexOf(name);
    if (index < 0) throw new Error(`ua-settlements.json: no "${name}" field`);
    return index;
  };
  const [name, category, hromada] = ['name_uk', 'cat', 'hromada_code'].map(column);
  const hromadas = {};
  const listed = new Set();
  for (const row of full.rows) {
    // A name twice in one hromada (a town and a village Липовець) is one choice for a reader: listed once,
    // or the search would offer two identical results.
    const key = `${row[hromada]} ${row[name]}`;
    if (listed.has(key)) continue;
    listed.add(key);
    // The reader tells a category letter from a name by code order: every name starts with a Cyrillic capital.
    if (row[name].includes('|') || !/^[А-ЯЄІЇҐ]/.test(row[name])) throw new Error(`ua-settlements.json: cannot pack the name "${row[name]}"`);
    const packed = (row[category] === 'C' ? '' : row[category]) + row[name];
    hromadas[row[hromada]] = hromadas[row[hromada]] ? `${hromadas[row[hromada]]}|${packed}` : packed;
  }
  return {
    source: full.source,
    format:
      'Compact form of data/ua-settlements.json (scripts/build-region-data.mjs): "hromadas" maps a hromada code ' +
      '(the oblast code for the few settlements outside any hromada) to the Ukrainian names of its settlements, ' +
      'joined by "|", each led by its category letter (source.notes.cat) unless a village (C). ' +
      `${full.rows.length} settlements; a name that repeats within a hromada is listed once. Codes and Latin names are in the full file.`,
    hromadas,
  };
}

const gzipSize = (text) => gzipSync(text, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

export function buildRegionData(outDir = path.join(ROOT, 'dist/data')) {
  mkdirSync(outDir, { recursive: true });
  const tree = path.join(ROOT, 'data/ua-hromadas.json');
  copyFileSync(tree, path.join(outDir, 'ua-hromadas.json'));
  const full = JSON.parse(readFileSync(path.join(ROOT, 'data/ua-settlements.json'), 'utf8'));
  const compact = JSON.stringify(compactSettlements(full));
  writeFileSync(path.join(outDir, 'ua-settlements.json'), compact);
  const sizes = { tree: gzipSize(readFileSync(tree)), settlements: gzipSize(compact) };
  console.log(`dist/data/ua-hromadas.json     gzip ${kb(sizes.tree)} (budget ${kb(TREE_BUDGET)})`);
  console.log(`dist/data/ua-settlements.json  gzip ${kb(sizes.settlements)} (budget ${kb(SETTLEMENTS_BUDGET)}; full file ${kb(gzipSize(readFileSync(path.join(ROOT, 'data/ua-settlements.json'))))})`);
  if (sizes.tree > TREE_BUDGET || sizes.settlements > SETTLEMENTS_BUDGET) throw new Error('region data over its budget');
  return sizes;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    buildRegionData();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
