// Launches the same Chromium the unit tests use, through playwright-core.
import { chromium } from 'playwright-core';
import { findBrowser, CHROMIUM_ARGS } from '../../../scripts/lib/browser.mjs';

export async function launchBrowser() {
  const executablePath = await findBrowser();
  if (!executablePath) throw new Error('No Chrome/Chromium found; run npm test, which installs one.');
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

/** Opens a page that records console messages, page errors and CSP violations. */
export async function openPage(browser, url, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const log = { errors: [], warnings: [], console: [], pageErrors: [] };
  page.on('console', (message) => {
    const text = message.text();
    log.console.push(`${message.type()}: ${text}`);
    if (message.type() === 'error') log.errors.push(text);
    if (message.type() === 'warning') log.warnings.push(text);
  });
  page.on('pageerror', (error) => log.pageErrors.push(error.message));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample ?? ''}`);
    });
  });
  if (url) await page.goto(url);
  return { page, context, log };
}
