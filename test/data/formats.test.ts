import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/data/load-feed.js';
import { FeedError } from '../../src/data/feed-error.js';
import type { Feed } from '../../src/data/model.js';

const SITE = 'https://znob-novhorodska.example.gov.ua';
const fixture = async (name: string) => (await fetch(`/test/fixtures/feeds/${name}`)).text();

/** What every format must agree on, whatever it was written in. */
const EXPECTED = [
  {
    url: `${SITE}/news/reintegration-center`,
    title: 'Відкрито центр реінтеграції «Разом»',
    summary: 'Центр надає допомогу ВПО та військовим.',
    published: '2024-05-01T07:00:00.000Z',
    image: `${SITE}/uploads/2024/05/center.jpg`,
    tags: ['Реінтеграція', 'Соціальний захист'],
    content: [
      { tag: 'p', children: ['Центр надає допомогу ', { tag: 'b', children: ['ВПО'] }, ' та військовим.'] },
      { tag: 'p', children: ['Адреса: вул. Центральна, 1.'] },
    ],
  },
  { url: `${SITE}/news/water-schedule`, title: 'Графік підвезення води на травень', summary: 'Підвезення води за графіком', published: '2024-04-28T09:30:00.000Z', image: undefined, tags: ['Комунальні послуги'] },
  { url: `${SITE}/news/grant-program`, title: 'Грантова програма для малого бізнесу & ФОП', summary: 'Прийом заявок до 31 травня.', published: '2024-04-20T11:15:00.000Z', image: `${SITE}/uploads/grant.png`, tags: [] },
];

function project(feed: Feed) {
  return feed.items.map((item, index) => ({
    url: item.url,
    title: item.title,
    summary: index === 1 ? item.summary.slice(0, EXPECTED[1].summary.length) : item.summary,
    published: item.published?.toISOString(),
    image: item.image?.url,
    tags: item.tags,
  }));
}

const CASES: Array<[string, string, Feed['format'], string?]> = [
  ['rss-hromada-site.xml', `${SITE}/rss/`, 'rss'],
  ['rss-wordpress.xml', `${SITE}/feed/`, 'rss'],
  ['atom.xml', `${SITE}/feed.atom`, 'atom'],
  ['wordpress-posts.json', `${SITE}/wp-json/wp/v2/posts?_embed`, 'wordpress', `<${SITE}/wp-json/wp/v2/posts?_embed&page=2>; rel="next"`],
  ['json-feed.json', `${SITE}/feed.json`, 'json-feed'],
];

