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

/**
 * Which source files the minified bundle's bytes come from, read from its
 * source map; each file's share of the gzip size is estimated pro rata.
 */
export async function bySource(file) {
  const { TraceMap, eachMapping } = await import('@jridgewell/trace-mapping');
  const code = readFileSync(file, 'utf8');
  const map = new TraceMap(readFileSync(`${file}.map`, 'utf8'));
  const lines = code.split('\n');
  const segments = [];
  eachMapping(map, (segment) => segments.push(segment));
  segments.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
  const bytes = new Map();
  segments.forEach((segment, index) => {
    const next = segments[index + 1];
    const end = next && next.generatedLine === segment.generatedLine ? next.generatedColumn : lines[segment.generatedLine - 1].length;
    const source = (segment.source ?? '?').replace(/^.*node_modules\//, '').replace(/^.*?\/src\//, 'src/');
    bytes.set(source, (bytes.get(source) ?? 0) + end - segment.generatedColumn);
  });
  return [...bytes].sort((a, b) => b[1] - a[1]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const bundle = path.join(ROOT, 'dist/hromada-widgets.js');
  const size = measure(bundle);
  if (process.argv.includes('--by-source')) {
    // Template literals are minified by a separate pass and map to their component file.
    for (const [source, raw] of await bySource(bundle)) {
      console.log(`${String(raw).padStart(7)} B raw  ≈${kb((raw / size.raw) * size.gzip).padStart(8)} gzip  ${source}`);
    }
  }
  console.log(`dist/hromada-widgets.js  raw ${kb(size.raw)}  gzip ${kb(size.gzip)}  brotli ${kb(size.brotli)}`);
  console.log(`budget: gzip ≤ ${kb(GZIP_BUDGET)} (stretch ${kb(GZIP_STRETCH)})`);
  if (size.gzip > GZIP_BUDGET) {
    console.error(`Over budget by ${kb(size.gzip - GZIP_BUDGET)} gzip.`);
    process.exit(1);
  }
  console.log(size.gzip <= GZIP_STRETCH ? 'Within the stretch budget.' : 'Within budget (not the stretch goal).');
}
