// npm run size: raw, gzip -9 and brotli sizes of the one-file bundle, checked
// against the SPEC §6 budget (24 KB gzip).
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import path from 'node:path';
import { ROOT } from './lib/run.mjs';

export const GZIP_BUDGET = 24 * 1024;
export const GZIP_STRETCH = 20 * 1024;

export function measure(file) {
  const bytes = readFileSync(file);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const bundle = path.join(ROOT, 'dist/hromada-widgets.js');
  const size = measure(bundle);
  console.log(`dist/hromada-widgets.js  raw ${kb(size.raw)}  gzip ${kb(size.gzip)}  brotli ${kb(size.brotli)}`);
  console.log(`budget: gzip ≤ ${kb(GZIP_BUDGET)} (stretch ${kb(GZIP_STRETCH)})`);
  if (size.gzip > GZIP_BUDGET) {
    console.error(`Over budget by ${kb(size.gzip - GZIP_BUDGET)} gzip.`);
    process.exit(1);
  }
  console.log(size.gzip <= GZIP_STRETCH ? 'Within the stretch budget.' : 'Within budget (not the stretch goal).');
}
