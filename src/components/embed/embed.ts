import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { HromadaElement } from '../../internal/hromada-element.js';
import baseStyles from '../../internal/base.styles.js';
import feedStatusStyles from '../../internal/feed-status.styles.js';
import { renderFeedError, renderStaleNotice } from '../../internal/feed-status.js';
import { headingTemplate, clampHeadingLevel } from '../../internal/heading.js';
import { FeedController } from '../../data/feed-controller.js';
import type { HromadaRegionChangeEvent } from '../../events/hromada-region-change.js';
import styles from './embed.styles.js';

/**
 * Every `--hromada-*` property set on the embed reaches the elements inside it.
 *
 * @summary The one-tag embed for webmasters: lays out one feed — its hotlines, a region filter with the news list, its guides and its videos — showing only the parts the feed has.
 *
 * Each part can be linked to: `#hotlines`, `#news`, `#guides`, `#guide-<id>`, `#videos`, `#video-<id>`
 * (and a guide's own `#section-id`) scroll to it when the page opens or the hash changes.
 *
 * @csspart layout - The grid that holds every part.
 * @csspart hotlines - The hotline banners' area.
 * @csspart news - The region filter and news list area.
 * @csspart guides - The guides' area.
 * @csspart videos - The videos' area.
 * @csspart section-heading - Each guide's title and the "Відео" heading.
 * @csspart error - The message shown when the feed cannot be loaded.
 * @csspart retry - Its retry button.
 * @csspart region-filter - The `<hromada-region-filter>`, when the news come from several regions.
 * @csspart news-list - The `<hromada-news-list>`.
 * @csspart guide - Each `<hromada-guide>`.
 * @csspart video - Each `<hromada-video>`.
 * @csspart stale - The "data may be outdated" notice, said once for all the parts (theirs are hidden).
 */
export class HromadaEmbed extends HromadaElement {
  static override styles = [baseStyles, feedStatusStyles, styles];
  static override properties = {
    src: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    region: { state: true },
  };

  /** The feed URL: a hromada feed, or any feed the news list reads. */
  src = '';

  /** Level of the embed's section headings (2–6); the elements inside use the next level. */
  headingLevel = 2;

  private region?: string;
  private jumped = false;

  private readonly feed = new FeedController(this, () => this.src, {
    // Once, after the elements inside have rendered: the layout is known only now.
    onChange: () => this.jumped || (this.jumped = !!setTimeout(this.jump)),
  });

  /** Ids inside a shadow root are out of the browser's reach: the embed scrolls to `#news`, `#videos`, `#guide-<id>`… itself. */
  private readonly jump = () => {
    try {
      this.shadowRoot!.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
    } catch {
      // a malformed %-escape in the hash
    }
  };

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.jump);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.jump);
  }

  protected override render() {
    const { feed, error, stale, updatedAt, status } = this.feed;
    const { src } = this;
    if (error) return renderFeedError(error, this.feed.retry);
    // src is null once the attribute is removed.
    if (!src?.trim()) {
      console.error('hromada-embed: no src');
      return html`<p class="feed-error" role="alert" part="error">${msg('Не вказано адресу даних.')}</p>`;
    }
    // Space for what comes, so that the page below does not jump when it arrives.
    // Not the previous src's feed either: its guides and videos would look for themselves in the new one.
    if (!feed || status == 'loading') return html`<p aria-busy="true">${msg('Завантаження…')}</p>`;
    const level = clampHeadingLevel(this.headingLevel);
    const { items, hotlines, guides, videos } = feed;
    // The filter offers only the regions the news comes from, and only when there are several; news of one region is
    // headed with its name ("Новини Зноб-Новгородської громади"), not as all of Ukraine's.
    const regions = [...new Set(items.map((item) => item.region).filter(Boolean))];
    const side = guides.length || videos.length;
    // A feed with nothing else still gets the news list, for its "no news" state.
    const news = items.length || !(side || hotlines.length);
    // The stale notice once, here: the elements inside read the same copy and hide theirs (embed.styles.ts).
    return html`${stale ? renderStaleNotice(updatedAt) : nothing}
      <div class="layout ${news && side ? 'wide' : ''}" part="layout">
        ${hotlines.length
          ? html`<hromada-hotline id="hotlines" part="hotlines" src=${src} heading-level=${level}></hromada-hotline>`
          : nothing}
        ${news
          ? html`<div id="news" part="news" @hromada-region-change=${(event: HromadaRegionChangeEvent) => (this.region = event.detail.code ?? '')}>
              ${regions.length > 1 ? html`<hromada-region-filter part="region-filter" only=${regions.join(' ')}></hromada-region-filter>` : nothing}
              <hromada-news-list part="news-list" src=${src} region=${this.region ?? (regions.length == 1 ? regions[0] : nothing)} heading-level=${level}></hromada-news-list>
            </div>`
          : nothing}
        ${side
          ? html`<div>
              ${guides.length
                ? html`<div id="guides" part="guides">
                    ${guides.map(
                      ({ id, title }) => html`<section aria-labelledby="guide-${id}">
                        ${headingTemplate(level, title || msg('Посібник'), { id: `guide-${id}`, part: 'section-heading' })}
                        <hromada-guide part="guide" src=${src} guide=${id} heading-level=${level + 1}></hromada-guide>
                      </section>`,
                    )}
                  </div>`
                : nothing}
              ${videos.length
                ? html`<section id="videos" part="videos" aria-labelledby="videos-heading">
                    ${headingTemplate(level, msg('Відео'), { id: 'videos-heading', part: 'section-heading' })}
                    <div>${videos.map(({ id }) => html`<hromada-video id="video-${id}" part="video" src=${src} video=${id} heading-level=${level + 1}></hromada-video>`)}</div>
                  </section>`
                : nothing}
            </div>`
          : nothing}
      </div>`;
  }
}
