import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { HromadaElement } from '../../internal/hromada-element.js';
import baseStyles from '../../internal/base.styles.js';
import feedStatusStyles from '../../internal/feed-status.styles.js';
import { renderFeedError } from '../../internal/feed-status.js';
import { headingTemplate, clampHeadingLevel } from '../../internal/heading.js';
import { FeedController } from '../../data/feed-controller.js';
import type { HromadaRegionChangeEvent } from '../../events/hromada-region-change.js';
import styles from './embed.styles.js';

/**
 * Every `--hromada-*` property set on the embed reaches the elements inside it.
 *
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
    const { feed, error } = this.feed;
    if (error) return renderFeedError(error, () => this.feed.retry());
    if (!this.src.trim()) {
      console.error('hromada-embed: no src: give it the URL of a feed');
      return html`<p role="alert" part="error">${msg('Не вказано адресу даних.')}</p>`;
    }
    if (!feed) return html`<div aria-busy="true"></div>`;
    const { src } = this;
    const level = clampHeadingLevel(this.headingLevel);
    // The filter offers only the regions the news comes from, and only when there are several.
    const regions = [...new Set(feed.items.map((item) => item.region).filter(Boolean))];
    const { items, hotlines, guides, videos } = feed;
    return html`
      <div class="layout ${items.length && (guides.length || videos.length) ? 'wide' : ''}" part="layout">
        ${hotlines.length
          ? html`<div class="hotlines" part="hotlines">
              ${hotlines.map((hotline) => html`<hromada-hotline src=${src} hotline=${hotline.id} heading-level=${level}></hromada-hotline>`)}
            </div>`
          : nothing}
        ${items.length
          ? html`<div class="news" part="news" @hromada-region-change=${this.handleRegionChange}>
              ${regions.length > 1 ? html`<hromada-region-filter only=${regions.join(' ')}></hromada-region-filter>` : nothing}
              <hromada-news-list src=${src} region=${this.region ?? nothing} heading-level=${level}></hromada-news-list>
            </div>`
          : nothing}
        ${guides.length
          ? html`<div class="guides" part="guides">
              ${guides.map(
                (guide) => html`<section aria-labelledby="guide-${guide.id}">
                  ${headingTemplate(level, guide.title || msg('Посібник'), { id: `guide-${guide.id}`, part: 'section-heading' })}
                  <hromada-guide src=${src} guide=${guide.id} heading-level=${clampHeadingLevel(level + 1)}></hromada-guide>
                </section>`,
              )}
            </div>`
          : nothing}
        ${videos.length
          ? html`<section class="videos" part="videos" aria-labelledby="videos">
              ${headingTemplate(level, msg('Відео'), { id: 'videos', part: 'section-heading' })}
              <div>${videos.map((video) => html`<hromada-video src=${src} video=${video.id}></hromada-video>`)}</div>
            </section>`
          : nothing}
      </div>
    `;
  }
}
