import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { FeedController } from '../../src/data/feed-controller.js';
import { clearFeedCache } from '../helpers/fake-timers.js';

/** A minimal host that loads whatever `src` says. */
class FeedHost extends LitElement {
  static override properties = { src: {} };
  src = '';
  feed = new FeedController(this, () => this.src);
  override render() {
    return html`${this.feed.status}`;
  }
}
customElements.define('feed-controller-test-host', FeedHost);

const JSON_FEED = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: '1', title: 'Одна новина' }] });

describe('FeedController', () => {
  const realFetch = window.fetch;
  let requests: string[];
  let respond: (url: string) => Promise<Response>;

  beforeEach(() => {
    clearFeedCache();
    requests = [];
    respond = async () => new Response(JSON_FEED, { status: 200 });
    window.fetch = (input: RequestInfo | URL) => {
      const url = String(input instanceof Request ? input.url : input);
      requests.push(url);
      return respond(url);
    };
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  const settled = async (host: FeedHost) => {
    await waitUntil(() => host.feed.status === 'loaded' || host.feed.status === 'error', 'feed did not settle', { timeout: 3000 });
    await host.updateComplete;
  };

  it('loads the host\'s URL and renders the model', async () => {
    const host = await fixture<FeedHost>(html`<feed-controller-test-host src="/feeds/one.json"></feed-controller-test-host>`);
    await settled(host);
    expect(host.feed.status).to.equal('loaded');
    expect(host.feed.feed?.items[0].title).to.equal('Одна новина');
  });

  it('makes one request for many elements on one URL', async () => {
    const parent = fixtureSync(html`<div>
      ${Array.from({ length: 20 }, () => html`<feed-controller-test-host src="/feeds/shared.json"></feed-controller-test-host>`)}
    </div>`);
    const hosts = [...parent.querySelectorAll<FeedHost>('feed-controller-test-host')];
    await Promise.all(hosts.map(settled));
    expect(requests.filter((url) => url.endsWith('/feeds/shared.json'))).to.have.length(1);
    expect(hosts.every((host) => host.feed.status === 'loaded')).to.equal(true);
    parent.remove();
  });

  it('ends in a typed error on HTTP 404, and loads again on retry', async () => {
    const originalError = console.error;
    console.error = () => {};
    try {
      respond = async () => new Response('Not found', { status: 404 });
      const host = await fixture<FeedHost>(html`<feed-controller-test-host src="/feeds/missing.json"></feed-controller-test-host>`);
      await settled(host);
      expect(host.feed.status).to.equal('error');
      expect(host.feed.error?.kind).to.equal('http');
      expect(host.feed.error?.status).to.equal(404);
      respond = async () => new Response(JSON_FEED, { status: 200 });
      host.feed.retry();
      await host.updateComplete;
      await settled(host);
      expect(host.feed.status).to.equal('loaded');
    } finally {
      console.error = originalError;
    }
  });

  it('loads again when a host in the error state is moved in the page (its online retry went with the move)', async () => {
    const originalError = console.error;
    console.error = () => {};
    try {
      respond = async () => new Response('Not found', { status: 404 });
      const host = await fixture<FeedHost>(html`<feed-controller-test-host src="/feeds/moved.json"></feed-controller-test-host>`);
      await settled(host);
      expect(host.feed.status).to.equal('error');
      respond = async () => new Response(JSON_FEED, { status: 200 });
      host.parentNode!.append(host);
      await host.updateComplete;
      await settled(host);
      expect(host.feed.status).to.equal('loaded');
    } finally {
      console.error = originalError;
    }
  });

  it('applies only the latest URL when src changes mid-flight', async () => {
    let release: (value: Response) => void = () => {};
    respond = (url) =>
      url.endsWith('slow.json')
        ? new Promise<Response>((resolve) => (release = resolve))
        : Promise.resolve(new Response(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: 'f', title: 'Швидка' }] })));
    const host = await fixture<FeedHost>(html`<feed-controller-test-host src="/feeds/slow.json"></feed-controller-test-host>`);
    host.src = '/feeds/fast.json';
    await host.updateComplete;
    await settled(host);
    release(new Response(JSON_FEED));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(host.feed.feed?.items[0].title).to.equal('Швидка');
  });

  it('ends in the error state, not an exception, for a src that is not a URL, naming it in the console', async () => {
    const logged: string[] = [];
    const error = console.error;
    console.error = (message: string) => logged.push(message);
    try {
      const host = await fixture<FeedHost>(html`<feed-controller-test-host src="http://[feed"></feed-controller-test-host>`);
      await settled(host);
      expect(host.feed.status).to.equal('error');
      expect(requests).to.have.length(0);
      expect(logged.some((message) => message.includes('http://[feed'))).to.equal(true);
    } finally {
      console.error = error;
    }
  });
});
