import { expect } from '@open-wc/testing';
import { plural } from '../../src/i18n/plural.js';
import { setLocale } from '../../src/i18n/localization.js';
import { localeSettled } from '../helpers/locale.js';

const news = (n: number) => ({
  one: `${n} новина`,
  few: `${n} новини`,
  many: `${n} новин`,
  other: `${n} новини`,
});

describe('plural()', () => {
  afterEach(async () => {
    setLocale(null);
    await localeSettled();
  });

  it('picks Ukrainian one/few/many forms', async () => {
    setLocale('uk');
    await localeSettled();
    const phrases = [1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111].map((n) => plural(n, news(n)));
    expect(phrases).to.deep.equal([
      '1 новина', '2 новини', '4 новини', '5 новин', '11 новин', '12 новин',
      '14 новин', '21 новина', '22 новини', '25 новин', '101 новина', '111 новин',
    ]);
  });

  it('uses "other" for fractions in Ukrainian', async () => {
    setLocale('uk');
    await localeSettled();
    expect(plural(1.5, news(1.5))).to.equal('1.5 новини');
  });

  it('picks English one/other forms', async () => {
    setLocale('en');
    await localeSettled();
    const forms = (n: number) => ({ one: `${n} item`, other: `${n} items` });
    expect([0, 1, 2, 5, 21].map((n) => plural(n, forms(n)))).to.deep.equal([
      '0 items', '1 item', '2 items', '5 items', '21 items',
    ]);
  });
});
