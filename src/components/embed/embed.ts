import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { HromadaElement } from '../../internal/hromada-element.js';
import baseStyles from '../../internal/base.styles.js';
import feedStatusStyles from '../../internal/feed-status.styles.js';
import { renderFeedError } from '../../internal/feed-status.js';
import { headingTemplate, clampHeadingLevel } from '../../internal/heading.js';
import { FeedController } from '../../data/feed-controller.js';
import type { Feed } from '../../data/model.js';
import type { HromadaRegionChangeEvent } from '../../events/hromada-region-change.js';
import styles from './embed.styles.js';

/**
 * @summary The one-tag embed for webmasters: lays out one feed — its hotlines, a region filter with the news list, its guides and its videos — showing only the parts the feed has.
 *
 * @csspart layout - The grid that holds every part.
 * @csspart hotlines - The hotline banners' area.
 * @csspart news - The region filter and news list area.
 * @csspart guides - The guides' area.
 * @csspart videos - The videos' area.
 * @csspart section-heading - The "Посібники" and "Відео" headings.
 * @csspart error - The message shown when the feed cannot be loaded.
 * @csspart retry - Its retry button.
 *
 * @cssproperty --hromada-accent - Every --hromada-* property set on the embed reaches the elements inside it.
 */
export class HromadaEmbed extends HromadaElement {
  static override styles = [baseStyles, feedStatusStyles, styles];

  /** The feed URL: a hromada feed, or any feed the news list reads. */
  @property({ attribute: 'src' }) src = '';

  /** Level of the embed's section headings (2–6); the elements inside use the next level. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  @state() private region: string | undefined;

  private readonly feed = new FeedController(this, () => this.src);

  private handleRegionChange(event: HromadaRegionChangeEvent): void {
    this.region = event.detail.code ?? '';
  }

  protected override render() {
    const { status, feed, error } = this.feed;
    if (status === 'error' && error) return renderFeedError(error, () => this.feed.retry());
    if (!feed) return html`<div aria-busy="true"></div>`;
    const hasNews = feed.items.length > 0;
    const wide = hasNews && (feed.guides.length > 0 || feed.videos.length > 0);
    return html`
      <div class="layout ${wide ? 'wide' : ''}" part="layout">
        ${this.renderHotlines(feed)} ${hasNews ? this.renderNews(feed) : nothing} ${this.renderGuides(feed)}
        ${this.renderVideos(feed)}
      </div>
    `;
  }

  private get innerHeadingLevel(): number {
    return clampHeadingLevel(this.headingLevel + 1);
  }

  private renderHotlines(feed: Feed) {
    if (feed.hotlines.length === 0) return nothing;
    return html`
      <div class="hotlines" part="hotlines">
        ${feed.hotlines.map(
          (hotline) => html`<hromada-hotline
            src=${this.src}
            hotline=${hotline.id}
            heading-level=${clampHeadingLevel(this.headingLevel)}
          ></hromada-hotline>`,
        )}
      </div>
    `;
  }

  /** The filter appears only when the news spans more than one region, and offers only those regions. */
  private renderNews(feed: Feed) {
    const regions = [...new Set(feed.items.map((item) => item.region).filter((code): code is string => !!code))];
    const showFilter = regions.length > 1;
    return html`
      <div class="news" part="news" @hromada-region-change=${this.handleRegionChange}>
        ${showFilter ? html`<hromada-region-filter only=${regions.join(' ')}></hromada-region-filter>` : nothing}
        <hromada-news-list
          src=${this.src}
          region=${this.region ?? nothing}
          heading-level=${clampHeadingLevel(this.headingLevel)}
        ></hromada-news-list>
      </div>
    `;
  }

  private renderGuides(feed: Feed) {
    if (feed.guides.length === 0) return nothing;
    return html`
      <div class="guides" part="guides">
        ${feed.guides.map(
          (guide) => html`
            <section aria-labelledby="guide-${guide.id}">
              ${headingTemplate(this.headingLevel, html`${guide.title || msg('Посібник')}`, { id: `guide-${guide.id}`, part: 'section-heading' })}
              <hromada-guide src=${this.src} guide=${guide.id} heading-level=${this.innerHeadingLevel}></hromada-guide>
            </section>
          `,
        )}
      </div>
    `;
  }

  private renderVideos(feed: Feed) {
    if (feed.videos.length === 0) return nothing;
    return html`
      <section class="videos" part="videos" aria-labelledby="videos-heading">
        ${headingTemplate(this.headingLevel, msg('Відео'), { id: 'videos-heading', part: 'section-heading' })}
        <div>
          ${feed.videos.map((video) => html`<hromada-video src=${this.src} video=${video.id}></hromada-video>`)}
        </div>
      </section>
    `;
  }
}
