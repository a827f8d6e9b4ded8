import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/embed/define.js';
import type { HromadaEmbed } from '../../src/components/embed/embed.js';
import { stubFetch, type FetchStub } from '../helpers/fetch-stub.js';
import { writeEntry } from '../../src/data/feed-cache.js';
import { absoluteUrl } from '../../src/data/load-feed.js';

const ZNOB = 'UA59100090000041284';
const SHOSTKA = 'UA59100170000093676';

function hromadaFeed(extension: Record<string, unknown>, items: unknown[] = []) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Зноб-Новгородська селищна громада',
    items,
    _hromada: { version: 1, region: ZNOB, hotlines: [], guides: [], videos: [], ...extension },
  };
}

const FULL = hromadaFeed(
  {
    hotlines: [{ id: 'main', label: 'Гаряча лінія', phone: '+380683777777' }],
    guides: [{ id: 'reintegration', title: 'Посібник із реінтеграції', sections: [{ id: 'a', title: 'Перші дні', content_html: '<p>…</p>' }] }],
    videos: [{ id: 'reintegration', provider: 'youtube', video_id: 'aqz-KE-bpKQ', title: 'Відео' }],
  },
  [
    { id: '1', title: 'Новина громади' },
    { id: '2', title: 'Новина Шостки', _hromada: { region: SHOSTKA } },
  ],
);

async function loaded(el: HromadaEmbed) {
  await waitUntil(() => el.shadowRoot!.querySelector('[part="layout"], [part="error"]'), 'embed did not load', { timeout: 3000 });
}

