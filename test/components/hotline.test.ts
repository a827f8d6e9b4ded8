import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/hotline/define.js';
import type { HromadaHotline } from '../../src/components/hotline/hotline.js';
import { parsePhone } from '../../src/components/hotline/phone.js';
import { setLocale } from '../../src/i18n/localization.js';
import { localeSettled } from '../helpers/locale.js';

describe('<hromada-hotline>', () => {
  afterEach(async () => {
    setLocale(null);
    await localeSettled();
  });

  describe('accessibility', () => {
    it('is accessible with a number, hours and a Zoom link', async () => {
      const el = await fixture<HromadaHotline>(html`
        <hromada-hotline phone="068 377 77 77" hours="09:00-20:00" zoom-url="https://zoom.us/j/0000000000"></hromada-hotline>
      `);
      await expect(el).to.be.accessible();
    });

    it('is a labelled region', async () => {
      const el = await fixture<HromadaHotline>(html`<hromada-hotline phone="0683777777"></hromada-hotline>`);
      const region = el.shadowRoot!.querySelector('section')!;
      const heading = el.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!);
      expect(heading?.textContent).to.equal('Гаряча лінія');
    });
  });

  describe('phone numbers', () => {
    for (const notation of ['068 377 77 77', '(068) 377-77-77', '0683777777', '+38 068 377 7777', '380683777777', '+380683777777']) {
      it(`reads "${notation}" as +380683777777`, () => {
        expect(parsePhone(notation)).to.deep.equal({
          dial: '+380683777777',
          national: '068 377 77 77',
          international: '+380 68 377 7777',
        });
      });
    }

    it('keeps short numbers such as 1545', () => {
      expect(parsePhone('1545')?.dial).to.equal('1545');
    });

    it('groups toll-free numbers as 0 800 501 701', () => {
      expect(parsePhone('0800501701')?.national).to.equal('0 800 501 701');
    });

    for (const junk of ['', 'call us', '12345', '068 377 77', '+1 212 555 0100', 'javascript:alert(1)']) {
      it(`refuses "${junk}"`, () => {
        expect(parsePhone(junk)).to.equal(undefined);
      });
    }

    it('links the number as tel: in E.164 and shows the national format', async () => {
      const el = await fixture<HromadaHotline>(html`<hromada-hotline phone="(068) 377-77-77"></hromada-hotline>`);
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="phone"]')!;
      expect(link.getAttribute('href')).to.equal('tel:+380683777777');
      expect(link.textContent).to.equal('068 377 77 77');
    });

    it('shows an unparseable number as given, without a link, and names it in the console', async () => {
      const errors: string[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => errors.push(args.join(' '));
      let el: HromadaHotline;
      try {
        el = await fixture<HromadaHotline>(html`<hromada-hotline phone="ask at the office"></hromada-hotline>`);
      } finally {
        console.error = original;
      }
      expect(el!.shadowRoot!.querySelector('a[part="phone"]')).to.equal(null);
      expect(el!.shadowRoot!.querySelector('[part="phone"]')!.textContent).to.equal('ask at the office');
      expect(errors.some((line) => line.includes('ask at the office'))).to.equal(true);
    });
  });

  describe('XSS prevention', () => {
    it('drops a javascript: Zoom link', async () => {
      const el = await fixture<HromadaHotline>(html`
        <hromada-hotline phone="0683777777" zoom-url=" JaVaScRiPt:alert(1)"></hromada-hotline>
      `);
      expect(el.shadowRoot!.querySelector('a[part="zoom"]')).to.equal(null);
    });

    it('shows markup in the label as text', async () => {
      const el = await fixture<HromadaHotline>(html`
        <hromada-hotline phone="0683777777" label=${'<img src=x onerror=alert(1)>'}></hromada-hotline>
      `);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part="label"]')!.textContent).to.equal('<img src=x onerror=alert(1)>');
    });
  });

  describe('localisation', () => {
    it('switches label and number format to English', async () => {
      const el = await fixture<HromadaHotline>(html`<hromada-hotline phone="0683777777"></hromada-hotline>`);
      setLocale('en');
      await localeSettled();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="label"]')!.textContent).to.equal('Hotline');
      expect(el.shadowRoot!.querySelector('[part="phone"]')!.textContent).to.equal('+380 68 377 7777');
    });
  });
});
