import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { HromadaElement } from '../../internal/hromada-element.js';
import { renderFeedError, renderStaleNotice } from '../../internal/feed-status.js';
import { FeedController } from '../../data/feed-controller.js';
import { MEDIA_PROTOCOLS, safeUrl } from '../../data/safe-url.js';
import type { Video, VideoProvider } from '../../data/model.js';
import { getLocale } from '../../i18n/localization.js';
import { embedUrl, isValidVideoId, isYoutubePlaceholder, PROVIDERS, watchUrl, youtubePosterUrl } from './providers.js';
import { formatClock, parseDuration, spokenDuration } from './duration.js';
import { linkify, truncatePieces, type TextPiece } from './linkify.js';
import '../../events/hromada-video-play.js';
import baseStyles from '../../internal/base.styles.js';
import feedStatusStyles from '../../internal/feed-status.styles.js';
import styles from './video.styles.js';

/** Descriptions longer than this are shortened behind "Показати більше". */
const DESCRIPTION_LIMIT = 200;
const ALLOW = 'accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share';
const TRACK_KINDS = new Set(['captions', 'subtitles', 'descriptions', 'chapters']);

/** What the card shows, from the attributes, else from the feed's video. */
interface Shown {
  provider: string;
  /** The YouTube or Vimeo id, or the file's URL as given. */
  id: string;
  title: string;
  description: string;
  duration: string;
  poster: string | undefined;
  feedVideo: Video | undefined;
}

interface Track {
  kind: string;
  src: string;
  srclang: string;
  label: string;
  isDefault: boolean;
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
 */
export class HromadaVideo extends HromadaElement {
  static override styles = [baseStyles, feedStatusStyles, styles];

  private readonly feed = new FeedController(this, () => this.src);

  /** `youtube` (default), `vimeo` or `file`. */
  @property({ attribute: 'provider' }) provider = '';

  /** The YouTube id (11 characters) or the numeric Vimeo id (`123456789`, unlisted: `123456789/hash`). */
  @property({ attribute: 'video-id' }) videoId = '';

  /** The video file's http(s) URL, for `provider="file"`. */
  @property({ attribute: 'video-src' }) videoSrc = '';

  /** The poster image's URL; without one, a placeholder with the title. */
  @property({ attribute: 'poster' }) poster = '';

  /** Opts in to YouTube's own thumbnail, a request to Google before play; off by default. */
  @property({ type: Boolean, attribute: 'youtube-poster' }) youtubePoster = false;

  /** The video's title. */
  @property({ attribute: 'video-title' }) videoTitle = '';

  /** ISO 8601 duration, e.g. `PT4M12S`. */
  @property({ attribute: 'duration' }) duration = '';

  /** Plain text; URLs in it become links, blank lines separate paragraphs. */
  @property({ attribute: 'description' }) description = '';

  /** `landscape` (16:9, default) or `portrait` (9:16). Reflected: the styles read it from the host. */
  @property({ attribute: 'aspect', reflect: true }) aspect = '';

  /** The title's heading level in the page's outline, 2–6; default 3. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** A feed URL; the video comes from its `_hromada.videos`. */
  @property({ attribute: 'src' }) src = '';

  /** The id of the feed's video; the feed's first video when empty. */
  @property({ attribute: 'video' }) video = '';

  @state() private playing = false;
  @state() private expanded = false;
  /** 0: the poster as given (YouTube: maxresdefault); 1: YouTube's hqdefault; 2: none loaded. */
  @state() private posterStage = 0;

  private shown: Shown | undefined;
  private problem: string | undefined;
  private loggedProblem: string | undefined;
  private playerUrl = '';
  private tracks: Track[] = [];
  private pieces: TextPiece[] = [];
  private piecesOf: string | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    const waiting = this.src !== '' && this.feed.status !== 'loaded';
    const previous = this.shown;
    this.shown = waiting ? undefined : this.resolve();
    const shown = this.shown;
    if (previous?.id !== shown?.id || previous?.provider !== shown?.provider || changed.has('youtubePoster')) {
      this.playing = false;
    }
    if (previous?.poster !== shown?.poster || previous?.id !== shown?.id || changed.has('youtubePoster')) {
      this.posterStage = 0;
    }
    this.problem = shown ? this.findProblem(shown) : undefined;
    if (this.problem && this.problem !== this.loggedProblem) console.error(`<hromada-video>: ${this.problem}`);
    this.loggedProblem = this.problem;
    if (shown && shown.description !== this.piecesOf) {
      this.piecesOf = shown.description;
      this.pieces = linkify(paragraphs(shown.description));
    }
  }

