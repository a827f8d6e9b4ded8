import { html, nothing, type PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import { HromadaElement } from '../../internal/hromada-element.js';
import { renderFeedError, renderStaleNotice } from '../../internal/feed-status.js';
import { renderSafeHtml } from '../../internal/render-safe-html.js';
import { clampHeadingLevel, headingTemplate } from '../../internal/heading.js';
import { FeedController } from '../../data/feed-controller.js';
import type { FeedError } from '../../data/feed-error.js';
import { loadFeed } from '../../data/load-feed.js';
import { loadRegionTree, type RegionTree } from '../../data/regions.js';
import { isRegionCode, regionLevel, regionMatcher } from '../../data/region-code.js';
import type { NewsItem } from '../../data/model.js';
import { formatDate, formatRecent } from '../../i18n/format.js';
import { plural } from '../../i18n/plural.js';
import { regionName } from '../../i18n/region-names.js';
import { findRegion } from './find-region.js';
import baseStyles from '../../internal/base.styles.js';
import feedStatusStyles from '../../internal/feed-status.styles.js';
import styles from './news-list.styles.js';
import '../../events/hromada-news-load.js';
import '../../events/hromada-news-error.js';
import type { HromadaRegionChangeEvent } from '../../events/hromada-region-change.js';

/**
 * @summary The news of the selected region from any feed the data layer reads: newest first, paged, with its region named in the heading.
 *
 * @fires hromada-news-load - A feed page loaded and is shown; detail `{ count, fromCache, stale }`, `count` being the region's items loaded so far.
 * @fires hromada-news-error - The feed or a further page failed; detail `{ kind, message, url, status }`.
 *
 * @csspart base - The section around everything.
 * @csspart heading - "Новини Зноб-Новгородської громади".
 * @csspart list - The list of items.
 * @csspart item - One news item.
 * @csspart title - The item's title (a heading one level below the list's).
 * @csspart link - The title's link to the article.
 * @csspart meta - The line with the date and, for an oblast, the item's hromada.
 * @csspart date - The `<time>` element.
 * @csspart source - The hromada an item comes from.
 * @csspart summary - The summary, clamped to three lines.
 * @csspart full-text - The "Читати повністю" disclosure with the article's text.
 * @csspart image - The item's image.
 * @csspart tags - The list of tags.
 * @csspart tag - One tag.
 * @csspart skeleton - A placeholder item while loading.
 * @csspart empty - The "no news" message.
 * @csspart widen - The button that shows all news of the oblast.
 * @csspart more - The "Показати ще" button.
 * @csspart error - The error message (with `retry`).
 * @csspart retry - The retry button.
 * @csspart stale - The "outdated" notice.
 *
 * @cssproperty --hromada-news-image-width - Width of the item images beside the text; default `min(30%, 10em)`.
 */
export class HromadaNewsList extends HromadaElement {
  static override styles = [baseStyles, feedStatusStyles, styles];
  // Not decorators: one object literal is smaller than a call per property.
  static override properties = {
    src: {},
    region: {},
    for: {},
    limit: { type: Number },
    feedRegion: { attribute: 'feed-region' },
    headingLevel: { attribute: 'heading-level', type: Number },
    followed: { state: true },
    widened: { state: true },
    tree: { state: true },
  };

  private readonly feed = new FeedController(this, () => this.feedUrl(), {
    onChange: (c) => {
      if (c.feed && c.status === 'loaded') {
        this.extra = [];
        this.next = c.feed.nextUrl;
        this.moreError = undefined;
        this.pending = true;
        // A kept copy is announced outside an update cycle.
        this.requestUpdate();
      } else if (c.error) this.fail(c.error);
    },
  });

  /** Feed URL; `{region}` in it is replaced by the selected KATOTTG code. */
  src = '';

  /** KATOTTG code of the region to show (oblast, raion or hromada); empty: all of Ukraine. */
  region = '';

  /** Id of a `<hromada-region-filter>` to follow. */
  for = '';

  /** Items per page, default 10. */
  limit = 10;

  /** KATOTTG code for the items of a feed that carries no regions (a hromada site's own RSS). */
  feedRegion = '';

  /** Level of the list's heading, 2–6; item titles are one level below. */
  headingLevel = 2;

  /** The region of the followed filter, or of the page's `?region=`. */
  private followed = '';
  /** The oblast chosen from the empty state, until the selection changes. */
  private widened = '';
  private extra: NewsItem[] = [];
  private next?: string;
  private busy = false;
  private moreError?: FeedError;
  private tree?: RegionTree;

  /** The valid KATOTTG code shown, '' for all of Ukraine. */
  private code = '';
  private pages = 1;
  private items: NewsItem[] = [];
  private key: unknown[] = [];
  private pending = false;
  private treeLoad?: Promise<unknown>;
  /** Ids of the items whose full text was opened: rendered from then on. */
  private open = new Set<string>();
  private root?: Node;

  override connectedCallback(): void {
    super.connectedCallback();
    // On the root, not on the filter: the filter may be defined, or even added, after this element.
    (this.root = this.getRootNode()).addEventListener('hromada-region-change', this.onRegion);
    addEventListener('popstate', this.follow);
    customElements.whenDefined('hromada-region-filter').then(async () => {
      // The filter restores its value from the URL as it upgrades; read it once that is reflected.
      await (this.filter() as { updateComplete?: unknown } | null)?.updateComplete;
      this.follow();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.root?.removeEventListener('hromada-region-change', this.onRegion);
    removeEventListener('popstate', this.follow);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('for') || changed.has('region')) this.follow();
    if (changed.has('followed') || changed.has('region')) this.widened = '';
    const code = this.widened || this.region || this.followed;
    this.code = isRegionCode(code) ? code : '';
    if (code !== this.code && (changed.has('region') || changed.has('followed'))) console.error(`hromada-news-list: bad region "${code}"`);
  }

  protected override updated(): void {
    if (this.pending) {
      this.pending = false;
      this.emit('hromada-news-load', { count: this.list().length, fromCache: this.feed.fromCache, stale: this.feed.stale });
    }
  }

  private readonly onRegion = (event: Event) => {
    if (this.for && (event.target as Element).id === this.for) this.followed = (event as HromadaRegionChangeEvent).detail?.code ?? '';
  };

  private readonly follow = () => {
    // region="" is a choice too (all of Ukraine, as <hromada-embed> sets it); only without the attribute does the URL decide.
    this.followed = this.for
      ? (this.filter()?.getAttribute('value') ?? '')
      : this.hasAttribute('region') ? '' : (new URLSearchParams(location.search).get('region') ?? '');
  };

  private filter(): Element | null {
    return this.for ? (this.getRootNode() as Document).getElementById?.(this.for) : null;
  }

  private fail(error: FeedError): void {
    this.emit('hromada-news-error', { kind: error.kind, message: error.message, url: error.url, status: error.status });
  }

  private feedUrl(): string {
    // One file per region: with none selected there is no file to ask for.
    return this.src.includes('{region}') ? (this.code && this.src.replaceAll('{region}', this.code)) : this.src;
  }

  private size(): number {
    return Number.isInteger(this.limit) && this.limit > 0 ? this.limit : 10;
  }

  /** The region's items, each id once, newest first (undated last); a new feed or region starts again at page one. */
  private list(): NewsItem[] {
    const feed = this.feed.status === 'loaded' ? this.feed.feed : undefined;
    const key = [feed, this.extra, this.code, this.feedRegion];
    if (key.some((value, i) => value !== this.key[i])) {
      if (key[0] !== this.key[0] || key[2] !== this.key[2]) this.pages = 1;
      this.key = key;
      const inRegion = this.code ? regionMatcher(this.code) : () => true;
      const seen = new Set<string>();
      const time = (item: NewsItem) => item.published?.getTime() ?? -9e15;
      this.items = (feed ? feed.items.concat(this.extra) : [])
        .filter((item) => {
          if (seen.has(item.id)) return false;
          seen.add(item.id);
          const region = this.regionOf(item);
          // An item that carries no region is shown whatever region is chosen (SPEC §3).
          return !region || inRegion(region);
        })
        .sort((a, b) => time(b) - time(a));
    }
    return this.items;
  }

  private regionOf(item: NewsItem): string | undefined {
    return item.region || this.feedRegion;
  }

  private readonly more = async () => {
    if (this.busy) return;
    const feed = this.feed.feed;
    const first = this.pages * this.size();
    const visited = new Set<string>();
    this.moreError = undefined;
    this.busy = true;
    this.requestUpdate();
    try {
      // At most 5 further pages per press looking for the region's items.
      while (this.list().length < first + this.size() && this.next && !visited.has(this.next) && visited.size < 5) {
        visited.add(this.next);
        const page = await loadFeed(this.next);
        if (feed !== this.feed.feed) return;
        this.extra = this.extra.concat(page.items);
        this.next = page.nextUrl;
        this.pending = true;
      }
    } catch (error) {
      if (feed !== this.feed.feed) return;
      this.fail((this.moreError = error as FeedError));
    } finally {
      this.busy = false;
    }
    this.pages++;
    this.requestUpdate();
    await this.updateComplete;
    const items = this.renderRoot.querySelectorAll<HTMLElement>('.list>li');
    // No new item and no button left (the last pages had none of this region's news): focus must not fall to the page.
    (items[first] ?? (this.renderRoot.querySelector('[part=more]') ? null : items[items.length - 1]))?.focus();
  };

  protected override render() {
    const code = this.code;
    const level = regionLevel(code);
    const items = this.list();
    const fallback = items[0] && this.regionOf(items[0]);
    const sources = level !== 'hromada' && items.some((item) => this.regionOf(item) !== fallback);
    // Names only: the list never waits for the tree, and names oblasts without it.
    if (sources || level) {
      this.treeLoad ??= loadRegionTree(this.filter()?.getAttribute('regions-src') || undefined).then(
        (tree) => (this.tree = tree),
        (error: unknown) => console.warn('hromada-news-list:', error),
      );
    }
    const region = findRegion(code, this.tree);
    const name = region?.level === level ? regionName(region!, { case: 'genitive', withType: false }) : '';
    const oblast = level && level !== 'oblast' && findRegion(code);
    const { status, error, stale, updatedAt } = this.feed;
    const shown = Math.min(this.pages * this.size(), items.length);
    const titleLevel = Math.min(6, clampHeadingLevel(this.headingLevel) + 1);
    const now = new Date();
    return html`<section part="base" aria-labelledby="heading">
      ${headingTemplate(this.headingLevel, !code ? msg('Новини України') : name ? msg(str`Новини ${name}`) : msg('Новини'), { id: 'heading', part: 'heading' })}
      ${stale ? renderStaleNotice(updatedAt) : nothing}
      ${status === 'error' && error
        ? renderFeedError(error, () => this.feed.retry())
        : status === 'loading'
          ? html`<ul class="list" part="list" aria-busy="true" aria-hidden="true">
                ${Array.from({ length: Math.min(this.size(), 10) }, () => html`<li class="item skeleton" part="skeleton">
                  <i class="image"></i><div class="title">&nbsp;</div><p class="meta">&nbsp;</p><p class="summary">&nbsp;<br />&nbsp;<br />&nbsp;</p>
                </li>`)}
              </ul>
              <div class="gap"></div>
              <p class="visually-hidden" role="status">${msg('Завантаження новин…')}</p>`
          : !items.length
            ? html`<p part="empty" role="status">${name ? msg(str`Немає новин для ${name}.`) : msg('Новин поки немає.')}</p>
                ${oblast
                  ? html`<button class="feed-error__retry more" part="widen" @click=${async () => {
                      this.widened = oblast.code;
                      await this.updateComplete;
                      // The button is gone; the reader continues at the first of the oblast's items.
                      this.renderRoot.querySelector<HTMLElement>('.list>li')?.focus();
                    }}>${msg(str`Показати всі новини ${regionName(oblast, { case: 'genitive' })}`)}</button>`
                  : nothing}`
            : html`<ul class="list" part="list" aria-busy=${this.busy}>
                  ${items.slice(0, shown).map((item) => {
                    const { id, image, published: date, content } = item;
                    const source = sources && this.tree && findRegion(this.regionOf(item), this.tree);
                    return html`<li class="item" part="item" tabindex="-1">
                      ${image
                        ? html`<img class="image" part="image" src=${image.url} alt=${image.alt} width=${image.width ?? 640} height=${image.height ?? 360} loading="lazy" />`
                        : nothing}
                      <div class="title" part="title" role="heading" aria-level=${titleLevel}>
                        ${item.url ? html`<a href=${item.url} part="link">${item.title}</a>` : item.title}
                      </div>
                      <p class="meta" part="meta">
                        ${date ? html`<time part="date" datetime=${date.toISOString()}>${formatRecent(date, now) ?? formatDate(date)}</time>` : nothing}
                        ${sources
                          ? // There, with a space in it, before the names arrive: they then fill a line box that already exists.
                            html`<span class="source" part="source">${source ? regionName(source) : '\u00a0'}</span>`
                          : nothing}
                      </p>
                      ${item.summary ? html`<p class="summary" part="summary">${item.summary}</p>` : nothing}
                      ${content
                        ? html`<details part="full-text" ?open=${this.open.has(id)} @toggle=${() => {
                            this.open.add(id);
                            this.requestUpdate();
                          }}>
                            <summary>${msg('Читати повністю')}</summary>
                            ${this.open.has(id) ? renderSafeHtml(content) : nothing}
                          </details>`
                        : nothing}
                      ${item.tags.length
                        ? html`<ul class="tags" part="tags">${item.tags.map((tag) => html`<li class="tag" part="tag">${tag}</li>`)}</ul>`
                        : nothing}
                    </li>`;
                  })}
                </ul>
                <p class="visually-hidden" role="status">
                  ${plural(shown, {
                    one: msg(str`Показано ${shown} новину`),
                    many: msg(str`Показано ${shown} новин`),
                    other: msg(str`Показано ${shown} новини`),
                  })}
                </p>
                ${this.moreError ? renderFeedError(this.moreError, this.more) : nothing}
                ${shown < items.length || (this.next && !this.moreError)
                  ? html`<button class="feed-error__retry more" part="more" @click=${this.more}>${msg('Показати ще')}</button>`
                  : nothing}`}
    </section>`;
  }
}
