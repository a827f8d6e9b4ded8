import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { HromadaElement } from '../../internal/hromada-element.js';
import { renderFeedError, renderStaleNotice } from '../../internal/feed-status.js';
import { headingTemplate } from '../../internal/heading.js';
import { FeedController } from '../../data/feed-controller.js';
import { MEDIA_PROTOCOLS, safeUrl } from '../../data/safe-url.js';
import type { VideoCaptions, VideoProvider } from '../../data/model.js';
import { getLocale } from '../../i18n/localization.js';
import { embedUrl, HOSTS } from './providers.js';
import { duration } from './duration.js';
import { paragraphs, shorten, URLS } from './description.js';
import '../../events/hromada-video-play.js';
import baseStyles from '../../internal/base.styles.js';
import feedStatusStyles from '../../internal/feed-status.styles.js';
import styles from './video.styles.js';

/** What the card shows: the attributes, else the feed's video. */
interface Shown {
  provider: string;
  /** The YouTube or Vimeo id, or the file's absolute URL. */
  id: string;
  title: string;
  description: string;
  duration: string;
  poster?: string;
  captions: VideoCaptions[];
}

/**
 * @summary A video card that asks nothing of the video host until the reader presses play.
 *
 * @slot - Not shown once the element runs: put a plain link to the video here for
 *   readers without JavaScript. `<track>` children are used as the captions of `provider="file"`.
 *
 * @fires hromada-video-play - The reader pressed play, before any request to the video host:
 *   `{ provider, videoId }` (`videoId` is the file's URL for `provider="file"`). Cancelable:
 *   `preventDefault()` keeps the facade (e.g. until the reader consents).
 *
 * @csspart card - The whole card.
 * @csspart frame - The 16:9 (or 9:16) box the poster and then the player fill.
 * @csspart poster - The poster image.
 * @csspart placeholder - Shown instead of a poster: the title on the accent colour.
 * @csspart play-button - The play button over the poster.
 * @csspart duration - The duration badge (`4:12`).
 * @csspart player - The iframe or the native `<video>` once playing.
 * @csspart message - Why the video cannot be shown (a wrong id or file URL).
 * @csspart title - The video's title.
 * @csspart description - The description text.
 * @csspart more-button - "Показати більше / менше".
 * @csspart watch-link - "Дивитися на YouTube / Vimeo".
 * @csspart error - The feed error, with its retry button (`retry`).
 * @csspart stale - The "outdated data" notice.
 *
 * @attr aspect - `landscape` (16:9, default) or `portrait` (9:16); read by the styles from the host.
 */
export class HromadaVideo extends HromadaElement {
  static override styles = [baseStyles, feedStatusStyles, styles];

  static override properties = {
    provider: {},
    videoId: { attribute: 'video-id' },
    videoSrc: { attribute: 'video-src' },
    poster: {},
    youtubePoster: { type: Boolean, attribute: 'youtube-poster' },
    videoTitle: { attribute: 'video-title' },
    duration: {},
    description: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    src: {},
    video: {},
    playing: { state: true },
    open: { state: true },
    fails: { state: true },
  };

  // No initializers where `undefined` reads as empty: each costs bytes in every copy of the bundle.
  /** `youtube` (default), `vimeo` or `file`. */
  provider?: string;
  /** The YouTube id (11 characters) or the numeric Vimeo id. */
  videoId?: string;
  /** The video file's http(s) URL, for `provider="file"`. */
  videoSrc?: string;
  /** The poster image's URL; without one, a placeholder with the title. */
  poster?: string;
  /** Opts in to YouTube's own thumbnail, a request to Google before play; off by default. */
  youtubePoster?: boolean;
  /** The video's title. */
  videoTitle?: string;
  /** ISO 8601 duration, e.g. `PT4M12S`. */
  duration?: string;
  /** Plain text; URLs in it become links, blank lines separate paragraphs. */
  description?: string;
  /** The title's heading level in the page's outline, 2–6; default 3. */
  headingLevel = 3;
  /** A feed URL; the video comes from its `_hromada.videos`. */
  src?: string;
  /** The id of the feed's video; the feed's first video when empty. */
  video?: string;

  /** The player's URL once the reader pressed play; empty shows the facade. */
  private playing?: string;
  /** The description is shown whole. */
  private open?: boolean;
  /** Posters that did not load: YouTube's maxresdefault, then its hqdefault. */
  private fails = 0;
  private shown?: Shown;
  /** The exact cause, for the console; empty when the player can be built. */
  private bad?: string;

  private readonly feed = new FeedController(this, () => this.src ?? '');

  protected override willUpdate(): void {
    const previous = this.shown?.id;
    let bad;
    this.shown = undefined;
    if (!this.src || this.feed.status == 'loaded') {
      const feedVideo = this.src ? this.feed.feed?.videos.find((v) => !this.video || v.id == this.video) : undefined;
      const provider = (this.provider || feedVideo?.provider || 'youtube').toLowerCase();
      const file = provider == 'file';
      const id = (file ? this.videoSrc : this.videoId)?.trim() || (file ? feedVideo?.src : feedVideo?.videoId) || '';
      const url = file && safeUrl(id, undefined, MEDIA_PROTOCOLS);
      if (this.src && !feedVideo) bad = `video "${this.video}"`;
      else if (!(url || HOSTS[provider]?.[0]?.test?.(id))) bad = `${provider} "${id}"`;
      this.shown = {
        provider,
        id: url || id,
        title: this.videoTitle || feedVideo?.title || '',
        description: paragraphs(this.description || feedVideo?.description || ''),
        duration: this.duration || feedVideo?.duration || '',
        poster: safeUrl(this.poster, undefined, MEDIA_PROTOCOLS) ?? feedVideo?.poster,
        captions: feedVideo?.captions ?? [],
      };
    }
    if (bad && bad != this.bad) console.error(`hromada-video: bad ${bad}`);
    this.bad = bad;
    if (previous != this.shown?.id) {
      this.playing = '';
      this.fails = 0;
    }
  }