describe('every format reaches the same model', () => {
  for (const [file, url, format, link] of CASES) {
    it(`${file} → ${format}`, async () => {
      const feed = parseFeed(await fixture(file), url, { link });
      expect(feed.format).to.equal(format);
      expect(feed.warnings).to.deep.equal([]);
      const expected = EXPECTED.map(({ content: _content, ...rest }) => ({ ...rest, summary: rest.summary.replace('ВПО та військовим.', 'ВПО та військовим.') }));
      const actual = project(feed);
      // WordPress's RSS excerpt ends with "[…]": the summary starts the same.
      if (file === 'rss-wordpress.xml') actual[0].summary = actual[0].summary.replace(/ \[…\]$/, '');
      expect(actual).to.deep.equal(expected);
      expect(feed.items[0].content).to.deep.equal(EXPECTED[0].content);
      expect(feed.items.every((item) => item.id !== '')).to.equal(true);
    });
  }

  it('reads the next page of every format', async () => {
    const rss = parseFeed(await fixture('rss-wordpress.xml'), `${SITE}/feed/`);
    expect(rss.nextUrl).to.equal(`${SITE}/feed/?paged=2`);
    const atom = parseFeed(await fixture('atom.xml'), `${SITE}/feed.atom`);
    expect(atom.nextUrl).to.equal(`${SITE}/feed.atom?page=2`);
    const wp = parseFeed(await fixture('wordpress-posts.json'), `${SITE}/wp-json/wp/v2/posts?_embed`, { link: `<${SITE}/wp-json/wp/v2/posts?page=2>; rel="next"` });
    expect(wp.nextUrl).to.equal(`${SITE}/wp-json/wp/v2/posts?page=2`);
  });

  it('reads the language of the text where the format gives it', async () => {
    const language = async (file: string) => parseFeed(await fixture(file), `${SITE}/feed`).language;
    expect(await language('json-feed.json')).to.equal('uk');
    expect(await language('rss-wordpress.xml')).to.equal('uk');
    expect(await language('atom.xml')).to.equal('uk');
    expect(await language('wordpress-posts.json')).to.equal(undefined);
    expect(parseFeed('<rss version="2.0"><channel><language>uk-UA</language><item><title>a</title></item></channel></rss>', SITE).language).to.equal('uk-UA');
  });

  it('keeps image sizes and alt text where the format has them', async () => {
    const wp = parseFeed(await fixture('wordpress-posts.json'), `${SITE}/wp-json/wp/v2/posts`);
    expect(wp.items[0].image).to.deep.equal({ url: `${SITE}/uploads/2024/05/center.jpg`, alt: 'Будівля центру реінтеграції', width: 1200, height: 800 });
    const rss = parseFeed(await fixture('rss-wordpress.xml'), `${SITE}/feed/`);
    expect(rss.items[0].image).to.deep.equal({ url: `${SITE}/uploads/2024/05/center.jpg`, alt: 'Будівля центру реінтеграції', width: 1200, height: 800 });
  });

  it('resolves an Atom content\'s links against its own xml:base, as WordPress writes it', () => {
    const feed = parseFeed(
      `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title type="html">a</title><link href="${SITE}/2024/05/01/sesiya/"/>
        <summary type="html" xml:base="${SITE}/2024/05/01/sesiya/">Коротко &lt;a href="x.pdf"&gt;x&lt;/a&gt;</summary>
        <content type="html" xml:base="${SITE}/2024/05/01/sesiya/"><![CDATA[<p><a href="docs/rishennya.pdf">рішення</a></p>]]></content></entry></feed>`,
      `${SITE}/feed/atom/`,
    );
    expect(feed.items[0].content).to.deep.equal([{ tag: 'p', children: [{ tag: 'a', href: `${SITE}/2024/05/01/sesiya/docs/rishennya.pdf`, children: ['рішення'] }] }]);
    expect(feed.items[0].summary).to.equal('Коротко x');
  });

  it('takes Media RSS content as an image unless its type or medium says otherwise', () => {
    const media = (attrs: string) =>
      parseFeed(`<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><item><title>a</title><media:content url="${SITE}/m" ${attrs}/></item></channel></rss>`, `${SITE}/rss`).items[0].image?.url;
    expect(media('width="800" height="600"')).to.equal(`${SITE}/m`);
    expect(media('medium="image"')).to.equal(`${SITE}/m`);
    expect(media('type="image/webp"')).to.equal(`${SITE}/m`);
    expect(media('medium="video"')).to.equal(undefined);
    expect(media('type="video/mp4" medium="image"')).to.equal(undefined);
  });

  it('prefers full-text, then content:encoded, then description as the article body', async () => {
    const site = parseFeed(await fixture('rss-hromada-site.xml'), `${SITE}/rss/`);
    expect(site.items[1].content).to.deep.equal([{ tag: 'p', children: ['Підвезення води за графіком: вівторок і п\'ятниця.'] }]);
    expect(site.items[2].content).to.deep.equal([{ tag: 'p', children: ['Прийом заявок до 31\u00a0травня.'] }]);
  });
});

