import { forgetLoadedFeeds } from '../../src/data/load-feed.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/news-list/define.js';
import type { HromadaNewsList } from '../../src/components/news-list/news-list.js';
import type { FeedController } from '../../src/data/feed-controller.js';
import { clearFeedCache, installFakeTimers } from '../helpers/fake-timers.js';
import { SHOSTKA, SUMY_OBLAST, ZNOB, feed, item, until } from '../helpers/news-feed.js';

const controller = (el: HromadaNewsList) => (el as unknown as { feed: FeedController }).feed;
const $$ = (el: HromadaNewsList, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const items = (el: HromadaNewsList) => $$(el, '[part=item]');

async function loaded(el: HromadaNewsList): Promise<void> {
  await until(() => controller(el).status !== 'loading' && controller(el).status !== 'idle', 'the feed to load');
  await el.updateComplete;
}

describe('<hromada-news-list> with every feed format', () => {
  let consoleWarn: typeof console.warn;
  beforeEach(() => {
    clearFeedCache();
    consoleWarn = console.warn;
    console.warn = () => {};
  });
  afterEach(() => {
    console.warn = consoleWarn;
    clearFeedCache();
  });

  // The fixtures the data layer is tested with, served as files: no fetch stub.
  const formats: Array<[string, string, number]> = [
    ['a hosted hromada site\'s RSS (full-text, enclosure images)', 'rss-hromada-site.xml', 3],
    ['a WordPress RSS feed', 'rss-wordpress.xml', 3],
    ['an Atom feed', 'atom.xml', 3],
    ['the WordPress REST API', 'wordpress-posts.json', 3],
    ['a JSON Feed', 'json-feed.json', 3],
  ];

  for (const [name, file, count] of formats) {
    it(`shows ${name} as the news of its feed-region, newest first`, async () => {
      const el = await fixture<HromadaNewsList>(html`
        <hromada-news-list src=${`/test/fixtures/feeds/${file}`} region=${SUMY_OBLAST} feed-region=${ZNOB}></hromada-news-list>
      `);
      await loaded(el);
      expect(controller(el).status).to.equal('loaded');
      const shown = items(el);
      expect(shown).to.have.length(count);
      for (const li of shown) {
        expect(li.querySelector('[part=title]')!.textContent!.trim()).to.not.equal('');
        const link = li.querySelector('a');
        if (link) expect(link.getAttribute('href')).to.match(/^https?:/);
      }
      const dates = shown.map((li) => Date.parse(li.querySelector('time')?.getAttribute('datetime') ?? '') || 0);
      expect(dates).to.deep.equal([...dates].sort((a, b) => b - a));
      await expect(el).to.be.accessible();

      el.region = SHOSTKA;
      await el.updateComplete;
      expect(items(el)).to.have.length(0);
      expect(el.shadowRoot!.querySelector('[part="empty"]')).to.not.equal(null);
    });
  }

  it('shows a hosted site\'s full text and image from RSS', async () => {
    const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/test/fixtures/feeds/rss-hromada-site.xml"></hromada-news-list>`);
    await loaded(el);
    const first = items(el)[0];
    expect(first.querySelector('img')!.getAttribute('src')).to.equal('https://znob-novhorodska.example.gov.ua/uploads/2024/05/center.jpg');
    const details = first.querySelector('details')!;
    details.querySelector('summary')!.click();
    await until(() => !!details.querySelector('b'), 'the full text');
    expect(details.querySelector('b')!.textContent).to.equal('ВПО');
  });
});

describe('<hromada-news-list> and the kept copy', () => {
  const realFetch = window.fetch;
  let consoleError: typeof console.error;
  beforeEach(() => {
    clearFeedCache();
    consoleError = console.error;
    console.error = () => {};
  });
  afterEach(() => {
    window.fetch = realFetch;
    console.error = consoleError;
    clearFeedCache();
  });

  /** A list on `src`, with every hromada-news-load detail recorded from before it connects. */
  function list(src: string) {
    const el = document.createElement('hromada-news-list');
    el.src = src;
    const loads: Array<{ count: number; fromCache: boolean; stale: boolean }> = [];
    el.addEventListener('hromada-news-load', (event) => loads.push(event.detail));
    document.body.append(el);
    return { el, loads };
  }

  it('shows the last good copy offline, marked outdated, and says so in hromada-news-load', async () => {
    window.fetch = async () => feed([item(1, { region: ZNOB }), item(2, { region: ZNOB })]);
    const first = list('/feeds/kept.json');
    await until(() => first.loads.length === 1, 'the first load');
    expect(first.loads).to.deep.equal([{ count: 2, fromCache: false, stale: false }]);
    first.el.remove();
    // The next visit: a new page, so the copy comes from storage, not from this page's memory.
    forgetLoadedFeeds();

    const clock = installFakeTimers();
    const second = list('/feeds/kept.json');
    try {
      window.fetch = async () => {
        throw new TypeError('Failed to fetch');
      };
      // The kept copy shows at once, before the network answers.
      await until(() => second.loads.length === 1, 'the kept copy');
      expect(second.loads[0]).to.deep.equal({ count: 2, fromCache: true, stale: false });
      expect(items(second.el)).to.have.length(2);
      for (let i = 0; i < 20 && second.loads.length < 2; i += 1) {
        clock.fireNext();
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      expect(second.loads[1]).to.deep.equal({ count: 2, fromCache: true, stale: true });
      await second.el.updateComplete;
      expect(second.el.shadowRoot!.querySelector('[part="stale"]')).to.not.equal(null);
      expect(items(second.el)).to.have.length(2);
      await expect(second.el).to.be.accessible();
    } finally {
      clock.restore();
      second.el.remove();
    }
  });
});
