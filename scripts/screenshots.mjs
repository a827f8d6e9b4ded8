// npm run screenshots: the demo page in Ukrainian and English, on a phone and on
// a desktop, saved to docs/screenshots/ for the README. Builds first if needed.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startDevServer } from '@web/dev-server';
import { ROOT, step } from './lib/run.mjs';
import { ensureBrowser, CHROMIUM_ARGS } from './lib/browser.mjs';

if (!existsSync(path.join(ROOT, 'dist/hromada-widgets.js'))) step('Build', 'node', ['scripts/build.mjs']);

const VIEWPORTS = {
  phone: { width: 390, height: 844, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  desktop: { width: 1280, height: 900, deviceScaleFactor: 1 },
};
const out = path.join(ROOT, 'docs/screenshots');
mkdirSync(out, { recursive: true });

const server = await startDevServer({
  config: { rootDir: ROOT, port: 0, hostname: '127.0.0.1', nodeResolve: false, watch: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const { port } = server.server.address();
const browser = await chromium.launch({ executablePath: await ensureBrowser(), args: CHROMIUM_ARGS });
try {
  for (const [device, viewport] of Object.entries(VIEWPORTS)) {
    for (const lang of ['uk', 'en']) {
      const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, ...viewport, locale: lang === 'uk' ? 'uk-UA' : 'en-GB', timezoneId: 'Europe/Kyiv' });
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${port}/demo/?lang=${lang}`);
      await page.evaluate((value) => (document.documentElement.lang = value), lang);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      const file = path.join(out, `demo-${device}-${lang}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`wrote ${path.relative(ROOT, file)}`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
