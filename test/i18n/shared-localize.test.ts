// A developer's Lit app that configures @lit/localize before importing the
// elements: both share the one module, which can be configured only once.
import { expect, fixture, html } from '@open-wc/testing';
import { configureLocalization } from '@lit/localize';

configureLocalization({ sourceLocale: 'en', targetLocales: [], loadLocale: () => Promise.reject(new Error('none')) });

describe('elements in an app that configured @lit/localize itself', () => {
  it('render, and format dates in the page language, without throwing', async () => {
    const warnings: unknown[][] = [];
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      await import('../../src/components/hotline/define.js');
      const { getLocale } = await import('../../src/i18n/localization.js');
      document.documentElement.lang = 'en';
      const el = await fixture(html`<hromada-hotline phone="068 377 77 77" hours="9-20"></hromada-hotline>`);
      const link = el.shadowRoot!.querySelector('a[href^="tel:"]');
      expect(link?.getAttribute('href')).to.equal('tel:+380683777777');
      expect(getLocale()).to.equal('en');
      expect(warnings.some((args) => String(args[0]).includes('@lit/localize is configured by the page'))).to.equal(true);
    } finally {
      console.warn = originalWarn;
      document.documentElement.lang = '';
    }
  });
});
