import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { HromadaElement } from '../../internal/hromada-element.js';
import { renderFeedError, renderStaleNotice } from '../../internal/feed-status.js';
import { renderSafeHtml } from '../../internal/render-safe-html.js';
import { clampHeadingLevel, headingTemplate } from '../../internal/heading.js';
import { FeedController } from '../../data/feed-controller.js';
import { FeedError, isAbortError } from '../../data/feed-error.js';
import { loadFeed } from '../../data/load-feed.js';
import { loadRegionTree, type Region, type RegionTree } from '../../data/regions.js';
import { isRegionCode, regionLevel } from '../../data/region-code.js';
import type { Feed, NewsItem } from '../../data/model.js';
import { formatDate, formatRecent } from '../../i18n/format.js';
import { plural } from '../../i18n/plural.js';
import { regionName } from '../../i18n/region-names.js';
import { selectNews } from './select-news.js';
import { findRegion } from './find-region.js';
import baseStyles from '../../internal/base.styles.js';
import feedStatusStyles from '../../internal/feed-status.styles.js';
import styles from './news-list.styles.js';
import '../../events/hromada-news-load.js';
import '../../events/hromada-news-error.js';
import type { HromadaRegionChangeEvent } from '../../events/hromada-region-change.js';

const DEFAULT_LIMIT = 10;
/** "Показати ще" follows at most this many `next_url` pages per press looking for the region's items. */
const MAX_PAGES_PER_PRESS = 5;

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

  private readonly feed = new FeedController(this, () => this.feedUrl(), {
    onChange: (controller) => this.handleFeedChange(controller),
  });

  /** Feed URL; `{region}` in it is replaced by the selected KATOTTG code. */
  @property({ attribute: 'src' }) src = '';

  /** KATOTTG code of the region to show (oblast, raion or hromada); empty: all of Ukraine. */
  @property({ attribute: 'region' }) region = '';

  /** Id of a `<hromada-region-filter>` to follow. */
  @property({ attribute: 'for' }) for = '';

  /** Items per page. */
  @property({ attribute: 'limit', type: Number }) limit = DEFAULT_LIMIT;

  /** KATOTTG code for the items of a feed that carries no regions (a hromada site's own RSS). */
  @property({ attribute: 'feed-region' }) feedRegion = '';

  /** Level of the list's heading, 2–6; item titles are one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** The region of the followed filter, or of the page's `?region=`. */
  @state() private followedRegion = '';
  /** The oblast chosen from the empty state, until the followed region changes. */
  @state() private widenedRegion = '';
  @state() private shown = 0;
  @state() private extraItems: NewsItem[] = [];
  @state() private nextUrl: string | undefined;
  @state() private loadingMore = false;
  @state() private moreError: FeedError | undefined;
  @state() private tree: RegionTree | undefined;
  @state() private openIds = new Set<string>();

  private items: NewsItem[] = [];
  private mixedRegions = false;
  private selectionKey: unknown[] = [];
  private shownFeed: Feed | undefined;
  private treeRequested = false;
  private loadEventPending = false;
  private listenedRoot: Document | ShadowRoot | undefined;
  private warnedRegion = '';

  override connectedCallback(): void {
    super.connectedCallback();
    const root = this.getRootNode();
    this.listenedRoot = root instanceof ShadowRoot ? root : document;
    // On the root, not on the filter: the filter may be defined, or even added, after this element.
    this.listenedRoot.addEventListener('hromada-region-change', this.handleRegionChange);
    window.addEventListener('popstate', this.handlePopState);
    this.readFollowedRegion();
    customElements.whenDefined('hromada-region-filter').then(async () => {
      // The filter restores its value from the URL as it upgrades; read it once that is reflected.
      await (this.filterElement() as (HTMLElement & { updateComplete?: Promise<unknown> }) | null)?.updateComplete;
      this.readFollowedRegion();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.listenedRoot?.removeEventListener('hromada-region-change', this.handleRegionChange);
    window.removeEventListener('popstate', this.handlePopState);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('for') || changed.has('region')) {
      this.widenedRegion = '';
      this.readFollowedRegion();
    }
  }

  /** After the controller's hostUpdate, which may have just put a kept copy of the feed in place. */
  protected override update(changed: PropertyValues<this>): void {
    const feed = this.feed.status === 'loaded' ? this.feed.feed : undefined;
    if (feed !== this.shownFeed) {
      this.shownFeed = feed;
      this.extraItems = [];
      this.nextUrl = feed?.nextUrl;
      this.moreError = undefined;
    }
    this.select();
    if (changed.has('limit')) this.shown = 0;
    if (this.shown === 0) this.shown = this.pageSize();
    super.update(changed);
  }

  /** Recomputes the region's items when their inputs changed; a new feed or region starts again at page one. */
  private select(): void {
    const region = this.selectedRegion();
    const key = [this.shownFeed, this.extraItems, region, this.feedRegion];
    const previous = this.selectionKey;
    if (key.every((value, index) => value === previous[index])) return;
    this.selectionKey = key;
    const feed = this.shownFeed;
    const all = feed ? (this.extraItems.length ? feed.items.concat(this.extraItems) : feed.items) : [];
    const selection = selectNews(all, region, this.feedRegion);
    this.items = selection.items;
    this.mixedRegions = selection.mixedRegions;
    if (key[0] !== previous[0] || key[2] !== previous[2]) this.shown = 0;
  }

  protected override updated(): void {
    if (this.needsTree() && !this.treeRequested) {
      this.treeRequested = true;
      // Names only: the list never waits for the tree, and shows codes' oblasts without it.
      loadRegionTree(this.filterElement()?.getAttribute('regions-src') || undefined).then(
        (tree) => (this.tree = tree),
        (error: unknown) => console.warn('<hromada-news-list>: region names unavailable', error),
      );
    }
    if (this.loadEventPending) {
      this.loadEventPending = false;
      this.emit('hromada-news-load', { count: this.items.length, fromCache: this.feed.fromCache, stale: this.feed.stale });
    }
  }

  // Typed as Event: it is listened for on a Document or a ShadowRoot, whose event maps differ.
  private readonly handleRegionChange = (event: Event) => {
    if (!this.for || (event.target as Element | null)?.id !== this.for) return;
    this.setFollowedRegion((event as HromadaRegionChangeEvent).detail?.code ?? '');
  };

  private readonly handlePopState = () => {
    if (!this.for) this.readFollowedRegion();
  };

  private handleFeedChange(controller: FeedController): void {
    if (controller.status === 'loaded') {
      this.loadEventPending = true;
      // A kept copy is announced outside an update cycle; the event waits for the render.
      this.requestUpdate();
    }
    else if (controller.error) this.emitError(controller.error);
  }

  private readonly handleShowMore = async () => {
    if (this.loadingMore) return;
    const firstNew = this.shown;
    const wanted = this.shown + this.pageSize();
    const feed = this.shownFeed;
    const visited = new Set<string>();
    this.moreError = undefined;
    this.loadingMore = true;
    try {
      for (let pages = 0; this.items.length < wanted && this.nextUrl && !visited.has(this.nextUrl) && pages < MAX_PAGES_PER_PRESS; pages += 1) {
        const url = this.nextUrl;
        visited.add(url);
        const page = await loadFeed(url);
        if (feed !== this.shownFeed) return;
        this.extraItems = this.extraItems.concat(page.items);
        this.nextUrl = page.nextUrl;
        // Now, not at the next render: the loop needs to know how many items the region has.
        this.select();
        this.loadEventPending = true;
      }
    } catch (error) {
      if (feed !== this.shownFeed || isAbortError(error)) return;
      this.moreError = error instanceof FeedError ? error : new FeedError('network', String(error), this.nextUrl ?? '');
      this.emitError(this.moreError);
    } finally {
      this.loadingMore = false;
    }
    this.shown = Math.min(wanted, this.items.length);
    await this.updateComplete;
    const items = this.renderRoot.querySelector('.list')?.children;
    // No new item and no button left (the last pages had none of this region's news): focus must not fall to the page.
    const target = items?.[firstNew] ?? (this.renderRoot.querySelector('.more') ? undefined : items?.[items.length - 1]);
    (target as HTMLElement | undefined)?.focus();
  };

  private readonly handleWiden = async () => {
    this.widenedRegion = this.oblastOfSelection()?.code ?? '';
    await this.updateComplete;
    // The button is gone; the reader continues at the first of the oblast's items.
    this.renderRoot.querySelector<HTMLElement>('.list > li')?.focus();
  };

  private readonly handleDetailsToggle = (event: Event) => {
    const details = event.target as HTMLDetailsElement;
    const id = details.dataset.id ?? '';
    if (details.open === this.openIds.has(id)) return;
    const open = new Set(this.openIds);
    if (details.open) open.add(id);
    else open.delete(id);
    this.openIds = open;
  };

  private readonly handleRetry = () => this.feed.retry();

  private filterElement(): HTMLElement | null {
    return this.for ? ((this.getRootNode() as Document | ShadowRoot).getElementById?.(this.for) ?? null) : null;
  }

  private readFollowedRegion(): void {
    if (this.for) this.setFollowedRegion(this.filterElement()?.getAttribute('value') ?? '');
    // region="" is a choice too (all of Ukraine, as <hromada-embed> sets it); only without the attribute does the URL decide.
    else if (!this.region && !this.hasAttribute('region')) this.setFollowedRegion(new URLSearchParams(location.search).get('region') ?? '');
    else this.setFollowedRegion('');
  }

  private setFollowedRegion(code: string): void {
    if (code === this.followedRegion) return;
    this.followedRegion = code;
    this.widenedRegion = '';
  }

  /** The KATOTTG code shown, or '' for all of Ukraine. */
  private selectedRegion(): string {
    const code = this.widenedRegion || this.region || this.followedRegion;
    if (code && !isRegionCode(code) && code !== this.warnedRegion) {
      this.warnedRegion = code;
      console.error(`<hromada-news-list>: region "${code}" is not a KATOTTG code (UA + 17 digits); showing the news of every region`);
    }
    return isRegionCode(code) ? code : '';
  }

  private feedUrl(): string {
    if (!this.src.includes('{region}')) return this.src;
    const region = this.selectedRegion();
    // One file per region: with none selected there is no file to ask for.
    return region ? this.src.replaceAll('{region}', encodeURIComponent(region)) : '';
  }

  private pageSize(): number {
    return Number.isInteger(this.limit) && this.limit > 0 ? this.limit : DEFAULT_LIMIT;
  }

  private showsSources(): boolean {
    return this.mixedRegions && regionLevel(this.selectedRegion()) !== 'hromada';
  }

  private needsTree(): boolean {
    const level = regionLevel(this.selectedRegion());
    return level === 'raion' || level === 'hromada' || this.showsSources();
  }

  /** The selected region, once its name is known (oblasts at once, the rest with the tree). */
  private namedRegion(): Region | undefined {
    const code = this.selectedRegion();
    const region = findRegion(code, this.tree);
    return region && region.level === regionLevel(code) ? region : undefined;
  }

  private oblastOfSelection(): Region | undefined {
    const code = this.selectedRegion();
    return regionLevel(code) === 'oblast' ? undefined : findRegion(code);
  }

  private emitError(error: FeedError): void {
    this.emit('hromada-news-error', { kind: error.kind, message: error.message, url: error.url, status: error.status });
  }

  protected override render() {
    const region = this.namedRegion();
    const name = region ? regionName(region, { case: 'genitive', withType: false }) : '';
    const heading = !this.selectedRegion() ? msg('Новини України') : name ? msg(str`Новини ${name}`) : msg('Новини');
    return html`
      <section class="base" part="base" aria-labelledby="heading">
        ${headingTemplate(this.headingLevel, heading, { id: 'heading', part: 'heading', class: 'heading' })}
        ${this.feed.stale ? renderStaleNotice(this.feed.updatedAt) : nothing}
        ${this.renderBody(name)}
      </section>
    `;
  }

  private renderBody(name: string) {
    const { status, error } = this.feed;
    if (status === 'error' && error) return renderFeedError(error, this.handleRetry);
    if (status === 'idle') {
      return this.src ? html`<p class="empty" part="empty">${msg('Оберіть громаду, щоб побачити її новини.')}</p>` : nothing;
    }
    if (status === 'loading') return this.renderSkeleton();
    if (this.items.length === 0) return this.renderEmpty(name);
    return this.renderList();
  }

  private renderSkeleton() {
    const bones = Array.from({ length: Math.min(this.pageSize(), DEFAULT_LIMIT) }, () => html`
      <li class="item skeleton" part="skeleton">
        <span class="image bone"></span>
        <span class="title bone"></span>
        <span class="meta bone"></span>
        <span class="summary bone"></span>
        <span class="tags bone"></span>
      </li>
    `);
    return html`
      <ul class="list" part="list" aria-busy="true" aria-hidden="true">${bones}</ul>
      <div class="more-space"></div>
      <p class="visually-hidden" role="status">${msg('Завантаження новин…')}</p>
    `;
  }

  /** `name`: the selected region in the genitive, once known. */
  private renderEmpty(name: string) {
    const oblast = this.oblastOfSelection();
    const oblastName = oblast ? regionName(oblast, { case: 'genitive' }) : '';
    return html`
      <p class="empty" part="empty" role="status">${name ? msg(str`Немає новин для ${name}.`) : msg('Новин поки немає.')}</p>
      ${oblastName
        ? html`<button type="button" class="widen" part="widen" @click=${this.handleWiden}>
            ${msg(str`Показати всі новини ${oblastName}`)}
          </button>`
        : nothing}
    `;
  }

  private renderList() {
    const shown = Math.min(this.shown, this.items.length);
    const titleLevel = Math.min(6, clampHeadingLevel(this.headingLevel) + 1);
    // Computed once per render, not per item: the template of an item stays a flat, cheap loop body.
    const labels: ItemLabels = {
      now: new Date(),
      titleLevel,
      tree: this.showsSources() ? (this.tree ?? null) : undefined,
      readMore: msg('Читати повністю'),
      tags: msg('Теги'),
    };
    const visible = this.items.slice(0, shown);
    const hasMore = shown < this.items.length || (!!this.nextUrl && !this.moreError);
    return html`
      <ul class="list" part="list" aria-busy=${this.loadingMore ? 'true' : 'false'}>
        ${visible.map((item) => this.renderItem(item, labels))}
      </ul>
      <p class="visually-hidden" role="status">
        ${plural(shown, {
          one: msg(str`Показано ${shown} новину`),
          few: msg(str`Показано ${shown} новини`),
          many: msg(str`Показано ${shown} новин`),
          other: msg(str`Показано ${shown} новини`),
        })}
      </p>
      ${this.moreError ? renderFeedError(this.moreError, this.handleShowMore) : nothing}
      ${hasMore
        ? html`<button type="button" class="more" part="more" aria-disabled=${this.loadingMore ? 'true' : 'false'} @click=${this.handleShowMore}>
            ${msg('Показати ще')}
          </button>`
        : nothing}
    `;
  }

  private renderItem(item: NewsItem, labels: ItemLabels): TemplateResult {
    const date = item.published;
    const image = item.image;
    const open = item.content ? this.openIds.has(item.id) : false;
    return html`
      <li class=${image ? 'item has-image' : 'item'} part="item" tabindex="-1">
        <div class="title" part="title" role="heading" aria-level=${labels.titleLevel}>
          ${item.url ? html`<a href=${item.url} part="link">${item.title}</a>` : item.title}
        </div>
        <p class="meta" part="meta">
          ${date ? html`<time part="date" datetime=${date.toISOString()}>${formatRecent(date, labels.now) ?? formatDate(date)}</time>` : nothing}
          ${labels.tree !== undefined ? this.renderSource(item, labels.tree) : nothing}
        </p>
        ${item.summary ? html`<p class="summary" part="summary">${item.summary}</p>` : nothing}
        ${item.content
          ? html`<details class="full-text" part="full-text" data-id=${item.id} ?open=${open} @toggle=${this.handleDetailsToggle}>
              <summary>${labels.readMore}</summary>
              ${open ? renderSafeHtml(item.content) : nothing}
            </details>`
          : nothing}
        ${item.tags.length
          ? html`<ul class="tags" part="tags" aria-label=${labels.tags}>${item.tags.map((tag) => html`<li class="tag" part="tag">${tag}</li>`)}</ul>`
          : nothing}
        ${image
          ? html`<img class="image" part="image" src=${image.url} alt=${image.alt} width=${image.width ?? 640} height=${image.height ?? 360} loading="lazy" decoding="async" />`
          : nothing}
      </li>
    `;
  }

  private renderSource(item: NewsItem, tree: RegionTree | null) {
    const region = tree ? findRegion(item.region || this.feedRegion, tree) : undefined;
    // There, with a space in it, before the names arrive: they then fill a line box that already exists.
    return html`<span class="source" part="source">${region ? regionName(region) : '\u00a0'}</span>`;
  }
}

interface ItemLabels {
  now: Date;
  titleLevel: number;
  /** undefined: items need not say where they are from; null: they will once the names load. */
  tree: RegionTree | null | undefined;
  readMore: string;
  tags: string;
}
