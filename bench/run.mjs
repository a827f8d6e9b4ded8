// npm run bench: every budget of SPEC §6 measured in headless Chromium, each
// case alternating with its baseline in the same page, several rounds after a
// warm-up. Prints one table, writes bench/results.json and the README's table.
//   node bench/run.mjs [--only=size,news,…] [--rounds=N] [--quick] [--no-readme]
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT, run } from '../scripts/lib/run.mjs';
import { findBrowser, CHROMIUM_ARGS } from '../scripts/lib/browser.mjs';
import { startServer } from './lib/server.mjs';
import { summarize } from './lib/stats.mjs';
import { renderTable, renderMarkdown, updateReadme } from './lib/report.mjs';

const CASES = ['size', 'peers', 'news', 'region', 'video', 'guide', 'layout-shift', 'lighthouse'];

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key, value ?? true];
  }),
);
const quick = Boolean(args.quick);
const only = typeof args.only === 'string' ? args.only.split(',') : CASES;
const unknown = only.filter((id) => !CASES.includes(id));
if (unknown.length) {
  console.error(`Unknown case(s): ${unknown.join(', ')}. Cases: ${CASES.join(', ')}`);
  process.exit(2);
}

/** Rejects after ms with a message naming what took too long. */
export function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

if (!existsSync(path.join(ROOT, 'dist/hromada-widgets.js'))) {
  console.log('dist/ is missing: building first (npm run build)…');
  if (run('node', ['scripts/build.mjs']) !== 0) {
    console.error('The build failed; nothing to measure.');
    process.exit(1);
  }
}

const executablePath = await findBrowser();
if (!executablePath) {
  console.error('No Chrome or Chromium found: install one (npm test does it on Debian as root) or set CHROME_PATH.');
  process.exit(1);
}

const isolated = await startServer({ isolated: true });
const plain = await startServer({ isolated: false });
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
});
const tmp = path.join(ROOT, 'bench/.tmp');
mkdirSync(tmp, { recursive: true });

const rounds = Number(args.rounds) || (quick ? 5 : 20);
const warmup = quick ? 2 : 5;

const ctx = {
  root: ROOT,
  tmp,
  origin: isolated.origin,
  plainOrigin: plain.origin,
  browser,
  executablePath,
  rounds,
  warmup,
  quick,
  withTimeout,
  /** A fresh page in its own context, with console errors of the page echoed. */
  async newPage(url, { route } = {}) {
    const context = await browser.newContext({ locale: 'uk-UA', timezoneId: 'Europe/Kyiv' });
    if (route) await route(context);
    const page = await context.newPage();
    page.setDefaultTimeout(15000);
    page.on('pageerror', (error) => console.warn(`  [page error] ${error.message}`));
    if (url) await page.goto(url, { waitUntil: 'load' });
    return page;
  },
  /**
   * Runs the page's variants in turn, the order rotating every round so no
   * variant always follows the same one. The figure is the main thread's CPU
   * time (Chromium's ThreadTime metric) around the variant's run() alone, less
   * the median cost of an empty run: preemption on a loaded machine, which
   * inflates wall time, does not count. Wall times are kept beside it.
   * Returns { name: { stats, samples, wall, last } }.
   */
  async alternate(page, names, { timeoutMs = 20000 } = {}) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const threadMs = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const thread = metrics.find((m) => m.name === 'ThreadTime');
      return thread ? thread.value * 1000 : NaN;
    };
    const all = ['__noop', ...names];
    const cpu = Object.fromEntries(all.map((name) => [name, []]));
    const wall = Object.fromEntries(all.map((name) => [name, []]));
    const last = {};
    for (let round = 0; round < warmup + rounds; round += 1) {
      for (const name of all.map((_, i) => all[(i + round) % all.length])) {
        const what = `variant ${name}, round ${round}`;
        await withTimeout(page.evaluate(([n, r]) => window.bench.prepare(n, r), [name, round]), timeoutMs, what);
        const before = await threadMs();
        const result = await withTimeout(page.evaluate(() => window.bench.go()), timeoutMs, what);
        const after = await threadMs();
        last[name] = await withTimeout(page.evaluate(() => window.bench.inspect()), timeoutMs, what);
        if (round < warmup) continue;
        cpu[name].push(after - before - (result.overhead ?? 0));
        wall[name].push(result.ms);
      }
    }
    await cdp.detach().catch(() => {});
    const useCpu = cpu.__noop.every(Number.isFinite);
    const empty = useCpu ? summarize(cpu.__noop).median : 0;
    return Object.fromEntries(
      names.map((name) => {
        const samples = useCpu ? cpu[name].map((ms) => Math.max(ms - empty, 0.001)) : wall[name];
        return [name, { stats: summarize(samples), samples, wall: summarize(wall[name]), metric: useCpu ? 'cpu' : 'wall', last: last[name] }];
      }),
    );
  },
};

const rows = [];
const startedAt = new Date();
for (const id of only) {
  const { default: benchCase } = await import(`./cases/${id}.mjs`);
  process.stdout.write(`▸ ${benchCase.title} … `);
  const t0 = Date.now();
  try {
    const caseRows = await withTimeout(benchCase.run(ctx), (benchCase.timeoutS ?? 240) * 1000, benchCase.title);
    rows.push(...caseRows);
    console.log(`${((Date.now() - t0) / 1000).toFixed(1)} s`);
  } catch (error) {
    console.log('error');
    console.error(`  ${error.stack ?? error}`);
    rows.push({ case: benchCase.title, verdict: 'error', note: String(error.message ?? error).split('\n')[0] });
  }
}

const chromiumVersion = browser.version();
await browser.close().catch(() => {});
await isolated.stop();
await plain.stop();

const meta = {
  date: startedAt.toISOString(),
  cpu: os.cpus()[0]?.model?.trim() ?? 'unknown',
  cores: os.cpus().length,
  // Other work on the machine: ratios hold up under it, absolute times do not.
  loadAverage: os.loadavg()[0].toFixed(1),
  platform: `${os.type()} ${os.release()} ${os.arch()}`,
  node: process.version,
  chromium: chromiumVersion,
  rounds,
  warmup,
};
const results = { ...meta, rows };
writeFileSync(path.join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);

console.log(`\n${renderTable(rows)}`);
console.log(`\n${meta.date.slice(0, 16).replace('T', ' ')} UTC · ${meta.cpu} (${meta.cores} cores, load ${meta.loadAverage}) · Chromium ${meta.chromium} · Node ${meta.node} · ${rounds} rounds after ${warmup} warm-up`);
console.log('Written: bench/results.json');
if (!args['no-readme'] && !args.only) {
  if (updateReadme(path.join(ROOT, 'README.md'), renderMarkdown(results))) console.log('Updated: README.md (Benchmarks)');
}
// A budget miss is a result, reported in the table; only a broken case fails the command.
const count = (verdict) => rows.filter((row) => row.verdict === verdict).length;
console.log(`${count('pass')} within budget, ${count('FAIL')} over budget, ${count('not built yet')} not built yet, ${count('error')} errors`);
process.exit(count('error') > 0 ? 1 : 0);
