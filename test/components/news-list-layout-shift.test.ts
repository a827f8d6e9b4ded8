// SPEC §6 "layout shift while loading: 0": a news list alone on a page (no height reserved
// by the page), a paragraph after it, measured in the browser with a layout-shift observer
// from the painted skeleton until the feed's items, empty state or error are painted.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/news-list/define.js';
import type { HromadaNewsList } from '../../src/components/news-list/news-list.js';
import { ZNOB, SHOSTKA, feed, item, stubFetch, until, type FetchStub } from '../helpers/news-feed.js';
import type { FeedController } from '../../src/data/feed-controller.js';
import { clearFeedCache } from '../helpers/fake-timers.js';
import { shiftWhileLoading } from '../helpers/layout-shift.js';

const LONG = 'Громада отримала нове обладнання для укриттів, шкіл і лікарні: що зміниться для мешканців уже цієї зими';
const IMAGE = '/demo/images/reintegration.svg';

const CASES: [string, Record<string, string>, () => Response][] = [
  ['fewer items than the limit, one of every part', { limit: '3' }, () =>
    feed([item(1, { title: LONG, image: IMAGE, tags: ['ремонт', 'дороги'], content_html: '<p>Текст</p>', region: ZNOB })])],
  ['items taller than typical (long titles and summaries, many tags)', { limit: '2' }, () =>
    feed([1, 2].map((n) => item(n, { title: `${LONG} ${LONG}`, summary: LONG.repeat(4), image: IMAGE, content_html: '<p>x</p>',
      tags: ['один', 'два', 'три', 'чотири', 'пʼять', 'шість', 'сім', 'вісім', 'девʼять'] })))],
  ['short items: a word of title, no summary, no image', { limit: '2' }, () =>
    feed([1, 2].map((n) => item(n, { title: 'Так', summary: undefined })))],
  ['an empty hromada (its name arrives with the region tree)', { limit: '2', region: SHOSTKA }, () => feed([item(1, { region: ZNOB })])],
  ["a hromada's own list, its tallest items (its rows without the room of hromada names)", { limit: '2', region: ZNOB }, () =>
    feed([1, 2].map((n) => item(n, { title: `${LONG} ${LONG}`, summary: LONG.repeat(4), image: IMAGE, content_html: '<p>x</p>', region: ZNOB,
      tags: ['один', 'два', 'три', 'чотири', 'пʼять', 'шість', 'сім', 'вісім', 'девʼять'] })))],
  ['an error', { limit: '2' }, () => new Response('Not found', { status: 404 })],
  ['two items of ten', {}, () => feed([1, 2].map((n) => item(n, { title: LONG })))],
  ['a full page of items that name their hromada, every part', { limit: '1' }, () =>
    feed([item(1, { title: LONG, summary: LONG.repeat(2), image: IMAGE, tags: ['ремонт'], content_html: '<p>Текст</p>', region: ZNOB })])],
];

describe('<hromada-news-list> layout shift while loading', () => {
  let net: FetchStub;
  beforeEach(() => {
    clearFeedCache();
    net = stubFetch();
  });
  afterEach(() => {
    net.restore();
    clearFeedCache();
  });

  for (const width of [360, 1000]) {
    for (const [name, attributes, answer] of CASES) {
      it(`is 0 at ${width} px: ${name}`, async () => {
        const { shift, el, before, after } = await shiftWhileLoading('hromada-news-list', { src: '{url}', ...attributes }, answer, width, (root) =>
          (root.host as unknown as { feed: FeedController }).feed.status != 'loading' &&
          // An empty hromada's list names it once the region tree is in.
          (!attributes.region || /Шосткинської|Зноб/.test(root.querySelector('#heading')!.textContent!)),
        );
        // It stays where it was, or below the screen before and after: the list keeps at most a
        // screen of the placeholders' room, so that two items of ten leave no blank pages.
        if (after != before) expect(Math.min(after, before), 'the paragraph after the list, moved in view').to.be.at.least(innerHeight);
        expect(shift).to.equal(0);
        await expect(el).to.be.accessible();
      });
    }
  }

  it("gives a hromada's own list, which names no hromada in its items, lower rows when narrow", async () => {
    net.routes.set('/feeds/slow.json', () => new Promise<Response>(() => {}));
    const row = async (region: string) => {
      const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/slow.json" region=${region} style="width: 360px"></hromada-news-list>`);
      await el.updateComplete;
      return el.shadowRoot!.querySelector('[part=skeleton]')!.getBoundingClientRect().height;
    };
    const all = await row('');
    const own = await row(ZNOB);
    // The two lines of a hromada's name in the meta line's size: 2 × 0.875 × 1.5 em.
    expect(all - own).to.be.closeTo(2.625 * 16, 1);
  });

  it('keeps the retry button under the pointer, not the room it lies over', async () => {
    net.routes.set('/feeds/gone.json', () => new Response('Not found', { status: 404 }));
    const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/gone.json"></hromada-news-list>`);
    await until(() => (el as unknown as { feed: FeedController }).feed.status == 'error', 'the error');
    await el.updateComplete;
    const retry = el.shadowRoot!.querySelector<HTMLElement>('[part~=retry]')!;
    const { x, y, width, height } = retry.getBoundingClientRect();
    expect(el.shadowRoot!.elementFromPoint(x + width / 2, y + height / 2) === retry, 'the retry button is what the pointer hits').to.equal(true);
  });

  it('holds a placeholder for each item of a full page above ten (limit 12), so that the page grows past none', async () => {
    let release!: () => void;
    const answered = new Promise<void>((resolve) => (release = resolve));
    net.routes.set('/feeds/twelve.json', async () => (await answered, feed(Array.from({ length: 12 }, (_, n) => item(n + 1, { title: LONG })))));
    const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/twelve.json" limit="12" style="width: 360px"></hromada-news-list>`);
    const rows = () => el.shadowRoot!.querySelector('.rows')!.getBoundingClientRect().height;
    expect(el.shadowRoot!.querySelectorAll('[part=skeleton]').length).to.equal(12);
    const loading = rows();
    release();
    await until(() => (el as unknown as { feed: FeedController }).feed.status == 'loaded', 'the feed');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part=item]').length).to.equal(12);
    expect(rows(), 'the list of twelve, as tall as its placeholders').to.equal(loading);
  });

  it('keeps no more than a screen of blank room under fewer items than the placeholders', async () => {
    net.routes.set('/feeds/two.json', () => feed([1, 2].map((n) => item(n, { title: LONG }))));
    const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/two.json" style="width: 360px"></hromada-news-list>`);
    await until(() => (el as unknown as { feed: FeedController }).feed.status == 'loaded', 'the feed');
    await el.updateComplete;
    const rows = el.shadowRoot!.querySelector('.rows')!.getBoundingClientRect().height;
    const items = el.shadowRoot!.querySelector('[part=list]')!.getBoundingClientRect().height;
    expect(rows, 'the room under two items').to.be.at.most(Math.max(items, innerHeight) + 1);
    expect(rows, 'the room kept').to.be.at.least(Math.min(innerHeight, 10 * 260));
  });
});
