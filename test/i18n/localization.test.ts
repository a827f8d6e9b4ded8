import { expect } from '@open-wc/testing';
import { getLocale, localeFromLang, setLocale, startLocaleFollowing } from '../../src/i18n/localization.js';
import { formatDate, formatRecent } from '../../src/i18n/format.js';
import { localeSettled, setPageLang } from '../helpers/locale.js';

describe('localization', () => {
  before(() => startLocaleFollowing());
  afterEach(async () => {
    setLocale(null);
    await setPageLang('uk');
  });

  describe('localeFromLang()', () => {
    it('maps uk* to Ukrainian, no lang to Ukrainian, anything else to English', () => {
      expect(localeFromLang('uk')).to.equal('uk');
      expect(localeFromLang('uk-UA')).to.equal('uk');
      expect(localeFromLang('UK')).to.equal('uk');
      // The POSIX spelling that PHP CMS templates print into <html lang>: SPEC §5 says uk*.
      expect(localeFromLang('uk_UA')).to.equal('uk');
      expect(localeFromLang(null)).to.equal('uk');
      expect(localeFromLang('')).to.equal('uk');
      expect(localeFromLang('en')).to.equal('en');
      expect(localeFromLang('en-US')).to.equal('en');
      expect(localeFromLang('pl')).to.equal('en');
      expect(localeFromLang('ukr')).to.equal('en');
      // A common slip on Ukrainian sites, and not a language code: the README says to write uk.
      expect(localeFromLang('ua')).to.equal('en');
    });
  });

  it('follows <html lang> live', async () => {
    expect(await setPageLang('en')).to.equal('en');
    expect(await setPageLang('uk-UA')).to.equal('uk');
    expect(await setPageLang('de')).to.equal('en');
    expect(await setPageLang(null)).to.equal('uk');
  });

  it('lets setLocale() override <html lang> until setLocale(null)', async () => {
    await setPageLang('uk');
    setLocale('en');
    await localeSettled();
    expect(getLocale()).to.equal('en');
    await setPageLang('uk-UA');
    expect(getLocale()).to.equal('en');
    setLocale(null);
    await localeSettled();
    expect(getLocale()).to.equal('uk');
  });

  it('refuses an unknown locale with a warning and keeps the current one', async () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      setLocale('fr');
    } finally {
      console.warn = original;
    }
    await localeSettled();
    expect(getLocale()).to.equal('uk');
    expect(warnings).to.have.length(1);
    expect(String(warnings[0])).to.contain('fr');
  });

  it('formats dates in the page language', async () => {
    const date = new Date('2024-05-01T10:00:00+03:00');
    expect(formatDate(date, { dateStyle: 'long', timeZone: 'Europe/Kyiv' })).to.match(/^1 травня 2024/);
    setLocale('en');
    await localeSettled();
    expect(formatDate(date, { dateStyle: 'long', timeZone: 'Europe/Kyiv' })).to.equal('1 May 2024');
  });

  it('says "2 години тому" for recent moments and nothing for old ones', async () => {
    const now = new Date('2024-05-01T12:00:00Z');
    expect(formatRecent(new Date('2024-05-01T10:00:00Z'), now)).to.equal('2 години тому');
    expect(formatRecent(new Date('2024-04-01T10:00:00Z'), now)).to.equal(undefined);
    setLocale('en');
    await localeSettled();
    expect(formatRecent(new Date('2024-05-01T10:00:00Z'), now)).to.equal('2 hours ago');
  });

  it('counts days by the calendar: yesterday at 10:00 is "учора" at 23:00, the day before at 23:00 is "позавчора" at 00:30', async () => {
    // Local times: the reader's calendar, whatever zone the test browser runs in.
    expect(formatRecent(new Date(2026, 10, 25, 10), new Date(2026, 10, 26, 23))).to.equal('учора');
    expect(formatRecent(new Date(2026, 10, 24, 23), new Date(2026, 10, 26, 0, 30))).to.equal('позавчора');
    expect(formatRecent(new Date(2026, 10, 20, 9), new Date(2026, 10, 26, 23))).to.equal('6 днів тому');
    expect(formatRecent(new Date(2026, 10, 25, 0, 5), new Date(2026, 10, 26, 23, 59))).to.equal('учора');
    setLocale('en');
    await localeSettled();
    expect(formatRecent(new Date(2026, 10, 25, 10), new Date(2026, 10, 26, 23))).to.equal('yesterday');
  });
});
