// Storage that throws: a full quota (QuotaExceededError on every write) and a
// page where storage is forbidden (SecurityError on reading localStorage /
// sessionStorage at all, as in a sandboxed iframe or with cookies blocked).
// Every element still renders and works: news, the guide's open state, the
// hotline's close button, the region filter driving a news list.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './support/server.mjs';
import { launchBrowser, openPage } from './support/browser.mjs';

const PAGE = `<!doctype html><html lang="uk"><head><meta charset="utf-8"><title>storage</title><link rel="icon" href="data:,">
  <script src="/dist/hromada-widgets.js" defer></script></head><body>
  <hromada-hotline id="hotline" phone="068 377 77 77" dismissible></hromada-hotline>
  <hromada-region-filter id="region"></hromada-region-filter>
  <hromada-news-list id="news" src="/demo/feeds/znob-novhorodska.json"></hromada-news-list>
  <hromada-news-list id="followed" for="region" src="/demo/feeds/znob-novhorodska.json"></hromada-news-list>
  <hromada-guide id="guide">
    <h3 id="first">Перші дні</h3><p>Слухайте, не поспішаючи з порадами.</p>
    <h3 id="later">Згодом</h3><p>Підкажіть, куди звернутися.</p>
  </hromada-guide>
  <hromada-video id="video" video-id="aqz-KE-bpKQ" video-title="Як підтримати" duration="PT4M12S"></hromada-video>
  <hromada-embed id="embed" src="/demo/feeds/znob-novhorodska.json"></hromada-embed>
</body></html>`;

function quotaExceeded() {
  const write = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  Storage.prototype.setItem = write;
  window.__storageMode = 'quota';
}

function securityError() {
  for (const name of ['localStorage', 'sessionStorage']) {
    Object.defineProperty(window, name, {
      configurable: true,
      get() {
        throw new DOMException(`Access to '${name}' is denied for this document.`, 'SecurityError');
      },
    });
  }
  window.__storageMode = 'security';
}

let browser;
let server;
before(async () => {
  browser = await launchBrowser();
  server = await startServer({ routes: { '/storage.html': (req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE) && true } });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const shadow = (tab, id, selector) => tab.waitForFunction(([id, selector]) => document.getElementById(id)?.shadowRoot?.querySelector(selector), [id, selector], { timeout: 10_000 });

for (const [name, fault, proof] of [
  ['QuotaExceededError on every write', quotaExceeded, () => { try { localStorage.setItem('x', '1'); return 'no throw'; } catch (error) { return error.name; } }],
  ['SecurityError on any access', securityError, () => { try { return typeof localStorage; } catch (error) { return error.name; } }],
]) {
  test(`storage that throws (${name}): every element renders and works`, async () => {
    const { page: tab, context, log } = await openPage(browser, null);
    await tab.addInitScript(fault);
    await tab.goto(`${server.origin}/storage.html`);
    assert.equal(await tab.evaluate(proof), fault === quotaExceeded ? 'QuotaExceededError' : 'SecurityError', 'the fault is in place');

    // News (and the embed around the same feed) load though nothing can be kept.
    await shadow(tab, 'news', '[part=item]');
    await shadow(tab, 'embed', '[part=layout]');
    await shadow(tab, 'video', '*');
    assert.ok((await tab.evaluate(() => document.querySelector('#news').shadowRoot.querySelectorAll('[part=item]').length)) > 0);

    // The guide opens and closes; the open state simply is not remembered.
    await shadow(tab, 'guide', '[part=button]');
    const expanded = () => tab.evaluate(() => document.querySelector('#guide').shadowRoot.querySelector('[part=button]').getAttribute('aria-expanded'));
    assert.equal(await expanded(), 'false');
    await tab.locator('#guide').locator('[part=button]').first().click();
    assert.equal(await expanded(), 'true');
    assert.equal(await tab.evaluate(() => document.querySelector('#guide').shadowRoot.querySelector('[part=panel]').hidden), false);
    await tab.locator('#guide').locator('[part=button]').first().click();
    assert.equal(await expanded(), 'false');

    // The hotline closes though the dismissal cannot be remembered.
    await shadow(tab, 'hotline', '[part=close]');
    const dismissed = tab.evaluate(() => new Promise((resolve) => document.querySelector('#hotline').addEventListener('hromada-hotline-dismiss', () => resolve(true), { once: true })));
    await tab.locator('#hotline').locator('[part=close]').click();
    assert.equal(await dismissed, true);
    await tab.waitForFunction(() => !document.querySelector('#hotline').shadowRoot.querySelector('[part=banner]'));

    // The region filter: open, pick an oblast; the list that follows it changes its heading.
    await shadow(tab, 'followed', '[part=item]');
    const heading = () => tab.evaluate(() => document.querySelector('#followed').shadowRoot.querySelector('[part=heading]').textContent.trim());
    assert.equal(await heading(), 'Новини України');
    await tab.locator('#region').locator('[part=toggle]').click();
    await tab.locator('#region').locator('[part=choice][data-code^="UA59"]').first().click();
    await tab.waitForFunction(() => document.querySelector('#region').value.startsWith('UA59'));
    await tab.waitForFunction(() => document.querySelector('#followed').shadowRoot.querySelector('[part=heading]').textContent.includes('Сумськ'));
    assert.ok((await tab.evaluate(() => document.querySelector('#followed').shadowRoot.querySelectorAll('[part=item]').length)) > 0, (await heading()));

    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}
