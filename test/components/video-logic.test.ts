import { expect } from '@open-wc/testing';
import { duration } from '../../src/components/video/duration.js';
import { embedUrl, HOSTS } from '../../src/components/video/providers.js';
import { paragraphs, shorten, URLS } from '../../src/components/video/description.js';
import { setLocale } from '../../src/i18n/localization.js';
import { localeSettled } from '../helpers/locale.js';

const valid = (provider: string, id: string) => HOSTS[provider][0].test(id);

describe('<hromada-video> logic', () => {
  afterEach(async () => {
    setLocale(null);
    await localeSettled();
  });

  describe('durations', () => {
    const cases: [string, string][] = [['PT4M12S', '4:12'], ['PT45S', '0:45'], ['PT1H2M3S', '1:02:03'], ['PT1H', '1:00:00'], ['pt4m12s', '4:12'], ['PT4M12.6S', '4:12'], ['PT90S', '1:30'], ['P0DT4M12S', '4:12'], ['P0DT0H4M12S', '4:12'], ['P1DT2H', '26:00:00']];
    for (const [iso, clock] of cases) {
      it(`shows ${iso} as ${clock}`, () => expect(duration(iso)?.[0]).to.equal(clock));
    }

    for (const junk of ['', 'P', 'PT', 'PT0S', '4:12', '252', 'PT4X', 'PT-4M', '<b>PT4M</b>']) {
      it(`refuses "${junk}"`, () => expect(duration(junk)).to.equal(undefined));
    }

    it('says it in Ukrainian with the right plural forms', async () => {
      setLocale('uk');
      await localeSettled();
      const say = (iso: string) => duration(iso)![1];
      expect(say('PT4M12S')).to.equal('4 хвилини 12 секунд');
      expect(say('PT1M1S')).to.equal('1 хвилина 1 секунда');
      expect(say('PT5M22S')).to.equal('5 хвилин 22 секунди');
      expect(say('PT21M')).to.equal('21 хвилина');
      expect(say('PT2H11M')).to.equal('2 години 11 хвилин');
      expect(say('PT5H')).to.equal('5 годин');
    });

    it('says it in English', async () => {
      setLocale('en');
      await localeSettled();
      expect(duration('PT4M12S')![1]).to.equal('4 minutes 12 seconds');
      expect(duration('PT1H1M1S')![1]).to.equal('1 hour 1 minute 1 second');
    });
  });

  describe('providers', () => {
    for (const id of ['aqz-KE-bpKQ', 'dQw4w9WgXcQ', '___________']) {
      it(`accepts the YouTube id ${id}`, () => expect(valid('youtube', id)).to.equal(true));
    }
    for (const id of ['', 'aqz-KE-bpK', 'aqz-KE-bpKQQ', 'aqz-KE-bp"Q', '../../evil', 'javascript:', 'aqz KE bpKQ', 'aqz-KE-bpKQ\n']) {
      it(`refuses the YouTube id ${JSON.stringify(id)}`, () => expect(valid('youtube', id)).to.equal(false));
    }
    for (const id of ['76979871', '1']) {
      it(`accepts the Vimeo id ${id}`, () => expect(valid('vimeo', id)).to.equal(true));
    }
    for (const id of ['', 'abc', '7697987a', '76979871/../x', '76979871?autoplay=0', '1234567890123', '76979871/abcdef1234']) {
      it(`refuses the Vimeo id ${JSON.stringify(id)}`, () => expect(valid('vimeo', id)).to.equal(false));
    }

    it('builds the players and the watch links', () => {
      expect(embedUrl('youtube', 'aqz-KE-bpKQ', false)).to.equal('https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1&playsinline=1&enablejsapi=1');
      expect(embedUrl('youtube', 'aqz-KE-bpKQ', true)).to.equal(
        'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1&playsinline=1&enablejsapi=1&hl=uk&cc_lang_pref=uk&cc_load_policy=1',
      );
      expect(embedUrl('vimeo', '76979871', true)).to.equal('https://player.vimeo.com/video/76979871?autoplay=1&dnt=1');
      expect(embedUrl('vimeo', '76979871', false)).to.equal('https://player.vimeo.com/video/76979871?autoplay=1&dnt=1');
      expect(HOSTS.youtube[4] + 'aqz-KE-bpKQ').to.equal('https://www.youtube.com/watch?v=aqz-KE-bpKQ');
      expect(HOSTS.vimeo[4] + '76979871').to.equal('https://vimeo.com/76979871');
    });
  });

  describe('descriptions', () => {
    it('finds URLs and leaves sentence punctuation out of them', () => {
      expect('Більше: https://example.gov.ua/guide. Або (https://uk.wikipedia.org/wiki/A_(b)), дякуємо!'.split(URLS)).to.deep.equal([
        'Більше: ',
        'https://example.gov.ua/guide',
        '. Або (',
        'https://uk.wikipedia.org/wiki/A_(b)',
        '), дякуємо!',
      ]);
    });

    it('finds nothing but http(s)', () => {
      const text = 'javascript:alert(1) data:text/html,<b>x</b> mailto:a@b.c';
      expect(text.split(URLS)).to.deep.equal([text]);
    });

    it('keeps quotes and angle brackets out of a URL', () => {
      expect('https://example.com/"><img src=x onerror=alert(1)>'.split(URLS)).to.deep.equal([
        '',
        'https://example.com/',
        '"><img src=x onerror=alert(1)>',
      ]);
    });

    it('shortens at a word boundary, never inside a URL', () => {
      const text = 'Слово '.repeat(10) + 'https://example.gov.ua/a-very-long-link and more';
      expect(shorten(text, 70)).to.equal(`${'Слово '.repeat(9)}Слово…`);
      expect(shorten(text, 100)).to.equal(`${'Слово '.repeat(10)}https://example.gov.ua/a-very-long-link…`);
      expect(shorten(text, 100).split(URLS)[1]).to.equal('https://example.gov.ua/a-very-long-link');
      expect(shorten('Слово, '.repeat(20), 30)).to.equal('Слово, Слово, Слово, Слово…');
    });

    it('keeps paragraphs and unwraps lines', () => {
      expect(paragraphs('  Один\n   два.\n\n  \n Три.  ')).to.equal('Один два.\n\nТри.');
    });
  });
});
