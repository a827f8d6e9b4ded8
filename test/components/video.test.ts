import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/video/define.js';
import type { HromadaVideo } from '../../src/components/video/video.js';
import type { HromadaVideoPlayEvent } from '../../src/events/hromada-video-play.js';
import { setLocale } from '../../src/i18n/localization.js';
import { localeSettled } from '../helpers/locale.js';
import { HOSTS } from '../../src/components/video/providers.js';

const ID = 'aqz-KE-bpKQ';
const EMBED_UK = `https://www.youtube-nocookie.com/embed/${ID}?autoplay=1&playsinline=1&enablejsapi=1&hl=uk&cc_lang_pref=uk&cc_load_policy=1`;
const POSTER = '/demo/images/reintegration.svg';
const XSS = [
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  '<svg><animate onbegin=alert(1) attributeName=x dur=1s>',
  'javascript:alert(1)',
  '<a href="javascript:alert(1)">click</a>',
  '{{constructor.constructor("alert(1)")()}}',
].join(' ');

/** Every host a video card could reveal the reader to. */
const VIDEO_HOST = /^https?:\/\/([^/]+\.)?(youtube\.com|youtube-nocookie\.com|youtu\.be|ytimg\.com|googlevideo\.com|ggpht\.com|google\.com|gstatic\.com|doubleclick\.net|vimeo\.com|vimeocdn\.com)(\/|$)/i;

/** Records requests to video hosts as the browser makes them (Resource Timing reports failed ones too). */
class VideoHostRequests {
  readonly urls: string[] = [];
  private readonly observer = new PerformanceObserver((list) => this.add(list.getEntries()));
  private waiting: (() => void) | undefined;

  constructor() {
    this.observer.observe({ type: 'resource', buffered: false });
  }

  private add(entries: PerformanceEntryList) {
    for (const entry of entries) if (VIDEO_HOST.test(entry.name)) this.urls.push(entry.name);
    if (this.urls.length) this.waiting?.();
  }

  /**
   * The requests so far, once the images the page could load have settled. Lazy
   * images are not awaited: a test page in the background never loads them.
   */
  async settled(root: ParentNode): Promise<string[]> {
    const eager = deepQuery(root, 'img').filter((img) => (img as HTMLImageElement).loading !== 'lazy');
    await Promise.all(eager.map((img) => (img as HTMLImageElement).decode().catch(() => undefined)));
    await new Promise((resolve) => setTimeout(resolve));
    this.add(this.observer.takeRecords());
    return this.urls;
  }

  /** Resolves when the first request to a video host has been made. */
  first(): Promise<void> {
    return this.urls.length ? Promise.resolve() : new Promise((resolve) => (this.waiting = resolve));
  }

  stop() {
    this.observer.disconnect();
  }
}

/** Elements in `root` and in every shadow root below it. */
function deepQuery(root: ParentNode, selector: string): Element[] {
  const found: Element[] = [...root.querySelectorAll(selector)];
  if (root instanceof Element && root.shadowRoot) found.push(...deepQuery(root.shadowRoot, selector));
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) found.push(...deepQuery(element.shadowRoot, selector));
  }
  return found;
}

/** Every attribute in the tree, shadow roots included, that names a video host. */
function videoHostAttributes(root: ParentNode): string[] {
  return deepQuery(root, '*').flatMap((element) =>
    [...element.attributes].filter((attribute) => VIDEO_HOST.test(attribute.value.trim())).map((attribute) => `${element.localName}[${attribute.name}]`),
  );
}

const part = <T extends Element = HTMLElement>(el: HromadaVideo, name: string) =>
  el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);

function captureConsole(method: 'error' | 'warn') {
  const lines: string[] = [];
  const original = console[method];
  console[method] = (...args: unknown[]) => lines.push(args.map(String).join(' '));
  return { lines, restore: () => (console[method] = original) };
}

