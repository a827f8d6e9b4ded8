import { adoptStyles, html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { HromadaElement, toBoolean } from '../../internal/hromada-element.js';
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
 * @csspart retry - The retry button of the feed error.
 * @csspart stale - The "outdated data" notice.
 *
 * @attr {'landscape' | 'portrait'} aspect - `landscape` (16:9, default) or `portrait` (9:16); read by the styles from the host.
 */
export class HromadaVideo extends HromadaElement {
  static override styles = [baseStyles, styles];

  static override properties = {
    provider: {},
    videoId: { attribute: 'video-id' },
    videoSrc: { attribute: 'video-src' },
    poster: {},
    youtubePoster: { type: Boolean, converter: toBoolean, attribute: 'youtube-poster' },
    videoTitle: { attribute: 'video-title' },
    duration: {},
    description: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    src: {},
    video: {},
    open: { state: true },
    failed: { state: true },
  };

  // No initializers where `undefined` reads as empty: each costs bytes in every copy of the bundle.
  /**
   * `youtube` (default), `vimeo` or `file`.
   * @default 'youtube'
   */
  provider?: string;
  /** The YouTube id (11 characters) or the numeric Vimeo id, or the address of the video's page on YouTube or Vimeo, from which the id is taken. */
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

  /**
   * The id (or file URL) the reader pressed play for; not reactive, so that render()
   * can forget it as soon as another id is shown.
   */
  private played?: string;
  /** The page was Ukrainian when play was pressed. */
  private uk?: boolean;
  /** The description is shown whole. */
  private open?: boolean;
  /** Poster URLs that did not load, each followed by a space (URLs hold none). */
  private failed = '';
  /** The feed's status styles are adopted. */
  private statusStyled?: boolean;
  /** The last cause logged, so that each is logged once. */
  private bad?: string;

  private readonly feed = new FeedController(this, () => this.src);

  private play(provider: string, id: string): void {
    if (!this.emit('hromada-video-play', { provider: provider as VideoProvider, videoId: id }, { cancelable: true })) return;
    this.played = id;
    // The player's language is the page's at play: a language switch then does not reload it.
    this.uk = getLocale() == 'uk';
    // Rendered now, not in a microtask: play() and focus must happen inside the
    // reader's tap, or phones (iOS) ask for a second one.
    this.requestUpdate();
    this.performUpdate();
    const player = this.renderRoot.querySelector<HTMLVideoElement>('[part=player]')!;
    player.focus();
    player.play?.().catch((error: unknown) => console.warn('hromada-video:', id, error));
  }

  protected override updated(): void {
    // The feed's error and outdated styles only for a card that shows one: each sheet a
    // card adopts costs every card its share of the page's style work.
    if ((this.feed.stale || this.feed.error) && !this.statusStyled) {
      this.statusStyled = true;
      adoptStyles(this.renderRoot as ShadowRoot, [baseStyles, feedStatusStyles, styles]);
    }
  }

  private posterFailed(event: Event): void {
    const img = event.target as HTMLImageElement;
    // YouTube answers a missing maxresdefault with a 120×90 grey image, not an error.
    if (event.type == 'error' || img.naturalWidth == 120) {
      console.warn('hromada-video: bad poster', img.src);
      this.failed += img.src + ' ';
    }
  }

  protected override render() {
    const { status, stale, error, feed } = this.feed;
    const src = this.src;
    // Attributes that are set win over the feed's video (the first one when `video` is empty).
    const from = src ? feed?.videos.find((v) => !this.video || v.id == this.video) : undefined;
    const ready = !src || status == 'loaded';
    // Written as the brands write them too: `YouTube`, `Vimeo`.
    const provider = (this.provider || from?.provider || 'youtube').toLowerCase();
    const file = provider == 'file';
    // None for a file, or for a provider that is not offered (then `bad` below).
    const [pattern, hostName, player, , watchPage, playCommand] = HOSTS[provider] ?? [];
    // String(): a framework may set the property to a number (Vimeo's ids are numbers).
    let id = String((file ? this.videoSrc : this.videoId) ?? '').trim() || (file ? from?.src : from?.videoId) || '';
    // Where the id is asked for, webmasters paste the address of the host's page (`youtube.com/watch?v=…`, `youtu.be/…`,
    // `…/shorts/…`, `vimeo.com/…`): its first part that passes the provider's pattern is the id.
    if (pattern && /(youtu|vimeo)[^/]*\//i.test(id)) id = id.split(/[/?&=#]/).find((part) => pattern.test(part)) ?? id;
    const url = file && safeUrl(id, undefined, MEDIA_PROTOCOLS);
    const bad = !ready ? '' : src && !from ? `video "${this.video}"` : url || pattern?.test(id) ? '' : `${provider} "${id}"`;
    if (bad && bad != this.bad) console.error('hromada-video: bad ' + bad);
    this.bad = bad;
    if (url) id = url;
    if (this.played != id) this.played = undefined;
    const title = this.videoTitle || from?.title;
    const text = paragraphs(this.description || from?.description || '');
    const long = text.length > 200;
    const time = duration(this.duration || from?.duration);
    const poster = safeUrl(this.poster, undefined, MEDIA_PROTOCOLS) ?? from?.poster;
    const youtube = provider == 'youtube' && !poster && this.youtubePoster;
    const shown = (poster ? [poster] : youtube ? ['maxres', 'hq'].map((size) => `https://i.ytimg.com/vi/${id}/${size}default.jpg`) : []).find(
      (candidate) => !this.failed.includes(candidate + ' '),
    );
    const play = () => this.play(provider, id);
    // Named with the title: several cards on a page must not offer the same link name.
    const watch = msg(str`Дивитися на ${hostName}`);
    const label = `${msg('Відтворити відео')}${title ? ': ' + title : ''}${time ? ', ' + time[1] : ''}`;
    const tail = html`${error ? renderFeedError(error, this.feed.retry) : nothing}
      ${ready && title ? headingTemplate(this.headingLevel || 3, title, { part: 'title' }) : nothing}
      ${text
        ? // WCAG 3.1.2: the feed's description in the feed's language.
          html`<p id="d" part="description" lang=${(!this.description && from && feed!.language) || nothing}>${(long && !this.open ? shorten(text, 200) : text)
            .split(URLS)
            .map((piece, i) => (i % 2 ? html`<a href=${safeUrl(piece) ?? nothing}>${piece}</a>` : piece))}</p>`
        : nothing}
      ${long
        ? html`<button part="more-button" aria-expanded=${!!this.open} aria-controls="d" @click=${() => (this.open = !this.open)}
            >${this.open ? msg('Показати менше') : msg('Показати більше')}</button>`
        : nothing}
      ${ready && !bad && watchPage ? html`<a part="watch-link" href=${watchPage + id} aria-label=${title ? `${watch}: ${title}` : nothing}>${watch}</a>` : nothing}`;
    return html`<div part="card">
      ${stale ? renderStaleNotice(this.feed.updatedAt) : nothing}
      <div class="frame" part="frame">
        ${!ready
          ? nothing
          : bad
            ? html`<p class="message" part="message">${msg('Відео недоступне.')}</p>`
            : this.played != id
              ? // The common card (a poster and a duration) is one template: each nested one is a clone more per card.
                shown && time
                ? html`<img part="poster" src=${shown} alt="" loading="lazy" @load=${youtube ? this.posterFailed : nothing} @error=${this.posterFailed} /><span
                      part="duration" aria-hidden="true">${time[0]}</span><button class="play" part="play-button" @click=${play} aria-label=${label}></button>`
                : html`${shown
                      ? html`<img part="poster" src=${shown} alt="" loading="lazy" @load=${youtube ? this.posterFailed : nothing} @error=${this.posterFailed} />`
                      : html`<span class="placeholder" part="placeholder" aria-hidden="true">${title}</span>`}
                    ${time ? html`<span part="duration" aria-hidden="true">${time[0]}</span>` : nothing}
                    <button class="play" part="play-button" @click=${play} aria-label=${label}></button>`
              : file
                ? html`<video part="player" src=${id} aria-label=${title || nothing} poster=${poster ?? nothing} controls preload="none" playsinline>
                    ${([...(from?.captions ?? []), ...this.querySelectorAll('track')] as (VideoCaptions & { kind?: string })[]).map(
                      (track) => html`<track kind=${track.kind || 'captions'} src=${safeUrl(track.src, undefined, MEDIA_PROTOCOLS) ?? nothing}
                        srclang=${track.srclang} label=${track.label} ?default=${track.srclang.startsWith(getLocale())} />`,
                    )}</video>`
                : html`<iframe part="player" src=${embedUrl(provider, id, this.uk!)} title=${title || hostName}
                    allow="autoplay; encrypted-media; picture-in-picture" allowfullscreen referrerpolicy="strict-origin-when-cross-origin"
                    @load=${(event: Event) => (event.target as HTMLIFrameElement).contentWindow?.postMessage(playCommand!, player!)}></iframe>`}
      </div>
      ${src && this.feed.waited
        ? html`<div class="over"><div class="tail">${tail}</div>${room}</div>`
        : tail}
    </div>`;
  }
}

// The room of a typical card's text below the frame (a title of two lines on a phone, a description
// shortened to 200 characters in two paragraphs, "show more" and the watch link), unseen, under a feed's
// card while it loads and what replaces it, so that a shorter one or an error moves nothing after it (SPEC §6).
// Inert: unheard, unfound and uncopied with the page's styles off too.
const room = html`<div class="room tail" inert>
  <div class="t">${'hromada '.repeat(8)}</div>
  <div class="d">${'hromada '.repeat(20)}\n\n${'hromada '.repeat(5)}</div>
  <div>hromada</div>
  <div>hromada</div>
</div>`;