  private play(): void {
    const { provider, id } = this.shown!;
    if (!this.emit('hromada-video-play', { provider: provider as VideoProvider, videoId: id }, { cancelable: true })) return;
    this.playing = provider == 'file' ? id : embedUrl(provider, id, getLocale() == 'uk');
    // Rendered now, not in a microtask: play() and focus must happen inside the
    // reader's tap, or phones (iOS) ask for a second one.
    this.performUpdate();
    const player = this.renderRoot.querySelector<HTMLVideoElement>('[part=player]')!;
    player.focus();
    player.play?.().catch((error: unknown) => console.warn('hromada-video:', id, error));
  }

  private posterFailed(event: Event): void {
    const img = event.target as HTMLImageElement;
    // YouTube answers a missing maxresdefault with a 120×90 grey image, not an error.
    if (event.type == 'error' || img.naturalWidth == 120) {
      console.warn('hromada-video: bad poster', img.src);
      this.fails++;
    }
  }

  protected override render() {
    const shown = this.shown;
    const { status, stale, error } = this.feed;
    const host = shown && !this.bad && HOSTS[shown.provider];
    const text = shown?.description ?? '';
    const long = text.length > 200;
    const file = shown?.provider == 'file';
    const youtube = shown?.provider == 'youtube' && !shown.poster && !!this.youtubePoster;
    const poster =
      this.fails > +youtube ? '' : shown?.poster || (youtube ? `https://i.ytimg.com/vi/${shown!.id}/${this.fails ? 'hq' : 'maxres'}default.jpg` : '');
    const time = duration(shown?.duration ?? '');
    const tracks: (VideoCaptions & { kind?: string })[] = file ? [...shown.captions, ...this.querySelectorAll('track')] : [];
    return html`
      <div class="card" part="card">
        ${stale ? renderStaleNotice(this.feed.updatedAt) : nothing}
        <div class="frame" part="frame">
          ${!shown
            ? nothing
            : this.bad
              ? html`<p class="message" part="message">${msg('Відео не вдалося показати.')}</p>`
              : this.playing
                ? file
                  ? html`<video part="player" src=${this.playing} poster=${shown.poster ?? nothing} controls preload="none" playsinline>
                      ${tracks.map(
                        (track) => html`<track kind=${track.kind || 'captions'} src=${safeUrl(track.src, undefined, MEDIA_PROTOCOLS) ?? nothing}
                          srclang=${track.srclang} label=${track.label} ?default=${track.srclang.startsWith(getLocale())} />`,
                      )}</video>`
                  : html`<iframe part="player" src=${this.playing} title=${shown.title || msg('Відео')}
                      allow="autoplay; encrypted-media; picture-in-picture" allowfullscreen referrerpolicy="strict-origin-when-cross-origin"></iframe>`
                : html`${poster
                      ? html`<img part="poster" src=${poster} alt="" loading="lazy" @load=${youtube ? this.posterFailed : nothing}
                          @error=${this.posterFailed} />`
                      : html`<span class="placeholder" part="placeholder" aria-hidden="true">${shown.title}</span>`}
                    ${time
                      ? html`<span class="duration" part="duration"><span aria-hidden="true">${time[0]}</span><span class="visually-hidden"
                            >${time[1]}</span></span>`
                      : nothing}
                    <button class="play" part="play-button" @click=${this.play}>
                      <svg viewBox="0 0 48 48" aria-hidden="true"><circle cx="24" cy="24" r="24" /><path d="M19 14v20l16-10z" fill="#fff" /></svg>
                      <span class="visually-hidden">${msg('Відтворити відео')}${shown.title && ': ' + shown.title}</span>
                    </button>`}
        </div>
        ${status == 'error' && error ? renderFeedError(error, () => this.feed.retry()) : nothing}
        ${shown?.title ? headingTemplate(this.headingLevel, shown.title, { part: 'title' }) : nothing}
        ${text
          ? html`<p class="description" id="d" part="description">${(long && !this.open ? shorten(text, 200) : text)
              .split(URLS)
              .map((piece, i) => (i % 2 ? html`<a href=${safeUrl(piece) ?? nothing}>${piece}</a>` : piece))}</p>`
          : nothing}
        ${long
          ? html`<button class="more" part="more-button" aria-expanded=${!!this.open} aria-controls="d"
              @click=${() => (this.open = !this.open)}>${this.open ? msg('Показати менше') : msg('Показати більше')}</button>`
          : nothing}
        ${host ? html`<a part="watch-link" href=${host[4] + shown.id}>${msg(str`Дивитися на ${host[1]}`)}</a>` : nothing}
      </div>
    `;
  }
}
