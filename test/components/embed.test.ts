import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/embed/define.js';
import type { HromadaEmbed } from '../../src/components/embed/embed.js';
import { stubFetch, type FetchStub } from '../helpers/fetch-stub.js';

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
    const hotline = root.querySelector('hromada-hotline')!;
    expect(hotline.getAttribute('hotline')).to.equal('main');
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
});