describe('<hromada-embed>', () => {
  let fetchStub: FetchStub;
  afterEach(() => fetchStub.restore());

  it('lays out every part a full feed has, each pointed at the same feed', async () => {
    fetchStub = stubFetch({ '/full.json': FULL });
    const el = await fixture<HromadaEmbed>(html`<hromada-embed src="/feeds/full.json"></hromada-embed>`);
    await loaded(el);
    const root = el.shadowRoot!;
    // One hotline element shows every hotline of the feed.
    const hotline = root.querySelector('hromada-hotline')!;
    expect(root.querySelectorAll('hromada-hotline')).to.have.length(1);
    expect(hotline.hasAttribute('hotline')).to.equal(false);
    expect(hotline.getAttribute('src')).to.equal('/feeds/full.json');
    expect(root.querySelector('hromada-news-list')!.getAttribute('src')).to.equal('/feeds/full.json');
    expect(root.querySelector('hromada-region-filter')!.getAttribute('only')).to.equal(`${ZNOB} ${SHOSTKA}`);
    expect(root.querySelector('hromada-guide')!.getAttribute('guide')).to.equal('reintegration');
    expect(root.querySelector('hromada-video')!.getAttribute('video')).to.equal('reintegration');
    expect([...root.querySelectorAll('h2')].map((h) => h.textContent!.trim())).to.deep.equal(['Посібник із реінтеграції', 'Відео']);
  });

  it('makes one request for the feed, however many elements inside read it', async () => {
    fetchStub = stubFetch({ '/one-request.json': FULL });
    const el = await fixture<HromadaEmbed>(html`<hromada-embed src="/feeds/one-request.json"></hromada-embed>`);
    await loaded(el);
    const guide = el.shadowRoot!.querySelector('hromada-guide')!;
    await waitUntil(() => guide.shadowRoot?.querySelector('button[aria-expanded]'), 'the guide inside did not render', { timeout: 3000 });
    expect(fetchStub.requests.filter((url) => url.endsWith('/one-request.json'))).to.have.length(1);
  });

  it('says so, in the element and the console, when it has no src', async () => {
    fetchStub = stubFetch({});
    const errors: string[] = [];
    const originalError = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      const el = await fixture<HromadaEmbed>(html`<hromada-embed></hromada-embed>`);
      expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.equal('Не вказано адресу даних.');
      expect(errors.some((line) => line.includes('no src'))).to.equal(true);
      await expect(el).to.be.accessible();
    } finally {
      console.error = originalError;
    }
  });

  it('shows only the parts the feed has', async () => {
    fetchStub = stubFetch({ '/news-only.json': hromadaFeed({}, [{ id: '1', title: 'Одна новина' }]) });
    const el = await fixture<HromadaEmbed>(html`<hromada-embed src="/feeds/news-only.json"></hromada-embed>`);
    await loaded(el);
    const root = el.shadowRoot!;
    expect(root.querySelector('hromada-news-list')).to.not.equal(null);
    // One region only: a filter would offer a single choice, so there is none.
    expect(root.querySelector('hromada-region-filter')).to.equal(null);
    expect(root.querySelector('hromada-hotline, hromada-guide, hromada-video')).to.equal(null);
  });

  it('shifts its headings with heading-level', async () => {
    fetchStub = stubFetch({ '/full.json': FULL });
    const el = await fixture<HromadaEmbed>(html`<hromada-embed src="/feeds/full.json" heading-level="3"></hromada-embed>`);
    await loaded(el);
    expect(el.shadowRoot!.querySelectorAll('h3')).to.have.length(2);
    expect(el.shadowRoot!.querySelector('hromada-guide')!.getAttribute('heading-level')).to.equal('4');
    // The video titles sit under the "Відео" heading.
    expect(el.shadowRoot!.querySelector('hromada-video')!.getAttribute('heading-level')).to.equal('4');
    expect(el.shadowRoot!.querySelector('hromada-hotline')!.getAttribute('heading-level')).to.equal('3');
  });

  it("names the feed's one region in the news heading: a hromada's feed is not all of Ukraine's news", async () => {
    const realFetch = window.fetch;
    fetchStub = stubFetch({
      '/one.json': hromadaFeed({}, [{ id: '1', title: 'Новина громади' }, { id: '2', title: 'Ще одна', _hromada: { region: ZNOB } }]),
      '/ua-hromadas.json': () => realFetch('/data/ua-hromadas.json'),
    });
    const el = await fixture<HromadaEmbed>(html`<hromada-embed src="/feeds/one.json"></hromada-embed>`);
    await loaded(el);
    expect(el.shadowRoot!.querySelector('hromada-region-filter')).to.equal(null);
    const list = el.shadowRoot!.querySelector('hromada-news-list')!;
    expect(list.getAttribute('region')).to.equal(ZNOB);
    await waitUntil(() => list.shadowRoot!.querySelector('[part=heading]')?.textContent?.includes('Зноб'), 'heading did not name the hromada', { timeout: 5000 });
    expect(list.shadowRoot!.querySelector('[part=heading]')!.textContent!.trim()).to.equal('Новини Зноб-Новгородської громади');
    expect(list.shadowRoot!.querySelectorAll('[part=item]')).to.have.length(2);
  });

  it('passes the chosen region to the news list', async () => {
    fetchStub = stubFetch({ '/full.json': FULL });
    const el = await fixture<HromadaEmbed>(html`<hromada-embed src="/feeds/full.json"></hromada-embed>`);
    await loaded(el);
    const filter = el.shadowRoot!.querySelector('hromada-region-filter')!;
    filter.dispatchEvent(new CustomEvent('hromada-region-change', { detail: { code: SHOSTKA, level: 'hromada', name: 'Шосткинська' }, bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('hromada-news-list')!.getAttribute('region')).to.equal(SHOSTKA);
  });

  it('shows a localized error with a retry button when the feed cannot load', async () => {
    const originalError = console.error;
    console.error = () => {};
    try {
      fetchStub = stubFetch({});
      const el = await fixture<HromadaEmbed>(html`<hromada-embed src="/feeds/missing.json"></hromada-embed>`);
      await loaded(el);
      expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('Дані не знайдено');
      await expect(el).to.be.accessible();
    } finally {
      console.error = originalError;
    }
  });
  it('is accessible with every part laid out', async () => {
    fetchStub = stubFetch({ '/a11y.json': FULL });
    const el = await fixture<HromadaEmbed>(html`<hromada-embed src="/feeds/a11y.json"></hromada-embed>`);
    await loaded(el);
    await waitUntil(() => el.shadowRoot!.querySelector('hromada-hotline')!.shadowRoot?.querySelector('[part="banner"]'), 'hotline', { timeout: 3000 });
    await expect(el).to.be.accessible();
  });

  it('shows a feed with only a hotline as the hotline alone, across the whole width', async () => {
    fetchStub = stubFetch({ '/hotline-only.json': hromadaFeed({ hotlines: [{ id: 'main', label: 'Гаряча лінія', phone: '+380683777777' }] }) });
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1280px"><hromada-embed src="/feeds/hotline-only.json"></hromada-embed></div>`);
    const el = wrapper.firstElementChild as HromadaEmbed;
    await loaded(el);
    const layout = el.shadowRoot!.querySelector<HTMLElement>('[part="layout"]')!;
    expect([...layout.children].map((child) => child.localName)).to.deep.equal(['hromada-hotline']);
    expect(getComputedStyle(layout).gridTemplateColumns.split(' ')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('is one column on a phone and a grid on a wide screen', async () => {
    // Ten items with summaries: the news column is much longer than the guides.
    const items = Array.from({ length: 10 }, (_, i) => ({ id: `n${i}`, title: `Новина ${i}`, summary: 'Текст новини. '.repeat(20) }));
    fetchStub = stubFetch({ '/grid.json': { ...FULL, items: [...FULL.items, ...items] } });
    const columns = async (width: number) => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"><hromada-embed src="/feeds/grid.json"></hromada-embed></div>`);
      const el = wrapper.firstElementChild as HromadaEmbed;
      await loaded(el);
      const layout = el.shadowRoot!.querySelector<HTMLElement>('[part="layout"]')!;
      const list = el.shadowRoot!.querySelector('hromada-news-list')!;
      await waitUntil(() => list.shadowRoot?.querySelectorAll('[part~="item"]').length == 10, 'news items', { timeout: 3000 });
      const rect = (selector: string) => el.shadowRoot!.querySelector(selector)!.getBoundingClientRect();
      return {
        columns: getComputedStyle(layout).gridTemplateColumns.split(' ').length,
        hotlineWidth: rect('hromada-hotline').width,
        layoutWidth: layout.getBoundingClientRect().width,
        // The news column is long: the videos still follow the guides closely, not at the news' pace.
        guidesToVideos: rect('#videos-heading').top - rect('hromada-guide').bottom,
      };
    };
    expect((await columns(360)).columns).to.equal(1);
    const wide = await columns(1280);
    expect(wide.columns).to.equal(2);
    // The hotline runs across the top, over both columns.
    expect(wide.hotlineWidth).to.be.closeTo(wide.layoutWidth, 1);
     expect(wide.guidesToVideos).to.be.below(48);
  });

  it('reserves space while the feed loads, so the page below does not jump', async () => {
    let answer!: () => void;
    const held = new Promise<void>((resolve) => (answer = resolve));
    fetchStub = stubFetch({ '/slow.json': async () => (await held, new Response(JSON.stringify(FULL))) });
    const el = await fixture<HromadaEmbed>(html`<hromada-embed src="/feeds/slow.json"></hromada-embed>`);
    const busy = el.shadowRoot!.querySelector('[aria-busy="true"]')!;
    expect(busy.getBoundingClientRect().height).to.be.at.least(innerHeight);
    await expect(el).to.be.accessible();
    answer();
    await loaded(el);
  });

  it('says once that the data may be outdated, not once per element inside', async () => {
    const url = '/feeds/stale.json';
    writeEntry({ url: absoluteUrl(url), body: JSON.stringify(FULL), fetchedAt: Date.now() - 86_400_000 });
    // The kept copy shows at once; the network then fails (404: not retried), so it stays, marked outdated.
    fetchStub = stubFetch({});
    const originalError = console.error;
    console.error = () => {};
    try {
      const el = await fixture<HromadaEmbed>(html`<hromada-embed src=${url}></hromada-embed>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[part="stale"]'), 'no stale notice', { timeout: 3000 });
      const inner = [...el.shadowRoot!.querySelectorAll('[part="layout"] > *, [part="layout"] [part]')].filter((child) => child.shadowRoot);
      await waitUntil(() => inner.every((child) => child.shadowRoot!.childElementCount), 'inner elements', { timeout: 3000 });
      const shownStale = [el.shadowRoot!, ...inner.map((child) => child.shadowRoot!)]
        .flatMap((root) => [...root.querySelectorAll('[part="stale"]')])
        .filter((notice) => getComputedStyle(notice).display != 'none');
      expect(shownStale).to.have.length(1);
      expect(el.shadowRoot!.querySelector('[part="layout"]')).to.not.equal(null);
      await expect(el).to.be.accessible();
    } finally {
      console.error = originalError;
      localStorage.removeItem(`hromada-widgets:v1:feed:${absoluteUrl(url)}`);
    }
  });

  it('shows a failing feed once, as its own error, and lays out nothing else', async () => {
    fetchStub = stubFetch({});
    const originalError = console.error;
    console.error = () => {};
    try {
      const el = await fixture<HromadaEmbed>(html`<hromada-embed src="/feeds/failing.json"></hromada-embed>`);
      await loaded(el);
      expect(el.shadowRoot!.querySelectorAll('[part="error"]')).to.have.length(1);
      expect(el.shadowRoot!.querySelector('[part="retry"]')).to.not.equal(null);
      expect(el.shadowRoot!.querySelector('hromada-hotline, hromada-news-list, hromada-guide, hromada-video')).to.equal(null);
    } finally {
      console.error = originalError;
    }
  });

  it('still shows the news list, with its empty state, for a feed with nothing in it', async () => {
    fetchStub = stubFetch({ '/empty.json': hromadaFeed({}) });
    const el = await fixture<HromadaEmbed>(html`<hromada-embed src="/feeds/empty.json"></hromada-embed>`);
    await loaded(el);
    expect(el.shadowRoot!.querySelector('hromada-news-list')).to.not.equal(null);
  });

  it('names every element inside as a part, and --hromada-* properties reach into them', async () => {
    fetchStub = stubFetch({ '/parts.json': FULL });
    const style = document.createElement('style');
    style.textContent = 'hromada-embed::part(hotlines) { --hromada-accent: rgb(1, 2, 3); }';
    document.head.append(style);
    try {
      const el = await fixture<HromadaEmbed>(html`<hromada-embed src="/feeds/parts.json"></hromada-embed>`);
      await loaded(el);
      const root = el.shadowRoot!;
      for (const [selector, name] of [
        ['hromada-hotline', 'hotlines'],
        ['hromada-region-filter', 'region-filter'],
        ['hromada-news-list', 'news-list'],
        ['hromada-guide', 'guide'],
        ['hromada-video', 'video'],
      ]) {
        expect(root.querySelector(selector)!.getAttribute('part'), selector).to.equal(name);
      }
      const hotline = root.querySelector('hromada-hotline')!;
      await waitUntil(() => hotline.shadowRoot?.querySelector('[part="banner"]'), 'hotline', { timeout: 3000 });
      expect(getComputedStyle(hotline.shadowRoot!.querySelector('[part="banner"]')!).borderInlineStartColor).to.equal('rgb(1, 2, 3)');
    } finally {
      style.remove();
    }
  });

  it('scrolls to the part the URL hash names, on load and when the hash changes', async () => {
    fetchStub = stubFetch({ '/hash.json': FULL });
    const scrolled: string[] = [];
    const { scrollIntoView } = Element.prototype;
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this.id);
    };
    const before = location.href;
    history.replaceState(null, '', '#videos');
    try {
      const el = await fixture<HromadaEmbed>(html`<hromada-embed src="/feeds/hash.json"></hromada-embed>`);
      await loaded(el);
      await waitUntil(() => scrolled.includes('videos'), 'did not scroll to #videos', { timeout: 3000 });
      expect(el.shadowRoot!.getElementById('news')).to.not.equal(null);
      expect(el.shadowRoot!.getElementById('guide-reintegration')).to.not.equal(null);
      expect(el.shadowRoot!.getElementById('video-reintegration')).to.not.equal(null);
      location.hash = '#guide-reintegration';
      await waitUntil(() => scrolled.includes('guide-reintegration'), 'did not follow the hash', { timeout: 3000 });
    } finally {
      Element.prototype.scrollIntoView = scrollIntoView;
      history.replaceState(null, '', before);
    }
  });

  it('says it has no address, without an exception, when src is removed after render', async () => {
    fetchStub = stubFetch({ '/removed.json': FULL });
    const originalError = console.error;
    console.error = () => {};
    try {
      const el = await fixture<HromadaEmbed>(html`<hromada-embed src="/feeds/removed.json"></hromada-embed>`);
      await loaded(el);
      el.removeAttribute('src');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.equal('Не вказано адресу даних.');
      expect(el.shadowRoot!.querySelector('hromada-hotline, hromada-news-list, hromada-guide, hromada-video')?.localName).to.equal(undefined);
    } finally {
      console.error = originalError;
    }
  });

  it('lays out a new src only once its feed is in: the old parts never read the new feed', async () => {
    const HOTLINE_ONLY = hromadaFeed({ hotlines: [{ id: 'other', label: 'Інша лінія', phone: '0441234567' }] });
    fetchStub = stubFetch({ '/before.json': FULL, '/after.json': HOTLINE_ONLY });
    const errors: string[] = [];
    const originalError = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      const el = await fixture<HromadaEmbed>(html`<hromada-embed src="/feeds/before.json"></hromada-embed>`);
      await loaded(el);
      el.src = '/feeds/after.json';
      await el.updateComplete;
      // The guide and the video of the first feed are not asked to find themselves in the second.
      expect(el.shadowRoot!.querySelector('hromada-guide, hromada-video')?.localName).to.equal(undefined);
      await waitUntil(() => el.shadowRoot!.querySelector('hromada-hotline'), 'the new feed was not laid out', { timeout: 3000 });
      await waitUntil(() => el.shadowRoot!.querySelector('hromada-hotline')!.shadowRoot?.querySelector('[part="phone"]'), 'no hotline', { timeout: 3000 });
      expect(el.shadowRoot!.querySelector('hromada-news-list, hromada-guide, hromada-video')?.localName).to.equal(undefined);
      expect(errors).to.deep.equal([]);
    } finally {
      console.error = originalError;
    }
  });
});
