import { html, nothing, type PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import { HromadaElement } from '../../internal/hromada-element.js';
import { renderFeedError, renderStaleNotice } from '../../internal/feed-status.js';
import { renderSafeHtml } from '../../internal/render-safe-html.js';
import { clampHeadingLevel, headingTemplate } from '../../internal/heading.js';
import { FeedController } from '../../data/feed-controller.js';
import type { FeedError } from '../../data/feed-error.js';
import { loadFeed } from '../../data/load-feed.js';
import { hasContent } from '../../data/parse-feed.js';
import { loadRegionTree, type RegionTree } from '../../data/regions.js';
import { isRegionCode, regionLevel, regionMatcher } from '../../data/region-code.js';
import type { Feed, NewsItem } from '../../data/model.js';
import { formatDate, formatNumber, formatRecent } from '../../i18n/format.js';
import { getLocale } from '../../i18n/localization.js';
import { plural } from '../../i18n/plural.js';
import { regionName } from '../../i18n/region-names.js';
import { findRegion } from './find-region.js';
import baseStyles from '../../internal/base.styles.js';
import feedStatusStyles from '../../internal/feed-status.styles.js';
import styles from './news-list.styles.js';
import '../../events/hromada-news-load.js';
import '../../events/hromada-news-error.js';

// Typical lengths, so that a placeholder wraps as the item replacing it will, at any width.
const words = (n: number) => 'новина '.repeat(n);
const EVENTS = ['hromada-region-change', 'popstate'];
const GENITIVE = { case: 'genitive', withType: false } as const;

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
 * @csspart summary - The summary, clamped to three lines (two where the list is 40em wide or more).
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
 * @cssproperty [--hromada-news-image-width=min(30%, 10em)] - Width of the item images beside the text.
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
    widened: { state: true },
    tree: { state: true },
  };

  private readonly feed = new FeedController(
    this,
    // One file per region: with none selected there is no file to ask for.
    () => (this.src?.includes('{region}') ? this.code && this.src.replaceAll('{region}', this.code) : this.src),
    {
      onChange: (c) => {
        if (c.error) this.emit('hromada-news-error', c.error);
        else {
          // The kept copy confirmed by the network, or kept while it fails: the pages the reader opened stay open.
          if (c.feed != this.paged) {
            this.paged = c.feed;
            this.extra = [];
            // A page asked for before this feed or region came says nothing here.
            this.busy = false;
            this.next = c.feed!.nextUrl;
            this.moreError = undefined;
            this.pages = 1;
          }
          this.loaded();
        }
      },
    },
  );

  // No initializers: each costs bytes in the bundle; the code that reads these supplies the defaults.

  /** Feed URL; `{region}` in it is replaced by the selected KATOTTG code. */
  src?: string;

  /** KATOTTG code of the region to show (oblast, raion or hromada); empty: all of Ukraine. */
  region?: string;

  /** Id of a `<hromada-region-filter>` to follow. */
  for?: string;

  /**
   * Items per page, default 10.
   * @default 10
   */
  limit?: number;

  /** KATOTTG code for the items of a feed that carries no regions (a hromada site's own RSS). */
  feedRegion?: string;

  /**
   * Level of the list's heading, 2–6; item titles are one level below.
   * @default 2
   */
  headingLevel?: number;

  /** The region of the followed filter, or of the page's `?region=`. */
  private followed?: string | null;
  /** The oblast chosen from the empty state, until the selection changes. */
  private widened?: string;
  private tree?: RegionTree;
  private treeAsked?: boolean;
  /** The feed whose pages are shown. */
  private paged?: Feed;
  /** Further pages fetched through `next_url`. */
  private extra: NewsItem[] = [];
  private next?: string;
  private moreError?: FeedError;
  /** The further page on its way (a slow line may take seconds): the button and the live region say so, and another press waits for it. */
  private busy?: boolean;
  /** The valid KATOTTG code shown, '' for all of Ukraine. */
  private code = '';
  private pages = 1;
  private items: NewsItem[] = [];
  private key: unknown[] = [];
  /** Ids of the items whose full text was opened: rendered from then on. */
  private open = new Set<string>();

  override connectedCallback(): void {
    super.connectedCallback();
    // On the window, not on the filter: the filter may be defined, or even added, after this element.
    for (const type of EVENTS) addEventListener(type, this.follow);
    // The filter restores its value from the URL as it upgrades. Without one to follow, no second update.
    if (this.for) customElements.whenDefined('hromada-region-filter').then(this.follow);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of EVENTS) removeEventListener(type, this.follow);
  }

  protected override willUpdate(changed: PropertyValues): void {
    const filter = this.for ? ((this.getRootNode() as Document).getElementById?.(this.for) as (Element & { value?: string }) | null) : null;
    // region="" is a choice too (all of Ukraine, as <hromada-embed> sets it); only without the attribute does the URL decide.
    const followed = this.for
      ? (filter?.value ?? filter?.getAttribute('value'))
      : this.hasAttribute('region') ? '' : new URLSearchParams(location.search).get('region');
    const chosen = followed !== this.followed || changed.has('region');
    this.followed = followed;
    if (chosen) this.widened = '';
    // As the feed's own codes are read: a code pasted with spaces or typed in lower case is still that code.
    const code = this.widened || this.region || this.followed || '';
    const upper = code.trim().toUpperCase();
    const valid = isRegionCode(upper) ? upper : '';
    if (!valid && code && chosen) console.error(`hromada-news-list: bad region "${code}"`);
    // Another region starts again at page one.
    if (valid !== this.code) this.pages = 1;
    this.code = valid;
    // Region names (the heading's, each item's hromada) come with the tree: asked for once
    // per element, never waited for; a failure names its URL in the console, only the names are then missing.
    if (!this.treeAsked && (regionLevel(valid) || this.list().some((item) => this.own(item)))) {
      this.treeAsked = true;
      loadRegionTree(filter?.getAttribute('regions-src') || undefined).then((tree) => (this.tree = tree), console.warn);
    }
  }

  /**
   * The region followed (the filter's value, or the URL's) is read at each update: a change needs only an update.
   * Region names that failed to load are asked for again then (the filter may have loaded them on a retry).
   */
  private readonly follow = () => {
    this.treeAsked &&= !!this.tree;
    this.requestUpdate();
  };

  /** Fires hromada-news-load once what loaded is rendered. */
  private loaded(): void {
    this.updateComplete.then(() => this.emit('hromada-news-load', { count: this.list().length, fromCache: this.feed.fromCache, stale: this.feed.stale }));
  }

  private get size(): number {
    // A number even when a framework sets the property to the string it was given (React 19, Vue: limit="5").
    const limit = +this.limit!;
    return limit % 1 || !(limit > 0) ? 10 : limit;
  }

  private own(item: NewsItem): string | undefined {
    return item.region || this.feedRegion;
  }

  /** The region's items, each id once, newest first (undated last). */
  private list(): NewsItem[] {
    const { code, extra } = this;
    // While another URL loads, or after it failed, the old feed is not shown: the state is.
    const feed = this.feed.feed;
    const key = [feed, code, extra, this.feedRegion];
    if (key.some((value, i) => value !== this.key[i])) {
      this.key = key;
      const inRegion = regionMatcher(code);
      const seen = new Set<string>();
      const time = (item: NewsItem) => item.published?.getTime() ?? -9e15;
      this.items = (feed?.items.concat(extra) ?? [])
        .filter((item) => {
          const region = this.own(item);
          // An item that carries no region is shown whatever region is chosen (SPEC §3).
          return !seen.has(item.id) && seen.add(item.id) && (!region || inRegion(region));
        })
        .sort((a, b) => time(b) - time(a));
    }
    return this.items;
  }

  private readonly more = async () => {
    const size = this.size;
    const first = this.pages * size;
    const url = this.next;
    if (this.busy) return;
    this.moreError = undefined;
    // A further page only once the loaded items run out.
    if (this.list().length < first + size && url) {
      this.busy = true;
      this.requestUpdate();
      try {
        const page = await loadFeed(url);
        // A new feed or region came (or is still loading) meanwhile: this page is not wanted.
        if (url !== this.next || this.feed.status != 'loaded') return;
        this.extra = this.extra.concat(page.items);
        // A page that names itself as the next would keep a "show more" that brings nothing.
        this.next = page.nextUrl != url ? page.nextUrl : undefined;
        this.loaded();
      } catch (error) {
        this.emit('hromada-news-error', (this.moreError = error as FeedError));
      } finally {
        this.busy = false;
      }
    }
    this.pages++;
    this.requestUpdate();
    await this.updateComplete;
    const items = this.renderRoot.querySelectorAll<HTMLElement>('[part=item]');
    // The first new item; with none (that page had none of this region's news), the last: focus must not fall to the page.
    (items[first] ?? items[items.length - 1])?.focus();
  };

  protected override render() {
    const { code, tree, size, next, moreError, open, busy } = this;
    const { status, error, stale, updatedAt } = this.feed;
    const loading = status === 'loading';
    const level = regionLevel(code);
    const items = this.list();
    // Which hromada each item is from, unless the heading says it (a hromada's list: rows without its room, .low).
    const sources = level !== 'hromada' && items.some((item) => this.own(item));
    const region = findRegion(code, tree);
    const name = region?.level === level ? regionName(region!, GENITIVE) : '';
    const oblast = level !== 'oblast' && findRegion(code);
    const shown = Math.min(this.pages * size, items.length);
    const count = formatNumber(shown);
    // A placeholder for each item of a full page (ten were kept for a limit of 20, which then grew past them), up to 50:
    // a limit of a million builds no million, and 50 rows are many screens, none scrolled to while a feed loads.
    const rows = Math.min(size, 50);
    // Fewer items than the placeholders were, the empty state or an error: the placeholders' room
    // stays under them, empty, so that nothing after the list moves up (SPEC §6); a screen of it at most.
    const room = !loading && shown < rows;
    const titleLevel = clampHeadingLevel(this.headingLevel) + 1;
    // WCAG 3.1.2: an item is in its feed's language (Ukrainian news on an English page is read
    // with a Ukrainian voice); the date, source and "read more" inside it stay in the page's.
    const lang = this.feed.feed?.language;
    const own = lang ? getLocale() : nothing;
    const card = (item: NewsItem) => {
      const { id, image, published: date, url } = item;
      const source = tree && findRegion(this.own(item), tree);
      return html`<li part="item" tabindex="-1" lang=${lang ?? nothing}>
        ${image
          ? html`<img part="image" src=${image.url} alt=${image.alt} width=${image.width ?? 640} height=${image.height ?? 360} loading="lazy" />`
          : nothing}
        ${headingTemplate(titleLevel, url ? html`<a href=${url} part="link">${item.title}</a>` : item.title, { part: 'title' })}
        <p part="meta" lang=${own}>
          ${date ? html`<time part="date" datetime=${date.toISOString()}>${formatRecent(date) ?? formatDate(date)}</time>` : nothing}
          ${sources && this.own(item)
            ? // There, with a space in it, before the names arrive: they then fill a line box that already exists.
              html`<span part="source">${source ? regionName(source) : '\u00a0'}</span>`
            : nothing}
        </p>
        ${item.summary ? html`<p part="summary">${item.summary}</p>` : nothing}
        ${hasContent(item)
          ? // Named with the title: ten "Читати повністю" alike would not say which article each opens.
            html`<details part="full-text" ?open=${open.has(id)} @toggle=${() => (open.add(id), this.requestUpdate())}>
              <summary lang=${own} aria-label="${msg('Читати повністю')}: ${item.title}">${msg('Читати повністю')}</summary>
              ${open.has(id) ? renderSafeHtml(item.content ?? []) : nothing}
            </details>`
          : nothing}
        ${item.tags.length ? html`<ul part="tags">${item.tags.map((tag) => html`<li part="tag">${tag}</li>`)}</ul>` : nothing}
      </li>`;
    };
    // Under the empty state too: a further page may hold the region's news.
    const more = html`${moreError ? renderFeedError(moreError, this.more) : nothing}
    ${!loading && !error && (shown < items.length || (next && !moreError))
      ? html`<button class="button more" part="more" aria-disabled=${busy || nothing} @click=${this.more}>${busy ? msg('Завантаження…') : msg('Показати ще')}</button>`
      : // Its room, unseen, whenever it is not there: while loading most feeds have more than a page.
        html`<button class="button more" disabled>${msg('Показати ще')}</button>`}`;
    return html`<section part="base" aria-labelledby="heading">
      ${headingTemplate(this.headingLevel!, !code ? msg('Новини України') : name ? msg(str`Новини ${name}`) : msg('Новини'), {
        id: 'heading',
        part: 'heading',
        // A raion's or hromada's name comes with the region tree, after the first paint: its room is there before.
        class: level && level != 'oblast' ? 'named' : undefined,
      })}
      ${stale ? renderStaleNotice(updatedAt) : nothing}
      <div class="rows ${room ? 'over' : ''} ${level == 'hromada' ? 'low' : ''}">
        ${error
          ? renderFeedError(error, this.feed.retry)
          : loading
            ? // Other templates than the items': nothing in them moves when the items come, they are replaced
              // (one list for both made the first render 8% slower).
              html`<ul part="list" aria-busy="true" inert>
                ${Array(rows).fill(
                  // The item's boxes with text of typical length, without its parts: nothing in it changes.
                  html`<li part="skeleton" tabindex="-1">
                    <i></i>${headingTemplate(titleLevel, words(8), { part: 'title' })}
                    <p part="meta">${words(1)}</p>
                    <p part="summary">${words(20)}</p>
                    <details part="full-text"><summary>${msg('Читати повністю')}</summary></details>
                    <ul part="tags"><li part="tag">новина</li><li part="tag">новина</li></ul>
                  </li>`,
                )}
              </ul>`
            : items.length
              ? html`<ul part="list" aria-busy="false">
                  ${items.slice(0, shown).map((item) => card(item))}
                </ul>`
              : // With one file per region and none chosen, the reader is asked to choose one.
                html`<div>
                  <p part="empty" role="status">${name ? msg(str`Немає новин для ${name}.`) : status == 'idle' && this.src ? msg('Оберіть регіон.') : msg('Новин поки немає.')}</p>
                  ${oblast
                    ? html`<button class="button more" part="widen" @click=${async () => {
                        this.widened = oblast.code;
                        await this.updateComplete;
                        // The button is gone; the reader continues at the first of the oblast's items.
                        this.renderRoot.querySelector<HTMLElement>('[part=item]')?.focus();
                      }}>${msg(str`Показати всі новини ${regionName(oblast, GENITIVE)}`)}</button>`
                    : nothing}
                </div>`}
        ${room ? html`<div class="room">${Array(rows).fill(html`<b></b>`)}</div>` : nothing}
      </div>
      ${!error && (loading || items.length)
        ? // The same live region while loading and loaded: a screen reader hears the count replace
          // "Завантаження…" (a live region inserted with its text is not announced).
          html`<p class="visually-hidden" role="status">
            ${loading || busy
              ? msg('Завантаження…')
              : plural(shown, {
                  one: msg(str`Показано ${count} новину`),
                  many: msg(str`Показано ${count} новин`),
                  other: msg(str`Показано ${count} новини`),
                })}
          </p>`
        : nothing}
      ${more}
    </section>`;
  }
}
