// Every test runs in real headless Chromium: sources through esbuild, and the
// built dist/hromada-widgets.js for the pages a webmaster would write.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
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
  concurrency: 2,
  testFramework: {
    config: { timeout: 10000 },
  },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS },
      // Files run side by side in tabs of one window; without focus emulation
      // the tabs behind get no requestAnimationFrame (which fixture() awaits)
      // and no focus events, so a test passed or hung depending on its neighbour.
      createPage: async ({ context }) => {
        const page = await context.newPage();
        const session = await page.createCDPSession();
        await session.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), totalsReporter()],
};
