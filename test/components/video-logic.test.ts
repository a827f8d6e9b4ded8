import { expect } from '@open-wc/testing';
import { formatClock, parseDuration, spokenDuration } from '../../src/components/video/duration.js';
import { embedUrl, isValidVideoId, watchUrl } from '../../src/components/video/providers.js';
import { linkify, truncatePieces } from '../../src/components/video/linkify.js';
import { setLocale } from '../../src/i18n/localization.js';
import { localeSettled } from '../helpers/locale.js';

describe('<hromada-video> logic', () => {
  afterEach(async () => {
    setLocale(null);
    await localeSettled();
  });

  describe('durations', () => {
    const cases: [string, number][] = [['PT4M12S', 252], ['PT45S', 45], ['PT1H2M3S', 3723], ['PT1H', 3600], ['P0DT4M', 240], ['pt4m12s', 252], ['PT4M12.6S', 253]];
    for (const [iso, seconds] of cases) {
      it(`reads ${iso} as ${seconds} s`, () => expect(parseDuration(iso)).to.equal(seconds));
    }

    for (const junk of ['', 'P', 'PT', '4:12', '252', 'PT4X', 'PT-4M', '<b>PT4M</b>']) {
      it(`refuses "${junk}"`, () => expect(parseDuration(junk)).to.equal(undefined));
    }

    it('shows 4:12, 0:45 and 1:02:03', () => {
      expect(formatClock(252)).to.equal('4:12');
      expect(formatClock(45)).to.equal('0:45');
      expect(formatClock(3723)).to.equal('1:02:03');
    });

    it('says it in Ukrainian with the right plural forms', async () => {
      setLocale('uk');
      await localeSettled();
      expect(spokenDuration(252)).to.equal('4 хвилини 12 секунд');
      expect(spokenDuration(61)).to.equal('1 хвилина 1 секунда');
      expect(spokenDuration(5 * 60 + 22)).to.equal('5 хвилин 22 секунди');
      expect(spokenDuration(21 * 60)).to.equal('21 хвилина');
      expect(spokenDuration(3600 * 2 + 11 * 60)).to.equal('2 години 11 хвилин');
      expect(spokenDuration(3600 * 5)).to.equal('5 годин');
      expect(spokenDuration(0)).to.equal('0 секунд');
    });

    it('says it in English', async () => {
      setLocale('en');
      await localeSettled();
      expect(spokenDuration(252)).to.equal('4 minutes 12 seconds');
      expect(spokenDuration(3661)).to.equal('1 hour 1 minute 1 second');
    });
  });

  describe('providers', () => {
    for (const id of ['aqz-KE-bpKQ', 'dQw4w9WgXcQ', '___________']) {
      it(`accepts the YouTube id ${id}`, () => expect(isValidVideoId('youtube', id)).to.equal(true));
    }
    for (const id of ['', 'aqz-KE-bpK', 'aqz-KE-bpKQQ', 'aqz-KE-bp"Q', '../../evil', 'javascript:', 'aqz KE bpKQ', 'aqz-KE-bpKQ\n']) {
      it(`refuses the YouTube id ${JSON.stringify(id)}`, () => expect(isValidVideoId('youtube', id)).to.equal(false));
    }
    for (const id of ['76979871', '1', '76979871/abcdef1234']) {
      it(`accepts the Vimeo id ${id}`, () => expect(isValidVideoId('vimeo', id)).to.equal(true));
    }
    for (const id of ['', 'abc', '7697987a', '76979871/../x', '76979871?autoplay=0', '1234567890123']) {
      it(`refuses the Vimeo id ${JSON.stringify(id)}`, () => expect(isValidVideoId('vimeo', id)).to.equal(false));
    }

    it('builds the players and the watch links', () => {
      expect(embedUrl('youtube', 'aqz-KE-bpKQ', false)).to.equal('https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1');
      expect(embedUrl('youtube', 'aqz-KE-bpKQ', true)).to.equal(
        'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1&hl=uk&cc_lang_pref=uk&cc_load_policy=1',
      );
      expect(embedUrl('vimeo', '76979871', true)).to.equal('https://player.vimeo.com/video/76979871?autoplay=1&dnt=1');
      expect(embedUrl('vimeo', '76979871/abcdef1234', true)).to.equal('https://player.vimeo.com/video/76979871?autoplay=1&dnt=1&h=abcdef1234');
      expect(watchUrl('youtube', 'aqz-KE-bpKQ')).to.equal('https://www.youtube.com/watch?v=aqz-KE-bpKQ');
      expect(watchUrl('vimeo', '76979871')).to.equal('https://vimeo.com/76979871');
    });
  });

  describe('links in descriptions', () => {
    it('finds URLs and leaves sentence punctuation out of them', () => {
      expect(linkify('Більше: https://example.gov.ua/guide. Або (https://uk.wikipedia.org/wiki/A_(b)), дякуємо!')).to.deep.equal([
        'Більше: ',
        { href: 'https://example.gov.ua/guide', text: 'https://example.gov.ua/guide' },
        '. Або (',
        { href: 'https://uk.wikipedia.org/wiki/A_(b)', text: 'https://uk.wikipedia.org/wiki/A_(b)' },
        '), дякуємо!',
      ]);
    });

    it('links nothing but http(s)', () => {
      expect(linkify('javascript:alert(1) data:text/html,<b>x</b> mailto:a@b.c')).to.deep.equal([
        'javascript:alert(1) data:text/html,<b>x</b> mailto:a@b.c',
      ]);
    });

    it('keeps quotes and angle brackets out of a link', () => {
      const pieces = linkify('https://example.com/"><img src=x onerror=alert(1)>');
      expect(pieces[0]).to.deep.equal({ href: 'https://example.com/', text: 'https://example.com/' });
      expect(pieces.slice(1).join('')).to.equal('"><img src=x onerror=alert(1)>');
    });

    it('shortens at a word boundary, never inside a link', () => {
      const long = linkify('Слово '.repeat(10) + 'https://example.gov.ua/a-very-long-link and more');
      const { pieces, truncated } = truncatePieces(long, 70);
      expect(truncated).to.equal(true);
      expect(pieces).to.deep.equal([`${'Слово '.repeat(9)}Слово…`]);
      const fits = truncatePieces(long, 100).pieces;
      expect(fits[1]).to.deep.equal({ href: 'https://example.gov.ua/a-very-long-link', text: 'https://example.gov.ua/a-very-long-link' });
      expect(truncatePieces(linkify('Слово '.repeat(20)), 30).pieces).to.deep.equal(['Слово Слово Слово Слово Слово…']);
    });

    it('prefers a whole first paragraph', () => {
      expect(truncatePieces(['Перший абзац.\n\nДругий абзац, довгий.'], 25)).to.deep.equal({ pieces: ['Перший абзац.'], truncated: true });
    });

    it('leaves short text whole', () => {
      expect(truncatePieces(['Коротко.'], 200)).to.deep.equal({ pieces: ['Коротко.'], truncated: false });
    });
  });
});
