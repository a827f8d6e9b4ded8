// Lighthouse 12.8.2 scores of the demo page (mobile and desktop presets) against
// the local Chromium, offline: each run in a child process, bounded in time.
import { spawn } from 'node:child_process';
import path from 'node:path';

function runChild(ctx, formFactor) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(ctx.root, 'bench/lib/lighthouse-child.mjs'), `${ctx.plainOrigin}/demo/index.html`, ctx.executablePath, formFactor],
      { cwd: ctx.root, env: { ...process.env, CHROME_PATH: ctx.executablePath }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 150000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal) return reject(new Error(`Lighthouse (${formFactor}) killed after 150 s`));
      try {
        resolve(JSON.parse(out));
      } catch {
        reject(new Error(`Lighthouse (${formFactor}) exited ${code}: ${err.split('\n').filter((l) => l.trim() && !/unexpected operator|dbus/i.test(l)).slice(-2).join(' ')}`));
      }
    });
  });
}

export default {
  title: 'Lighthouse',
  timeoutS: 330,
  async run(ctx) {
    const rows = [];
    for (const formFactor of ['mobile', 'desktop']) {
      const result = await runChild(ctx, formFactor);
      const s = result.scores;
      rows.push({
        case: `Lighthouse, demo page (${formFactor})`,
        ours: `perf ${s.performance} · a11y ${s.accessibility} · bp ${s['best-practices']} · seo ${s.seo}`,
        baseline: `LCP ${Math.round(result.metrics.lcp ?? NaN)} ms, CLS ${(result.metrics.cls ?? NaN).toFixed(3)}, TBT ${Math.round(result.metrics.tbt ?? NaN)} ms`,
        budget: '— (100 a11y expected)',
        verdict: result.runtimeError ? 'error' : 'info',
        note: result.runtimeError ?? (result.failing.length ? `audits below 100: ${result.failing.slice(0, 8).join(', ')}` : 'every audit passes'),
        data: result,
      });
    }
    return rows;
  },
};
