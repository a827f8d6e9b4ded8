// Every test runs in real headless Chromium: sources through esbuild, and the
// built dist/hromada-widgets.js for the pages a webmaster would write.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { writeFileSync } from 'node:fs';
import { findBrowser, CHROMIUM_ARGS } from './scripts/lib/browser.mjs';

const executablePath = await findBrowser();

/** Writes the totals to .wtr-results.json for scripts/test.mjs's closing line. */
function totalsReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const count = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) skipped += 1;
          else if (test.passed) passed += 1;
          else failed += 1;
        }
        for (const child of suite.suites) count(child);
      };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults);
        // A file that failed to load, or threw outside a test, counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) failed += 1;
      }
      writeFileSync('.wtr-results.json', JSON.stringify({ passed, failed, skipped }));
    },
  };
}

export default {
  files: ['test/**/*.test.ts', 'test/**/*.test.html'],
  nodeResolve: { browser: true },
  rootDir: '.',
  // One page at a time: a background page gets no animation frames, and tests that
  // wait for a frame (open-wc's fixture() on a plain element) would hang there.
  concurrency: 1,
  testFramework: {
    config: { timeout: 10000 },
  },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' }), a11ySnapshotPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS },
      // One browser context (a window of its own) per test page: in a shared window
      // only the front tab gets key presses, and sendKeys in the others hangs.
      createPage: async ({ browser }) => {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        page.once('close', () => context.close().catch(() => {}));
        return page;
      },
    }),
  ],
  groups: [
    {
      // The hotline's status, and a feed's dates, must not depend on the reader's zone: run their
      // tests again as a reader in New York (the default group runs in the machine's zone).
      name: 'reader-in-new-york',
      files: ['test/components/hotline.test.ts', 'test/data/date-only.test.ts'],
      browsers: [
        chromeLauncher({
          launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS },
          async createPage({ context }) {
            const page = await context.newPage();
            await page.emulateTimezone('America/New_York');
            return page;
          },
        }),
      ],
    },
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), totalsReporter()],
};