  private resolve(): Shown | undefined {
    let feedVideo: Video | undefined;
    const videos = this.feed.feed?.videos ?? [];
    if (this.src) {
      feedVideo = this.video ? videos.find((candidate) => candidate.id === this.video) : videos[0];
    }
    const provider = (this.provider || feedVideo?.provider || 'youtube').toLowerCase();
    const attributeId = provider === 'file' ? this.videoSrc : this.videoId;
    return {
      provider,
      id: attributeId.trim() || (provider === 'file' ? feedVideo?.src : feedVideo?.videoId) || '',
      title: this.videoTitle || feedVideo?.title || '',
      description: this.description || feedVideo?.description || '',
      duration: this.duration || feedVideo?.duration || '',
      poster: safeUrl(this.poster, undefined, MEDIA_PROTOCOLS) ?? feedVideo?.poster,
      feedVideo,
    };
  }

  /** The exact cause, for the console; undefined when the player can be built. */
  private findProblem(shown: Shown): string | undefined {
    if (this.src && !shown.feedVideo) {
      return this.video ? `the feed ${this.src} has no video with id "${this.video}"` : `the feed ${this.src} has no videos`;
    }
    const { provider, id } = shown;
    if (!(PROVIDERS as readonly string[]).includes(provider)) return `provider "${provider}" is not youtube, vimeo or file`;
    if (provider === 'file') {
      return safeUrl(id, undefined, MEDIA_PROTOCOLS) ? undefined : `video-src "${id}" is not an http(s) URL`;
    }
    if (isValidVideoId(provider as 'youtube' | 'vimeo', id)) return undefined;
    return provider === 'youtube'
      ? `video-id "${id}" is not a YouTube id (11 characters: A–Z, a–z, 0–9, _ and -)`
      : `video-id "${id}" is not a Vimeo id (digits, optionally /hash)`;
  }

  private handlePlay(): void {
    const shown = this.shown;
    if (!shown || this.problem) return;
    const provider = shown.provider as VideoProvider;
    const file = provider === 'file';
    const videoId = file ? safeUrl(shown.id, undefined, MEDIA_PROTOCOLS)! : shown.id;
    if (!this.emit('hromada-video-play', { provider, videoId }, { cancelable: true })) return;
    this.playerUrl = file ? videoId : embedUrl(provider, videoId, getLocale() === 'uk');
    this.tracks = file ? this.collectTracks(shown.feedVideo) : [];
    this.playing = true;
    // Rendered now, not in a microtask: play() and focus must happen inside the
    // reader's tap, or phones (iOS) ask for a second one.
    this.performUpdate();
    const player = this.renderRoot.querySelector<HTMLIFrameElement | HTMLVideoElement>('.player');
    player?.focus();
    if (player instanceof HTMLVideoElement) {
      player.play()?.catch((error: unknown) => console.warn(`<hromada-video>: ${videoId} did not start playing`, error));
    }
  }

  /** Captions from the feed, else the webmaster's light-DOM `<track>` children (copied: a shadow <video> cannot use slotted tracks). */
  private collectTracks(feedVideo: Video | undefined): Track[] {
    const locale = getLocale();
    const fromFeed = (feedVideo?.captions ?? []).map((caption) => ({
      kind: 'captions',
      src: caption.src,
      srclang: caption.srclang,
      label: caption.label,
      isDefault: caption.srclang.toLowerCase().startsWith(locale),
    }));
    if (fromFeed.length) return fromFeed;
    const tracks: Track[] = [];
    for (const track of this.querySelectorAll(':scope > track')) {
      const src = safeUrl(track.getAttribute('src'), undefined, MEDIA_PROTOCOLS);
      const kind = (track.getAttribute('kind') ?? 'subtitles').toLowerCase();
      if (!src || !TRACK_KINDS.has(kind)) continue;
      const srclang = track.getAttribute('srclang') ?? '';
      tracks.push({ kind, src, srclang, label: track.getAttribute('label') ?? srclang, isDefault: track.hasAttribute('default') });
    }
    return tracks;
  }

  private handleToggle(): void {
    this.expanded = !this.expanded;
  }

  private handlePosterLoad(event: Event): void {
    // YouTube has no maxresdefault for many videos and answers with a 120×90 grey image.
    if (this.posterStage === 0 && this.youtubePosterUsed() && isYoutubePlaceholder(event.target as HTMLImageElement)) {
      this.posterStage = 1;
    }
  }

  private handlePosterError(): void {
    if (this.posterStage === 0 && this.youtubePosterUsed()) {
      this.posterStage = 1;
      return;
    }
    console.warn(`<hromada-video>: the poster ${this.posterUrl() ?? ''} did not load; showing the title instead`);
    this.posterStage = 2;
  }

  private youtubePosterUsed(): boolean {
    return !this.shown?.poster && this.youtubePoster && this.shown?.provider === 'youtube' && !this.problem;
  }

