import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/data/load-feed.js';
import { FeedError } from '../../src/data/feed-error.js';
import { hasContent } from '../../src/data/parse-feed.js';

const URL_BASE = 'https://example.gov.ua/feed/feed.json';

function feed(extra: Record<string, unknown> = {}, items: unknown[] = []) {
  return JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Громада', items, ...extra });
}


describe('JSON Feed and hromada feed', () => {
  it('offers content_text as the full text when there is no content_html (a clamped summary must not hide the rest)', () => {
    const text = 'Перший абзац <b>як є</b>.\nТой самий абзац.\n\nДругий абзац.\n';
    const [only, both] = parseFeed(
      feed({}, [
        { id: '1', title: 'Без HTML', content_text: text },
        { id: '2', title: 'З HTML', content_text: 'текст', content_html: '<p>HTML</p>' },
      ]),
      URL_BASE,
    ).items;
    expect(only.summary).to.equal('Перший абзац <b>як є</b>. Той самий абзац. Другий абзац.');
    expect(only.content).to.deep.equal([
      { tag: 'p', children: ['Перший абзац <b>як є</b>.\nТой самий абзац.'] },
      { tag: 'p', children: ['Другий абзац.'] },
    ]);
    expect(hasContent(only)).to.equal(true);
    expect(both.content).to.deep.equal([{ tag: 'p', children: ['HTML'] }]);
  });

  it('offers no full text for an empty or blank content_text (no "read in full" that opens nothing)', () => {
    const items = parseFeed(
      feed({}, [
        { id: '1', title: 'Порожній', content_text: '' },
        { id: '2', title: 'Пробіли', content_text: '  \n\n  ' },
      ]),
      URL_BASE,
    ).items;
    expect(items.map(hasContent)).to.deep.equal([false, false]);
  });

  it('adapts a JSON Feed 1.1 item to the model', () => {
    const result = parseFeed(
      feed({}, [
        {
          id: '1',
          url: '/news/1',
          title: 'Новина &amp; подія',
          summary: '<p>Короткий <b>опис</b></p>',
          content_html: '<p>Текст</p><script>alert(1)</script>',
          image: 'photo.jpg',
          date_published: '2024-05-01T10:00:00+03:00',
          tags: ['реінтеграція', 7, ' '],
        },
      ]),
      URL_BASE,
    );
    expect(result.format).to.equal('json-feed');
    const [item] = result.items;
    expect(item.url).to.equal('https://example.gov.ua/news/1');
    // JSON Feed's title and summary are plain text: shown as written, never parsed.
    expect(item.title).to.equal('Новина &amp; подія');
    expect(item.summary).to.equal('<p>Короткий <b>опис</b></p>');
    expect(item.content).to.deep.equal([{ tag: 'p', children: ['Текст'] }]);
    expect(item.image?.url).to.equal('https://example.gov.ua/feed/photo.jpg');
    expect(item.published?.toISOString()).to.equal('2024-05-01T07:00:00.000Z');
    expect(item.tags).to.deep.equal(['реінтеграція']);
  });

  it('skips an item with an impossible date and names the field', () => {
    const result = parseFeed(
    feed({}, [
      { id: 'a', title: 'A', date_published: '2024-05-01T10:00:00Z' },
      { id: 'b', title: 'B', date_published: '2024-02-31T10:00:00Z' },
      { id: 'c', title: 'C', date_published: '31.02.2024' },
      { id: 'd', title: 'D' },
    ]),
    URL_BASE,
    );
    expect(result.items.map((item) => item.id)).to.deep.equal(['a', 'd']);
    expect(result.warnings).to.include('items[1].date_published: "2024-02-31T10:00:00Z" is not a date; item skipped');
    expect(result.warnings).to.include('items[2].date_published: "31.02.2024" is not a date; item skipped');
  });

  it('dates an item that has only date_modified by it, and names that field when it is bad', () => {
    const result = parseFeed(
      feed({}, [
        { id: 'a', title: 'A', date_modified: '2024-05-02T10:00:00Z' },
        { id: 'b', title: 'B', date_published: '2024-05-01T10:00:00Z', date_modified: '2024-05-03T10:00:00Z' },
        { id: 'c', title: 'C', date_modified: '2024-02-30' },
      ]),
      URL_BASE,
    );
    expect(result.items.map((item) => item.published?.toISOString())).to.deep.equal(['2024-05-02T10:00:00.000Z', '2024-05-01T10:00:00.000Z']);
    expect(result.warnings).to.deep.equal(['items[2].date_modified: "2024-02-30" is not a date; item skipped']);
  });

  it('reads the _hromada extension: region, hotlines, guides, videos', () => {
    const result = parseFeed(
    feed(
      {
        _hromada: {
          version: 1,
          region: 'UA59100090000041284',
          hotlines: [{ id: 'main', label: 'Гаряча лінія', phone: '+380683777777', hours: '09:00-20:00', time_zone: 'Europe/Kyiv', zoom_url: 'javascript:alert(1)' }],
          guides: [{ id: 'g', title: 'Посібник', sections: [{ id: 's1', title: 'Перші дні', content_html: '<p onclick=x>Текст</p>' }, { title: 'no id' }] }],
          videos: [{ id: 'v', provider: 'youtube', video_id: 'aqz-KE-bpKQ', title: 'Відео', duration: 'PT4M12S' }, { id: 'w', provider: 'flash' }],
        },
      },
      [{ id: '1', title: 'Feed region' }, { id: '2', title: 'Own region', _hromada: { region: 'UA59100170000093676' } }],
    ),
    URL_BASE,
    );
    expect(result.format).to.equal('hromada');
    expect(result.region).to.equal('UA59100090000041284');
    expect(result.items.map((item) => item.region)).to.deep.equal(['UA59100090000041284', 'UA59100170000093676']);
    expect(result.hotlines[0]).to.include({ id: 'main', phone: '+380683777777', timeZone: 'Europe/Kyiv' });
    expect(result.hotlines[0].zoomUrl).to.equal(undefined);
    expect(result.guides[0].sections).to.have.length(1);
    expect(result.guides[0].sections[0].content).to.deep.equal([{ tag: 'p', children: ['Текст'] }]);
    expect(result.videos.map((video) => video.id)).to.deep.equal(['v']);
    expect(result.warnings.some((w) => w.startsWith('_hromada.guides[0].sections[1]'))).to.equal(true);
    expect(result.warnings.some((w) => w.startsWith('_hromada.videos[1]'))).to.equal(true);
  });

  it('refuses text that is not a feed with a typed error', () => {
    const attempt = (body: string) => {
      try {
        parseFeed(body, URL_BASE);
      } catch (error) {
        return error as FeedError;
      }
      throw new Error('parsed');
    };
    expect(attempt('').kind).to.equal('parse');
    expect(attempt('{"items": [').kind).to.equal('parse');
    expect(attempt('{"items": []}').kind).to.equal('format');
    expect(attempt('<html><body>Not found</body></html>').kind).to.equal('format');
  });
});
