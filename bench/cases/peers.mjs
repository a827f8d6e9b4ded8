// The benchmark's peers (lite-youtube ×2, GOV.UK Frontend, Lighthouse) are dev
// dependencies of bench/ only: none is a runtime dependency, imported from src/, or in dist/.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const PEERS = ['@justinribeiro/lite-youtube', 'lite-youtube-embed', 'govuk-frontend', 'lighthouse'];
/** Strings only a peer's code contains (looked for in the comment-free minified bundle). */
const MARKERS = ['LiteYTEmbed', 'lyt-playbtn', 'govuk-accordion', 'govuk-frontend-supported', 'govukFrontend'];
const importsPeer = new RegExp(`(from\\s*|import\\s*\\(?\\s*)['"](${PEERS.join('|')})(/[^'"]*)?['"]`);

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) yield* files(file);
    else yield file;
  }
}

/** Returns a list of problems (empty when the peers stay out). */
export function peerLeaks(root) {
  const problems = [];
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  for (const peer of PEERS) {
    if (pkg.dependencies?.[peer] || pkg.peerDependencies?.[peer]) problems.push(`package.json lists ${peer} as a runtime dependency`);
  }
  for (const dir of ['src', 'dist']) {
    for (const file of files(path.join(root, dir))) {
      if (!/\.(m?js|ts)$/.test(file)) continue;
      const text = readFileSync(file, 'utf8');
      const imported = text.match(importsPeer);
      if (imported) problems.push(`${path.relative(root, file)} imports ${imported[2]}`);
    }
  }
  const bundle = readFileSync(path.join(root, 'dist/hromada-widgets.js'), 'utf8');
  const hit = MARKERS.find((marker) => bundle.includes(marker));
  if (hit) problems.push(`dist/hromada-widgets.js contains "${hit}"`);
  return problems;
}

export default {
  title: 'peers stay out of dist/',
  async run(ctx) {
    const problems = peerLeaks(ctx.root);
    return [
      {
        case: 'peers absent from dist/ and dependencies',
        ours: problems.length === 0 ? 'none found' : `${problems.length} found`,
        budget: '0',
        verdict: problems.length === 0 ? 'pass' : 'FAIL',
        note: problems.length ? problems.slice(0, 3).join('; ') : `checked ${PEERS.join(', ')}`,
      },
    ];
  },
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const { ROOT } = await import('../../scripts/lib/run.mjs');
  const problems = peerLeaks(ROOT);
  for (const problem of problems) console.error(`✗ ${problem}`);
  console.log(problems.length ? `${problems.length} benchmark peer(s) leaked into the package.` : 'No benchmark peer in dist/, src/ or dependencies.');
  process.exit(problems.length ? 1 : 0);
}
