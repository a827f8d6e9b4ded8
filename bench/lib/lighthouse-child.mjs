// Runs Lighthouse once against a local URL in its own process (so a hung run can
// be killed): node bench/lib/lighthouse-child.mjs <url> <chrome path> <form factor>;
// prints the category scores as JSON.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS } from '../../scripts/lib/browser.mjs';

const [url, chromePath, formFactor = 'mobile'] = process.argv.slice(2);
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  logLevel: 'silent',
});
try {
  const desktop = formFactor === 'desktop';
  const result = await lighthouse(
    url,
    { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] },
    desktop
      ? {
          extends: 'lighthouse:default',
          settings: {
            formFactor: 'desktop',
            screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false },
            throttling: { rttMs: 40, throughputKbps: 10240, cpuSlowdownMultiplier: 1 },
          },
        }
      : undefined,
  );
  const { categories, audits } = result.lhr;
  const failing = Object.values(audits)
    .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable')
    .map((a) => a.id);
  process.stdout.write(
    JSON.stringify({
      scores: Object.fromEntries(Object.entries(categories).map(([k, v]) => [k, Math.round(v.score * 100)])),
      metrics: { lcp: audits['largest-contentful-paint']?.numericValue, cls: audits['cumulative-layout-shift']?.numericValue, tbt: audits['total-blocking-time']?.numericValue },
      failing,
      runtimeError: result.lhr.runtimeError?.message,
    }),
  );
} finally {
  await chrome.kill();
}