describe('RSS dates', () => {
  const dated = (pubDate: string) =>
    parseFeed(`<rss version="2.0"><channel><item><title>t</title><pubDate>${pubDate}</pubDate></item><item><title>keep</title></item></channel></rss>`, `${SITE}/rss`);
  const cases: Array<[string, string]> = [
    ['Wed, 01 May 2024 10:00:00 +0300', '2024-05-01T07:00:00.000Z'],
    ['Wed, 01 May 2024 10:00:00 EEST', '2024-05-01T07:00:00.000Z'],
    // A colon in the offset, as generators that format RFC 822 by hand write it.
    ['Wed, 01 May 2024 10:00:00 +03:00', '2024-05-01T07:00:00.000Z'],
    ['Tue, 05 Mar 2024 10:00:00 EET', '2024-03-05T08:00:00.000Z'],
    ['Tue, 05 Mar 2024 10:00:00 EST', '2024-03-05T15:00:00.000Z'],
    ['Tue, 05 Mar 2024 10:00:00 PDT', '2024-03-05T17:00:00.000Z'],
    ['5 Mar 2024 10:00 GMT', '2024-03-05T10:00:00.000Z'],
    ['Tue, 05 Mar 24 10:00:00 UT', '2024-03-05T10:00:00.000Z'],
    ['Tue, 05 Mar 2024 10:00:00 -0130', '2024-03-05T11:30:00.000Z'],
    ['2024-03-05T10:00:00+02:00', '2024-03-05T08:00:00.000Z'],
    ['Thu, 29 Feb 2024 10:00:00 CET', '2024-02-29T09:00:00.000Z'],
    ['Tue, 30 Apr 2024 10:00:00 MSK', '2024-04-30T07:00:00.000Z'],
    ['31 Dec 99 23:59 BST', '1999-12-31T22:59:00.000Z'],
    ['Sun, 31 Mar 2024 10:00:00 WEST', '2024-03-31T09:00:00.000Z'],
    ['2024-02-29 10:00:00Z', '2024-02-29T10:00:00.000Z'],
  ];
  for (const [text, iso] of cases) {
    it(`reads ${text}`, () => {
      expect(dated(text).items[0].published?.toISOString()).to.equal(iso);
    });
  }
  it('skips an item with an impossible date, naming it, and keeps the rest', () => {
    const feed = dated('Thu, 31 Feb 2024 10:00:00 GMT');
    expect(feed.items.map((item) => item.title)).to.deep.equal(['keep']);
    expect(feed.warnings).to.deep.equal(['item[0].pubDate: "Thu, 31 Feb 2024 10:00:00 GMT" is not a date; item skipped']);
  });
  for (const text of ['Thu, 29 Feb 2023 10:00:00 GMT', 'Wed, 31 Apr 2024 10:00 EEST', '2023-02-29T10:00:00Z', '2024-06-31', '2024', '5', 'May 1', '01.05.2024 10:00']) {
    it(`refuses ${text}`, () => {
      expect(dated(text).items.map((item) => item.title)).to.deep.equal(['keep']);
    });
  }
});

describe('format detection and unusable feeds', () => {
  const attempt = (body: string) => {
    try {
      parseFeed(body, `${SITE}/feed`);
    } catch (error) {
      return error as FeedError;
    }
    throw new Error('parsed');
  };

  it('detects from the body, not the URL', () => {
    expect(parseFeed('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><title>a</title></entry></feed>', `${SITE}/feed.json`).format).to.equal('atom');
    expect(parseFeed('  \uFEFF<rss version="2.0"><channel><item><title>a</title></item></channel></rss>', `${SITE}/feed.atom`).format).to.equal('rss');
    expect(parseFeed('[]', `${SITE}/feed.xml`).format).to.equal('wordpress');
  });

  it('reads RSS 1.0 (RDF) items beside the channel', () => {
    const feed = parseFeed(
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel><title>c</title></channel><item><title>a</title><link>https://x.ua/a</link></item></rdf:RDF>',
      `${SITE}/rdf`,
    );
    expect(feed.items.map((item) => item.url)).to.deep.equal(['https://x.ua/a']);
  });

  it('tolerates HTML entities that XML does not define', () => {
    const feed = parseFeed('<rss version="2.0"><channel><item><title>Новини&nbsp;&laquo;громади&raquo;</title></item></channel></rss>', `${SITE}/rss`);
    expect(feed.items[0].title).to.equal('Новини «громади»');
  });

  it('gives a typed error for each kind of unusable feed', () => {
    expect(attempt('   ').kind).to.equal('parse');
    expect(attempt('<rss><channel><item></rss>').kind).to.equal('parse');
    expect(attempt('<!DOCTYPE html><html><body>404</body></html>').kind).to.equal('format');
    expect(attempt('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>').kind).to.equal('format');
    expect(attempt('{"code":"rest_no_route","message":"No route was found","data":{"status":404}}').message).to.contain('rest_no_route');
    expect(attempt('{"version":"https://jsonfeed.org/version/1.1","items":{}}').kind).to.equal('invalid');
    expect(attempt('{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1"},{"title":"no id"}]}').kind).to.equal('invalid');
    expect(attempt('<rss version="2.0"><channel><item><title>a</title><pubDate>tomorrow</pubDate></item></channel></rss>').message).to.contain('item[0].pubDate');
  });
});