  private posterUrl(): string | undefined {
    if (this.posterStage === 2 || !this.shown) return undefined;
    if (this.shown.poster) return this.shown.poster;
    if (!this.youtubePosterUsed()) return undefined;
    return youtubePosterUrl(this.shown.id, this.posterStage === 0 ? 'maxresdefault' : 'hqdefault');
  }

  protected override render() {
    const shown = this.shown;
    const status = this.feed.status;
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
    return html`
      <div class="card" part="card" aria-busy=${status === 'loading' ? 'true' : nothing}>
        ${this.feed.stale ? renderStaleNotice(this.feed.updatedAt) : nothing}
        <div class="frame" part="frame">
          ${shown ? (this.playing ? this.renderPlayer(shown) : this.renderFacade(shown)) : nothing}
        </div>
        ${status === 'error' && this.feed.error ? renderFeedError(this.feed.error, () => this.feed.retry()) : nothing}
        ${shown?.title ? html`<div class="title" part="title" role="heading" aria-level=${level}>${shown.title}</div>` : nothing}
        ${shown ? this.renderDescription() : nothing}
        ${shown && !this.problem && shown.provider !== 'file' ? this.renderWatchLink(shown) : nothing}
      </div>
    `;
  }

  private renderFacade(shown: Shown) {
    if (this.problem) {
      return html`<p class="message" part="message">
        ${this.src && !shown.feedVideo ? msg('Цього відео немає в даних.') : msg('Відео не вдалося показати: його адресу вказано неправильно.')}
      </p>`;
    }
    const poster = this.posterUrl();
    const seconds = shown.duration ? parseDuration(shown.duration) : undefined;
    return html`
      ${poster
        ? html`<img class="poster" part="poster" src=${poster} alt="" loading="lazy" decoding="async"
            @load=${this.youtubePosterUsed() ? this.handlePosterLoad : nothing} @error=${this.handlePosterError} />`
        : html`<span class="placeholder" part="placeholder" aria-hidden="true"><span>${shown.title}</span></span>`}
      <button type="button" class="play" part="play-button" @click=${this.handlePlay}>
        <svg class="icon" viewBox="0 0 48 48" aria-hidden="true" focusable="false">${PLAY_ICON}</svg>
        <span class="visually-hidden">${shown.title ? msg(str`Відтворити відео: ${shown.title}`) : msg('Відтворити відео')}</span>
      </button>
      ${seconds
        ? html`<span class="duration" part="duration"><span aria-hidden="true">${formatClock(seconds)}</span><span
              class="visually-hidden">${spokenDuration(seconds)}</span></span>`
        : nothing}
    `;
  }

  private renderPlayer(shown: Shown) {
    if (shown.provider === 'file') {
      return html`<video class="player" part="player" src=${this.playerUrl} poster=${shown.poster ?? nothing}
        controls preload="none" playsinline>${this.tracks.map(
          (track) => html`<track kind=${track.kind} src=${track.src} srclang=${track.srclang || nothing}
            label=${track.label || nothing} ?default=${track.isDefault} />`,
        )}</video>`;
    }
    return html`<iframe class="player" part="player" src=${this.playerUrl} title=${shown.title || msg('Відео')}
      allow=${ALLOW} allowfullscreen referrerpolicy="strict-origin-when-cross-origin"></iframe>`;
  }

  private renderDescription() {
    if (this.pieces.length === 0) return nothing;
    const short = truncatePieces(this.pieces, DESCRIPTION_LIMIT);
    const pieces = this.expanded ? this.pieces : short.pieces;
    return html`
      <p class="description" id="description" part="description">${pieces.map((piece) =>
        typeof piece === 'string' ? piece : html`<a href=${piece.href}>${piece.text}</a>`,
      )}</p>
      ${short.truncated
        ? html`<button type="button" class="more" part="more-button" aria-expanded=${this.expanded ? 'true' : 'false'}
            aria-controls="description" @click=${this.handleToggle}>${this.expanded ? msg('Показати менше') : msg('Показати більше')}</button>`
        : nothing}
    `;
  }

  private renderWatchLink(shown: Shown) {
    const youtube = shown.provider === 'youtube';
    return html`<a class="watch" part="watch-link" href=${watchUrl(shown.provider as 'youtube' | 'vimeo', shown.id)}>
      ${youtube ? msg('Дивитися на YouTube') : msg('Дивитися на Vimeo')}</a>`;
  }
}

/** Blank lines separate paragraphs; other line breaks are the markup's wrapping, not the author's. */
function paragraphs(text: string): string {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .join('\n\n');
}

const PLAY_ICON = svg`<circle cx="24" cy="24" r="24" /><path d="M19 14v20l16-10z" />`;
