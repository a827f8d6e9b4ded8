import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/news-list/define.js';
import type { HromadaNewsList } from '../../src/components/news-list/news-list.js';
import type { FeedController } from '../../src/data/feed-controller.js';
import { setLocale } from '../../src/i18n/localization.js';
import { localeSettled } from '../helpers/locale.js';
import {
  BILA_TSERKVA, SHOSTKA, SHOSTKA_RAION, SUMY_CITY, SUMY_OBLAST, ZNOB,
  feed, item, stubFetch, until, type FetchStub,
} from '../helpers/news-feed.js';
import { clearFeedCache } from '../helpers/fake-timers.js';
import { forgetLoadedFeeds } from '../../src/data/load-feed.js';

const controller = (el: HromadaNewsList) => (el as unknown as { feed: FeedController }).feed;
const $ = (el: HromadaNewsList, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: HromadaNewsList, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const titles = (el: HromadaNewsList) => $$(el, '[part=item] [part=title]').map((node) => node.textContent!.trim());
const heading = (el: HromadaNewsList) => $(el, '#heading')!.textContent!.trim();

async function settled(el: HromadaNewsList): Promise<void> {
  await until(() => controller(el).status !== 'loading', 'the feed to load');
  await el.updateComplete;
}

/** Waits until the region names have arrived and are rendered. */
async function named(el: HromadaNewsList, text: string): Promise<void> {
  await until(() => heading(el) === text, `heading "${text}" (is "${heading(el)}")`);
}

/** Items of four hromadas in two raions of Sumy oblast, and one of Kyiv oblast. */
const MIXED = [
  item(1, { region: ZNOB, date: '2024-05-01T10:00:00+03:00' }),
  item(2, { region: SHOSTKA, date: '2024-04-28T10:00:00+03:00' }),
  item(3, { region: SUMY_CITY, date: '2024-04-20T10:00:00+03:00' }),
  item(4, { region: BILA_TSERKVA, date: '2024-04-10T10:00:00+03:00' }),
  item(5, { region: ZNOB, date: '2024-04-05T10:00:00+03:00' }),
];

describe('<hromada-news-list>', () => {
  let net: FetchStub;
  let consoleError: typeof console.error;
  let consoleWarn: typeof console.warn;
  let logged: unknown[][];

  beforeEach(() => {
    clearFeedCache();
    net = stubFetch();
    net.routes.set('/feeds/mixed.json', () => feed(MIXED));
    logged = [];
    consoleError = console.error;
    consoleWarn = console.warn;
    console.error = (...args: unknown[]) => logged.push(args);
    console.warn = (...args: unknown[]) => logged.push(args);
  });
  afterEach(async () => {
    net.restore();
    clearFeedCache();
    console.error = consoleError;
    console.warn = consoleWarn;
    setLocale(null);
    await localeSettled();
  });

  describe('accessibility', () => {
    it('is accessible while loading, with a busy list of placeholders the size of the items', async () => {
      net.routes.set('/feeds/slow.json', () => new Promise<Response>(() => {}));
      const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/slow.json" limit="4"></hromada-news-list>`);
      await el.updateComplete;
      const list = $(el, '[part=list]')!;
      expect(list.getAttribute('aria-busy')).to.equal('true');
      expect($$(el, '[part="skeleton"]')).to.have.length(4);
      expect($(el, '[role="status"]')!.textContent).to.contain('Завантаження…');
      await expect(el).to.be.accessible();
    });

    it('announces the count in the live region that said "Завантаження…", not in a new one', async () => {
      let answer!: (response: Response) => void;
      net.routes.set('/feeds/later.json', () => new Promise<Response>((resolve) => (answer = resolve)));
      const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/later.json"></hromada-news-list>`);
      await el.updateComplete;
      const live = $(el, '[role="status"]')!;
      expect(live.textContent!.trim()).to.equal('Завантаження…');
      answer(feed([item(1), item(2)]));
      await settled(el);
      // A live region inserted together with its text is not announced by screen readers; a changed one is.
      expect($(el, '[role="status"]') === live, 'the same live region').to.equal(true);
      expect(live.isConnected && live.textContent!.trim()).to.equal('Показано 2 новини');
    });

    it('is accessible when loaded, as a list of items under a heading', async () => {
      const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/mixed.json"></hromada-news-list>`);
      await settled(el);
      expect($(el, '[part=list]')!.getAttribute('aria-busy')).to.equal('false');
      expect($$(el, '[part=item]')).to.have.length(5);
      expect($(el, 'section')!.getAttribute('aria-labelledby')).to.equal('heading');
      await expect(el).to.be.accessible();
    });

    it('is accessible when empty', async () => {
      net.routes.set('/feeds/none.json', () => feed([]));
      const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/none.json"></hromada-news-list>`);
      await settled(el);
      expect($(el, '[part="empty"]')!.textContent).to.equal('Новин поки немає.');
      await expect(el).to.be.accessible();
    });

    it('is accessible with an error', async () => {
      const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/missing.json"></hromada-news-list>`);
      await settled(el);
      expect($(el, '[part="error"]')!.getAttribute('role')).to.equal('alert');
      await expect(el).to.be.accessible();
    });

    it('is accessible showing outdated data with its notice', async () => {
      const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/mixed.json"></hromada-news-list>`);
      await settled(el);
      controller(el).stale = true;
      controller(el).updatedAt = new Date('2024-05-01T10:00:00Z');
      el.requestUpdate();
      await el.updateComplete;
      expect($(el, '[part="stale"]')!.textContent).to.contain('застарілими');
      await expect(el).to.be.accessible();
    });

    it('puts the heading and the item titles where heading-level says', async () => {
      const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/mixed.json" heading-level="4"></hromada-news-list>`);
      await settled(el);
      expect($(el, 'h4#heading')).to.not.equal(null);
      expect($(el, '[part=item] h5[part=title]')).to.not.equal(null);
      el.headingLevel = 9;
      await el.updateComplete;
      expect($(el, 'h6#heading')).to.not.equal(null);
      expect($(el, '[part=item] h6[part=title]')).to.not.equal(null);
    });
  });

  describe('regions', () => {
    it('shows all of Ukraine without a region, newest first', async () => {
      const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/mixed.json"></hromada-news-list>`);
      await settled(el);
      expect(heading(el)).to.equal('Новини України');
      expect(titles(el)).to.deep.equal(['Новина 1', 'Новина 2', 'Новина 3', 'Новина 4', 'Новина 5']);
    });

    it('shows a hromada\'s news under its name in the genitive', async () => {
      const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/mixed.json" region=${ZNOB}></hromada-news-list>`);
      await settled(el);
      expect(titles(el)).to.deep.equal(['Новина 1', 'Новина 5']);
      await named(el, 'Новини Зноб-Новгородської громади');
      // One hromada: the items need not say where they are from.
      expect($(el, '[part="source"]')).to.equal(null);
    });

    it('shows an oblast\'s hromadas by code prefix, each item naming its hromada', async () => {
      const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/mixed.json" region=${SUMY_OBLAST}></hromada-news-list>`);
      await settled(el);
      // Named at once: oblast names are in the script.
      expect(heading(el)).to.equal('Новини Сумської області');
      expect(titles(el)).to.deep.equal(['Новина 1', 'Новина 2', 'Новина 3', 'Новина 5']);
      await until(() => $(el, '[part="source"]')!.textContent!.trim() !== '', 'hromada names');
      expect($$(el, '[part="source"]').map((node) => node.textContent)).to.deep.equal([
        'Зноб-Новгородська селищна громада',
        'Шосткинська міська громада',
        'Сумська міська громада',
        'Зноб-Новгородська селищна громада',
      ]);
    });

    it('reads a code pasted with spaces around it or in lower case as the code, as it reads the feed\'s', async () => {
      for (const region of [` ${ZNOB}\n`, ZNOB.toLowerCase()]) {
        const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/mixed.json" region=${region}></hromada-news-list>`);
        await settled(el);
        expect(titles(el), JSON.stringify(region)).to.deep.equal(['Новина 1', 'Новина 5']);
        await named(el, 'Новини Зноб-Новгородської громади');
      }
      expect(logged).to.deep.equal([]);
    });

    it('shows a raion\'s hromadas', async () => {
      const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/mixed.json" region=${SHOSTKA_RAION}></hromada-news-list>`);
      await settled(el);
      expect(titles(el)).to.deep.equal(['Новина 1', 'Новина 2', 'Новина 5']);
      await named(el, 'Новини Шосткинського району');
    });

    it('gives items without a region the feed\'s region, then feed-region, else shows them everywhere', async () => {
      net.routes.set('/feeds/hromada.json', () => feed([item(1), item(2, { region: SHOSTKA })], { _hromada: { version: 1, region: ZNOB } }));
      net.routes.set('/feeds/plain.json', () => feed([item(3), item(4)]));
      const fromFeed = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/hromada.json" region=${ZNOB}></hromada-news-list>`);
      const fromAttribute = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/plain.json" region=${ZNOB} feed-region=${SHOSTKA}></hromada-news-list>`);
      const anywhere = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/plain.json" region=${ZNOB}></hromada-news-list>`);
      await Promise.all([settled(fromFeed), settled(fromAttribute), settled(anywhere)]);
      expect(titles(fromFeed)).to.deep.equal(['Новина 1']);
      expect(titles(fromAttribute)).to.deep.equal([]);
      expect(titles(anywhere)).to.deep.equal(['Новина 3', 'Новина 4']);
      fromAttribute.region = SHOSTKA_RAION;
      await fromAttribute.updateComplete;
      expect(titles(fromAttribute)).to.deep.equal(['Новина 3', 'Новина 4']);
    });

    it('follows the page\'s ?region= when neither region nor for is set', async () => {
      const before = location.href;
      history.replaceState(null, '', `?region=${SUMY_OBLAST}`);
      try {
        const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/mixed.json"></hromada-news-list>`);
        await settled(el);
        expect(heading(el)).to.equal('Новини Сумської області');
        history.pushState(null, '', `?region=${ZNOB}`);
        window.dispatchEvent(new PopStateEvent('popstate'));
        await el.updateComplete;
        expect(titles(el)).to.deep.equal(['Новина 1', 'Новина 5']);
        // An explicit region="" means all of Ukraine, whatever the URL says.
        const all = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/mixed.json" region=""></hromada-news-list>`);
        await settled(all);
        expect(heading(all)).to.equal('Новини України');
      } finally {
        history.replaceState(null, '', before);
      }
    });

    it('asks for region names once: a tree that fails to load is not asked for again at every update', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <span id="names-filter" regions-src="/data/missing-tree.json"></span>
        <hromada-news-list for="names-filter" src="/feeds/mixed.json" limit="2"></hromada-news-list>
      </div>`);
      const el = wrapper.querySelector('hromada-news-list')!;
      await settled(el);
      await until(() => net.requests.includes('/data/missing-tree.json'), 'the tree asked for');
      await until(() => logged.length > 0, 'its failure in the console');
      for (const limit of [3, 4, 5]) {
        el.limit = limit;
        await el.updateComplete;
      }
      expect(net.requests.filter((path) => path === '/data/missing-tree.json')).to.have.length(1);
      // Only the names are missing: the news is there.
      expect(titles(el)).to.have.length(5);
    });

    it('asks for the names again when the filter announces a region (its tree came back after a retry)', async () => {
      let fail = true;
      net.routes.set('/data/flaky-tree.json', () => (fail ? new Response('', { status: 404 }) : fetch('/data/ua-hromadas.json')));
      const wrapper = await fixture<HTMLElement>(html`<div>
        <span id="flaky-filter" regions-src="/data/flaky-tree.json" value=${ZNOB}></span>
        <hromada-news-list for="flaky-filter" src="/feeds/mixed.json"></hromada-news-list>
      </div>`);
      const el = wrapper.querySelector('hromada-news-list')!;
      await settled(el);
      await until(() => logged.length > 0, 'the failure in the console');
      expect(heading(el)).to.equal('Новини');
      expect(titles(el)).to.have.length(2);
      fail = false;
      wrapper.firstElementChild!.dispatchEvent(new CustomEvent('hromada-region-change', { bubbles: true, composed: true }));
      await named(el, 'Новини Зноб-Новгородської громади');
    });

    it('follows the region filter named by for: its value, then its hromada-region-change events', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <span id="news-filter" value=${SUMY_OBLAST}></span>
        <hromada-news-list for="news-filter" src="/feeds/mixed.json"></hromada-news-list>
      </div>`);
      const el = wrapper.querySelector('hromada-news-list')!;
      const filter = wrapper.querySelector('#news-filter')!;
      await settled(el);
      expect(heading(el)).to.equal('Новини Сумської області');
      // As the filter does: its value changes, then it says so.
      filter.setAttribute('value', ZNOB);
      filter.dispatchEvent(new CustomEvent('hromada-region-change', { bubbles: true, composed: true, detail: { code: ZNOB, level: 'hromada', name: 'Зноб-Новгородська селищна громада' } }));
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Новина 1', 'Новина 5']);
      // Another filter's events are not this list's business.
      wrapper.insertAdjacentElement('beforeend', Object.assign(document.createElement('span'), { id: 'other' }))!
        .dispatchEvent(new CustomEvent('hromada-region-change', { bubbles: true, composed: true, detail: { code: null } }));
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Новина 1', 'Новина 5']);
      filter.removeAttribute('value');
      filter.dispatchEvent(new CustomEvent('hromada-region-change', { bubbles: true, composed: true, detail: { code: null, level: null, name: '' } }));
      await el.updateComplete;
      expect(heading(el)).to.equal('Новини України');
      expect(titles(el)).to.have.length(5);
    });

    it('follows a real <hromada-region-filter>, defined after the list', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <hromada-region-filter id="real-filter" url-param="" value=${SUMY_OBLAST}></hromada-region-filter>
        <hromada-news-list for="real-filter" src="/feeds/mixed.json"></hromada-news-list>
      </div>`);
      const el = wrapper.querySelector('hromada-news-list')!;
      await settled(el);
      expect(heading(el)).to.equal('Новини Сумської області');
      await import('../../src/components/region-filter/define.js');
      const filter = wrapper.querySelector('hromada-region-filter')!;
      filter.value = ZNOB;
      await until(() => titles(el).length === 2, 'the hromada\'s items');
      expect(titles(el)).to.deep.equal(['Новина 1', 'Новина 5']);
      await named(el, 'Новини Зноб-Новгородської громади');
    });

    it('fetches one file per region for a {region} placeholder, and none without a region', async () => {
      net.routes.set(`/feeds/${ZNOB}.json`, () => feed([item(1)]));
      const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/{region}.json"></hromada-news-list>`);
      await el.updateComplete;
      expect(net.requests).to.deep.equal([]);
      // It asks the reader to choose, as the README says; "no news yet" would say there are none.
      expect($(el, '[part="empty"]')!.textContent).to.equal('Оберіть регіон.');
      el.region = ZNOB;
      await el.updateComplete;
      await settled(el);
      expect(net.requests).to.deep.equal([`/feeds/${ZNOB}.json`]);
      expect(titles(el)).to.deep.equal(['Новина 1']);
    });

    it('reports a region that is not a KATOTTG code and shows every region', async () => {
      const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/mixed.json" region="Зноб"></hromada-news-list>`);
      await settled(el);
      expect(titles(el)).to.have.length(5);
      expect(logged.some((args) => String(args[0]).includes('bad region "Зноб"'))).to.equal(true);
    });
  });

  describe('items', () => {
    it('removes duplicates by id and puts undated items last', async () => {
      net.routes.set('/feeds/dupes.json', () => feed([
        { id: 'undated', title: 'Без дати' },
        item(1, { date: '2024-04-01T10:00:00Z' }),
        item(2, { date: '2024-05-01T10:00:00Z' }),
        item(1, { title: 'Копія', date: '2024-06-01T10:00:00Z' }),
      ]));
      const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/dupes.json"></hromada-news-list>`);
      await settled(el);
      expect(titles(el)).to.deep.equal(['Новина 2', 'Новина 1', 'Без дати']);
    });

    it('links the title, dates it with <time datetime>, and shows the summary, tags and a lazy image with its size', async () => {
      net.routes.set('/feeds/one.json', () => feed([item(1, {
        date: '2024-05-01T10:00:00+03:00', tags: ['реінтеграція', 'підтримка'], image: 'https://example.gov.ua/photo.jpg',
      })]));
      const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/one.json"></hromada-news-list>`);
      await settled(el);
      const link = $(el, '[part=title] a') as HTMLAnchorElement;
      expect(link.href).to.equal('https://example.gov.ua/news/1');
      const time = $(el, 'time')!;
      expect(time.getAttribute('datetime')).to.equal('2024-05-01T07:00:00.000Z');
      expect(time.textContent).to.match(/^1 травня 2024/);
      expect($(el, '[part=summary]')!.textContent).to.equal('Короткий зміст новини 1.');
      expect($$(el, '[part=tag]').map((tag) => tag.textContent)).to.deep.equal(['реінтеграція', 'підтримка']);
      const image = $(el, 'img') as HTMLImageElement;
      expect(image.getAttribute('loading')).to.equal('lazy');
      expect(image.getAttribute('width')).to.equal('640');
      expect(image.getAttribute('height')).to.equal('360');
      expect(image.alt).to.equal('');
    });

    it('says "2 години тому" for recent news', async () => {
      const twoHoursAgo = new Date(Date.now() - 2 * 3600_000 - 60_000).toISOString();
      net.routes.set('/feeds/recent.json', () => feed([item(1, { date: twoHoursAgo })]));
      const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/recent.json"></hromada-news-list>`);
      await settled(el);
      expect($(el, 'time')!.textContent).to.equal('2 години тому');
    });

    it('clamps the summary and keeps the full text one step away, rendered only when opened', async () => {
      net.routes.set('/feeds/full.json', () => feed([item(1, { content_html: '<p>Повний <strong>текст</strong> новини.</p>' })]));
      const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/full.json"></hromada-news-list>`);
      await settled(el);
      // Three lines on a phone, two where the list is 40em wide or more (rows less tall, SPEC §6).
      expect(getComputedStyle($(el, '[part=summary]')!).webkitLineClamp).to.equal(el.offsetWidth < 640 ? '3' : '2');
      const details = $(el, 'details') as HTMLDetailsElement;
      expect(details.querySelector('summary')!.textContent).to.equal('Читати повністю');
      // Named with the article's title: a screen reader's list of controls tells them apart.
      expect(details.querySelector('summary')!.getAttribute('aria-label')).to.equal('Читати повністю: Новина 1');
      expect(details.querySelector('strong')).to.equal(null);
      details.querySelector('summary')!.click();
      await until(() => !!details.querySelector('strong'), 'the full text');
      expect(details.textContent).to.contain('Повний текст новини.');
    });

    it('offers the full text only when it has readable text, and rebuilds no article before it is opened', async () => {
      net.routes.set('/feeds/bodies.json', () =>
        feed([
          item(1, { content_html: '<p>Повний текст.</p>' }),
          item(2, { content_html: '<p> </p><img src=x onerror=alert(1)>' }),
          item(3, { content_html: '<script>alert(1)</script>' }),
        ]),
      );
      const parse = DOMParser.prototype.parseFromString;
      let parsed = 0;
      DOMParser.prototype.parseFromString = function (this: DOMParser, ...args: Parameters<DOMParser['parseFromString']>) {
        parsed++;
        return parse.apply(this, args);
      };
      try {
        const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/bodies.json"></hromada-news-list>`);
        await settled(el);
        expect($$(el, '[part=item]').map((card) => !!card.querySelector('details'))).to.deep.equal([true, false, false]);
        expect(parsed, 'inert parses during the first render (the <script> item is the one the quick check cannot tell)').to.equal(1);
      } finally {
        DOMParser.prototype.parseFromString = parse;
      }
    });
  });

  describe('paging', () => {
    const many = (count: number, from = 1) => Array.from({ length: count }, (_, i) => item(from + i, { date: new Date(Date.UTC(2024, 0, 1) - (from + i) * 60_000).toISOString() }));

    it('reveals the next page from what is loaded, moves focus to its first item and announces the count', async () => {
      net.routes.set('/feeds/seven.json', () => feed(many(7)));
      const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/seven.json" limit="3"></hromada-news-list>`);
      await settled(el);
      expect(titles(el)).to.have.length(3);
      expect($(el, '.rows + [role="status"]')!.textContent!.trim()).to.equal('Показано 3 новини');
      $(el, '[part="more"]')!.click();
      await until(() => titles(el).length === 6, 'six items');
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal($$(el, '[part=item]')[3]);
      expect($(el, '.rows + [role="status"]')!.textContent!.trim()).to.equal('Показано 6 новин');
      $(el, '[part="more"]')!.click();
      await until(() => titles(el).length === 7, 'seven items');
      expect($(el, '.rows + [role="status"]')!.textContent!.trim()).to.equal('Показано 7 новин');
      expect($(el, '[part="more"]')).to.equal(null);
      expect(net.requests).to.deep.equal(['/feeds/seven.json']);
    });

    it('uses Ukrainian plurals: 1 новину, 2 новини, 5 новин, 21 новину', async () => {
      for (const [count, text] of [[1, 'Показано 1 новину'], [2, 'Показано 2 новини'], [5, 'Показано 5 новин'], [21, 'Показано 21 новину']] as const) {
        net.routes.set(`/feeds/n${count}.json`, () => feed(many(count)));
        const el = await fixture<HromadaNewsList>(html`<hromada-news-list src=${`/feeds/n${count}.json`} limit="50"></hromada-news-list>`);
        await settled(el);
        expect($(el, '.rows + [role="status"]')!.textContent!.trim()).to.equal(text);
      }
    });

    it('writes the count as the language writes numbers: 1 001 новину, 1,001 news items', async () => {
      net.routes.set('/feeds/n1001.json', () => feed(many(1001)));
      for (const [locale, text] of [['uk', 'Показано 1\u00a0001 новину'], ['en', 'Showing 1,001 news items']] as const) {
        setLocale(locale);
        await localeSettled();
        const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/n1001.json" limit="1001"></hromada-news-list>`);
        await settled(el);
        expect($(el, '.rows + [role="status"]')!.textContent!.trim()).to.equal(text);
      }
    });

    it('fetches next_url when the loaded items run out, and fires hromada-news-load for each page', async () => {
      net.routes.set('/feeds/page-1.json', () => feed(many(2), { next_url: '/feeds/page-2.json' }));
      net.routes.set('/feeds/page-2.json', () => feed(many(2, 3).concat([item(1)]), { next_url: '/feeds/page-3.json' }));
      net.routes.set('/feeds/page-3.json', () => feed(many(2, 5)));
      const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/page-1.json" limit="2"></hromada-news-list>`);
      const first = await oneEvent(el, 'hromada-news-load');
      expect(first.detail).to.deep.equal({ count: 2, fromCache: false, stale: false });
      $(el, '[part="more"]')!.click();
      const second = await oneEvent(el, 'hromada-news-load');
      // The repeated item 1 is counted once.
      expect(second.detail.count).to.equal(4);
      await until(() => titles(el).length === 4, 'four items');
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal($$(el, '[part=item]')[2]);
      $(el, '[part="more"]')!.click();
      await until(() => titles(el).length === 6, 'six items');
      expect(net.requests).to.deep.equal(['/feeds/page-1.json', '/feeds/page-2.json', '/feeds/page-3.json']);
      expect($(el, '[part="more"]')).to.equal(null);
    });

    it('says "Завантаження…" while a further page is on its way (a slow line), and a second press asks for nothing more', async () => {
      let answer!: () => void;
      net.routes.set('/feeds/page-1.json', () => feed(many(2), { next_url: '/feeds/page-2.json' }));
      net.routes.set('/feeds/page-2.json', () => new Promise<Response>((resolve) => (answer = () => resolve(feed(many(2, 3))))));
      const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/page-1.json" limit="2"></hromada-news-list>`);
      await settled(el);
      const button = $(el, '[part="more"]')!;
      const status = $(el, '.rows + [role="status"]')!;
      expect(status.textContent!.trim()).to.equal('Показано 2 новини');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => !!answer, 'the request for page 2');
      await el.updateComplete;
      expect(button.textContent!.trim()).to.equal('Завантаження…');
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(status.textContent!.trim()).to.equal('Завантаження…');
      expect(el.shadowRoot!.activeElement, 'focus stays on the button').to.equal(button);
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Enter' });
      answer();
      await until(() => titles(el).length === 4, 'four items');
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal($$(el, '[part=item]')[2]);
      expect(titles(el)).to.have.length(4);
      expect(net.requests).to.deep.equal(['/feeds/page-1.json', '/feeds/page-2.json']);
      expect(status.textContent!.trim()).to.equal('Показано 4 новини');
      expect($(el, '[part="more"]')).to.equal(null);
    });

    it('offers "Показати ще" for a new feed while a page of the old one is still on its way', async () => {
      net.routes.set('/feeds/page-1.json', () => feed(many(2), { next_url: '/feeds/page-2.json' }));
      net.routes.set('/feeds/page-2.json', () => new Promise<Response>(() => {}));
      net.routes.set('/feeds/c.json', () => feed(many(2, 7), { next_url: '/feeds/c-2.json' }));
      const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/page-1.json" limit="2"></hromada-news-list>`);
      await settled(el);
      $(el, '[part="more"]')!.click();
      await el.updateComplete;
      expect($(el, '[part="more"]')!.textContent!.trim()).to.equal('Завантаження…');
      el.src = '/feeds/c.json';
      await until(() => net.requests.includes('/feeds/c.json') && controller(el).status === 'loaded', 'the new feed');
      await el.updateComplete;
      expect($(el, '[part="more"]')!.textContent!.trim()).to.equal('Показати ще');
      expect($(el, '[part="more"]')!.hasAttribute('aria-disabled')).to.equal(false);
    });

    it('keeps focus in the list when the further pages hold none of the region\'s news', async () => {
      net.routes.set('/feeds/page-1.json', () => feed([item(1, { region: ZNOB }), item(2, { region: ZNOB })], { next_url: '/feeds/page-2.json' }));
      net.routes.set('/feeds/page-2.json', () => feed([item(3, { region: SHOSTKA })]));
      const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/page-1.json" region=${ZNOB} limit="2"></hromada-news-list>`);
      await settled(el);
      $(el, '[part="more"]')!.focus();
      $(el, '[part="more"]')!.click();
      await until(() => $(el, '[part="more"]') === null, 'the button to go');
      await until(() => el.shadowRoot!.activeElement !== null, 'focus');
      expect(el.shadowRoot!.activeElement).to.equal($$(el, '[part=item]')[1]);
      expect(titles(el)).to.deep.equal(['Новина 1', 'Новина 2']);
    });

    it('offers the next page when the first holds none of the region\'s news, and shows what it brings', async () => {
      net.routes.set('/feeds/page-1.json', () => feed([item(1, { region: SHOSTKA }), item(2, { region: SHOSTKA })], { next_url: '/feeds/page-2.json' }));
      net.routes.set('/feeds/page-2.json', () => feed([item(3, { region: ZNOB }), item(4, { region: SHOSTKA })]));
      const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/page-1.json" region=${ZNOB} limit="2"></hromada-news-list>`);
      await settled(el);
      expect($(el, '[part="empty"]')).to.not.equal(null);
      await expect(el).to.be.accessible();
      $(el, '[part="more"]')!.click();
      await until(() => titles(el).length === 1, 'the item of page 2');
      expect(titles(el)).to.deep.equal(['Новина 3']);
      expect($(el, '[part="empty"]')).to.equal(null);
      expect($(el, '[part="more"]')).to.equal(null);
    });

    it('stops offering more when a page names itself as the next', async () => {
      net.routes.set('/feeds/self.json', () => feed(many(3), { next_url: '/feeds/self.json' }));
      const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/self.json" limit="2"></hromada-news-list>`);
      await settled(el);
      $(el, '[part="more"]')!.click();
      await until(() => titles(el).length === 3, 'the third item');
      await el.updateComplete;
      expect($(el, '[part="more"]') === null, 'no "show more"').to.equal(true);
    });

    it('keeps the pages the reader opened on the kept copy when the network confirms it, or fails', async () => {
      net.routes.set('/feeds/fifteen.json', () => feed(many(15)));
      let el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/fifteen.json"></hromada-news-list>`);
      await settled(el);
      forgetLoadedFeeds();
      for (const answer of [() => feed(many(15)), () => new Response('', { status: 404 })]) {
        let respond!: () => void;
        net.routes.set('/feeds/fifteen.json', () => new Promise<Response>((resolve) => (respond = () => resolve(answer()))));
        el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/fifteen.json"></hromada-news-list>`);
        await el.updateComplete;
        expect(controller(el).fromCache, 'the kept copy is shown').to.equal(true);
        $(el, '[part="more"]')!.click();
        await until(() => titles(el).length === 15, 'the second page');
        await until(() => !!respond, 'the revalidation');
        const load = oneEvent(el, 'hromada-news-load');
        respond();
        await load;
        await el.updateComplete;
        expect(titles(el), String(answer)).to.have.length(15);
        forgetLoadedFeeds();
      }
      expect(controller(el).stale).to.equal(true);
    });

    it('reads a limit set as a string property (React 19 and Vue pass limit="3" so) as the number', async () => {
      net.routes.set('/feeds/page-1.json', () => feed(many(7), { next_url: '/feeds/page-2.json' }));
      net.routes.set('/feeds/page-2.json', () => feed(many(1, 8)));
      const el = document.createElement('hromada-news-list');
      (el as unknown as { limit: string }).limit = '3';
      el.src = '/feeds/page-1.json';
      await fixture(html`<div>${el}</div>`);
      await settled(el);
      expect(titles(el)).to.have.length(3);
      $(el, '[part="more"]')!.click();
      await until(() => titles(el).length === 6, 'six items');
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(net.requests, 'the second page comes from what is loaded').to.deep.equal(['/feeds/page-1.json']);
    });

    it('keeps what it has when a further page fails, with a retry', async () => {
      net.routes.set('/feeds/page-1.json', () => feed(many(2), { next_url: '/feeds/broken.json' }));
      const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/page-1.json" limit="2"></hromada-news-list>`);
      await settled(el);
      $(el, '[part="more"]')!.click();
      const error = await oneEvent(el, 'hromada-news-error');
      expect(error.detail.kind).to.equal('http');
      await el.updateComplete;
      expect(titles(el)).to.have.length(2);
      net.routes.set('/feeds/broken.json', () => feed(many(1, 3)));
      $(el, '[part="retry"]')!.click();
      await until(() => titles(el).length === 3, 'the third item');
      expect($(el, '[part="error"]')).to.equal(null);
    });

    it('drops a further page of the old feed that arrives while a new src loads: no event, no focus move', async () => {
      let answer!: () => void;
      net.routes.set('/feeds/page-1.json', () => feed(many(2), { next_url: '/feeds/page-2.json' }));
      net.routes.set('/feeds/page-2.json', () => new Promise<Response>((resolve) => (answer = () => resolve(feed(many(1, 3))))));
      let loadB!: () => void;
      net.routes.set('/feeds/b.json', () => new Promise<Response>((resolve) => (loadB = () => resolve(feed([item(9, { title: 'B' })])))));
      const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/page-1.json" limit="2"></hromada-news-list>`);
      await settled(el);
      const loads: unknown[] = [];
      el.addEventListener('hromada-news-load', (event) => loads.push(event.detail));
      $(el, '[part="more"]')!.click();
      await until(() => !!answer, 'the request for page 2');
      el.src = '/feeds/b.json';
      await until(() => !!loadB, 'the request for b.json');
      answer();
      await new Promise((resolve) => setTimeout(resolve, 20));
      await el.updateComplete;
      expect(loads, 'no load event for the old feed').to.deep.equal([]);
      loadB();
      await until(() => titles(el).length === 1, 'the new feed');
      expect(titles(el)).to.deep.equal(['B']);
      expect(loads).to.deep.equal([{ count: 1, fromCache: false, stale: false }]);
    });

    it('falls back to 10 items a page for a limit that is not a positive whole number', async () => {
      net.routes.set('/feeds/twelve.json', () => feed(many(12)));
      for (const limit of ['0', '-3', 'ten', '2.5']) {
        const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/twelve.json" limit=${limit}></hromada-news-list>`);
        await settled(el);
        expect(titles(el), `limit="${limit}"`).to.have.length(10);
      }
    });

    it('renders only the first page of a 10,000-item feed', async () => {
      net.routes.set('/feeds/huge.json', () => feed(many(10_000)));
      const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/huge.json"></hromada-news-list>`);
      await settled(el);
      expect($$(el, '[part=item]')).to.have.length(10);
      expect(el.shadowRoot!.querySelectorAll('*').length).to.be.below(200);
    });
  });

  describe('layout', () => {
    /** Items of typical length: a title of a line or so, a two-line summary, the full text, an image, tags. */
    const typical = (n: number) => item(n, {
      title: `Новина ${n}: громада відкрила ще один центр підтримки для родин`,
      summary: 'Консультації психолога, юриста й соціального працівника щодня, без запису; для родин зниклих безвісти та тих, хто повернувся з полону.',
      content_html: '<p>Повний текст.</p>',
      image: 'https://example.gov.ua/photo.jpg',
      tags: ['підтримка', 'родини'],
    });

    it('holds the room of what replaces it while loading: limit placeholders with an image box, real lines, and the room of "Показати ще"', async () => {
      let answer!: (response: Response) => void;
      net.routes.set('/feeds/typical.json', () => new Promise<Response>((resolve) => (answer = resolve)));
      const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/typical.json" limit="3" style="width: 700px"></hromada-news-list>`);
      await el.updateComplete;
      const placeholders = $$(el, '[part="skeleton"]');
      expect(placeholders).to.have.length(3);
      for (const placeholder of placeholders) {
        expect(placeholder.querySelector('i')!.getBoundingClientRect().height).to.be.above(0);
        expect(placeholder.querySelector('[part="title"]')!.getBoundingClientRect().height).to.be.above(0);
        expect(placeholder.querySelector('[part="meta"]')!.getBoundingClientRect().height).to.be.above(0);
        expect(placeholder.querySelector('[part="summary"]')!.getBoundingClientRect().height).to.be.above(0);
      }
      const room = $(el, 'button[disabled]')!;
      expect(room.textContent).to.equal('Показати ще');
      expect(getComputedStyle(room).visibility).to.equal('hidden');
      expect($(el, '[part="more"]')).to.equal(null);
      const loading = el.getBoundingClientRect().height;
      answer(feed(Array.from({ length: 5 }, (_, i) => typical(i + 1))));
      await settled(el);
      expect(titles(el)).to.have.length(3);
      expect($(el, '[part="more"]')).to.not.equal(null);
      expect(el.getBoundingClientRect().height).to.be.closeTo(loading, 1);
    });

    it('renders at most 50 placeholders whatever the limit', async () => {
      net.routes.set('/feeds/slow.json', () => new Promise<Response>(() => {}));
      const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/slow.json" limit="1000000000"></hromada-news-list>`);
      await el.updateComplete;
      expect($$(el, '[part="skeleton"]')).to.have.length(50);
    });

    // WCAG 1.4.10: at 320 px (or 400% zoom) the hromada's name wraps; an ellipsis would hide it.
    it('wraps the line with the date and the hromada, cutting nothing off, without widening the page', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="display: grid; width: 200px">
        <section><hromada-news-list src="/feeds/mixed.json" region=${SUMY_OBLAST}></hromada-news-list></section>
      </div>`);
      const el = wrapper.querySelector('hromada-news-list')!;
      await settled(el);
      await until(() => $(el, '[part="source"]')!.textContent!.trim() !== '', 'hromada names');
      const meta = $(el, '[part="meta"]')!;
      expect(meta.scrollWidth).to.be.at.most(meta.clientWidth);
      for (const source of $$(el, '[part="source"]')) {
        expect(source.getBoundingClientRect().right).to.be.at.most(meta.getBoundingClientRect().right + 0.5);
      }
      expect(wrapper.scrollWidth).to.be.at.most(200);
      expect(el.getBoundingClientRect().width).to.be.at.most(200);
    });

    // Rows off screen are skipped (content-visibility), which clips each row's content at its edges.
    it('does not cut the focus ring of a full-text toggle at the left edge of its row', async () => {
      net.routes.set('/feeds/full.json', () => feed([item(1, { content_html: '<p>Повний текст.</p>' })]));
      const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/full.json" style="width: 700px"></hromada-news-list>`);
      await settled(el);
      $(el, '[part=link]')!.focus();
      await sendKeys({ press: 'Tab' });
      const toggle = $(el, '[part=full-text] summary')!;
      expect(el.shadowRoot!.activeElement === toggle, 'the toggle focused').to.equal(true);
      const ring = getComputedStyle(toggle);
      const spread = Math.max(...(ring.boxShadow.match(/-?[\d.]+px/g) ?? ['0']).map(parseFloat));
      const reach = Math.max(parseFloat(ring.outlineWidth) + parseFloat(ring.outlineOffset), spread);
      expect(reach).to.be.above(0);
      const row = getComputedStyle(toggle.closest('[part=item]')!);
      const clips = row.contentVisibility === 'auto' || /paint|content|strict/.test(row.contain);
      expect(clips ? parseFloat(row.overflowClipMargin) : Infinity).to.be.at.least(reach);
    });
  });

  describe('when there is no news for the region', () => {
    it('says so by name and offers all the news of the oblast', async () => {
      const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/mixed.json" region="UA59100110000012703"></hromada-news-list>`);
      await settled(el);
      await named(el, 'Новини Свеської громади');
      expect($(el, '[part="empty"]')!.textContent).to.equal('Немає новин для Свеської громади.');
      const widen = $(el, '[part="widen"]')!;
      expect(widen.textContent!.trim()).to.equal('Показати всі новини Сумської області');
      widen.click();
      await until(() => heading(el) === 'Новини Сумської області', 'the oblast');
      await el.updateComplete;
      expect(titles(el)).to.have.length(4);
      expect(el.shadowRoot!.activeElement).to.equal($$(el, '[part=item]')[0]);
      await expect(el).to.be.accessible();
    });
  });

  describe('when the feed is unavailable', () => {
    it('shows a localized error with a retry, fires hromada-news-error, and loads on retry', async () => {
      const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/late.json"></hromada-news-list>`);
      const event = await oneEvent(el, 'hromada-news-error');
      expect(event.detail).to.include({ kind: 'http', status: 404 });
      expect(event.detail.url).to.match(/\/feeds\/late\.json$/);
      await el.updateComplete;
      expect($(el, '[part="error"]')!.textContent).to.contain('Дані не знайдено');
      net.routes.set('/feeds/late.json', () => feed([item(1)]));
      $(el, '[part="retry"]')!.click();
      await oneEvent(el, 'hromada-news-load');
      expect(titles(el)).to.deep.equal(['Новина 1']);
    });

    it('does not leave focus on the page after a retry: the new retry button, then the first item\'s link', async () => {
      const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/later.json"></hromada-news-list>`);
      await oneEvent(el, 'hromada-news-error');
      await el.updateComplete;
      $(el, '[part="retry"]')!.focus();
      const failed = oneEvent(el, 'hromada-news-error');
      await sendKeys({ press: 'Enter' });
      await failed;
      await el.updateComplete;
      // Compared as booleans: a failing comparison of two elements would serialize whole DOM trees.
      expect(el.shadowRoot!.activeElement === $(el, '[part="retry"]'), 'focus on the new retry button').to.equal(true);
      net.routes.set('/feeds/later.json', () => feed([item(1)]));
      const loaded = oneEvent(el, 'hromada-news-load');
      await sendKeys({ press: 'Enter' });
      await loaded;
      expect(el.shadowRoot!.activeElement === $(el, '[part="link"]'), 'focus on the first link').to.equal(true);
    });

    it('shows the format error for a response that is no feed', async () => {
      net.routes.set('/feeds/html.json', () => new Response('<!doctype html><p>Сторінку не знайдено</p>'));
      const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/html.json"></hromada-news-list>`);
      const event = await oneEvent(el, 'hromada-news-error');
      expect(event.detail.kind).to.equal('format');
      await el.updateComplete;
      expect($(el, '[part="error"]')!.textContent).to.contain('неправильний формат');
    });
  });

  describe('localisation', () => {
    it('speaks English: heading, dates, buttons, count', async () => {
      setLocale('en');
      await localeSettled();
      net.routes.set('/feeds/en.json', () => feed([
        item(1, { region: ZNOB, date: '2024-05-01T10:00:00+03:00', content_html: '<p>Text</p>' }),
        item(2, { region: ZNOB }),
      ]));
      const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/en.json" region=${ZNOB} limit="1"></hromada-news-list>`);
      await settled(el);
      await named(el, 'News of Znob-Novhorodska hromada');
      expect($(el, 'time')!.textContent).to.equal('1 May 2024');
      expect($(el, 'summary')!.textContent).to.equal('Read in full');
      expect($(el, '[part="more"]')!.textContent!.trim()).to.equal('Show more');
      expect($(el, '.rows + [role="status"]')!.textContent!.trim()).to.equal('Showing 1 news item');
      el.region = SUMY_OBLAST;
      await el.updateComplete;
      expect(heading(el)).to.equal('News of Sumy Oblast');
    });

    it('says in English that a hromada has no news, and offers its oblast', async () => {
      setLocale('en');
      await localeSettled();
      const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/mixed.json" region="UA59100110000012703"></hromada-news-list>`);
      await settled(el);
      await named(el, 'News of Sveska hromada');
      expect($(el, '[part="empty"]')!.textContent).to.equal('No news for Sveska hromada.');
      expect($(el, '[part="widen"]')!.textContent!.trim()).to.equal('Show all news of Sumy Oblast');
    });

    it('marks the feed\'s text with the feed\'s language, and its own words with the page\'s (WCAG 3.1.2)', async () => {
      setLocale('en');
      await localeSettled();
      net.routes.set('/feeds/uk.json', () => feed([{ ...MIXED[0], content_html: '<p>Текст</p>' }], { language: 'uk' }));
      const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/uk.json"></hromada-news-list>`);
      await settled(el);
      expect($(el, '[part=item]')!.lang).to.equal('uk');
      expect($(el, '[part=meta]')!.lang).to.equal('en');
      expect($(el, 'details > summary')!.lang).to.equal('en');
      // A feed that does not say leaves every part in the page's language.
      const plain = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/mixed.json"></hromada-news-list>`);
      await settled(plain);
      expect($(plain, '[part=item]')!.hasAttribute('lang')).to.equal(false);
      expect($(plain, '[part=meta]')!.hasAttribute('lang')).to.equal(false);
    });

    it('follows a language change live', async () => {
      const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/mixed.json"></hromada-news-list>`);
      await settled(el);
      expect(heading(el)).to.equal('Новини України');
      setLocale('en');
      await localeSettled();
      await el.updateComplete;
      expect(heading(el)).to.equal('News of Ukraine');
    });
  });

  describe('XSS prevention', () => {
    const vectors = [
      '<img src=x onerror="window.__newsXss=1">',
      '<script>window.__newsXss=1</script>',
      '"><svg onload="window.__newsXss=1">',
      '<iframe src="javascript:window.__newsXss=1"></iframe>',
    ];

    it('keeps vectors in every field inert', async () => {
      const win = window as unknown as { __newsXss?: number };
      delete win.__newsXss;
      net.routes.set('/feeds/xss.json', () => feed(vectors.map((vector, n) => ({
        id: vector,
        title: `Заголовок ${n} ${vector}`,
        summary: `Зміст ${vector}`,
        content_html: `<p>${vector}<a href="javascript:window.__newsXss=1">x</a></p>`,
        url: 'javascript:window.__newsXss=1',
        image: 'javascript:window.__newsXss=1',
        tags: [vector],
        date_published: `2024-05-0${n + 1}T10:00:00Z`,
        _hromada: { region: vector },
      }))));
      const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/xss.json" feed-region=${vectors[2]}></hromada-news-list>`);
      await settled(el);
      for (const summary of $$(el, 'details > summary')) summary.click();
      await until(() => $$(el, 'details[open] p').length === vectors.length, 'the opened texts');
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(win.__newsXss).to.equal(undefined);
      expect(el.shadowRoot!.querySelectorAll('script, iframe, svg, [onerror], [onload], img')).to.have.length(0);
      for (const anchor of $$(el, 'a')) expect(anchor.getAttribute('href')).to.not.match(/^javascript:/i);
      expect($$(el, '[part=title]').length).to.equal(vectors.length);
      expect($$(el, '[part=title]')[0].textContent!.trim()).to.match(/^Заголовок 3/);
      // Tags are never parsed: the vector is shown as the text it is.
      expect($$(el, '[part=tag]').map((tag) => tag.textContent)).to.have.members(vectors);
      await expect(el).to.be.accessible();
    });

    it('treats region and src attributes as data', async () => {
      const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/{region}.json" region=${'../../<img src=x onerror=alert(1)>'}></hromada-news-list>`);
      await el.updateComplete;
      expect(net.requests).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    });
  });

  describe('keyboard', () => {
    it('tabs through the item links to "Показати ще"; Enter moves focus to the first new item and on to its link', async () => {
      net.routes.set('/feeds/four.json', () => feed([item(1), item(2), item(3), item(4)]));
      const el = await fixture<HromadaNewsList>(html`<hromada-news-list src="/feeds/four.json" limit="2"></hromada-news-list>`);
      await settled(el);
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.textContent).to.equal('Новина 1');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.textContent).to.equal('Новина 2');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="more"]'));
      await sendKeys({ press: 'Enter' });
      await until(() => titles(el).length === 4, 'four items');
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal($$(el, '[part=item]')[2]);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.textContent).to.equal('Новина 3');
      before.remove();
    });
  });
});