describe('<hromada-video>', () => {
  let errors: ReturnType<typeof captureConsole>;
  beforeEach(() => {
    errors = captureConsole('error');
  });
  afterEach(async () => {
    errors.restore();
    setLocale(null);
    await localeSettled();
  });

  describe('accessibility', () => {
    it('is accessible as a facade with a poster, duration and a long description', async () => {
      const el = await fixture<HromadaVideo>(html`
        <hromada-video video-id=${ID} video-title="Як підтримати" duration="PT4M12S" poster=${POSTER}
          description=${'Довгий опис. '.repeat(30)}></hromada-video>
      `);
      await expect(el).to.be.accessible();
    });

    it('is accessible without a poster, and with the description expanded', async () => {
      const el = await fixture<HromadaVideo>(html`
        <hromada-video video-id=${ID} video-title="Як підтримати" description=${'Довгий опис https://example.gov.ua/. '.repeat(10)}></hromada-video>
      `);
      part(el, 'more-button')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('is accessible while playing YouTube', async () => {
      const el = await fixture<HromadaVideo>(html`<hromada-video video-id=${ID} video-title="Як підтримати"></hromada-video>`);
      part(el, 'play-button')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('is accessible while playing a file, and with a wrong id', async () => {
      const play = HTMLMediaElement.prototype.play;
      HTMLMediaElement.prototype.play = () => Promise.resolve();
      try {
        const file = await fixture<HromadaVideo>(html`<hromada-video provider="file" video-src="/demo/video.mp4" video-title="Файл"></hromada-video>`);
        part(file, 'play-button')!.click();
        await file.updateComplete;
        await expect(file).to.be.accessible();
      } finally {
        HTMLMediaElement.prototype.play = play;
      }
      const wrong = await fixture<HromadaVideo>(html`<hromada-video video-id="nope" video-title="Зламане"></hromada-video>`);
      await expect(wrong).to.be.accessible();
    });

    it('names the play button after the video and reads the duration in words', async () => {
      const el = await fixture<HromadaVideo>(html`<hromada-video video-id=${ID} video-title="Як підтримати" duration="PT4M12S"></hromada-video>`);
      const button = part<HTMLButtonElement>(el, 'play-button')!;
      expect(button.localName).to.equal('button');
      // The duration is read with the button that starts the video.
      expect(button.getAttribute('aria-label')).to.equal('Відтворити відео: Як підтримати, 4 хвилини 12 секунд');
      const duration = part(el, 'duration')!;
      expect(duration.getAttribute('aria-hidden')).to.equal('true');
      expect(duration.textContent).to.equal('4:12');
    });

    it('goes back to its default level 3 when heading-level is removed, emptied or not a number', async () => {
      const el = await fixture<HromadaVideo>(html`<hromada-video video-id=${ID} video-title="Відео" heading-level="5"></hromada-video>`);
      for (const change of [() => el.removeAttribute('heading-level'), () => el.setAttribute('heading-level', ''), () => el.setAttribute('heading-level', 'abc')]) {
        el.setAttribute('heading-level', '5');
        await el.updateComplete;
        change();
        await el.updateComplete;
        expect(part(el, 'title')!.localName).to.equal('h3');
      }
    });

    it('gives the title the heading level the page needs', async () => {
      const el = await fixture<HromadaVideo>(html`<hromada-video video-id=${ID} video-title="Відео" heading-level="2"></hromada-video>`);
      expect(part(el, 'title')!.localName).to.equal('h2');
    });
  });

  describe('privacy: nothing from a video host before play', () => {
    let requests: VideoHostRequests;
    beforeEach(() => {
      requests = new VideoHostRequests();
    });
    afterEach(() => requests.stop());

    it('makes 0 requests for 20 cards of every kind, then exactly the player on play', async () => {
      // In one row, so that every lazy poster is near the viewport and really loads.
      // fixtureSync: a plain <div> would make fixture() wait for an animation frame, which a background test page never gets.
      const parent = fixtureSync<HTMLElement>(html`<div style="display: grid; grid-template-columns: repeat(20, 2.5em)">
        ${Array.from({ length: 5 }, () => html`
          <hromada-video video-id=${ID} video-title="YouTube" duration="PT4M12S" poster=${POSTER}></hromada-video>
          <hromada-video video-id=${ID} video-title="YouTube без постера"></hromada-video>
          <hromada-video provider="vimeo" video-id="76979871" video-title="Vimeo"></hromada-video>
          <hromada-video provider="file" video-src="/demo/video.mp4" video-title="Файл" poster=${POSTER}></hromada-video>
        `)}
      </div>`);
      const cards = [...parent.querySelectorAll<HromadaVideo>('hromada-video')];
      expect(cards).to.have.length(20);
      await Promise.all(cards.map((card) => card.updateComplete));

      expect(await requests.settled(parent)).to.deep.equal([]);
      // Links are not requests; every other attribute must keep the hosts out.
      expect(videoHostAttributes(parent).filter((where) => where !== 'a[href]')).to.deep.equal([]);

      // The control: the same observer does see the player once the reader asks for it.
      part(cards[0], 'play-button')!.click();
      await requests.first();
      expect(requests.urls).to.deep.equal([EMBED_UK]);
    });

    it('asks YouTube for its thumbnail only with youtube-poster', async () => {
      const el = await fixture<HromadaVideo>(html`<hromada-video video-id=${ID} video-title="Відео" youtube-poster></hromada-video>`);
      expect(part<HTMLImageElement>(el, 'poster')!.getAttribute('src')).to.equal(`https://i.ytimg.com/vi/${ID}/maxresdefault.jpg`);
      expect(videoHostAttributes(el).filter((where) => where !== 'a[href]')).to.deep.equal(['img[src]']);
    });
  });

  describe('first render', () => {
    it('is one update: nothing set after it asks for a second pass', async () => {
      const proto = customElements.get('hromada-video')!.prototype as unknown as { update(changed: unknown): void };
      const original = proto.update;
      let updates = 0;
      proto.update = function (this: unknown, changed: unknown) {
        updates += 1;
        original.call(this, changed);
      };
      try {
        const el = await fixture<HromadaVideo>(html`
          <hromada-video video-id=${ID} video-title="Як підтримати" duration="PT4M12S" poster=${POSTER}
            description=${'Довгий опис https://example.gov.ua/. '.repeat(10)}></hromada-video>
        `);
        await el.updateComplete;
        expect(el.isUpdatePending).to.equal(false);
        expect(updates).to.equal(1);
      } finally {
        proto.update = original;
      }
    });
  });

  describe('poster', () => {
    it('shows the given poster with reserved space, and the title when there is none', async () => {
      const el = await fixture<HromadaVideo>(html`<hromada-video video-id=${ID} video-title="Відео" poster=${POSTER}></hromada-video>`);
      const img = part<HTMLImageElement>(el, 'poster')!;
      expect(img.getAttribute('src')).to.equal(new URL(POSTER, document.baseURI).href);
      expect(img.getAttribute('alt')).to.equal('');
      const bare = await fixture<HromadaVideo>(html`<hromada-video video-id=${ID} video-title="Без постера"></hromada-video>`);
      expect(part(bare, 'poster') !== null).to.equal(false);
      expect(part(bare, 'placeholder')!.textContent).to.equal('Без постера');
    });

    for (const [width, height, kept] of [[120, 90, 'hqdefault'], [1280, 720, 'maxresdefault']] as const) {
      it(`shows ${kept} when YouTube's maxresdefault is ${width}×${height}`, async () => {
        const el = await fixture<HromadaVideo>(html`<hromada-video video-id=${ID} youtube-poster></hromada-video>`);
        const img = part<HTMLImageElement>(el, 'poster')!;
        // YouTube answers a missing maxresdefault with a 120×90 grey image, not an error.
        Object.defineProperty(img, 'naturalWidth', { value: width });
        Object.defineProperty(img, 'naturalHeight', { value: height });
        img.dispatchEvent(new Event('load'));
        await el.updateComplete;
        expect(part<HTMLImageElement>(el, 'poster')!.getAttribute('src')).to.equal(`https://i.ytimg.com/vi/${ID}/${kept}.jpg`);
      });
    }

    it('shows the title when the poster fails, and says so in the console', async () => {
      const warnings = captureConsole('warn');
      try {
        const el = await fixture<HromadaVideo>(html`<hromada-video video-id=${ID} video-title="Відео" poster="/nowhere.jpg"></hromada-video>`);
        part(el, 'poster')!.dispatchEvent(new Event('error'));
        await el.updateComplete;
        expect(part(el, 'poster') !== null).to.equal(false);
        expect(part(el, 'placeholder')!.textContent).to.equal('Відео');
        expect(warnings.lines.some((line) => line.includes('/nowhere.jpg'))).to.equal(true);
      } finally {
        warnings.restore();
      }
    });

    it('keeps a long title of the placeholder clear of the play icon (three lines at most)', async () => {
      const box = fixtureSync<HTMLElement>(html`<div style="width: 320px"><hromada-video video-id=${ID} video-title=${'Дуже довгий заголовок відео '.repeat(6)}></hromada-video></div>`);
      const el = box.querySelector<HromadaVideo>('hromada-video')!;
      await el.updateComplete;
      const placeholder = part(el, 'placeholder')!.getBoundingClientRect();
      // The icon is the button's ::before, at the bottom of its padding box.
      const button = part(el, 'play-button')!;
      const iconTop =
        button.getBoundingClientRect().bottom - parseFloat(getComputedStyle(button).paddingBottom) - parseFloat(getComputedStyle(button, '::before').height);
      expect(placeholder.height).to.be.above(0);
      expect(placeholder.bottom).to.be.at.most(iconTop);
    });

    it('drops a javascript: poster', async () => {
      const el = await fixture<HromadaVideo>(html`<hromada-video video-id=${ID} video-title="Відео" poster="javascript:alert(1)"></hromada-video>`);
      expect(part(el, 'poster') !== null).to.equal(false);
    });
  });

  describe('playing', () => {
    it('builds the YouTube player from the id, with Ukrainian preferred, and focuses it', async () => {
      const el = await fixture<HromadaVideo>(html`<hromada-video video-id=${ID} video-title="Як підтримати"></hromada-video>`);
      part(el, 'play-button')!.click();
      // Synchronously, still inside the reader's tap.
      const iframe = el.shadowRoot!.querySelector('iframe')!;
      expect(iframe.getAttribute('src')).to.equal(EMBED_UK);
      expect(iframe.getAttribute('title')).to.equal('Як підтримати');
      expect(iframe.getAttribute('allow')).to.equal(
        'autoplay; encrypted-media; picture-in-picture',
      );
      expect(iframe.hasAttribute('allowfullscreen')).to.equal(true);
      expect(iframe.getAttribute('referrerpolicy')).to.equal('strict-origin-when-cross-origin');
      expect(el.shadowRoot!.activeElement === iframe, 'focus').to.equal(true);
      expect(part(el, 'play-button') !== null).to.equal(false);
    });

    // Phones (iOS Safari, some Android browsers) do not carry the tap into the new
    // player's autoplay=1; the player's own play command, sent once it has loaded,
    // does what lite-youtube-embed loads YouTube's 300 KB iframe API for.
    for (const [provider, id, origin, command] of [
      ['youtube', ID, 'https://www.youtube-nocookie.com/embed/', { event: 'command', func: 'playVideo', args: [] }],
      ['vimeo', '76979871', 'https://player.vimeo.com/video/', { method: 'play' }],
    ] as const) {
      it(`tells the ${provider} player to play as soon as it has loaded (one tap on phones)`, async () => {
        const el = await fixture<HromadaVideo>(html`<hromada-video provider=${provider} video-id=${id}></hromada-video>`);
        part(el, 'play-button')!.click();
        const iframe = el.shadowRoot!.querySelector('iframe')!;
        expect(iframe.getAttribute('allow')).to.include('autoplay');
        const sent: unknown[][] = [];
        Object.defineProperty(iframe, 'contentWindow', { value: { postMessage: (...args: unknown[]) => sent.push(args) } });
        iframe.dispatchEvent(new Event('load'));
        expect(sent.map(([message, target]) => [JSON.parse(message as string), target])).to.deep.equal([[command, origin]]);
      });
    }

    it('asks for no Ukrainian interface on an English page', async () => {
      setLocale('en');
      await localeSettled();
      const el = await fixture<HromadaVideo>(html`<hromada-video video-id=${ID}></hromada-video>`);
      part(el, 'play-button')!.click();
      expect(el.shadowRoot!.querySelector('iframe')!.getAttribute('src')).to.equal(`https://www.youtube-nocookie.com/embed/${ID}?autoplay=1&playsinline=1&enablejsapi=1`);
    });

    it('keeps the playing player when the page language changes (no reload from the start)', async () => {
      const el = await fixture<HromadaVideo>(html`<hromada-video video-id=${ID} video-title="Як підтримати"></hromada-video>`);
      part(el, 'play-button')!.click();
      const iframe = el.shadowRoot!.querySelector('iframe')!;
      setLocale('en');
      await localeSettled();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('iframe')).to.equal(iframe);
      expect(iframe.getAttribute('src')).to.equal(EMBED_UK);
    });

    it('reads the provider as the brands write it (YouTube, Vimeo)', async () => {
      const el = await fixture<HromadaVideo>(html`<hromada-video provider="Vimeo" video-id="76979871"></hromada-video>`);
      const played = oneEvent(el, 'hromada-video-play');
      part(el, 'play-button')!.click();
      expect((await played).detail).to.deep.equal({ provider: 'vimeo', videoId: '76979871' });
      expect(el.shadowRoot!.querySelector('iframe')!.getAttribute('src')).to.equal('https://player.vimeo.com/video/76979871?autoplay=1&dnt=1');
      el.setAttribute('provider', 'YouTube');
      el.setAttribute('video-id', ID);
      await el.updateComplete;
      part(el, 'play-button')!.click();
      expect(el.shadowRoot!.querySelector('iframe')!.getAttribute('src')).to.equal(EMBED_UK);
    });

    it('builds the Vimeo player with dnt=1', async () => {
      const el = await fixture<HromadaVideo>(html`<hromada-video provider="vimeo" video-id="76979871" video-title="Vimeo"></hromada-video>`);
      expect(part<HTMLAnchorElement>(el, 'watch-link')!.getAttribute('href')).to.equal('https://vimeo.com/76979871');
      part(el, 'play-button')!.click();
      const iframe = el.shadowRoot!.querySelector('iframe')!;
      expect(iframe.getAttribute('src')).to.equal('https://player.vimeo.com/video/76979871?autoplay=1&dnt=1');
      expect(el.shadowRoot!.activeElement === iframe, 'focus').to.equal(true);
    });

    // A webmaster copies the address from the host's page where the id is asked for.
    for (const [provider, address, id] of [
      ['youtube', `https://www.youtube.com/watch?v=${ID}&t=42s`, ID],
      ['youtube', `https://youtu.be/${ID}?si=Ab12Cd34Ef56Gh78`, ID],
      ['youtube', `www.youtube.com/shorts/${ID}`, ID],
      ['youtube', `https://m.youtube.com/watch?feature=shared&v=${ID}`, ID],
      ['youtube', `https://www.youtube-nocookie.com/embed/${ID}?start=10`, ID],
      ['vimeo', 'https://vimeo.com/76979871', '76979871'],
      ['vimeo', 'https://player.vimeo.com/video/76979871?h=abc', '76979871'],
      ['vimeo', 'https://vimeo.com/channels/staffpicks/76979871', '76979871'],
    ]) {
      it(`takes the ${provider} id from the address ${address}`, async () => {
        const el = await fixture<HromadaVideo>(html`<hromada-video provider=${provider} video-id=${address}></hromada-video>`);
        expect(part<HTMLAnchorElement>(el, 'watch-link')!.getAttribute('href')).to.equal(HOSTS[provider][4] + id);
        const played = oneEvent(el, 'hromada-video-play');
        part(el, 'play-button')!.click();
        expect((await played).detail).to.deep.equal({ provider, videoId: id });
        expect(el.shadowRoot!.querySelector('iframe')!.getAttribute('src')).to.match(new RegExp(`^${HOSTS[provider][2]}${id}\\?autoplay=1`));
      });
    }

    it('refuses an address of the host that holds no valid id, and names it in the console', async () => {
      for (const address of ['https://www.youtube.com/watch?v=short', 'https://www.youtube.com/@hromada', `https://evil.example/watch?v=${ID}`]) {
        const el = await fixture<HromadaVideo>(html`<hromada-video video-id=${address}></hromada-video>`);
        expect(part(el, 'play-button') !== null, address).to.equal(false);
        expect(part(el, 'message')!.textContent!.trim()).to.equal('Відео недоступне.');
        expect(errors.lines.some((line) => line.includes(address))).to.equal(true);
      }
    });

    it('takes numbers set as properties by a framework (a Vimeo id, a duration in seconds) without throwing', async () => {
      const el = await fixture<HromadaVideo>(html`<hromada-video provider="vimeo" .videoId=${76979871 as unknown as string} .duration=${252 as unknown as string}></hromada-video>`);
      expect(part<HTMLAnchorElement>(el, 'watch-link')!.getAttribute('href')).to.equal('https://vimeo.com/76979871');
      // Seconds are no ISO 8601 duration: none is shown.
      expect(part(el, 'duration')).to.equal(null);
      part(el, 'play-button')!.click();
      expect(el.shadowRoot!.querySelector('iframe')!.getAttribute('src')).to.equal('https://player.vimeo.com/video/76979871?autoplay=1&dnt=1');
    });

    it('plays a file natively on the first press, with the light-DOM captions', async () => {
      const played: HTMLMediaElement[] = [];
      const play = HTMLMediaElement.prototype.play;
      HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
        played.push(this);
        return Promise.resolve();
      };
      try {
        const el = await fixture<HromadaVideo>(html`
          <hromada-video provider="file" video-src="/media/talk.mp4" video-title="Розмова" poster=${POSTER}>
            <track kind="captions" src="/media/talk.uk.vtt" srclang="uk" label="Українська" default />
            <track kind="captions" src="javascript:alert(1)" srclang="en" label="Evil" />
            <track kind="metadata" src="/media/meta.vtt" />
          </hromada-video>
        `);
        part(el, 'play-button')!.click();
        const video = el.shadowRoot!.querySelector('video')!;
        expect(played.length === 1 && played[0] === video, 'play() once, on this video').to.equal(true);
        expect(video.getAttribute('src')).to.equal(new URL('/media/talk.mp4', document.baseURI).href);
        expect(video.hasAttribute('controls')).to.equal(true);
        expect(video.getAttribute('preload')).to.equal('none');
        expect(video.hasAttribute('playsinline')).to.equal(true);
        expect(el.shadowRoot!.activeElement === video, 'focus').to.equal(true);
        // Focus lands on the player: a screen reader names it by the title, as the iframe's title does.
        expect(video.getAttribute('aria-label')).to.equal('Розмова');
        // A javascript: track keeps no src: the browser loads nothing for it.
        const tracks = [...video.querySelectorAll('track')];
        expect(tracks.map((track) => [track.getAttribute('src'), track.kind, track.srclang, track.label, track.default])).to.deep.equal([
          [new URL('/media/talk.uk.vtt', document.baseURI).href, 'captions', 'uk', 'Українська', true],
          [null, 'captions', 'en', 'Evil', false],
          [new URL('/media/meta.vtt', document.baseURI).href, 'metadata', '', '', false],
        ]);
        expect(part(el, 'watch-link') !== null).to.equal(false);
      } finally {
        HTMLMediaElement.prototype.play = play;
      }
    });

    it('reports a refused play() in the console, not as an uncaught error', async () => {
      const warnings = captureConsole('warn');
      const play = HTMLMediaElement.prototype.play;
      HTMLMediaElement.prototype.play = () => Promise.reject(new DOMException('no', 'NotAllowedError'));
      try {
        const el = await fixture<HromadaVideo>(html`<hromada-video provider="file" video-src="/media/talk.mp4"></hromada-video>`);
        part(el, 'play-button')!.click();
        await new Promise((resolve) => setTimeout(resolve, 0));
        expect(warnings.lines.some((line) => line.includes('/media/talk.mp4'))).to.equal(true);
      } finally {
        HTMLMediaElement.prototype.play = play;
        warnings.restore();
      }
    });

    it('fires hromada-video-play with the provider and id, bubbling and composed', async () => {
      const el = await fixture<HromadaVideo>(html`<hromada-video video-id=${ID}></hromada-video>`);
      setTimeout(() => part(el, 'play-button')!.click());
      const event = (await oneEvent(document, 'hromada-video-play')) as HromadaVideoPlayEvent;
      expect(event.detail).to.deep.equal({ provider: 'youtube', videoId: ID });
      expect(event.composed).to.equal(true);
    });

    it('keeps the facade when a listener cancels the event (consent first)', async () => {
      const el = await fixture<HromadaVideo>(html`<hromada-video video-id=${ID}></hromada-video>`);
      el.addEventListener('hromada-video-play', (event) => event.preventDefault());
      part(el, 'play-button')!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('iframe') !== null).to.equal(false);
      expect(part(el, 'play-button') !== null).to.equal(true);
    });

    it('returns to the facade when the page switches to another video', async () => {
      const el = await fixture<HromadaVideo>(html`<hromada-video video-id=${ID}></hromada-video>`);
      part(el, 'play-button')!.click();
      el.videoId = 'dQw4w9WgXcQ';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('iframe') !== null).to.equal(false);
      part(el, 'play-button')!.click();
      expect(el.shadowRoot!.querySelector('iframe')!.getAttribute('src')).to.match(/\/embed\/dQw4w9WgXcQ\?/);
    });

    it('keeps its space: the frame is 16:9 before and after play, 9:16 when portrait', async () => {
      const el = fixtureSync<HTMLElement>(html`<div style="width: 320px"><hromada-video video-id=${ID}></hromada-video></div>`);
      const video = el.querySelector('hromada-video')!;
      await video.updateComplete;
      const frame = part(video, 'frame')!;
      const before = frame.getBoundingClientRect();
      const cardHeight = video.getBoundingClientRect().height;
      expect(before.height).to.be.closeTo(180, 1);
      part(video, 'play-button')!.click();
      expect(frame.getBoundingClientRect().height).to.equal(before.height);
      expect(video.getBoundingClientRect().height).to.equal(cardHeight);
      video.setAttribute('aspect', 'portrait');
      await video.updateComplete;
      const portrait = frame.getBoundingClientRect();
      expect(portrait.height / portrait.width).to.be.closeTo(16 / 9, 0.01);
    });
  });

  describe('keyboard', () => {
    it('Tab reaches the play button and Enter plays, focus lands in the player', async () => {
      const el = await fixture<HromadaVideo>(html`<hromada-video video-id=${ID} video-title="Відео"></hromada-video>`);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement === part(el, 'play-button'), 'focus').to.equal(true);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement === el.shadowRoot!.querySelector('iframe'), 'focus').to.equal(true);
    });

    it('Space plays', async () => {
      const el = await fixture<HromadaVideo>(html`<hromada-video video-id=${ID} video-title="Відео"></hromada-video>`);
      part(el, 'play-button')!.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('iframe')!.getAttribute('src')).to.equal(EMBED_UK);
    });

    it('"Показати більше" toggles with Enter and announces its state', async () => {
      const el = await fixture<HromadaVideo>(html`<hromada-video video-id=${ID} description=${'Слово '.repeat(60)}></hromada-video>`);
      const more = part<HTMLButtonElement>(el, 'more-button')!;
      expect(more.getAttribute('aria-expanded')).to.equal('false');
      expect(more.getAttribute('aria-controls')).to.equal(part(el, 'description')!.id);
      expect(more.textContent).to.equal('Показати більше');
      expect(part(el, 'description')!.textContent!.length).to.be.below(210);
      more.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(more.getAttribute('aria-expanded')).to.equal('true');
      expect(more.textContent).to.equal('Показати менше');
      expect(part(el, 'description')!.textContent).to.equal('Слово '.repeat(60).trim());
      expect(el.shadowRoot!.activeElement === more, 'focus').to.equal(true);
    });

    it('shows no toggle for a short description', async () => {
      const el = await fixture<HromadaVideo>(html`<hromada-video video-id=${ID} description="Коротко."></hromada-video>`);
      expect(part(el, 'description')!.textContent).to.equal('Коротко.');
      expect(part(el, 'more-button') !== null).to.equal(false);
    });
  });

  describe('description', () => {
    it('turns URLs into links and keeps the author’s paragraphs', async () => {
      const el = await fixture<HromadaVideo>(html`
        <hromada-video video-id=${ID} description=${'Перший абзац, https://example.gov.ua/guide.\n   із перенесенням.\n\nДругий.'}></hromada-video>
      `);
      const description = part(el, 'description')!;
      expect(description.textContent).to.equal('Перший абзац, https://example.gov.ua/guide. із перенесенням.\n\nДругий.');
      const links = [...description.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.gov.ua/guide']);
    });

    it('offers the video on YouTube', async () => {
      const el = await fixture<HromadaVideo>(html`<hromada-video video-id=${ID}></hromada-video>`);
      const link = part<HTMLAnchorElement>(el, 'watch-link')!;
      expect(link.getAttribute('href')).to.equal(`https://www.youtube.com/watch?v=${ID}`);
      expect(link.textContent!.trim()).to.equal('Дивитися на YouTube');
    });

    it('names each card\'s watch link with its title, so that several cards do not offer one name', async () => {
      const el = await fixture<HTMLDivElement>(html`<div>
        <hromada-video video-id=${ID} video-title="Перше"></hromada-video><hromada-video video-id=${ID} video-title="Друге"></hromada-video>
      </div>`);
      const links = [...el.querySelectorAll<HromadaVideo>('hromada-video')].map((card) => part<HTMLAnchorElement>(card, 'watch-link')!);
      expect(links.map((link) => link.getAttribute('aria-label'))).to.deep.equal(['Дивитися на YouTube: Перше', 'Дивитися на YouTube: Друге']);
      expect(links[0].textContent!.trim()).to.equal('Дивитися на YouTube');
    });
  });

  describe('XSS prevention', () => {
    it('shows markup in the title and description as text', async () => {
      const el = await fixture<HromadaVideo>(html`
        <hromada-video video-id=${ID} video-title=${XSS} description=${XSS} duration=${XSS}></hromada-video>
      `);
      const root = el.shadowRoot!;
      expect(root.querySelectorAll('img, script, iframe, object, embed, animate, style')).to.have.length(0);
      expect(root.querySelectorAll('svg')).to.have.length(0); // the play icon is CSS
      expect(part(el, 'title')!.textContent).to.equal(XSS);
      expect(part(el, 'placeholder')!.textContent).to.equal(XSS);
      expect(part(el, 'description')!.querySelectorAll('a')).to.have.length(0);
      expect(part(el, 'description')!.textContent).to.include('<img src=x onerror=alert(1)>');
      expect(part(el, 'duration') !== null).to.equal(false);
      expect(part(el, 'play-button')!.getAttribute('aria-label')).to.equal(`Відтворити відео: ${XSS}`);
      part(el, 'play-button')!.click();
      expect(root.querySelector('iframe')!.getAttribute('title')).to.equal(XSS);
    });

    for (const [provider, id] of [
      ['youtube', `${ID}"><script>alert(1)</script>`],
      ['youtube', '../../../evil'],
      ['youtube', 'javascript:alert(1)'],
      ['youtube', 'https://evil.example/embed'],
      ['vimeo', '76979871?autoplay=0&x=<svg>'],
      ['file', 'javascript:alert(1)'],
      ['dailymotion', ID],
    ]) {
      it(`refuses ${provider} "${id}": no player, a message, the cause in the console`, async () => {
        const el = await fixture<HromadaVideo>(html`<hromada-video provider=${provider} video-id=${id} video-src=${id} video-title="Відео"></hromada-video>`);
        expect(part(el, 'play-button') !== null).to.equal(false);
        expect(part(el, 'watch-link') !== null).to.equal(false);
        expect(el.shadowRoot!.querySelector('iframe, video') !== null).to.equal(false);
        expect(part(el, 'message')!.textContent!.trim()).to.equal('Відео недоступне.');
        expect(errors.lines.some((line) => line.includes('hromada-video:') && line.includes(provider === 'dailymotion' ? 'dailymotion' : id))).to.equal(true);
      });
    }
  });

  describe('from a feed', () => {
    const realFetch = window.fetch;
    let served: unknown;
    let status = 200;
    beforeEach(() => {
      status = 200;
      served = {
        version: 'https://jsonfeed.org/version/1.1',
        items: [],
        _hromada: {
          version: 1,
          videos: [
            { id: 'first', provider: 'vimeo', video_id: '76979871', title: 'Перше' },
            {
              id: 'reintegration', provider: 'youtube', video_id: ID, title: 'Як підтримати <b>людей</b>',
              description: 'Абзац один.\n\nАбзац два: https://example.gov.ua/', duration: 'PT4M12S', poster: '../demo/images/reintegration.svg',
            },
            { id: 'bad', video_id: 'not-an-id', title: 'Зламане' },
          ],
        },
      };
      window.fetch = async () => new Response(JSON.stringify(served), { status });
    });
    afterEach(() => {
      window.fetch = realFetch;
    });

    const loaded = async (el: HromadaVideo) => {
      for (let i = 0; i < 50 && !el.shadowRoot!.querySelector('[part~="title"], [part~="message"], [part~="error"]'); i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 5));
        await el.updateComplete;
      }
    };

    it('takes the video named by `video` from the feed', async () => {
      const el = await fixture<HromadaVideo>(html`<hromada-video src="/feeds/v1.json" video="reintegration"></hromada-video>`);
      await loaded(el);
      expect(part(el, 'title')!.textContent).to.equal('Як підтримати <b>людей</b>');
      expect(part<HTMLImageElement>(el, 'poster')!.getAttribute('src')).to.equal(new URL(POSTER, document.baseURI).href);
      expect(part(el, 'duration')!.textContent).to.include('4:12');
      expect(part(el, 'description')!.textContent).to.equal('Абзац один.\n\nАбзац два: https://example.gov.ua/');
      await expect(el).to.be.accessible();
      part(el, 'play-button')!.click();
      expect(el.shadowRoot!.querySelector('iframe')!.getAttribute('src')).to.equal(EMBED_UK);
    });

    it('marks the feed\'s description with the feed\'s language, not one given as an attribute (WCAG 3.1.2)', async () => {
      (served as { language?: string }).language = 'uk';
      const el = await fixture<HromadaVideo>(html`<hromada-video src="/feeds/v6.json" video="reintegration"></hromada-video>`);
      await loaded(el);
      expect(part(el, 'description')!.lang).to.equal('uk');
      const own = await fixture<HromadaVideo>(html`<hromada-video src="/feeds/v7.json" video="reintegration" description="Own words"></hromada-video>`);
      await loaded(own);
      expect(part(own, 'description')!.hasAttribute('lang')).to.equal(false);
    });

    it('takes the first video without `video`, and attributes win over the feed', async () => {
      const el = await fixture<HromadaVideo>(html`<hromada-video src="/feeds/v2.json" video-title="Свій заголовок"></hromada-video>`);
      await loaded(el);
      expect(part(el, 'title')!.textContent).to.equal('Свій заголовок');
      part(el, 'play-button')!.click();
      expect(el.shadowRoot!.querySelector('iframe')!.getAttribute('src')).to.equal('https://player.vimeo.com/video/76979871?autoplay=1&dnt=1');
    });

    it('says so when the feed has no such video', async () => {
      const el = await fixture<HromadaVideo>(html`<hromada-video src="/feeds/v3.json" video="missing"></hromada-video>`);
      await loaded(el);
      expect(part(el, 'message')!.textContent!.trim()).to.equal('Відео недоступне.');
      expect(errors.lines.some((line) => line.includes('"missing"'))).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('refuses a feed video with a wrong id', async () => {
      const el = await fixture<HromadaVideo>(html`<hromada-video src="/feeds/v4.json" video="bad"></hromada-video>`);
      await loaded(el);
      expect(part(el, 'play-button') !== null).to.equal(false);
      expect(errors.lines.some((line) => line.includes('not-an-id'))).to.equal(true);
    });

    it('takes a feed video\'s id from the address its author pasted', async () => {
      (served as { _hromada: { videos: unknown[] } })._hromada.videos.push({ id: 'pasted', video_id: `https://youtu.be/${ID}`, title: 'Вставлене' });
      const el = await fixture<HromadaVideo>(html`<hromada-video src="/feeds/v8.json" video="pasted"></hromada-video>`);
      await loaded(el);
      part(el, 'play-button')!.click();
      expect(el.shadowRoot!.querySelector('iframe')!.getAttribute('src')).to.equal(EMBED_UK);
    });

    it('shows the feed error with a retry button, and recovers', async () => {
      status = 404;
      const el = await fixture<HromadaVideo>(html`<hromada-video src="/feeds/v5.json" video="reintegration"></hromada-video>`);
      await loaded(el);
      expect(part(el, 'error') !== null).to.equal(true);
      // Its styles are adopted only by a card that shows it (a 44 px retry button).
      expect(part(el, 'retry')!.getBoundingClientRect().height).to.be.at.least(44);
      await expect(el).to.be.accessible();
      status = 200;
      part<HTMLButtonElement>(el, 'retry')!.click();
      await el.updateComplete;
      await loaded(el);
      expect(part(el, 'title')!.textContent).to.equal('Як підтримати <b>людей</b>');
    });
  });

  describe('localisation', () => {
    it('switches every string to English', async () => {
      const el = await fixture<HromadaVideo>(html`
        <hromada-video video-id=${ID} video-title="Video" duration="PT1M1S" description=${'Word '.repeat(60)}></hromada-video>
      `);
      setLocale('en');
      await localeSettled();
      await el.updateComplete;
      expect(part(el, 'play-button')!.getAttribute('aria-label')).to.equal('Play video: Video, 1 minute 1 second');
      expect(part(el, 'more-button')!.textContent).to.equal('Show more');
      expect(part(el, 'watch-link')!.textContent!.trim()).to.equal('Watch on YouTube');
    });
  });
});
