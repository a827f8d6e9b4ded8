// <hromada-region-filter>: the reader chooses an oblast, raion or hromada by browsing or by
// searching every hromada and settlement; the choice is kept in the page URL.
import { html, nothing, type PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import { HromadaElement, toBoolean } from '../../internal/hromada-element.js';
import { renderFeedError } from '../../internal/feed-status.js';
import { loadRegionTree, TOP_LEVEL_REGIONS, type Region, type RegionTree } from '../../data/regions.js';
import { loadSettlements } from '../../data/settlements.js';
import { isRegionCode, regionLevel } from '../../data/region-code.js';
import type { FeedError } from '../../data/feed-error.js';
import { regionName } from '../../i18n/region-names.js';
import { getLocale } from '../../i18n/localization.js';
import { formatNumber } from '../../i18n/format.js';
import { buildSearchIndex, searchRegions, type SearchIndex, type SearchResult } from './search-index.js';
import { transliterate } from '../../i18n/transliterate.js';
import { regionScope } from './region-scope.js';
import baseStyles from '../../internal/base.styles.js';
import feedStatusStyles from '../../internal/feed-status.styles.js';
import styles from './region-filter.styles.js';
import '../../events/hromada-region-change.js';

const STATE = { state: true };

/** A region and the regions it lies in, named: "Шосткинський район, Сумська область". */
const chain = (region?: Region): string[] => (region ? [regionName(region), ...chain(region.parent)] : []);

// Said on window after a choice is pushed to the URL, so that other filters on its parameter follow it: pushState
// fires no event, and a made-up popstate would wake the page's own router.
const FOLLOW = 'hromada-region-url';

/**
 * @summary Pick an oblast, then a hromada grouped by raion, or find one by its name, a village's name or its Latin spelling; the choice is kept in the page URL.
 *
 * @fires hromada-region-change - The region changed (a reader's choice, the URL, Back/Forward or `value`); detail `{ code, level, name }`, `code` and `level` null for all of Ukraine.
 *
 * @csspart toggle - The "Відкрити фільтри / Закрити фільтри" button.
 * @csspart current - The name of the chosen region beside the toggle (a live region).
 * @csspart panel - The panel the toggle opens.
 * @csspart input - The search field (a combobox).
 * @csspart clear - The button that empties the search field.
 * @csspart listbox - The search results.
 * @csspart option - One search result.
 * @csspart status - The result count and loading message (a live region).
 * @csspart list - A list of regions to choose from (oblasts; an oblast's raions and hromadas).
 * @csspart choice - A button choosing one region.
 * @csspart error - The message shown when the region data cannot load.
 * @csspart retry - Its retry button.
 *
 * @cssproperty --hromada-accent - The toggle and the chosen region.
 * @cssproperty --hromada-surface - The panel's background.
 */
export class HromadaRegionFilter extends HromadaElement {
  static override styles = [baseStyles, feedStatusStyles, styles];

  static override properties = {
    value: { reflect: true },
    open: { type: Boolean, converter: toBoolean, reflect: true },
    regionsSrc: { attribute: 'regions-src' },
    only: {},
    urlParam: { attribute: 'url-param' },
    includeOccupiedCrimea: { type: Boolean, converter: toBoolean, attribute: 'include-occupied-crimea' },
    index: STATE,
    error: STATE,
    loading: STATE,
    query: STATE,
    active: STATE,
  };

  /** The chosen region's KATOTTG code (oblast, raion or hromada); empty for all of Ukraine. */
  value = '';

  /** Whether the panel is open. */
  open = false;

  /** URL of the region tree; default: data/ua-hromadas.json beside the script. The settlements are read from ua-settlements.json beside it. */
  regionsSrc = '';

  /** Space-separated codes: offer only these regions (and the oblasts and raions that lead to them). */
  only = '';

  /** Query parameter that keeps the choice in the page URL; empty turns that off. */
  urlParam = 'region';

  /** Offer the Autonomous Republic of Crimea and Sevastopol (hidden by default). */
  includeOccupiedCrimea = false;

  /** Not reactive: the index built from it follows. */
  private tree?: RegionTree;
  /** The 27 names in the script, then the tree's, then with the settlements. */
  private index?: SearchIndex;
  private error?: FeedError;
  /** Requests and index builds in progress. */
  private loading = 0;
  private query = '';
  /** The highlighted option; -1 none, -2 none and the listbox closed (Escape, blur). */
  private active = -1;

  /** Set on the first update (`only` and `includeOccupiedCrimea` count as changed then). */
  private scope!: (code: string) => boolean;
  private results: SearchResult = { entries: [], total: 0 };
  /** Data already asked for (kept after a failure until a retry, so that it is not asked again at once). */
  private asked = new Set<string>();
  /** The code last announced by hromada-region-change. */
  private emitted = '';
  /** The query parameter the URL was last read with, and the region read from it on connection. */
  private read?: string;
  private fromUrl?: string;

  constructor() {
    super();
    this.indexOf(TOP_LEVEL_REGIONS);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('popstate', this.readUrl);
    addEventListener(FOLLOW, this.readUrl);
    // Put back after the language changed while it was out of the page: it was not listening then.
    this.requestUpdate();
    // Before the first update, so that whoever reads `value` once it is defined sees the URL's region.
    this.readUrl();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('popstate', this.readUrl);
    removeEventListener(FOLLOW, this.readUrl);
    removeEventListener('online', this.retry);
  }

  /**
   * On connection the page's own `value` stands unless the URL names a region; Back and Forward (an event) follow the URL,
   * and so does another filter's choice on the same parameter (FOLLOW, its parameter the detail).
   */
  private readonly readUrl = (event?: Event) => {
    const code = (this.read = this.urlParam) && new URLSearchParams(location.search).get(this.urlParam);
    if (event ? this.urlParam && ((event as CustomEvent).detail ?? this.urlParam) == this.urlParam : code) this.value = this.fromUrl = code || '';
  };

  protected override willUpdate(changed: PropertyValues): void {
    // A removed attribute (or a framework's null) is all of Ukraine, as "" is; `only` offers everything, `url-param` is the default.
    this.value ||= '';
    this.only ||= '';
    this.urlParam ??= 'region';
    // A url-param set as a property before the script defined the element is here only now (Lit keeps it until
    // the first update): the region read on connection with the default parameter gives way to the right one.
    if (!this.hasUpdated && this.read != this.urlParam) {
      if (this.value == this.fromUrl) this.value = '';
      this.readUrl();
    }
    // Another URL is asked for afresh, the last one's failure forgotten.
    if (changed.has('regionsSrc')) this.retry();
    const scoped = changed.has('only') || changed.has('includeOccupiedCrimea');
    if (scoped) this.scope = regionScope(this.only, this.includeOccupiedCrimea);
    // Only when what it reads changed: arrow keys and the toggle update the element too.
    if (this.index && (scoped || changed.has('index') || changed.has('query'))) {
      this.results = searchRegions(this.index, this.query, 30, (region) => this.scope(region.code));
    }
    if (!this.error) {
      const src = this.regionsSrc || undefined;
      // What the last URL brings after `regions-src` changed is not wanted: `current` tells.
      if (this.open || this.query || this.value) {
        this.load('tree', async (current) => {
          const tree = await loadRegionTree(src);
          if (current()) await this.indexOf((this.tree = tree).regions);
        });
      }
      if (this.query) {
        this.load('settlements', async (current) => {
          const [tree, settlements] = await Promise.all([loadRegionTree(src), loadSettlements(src)]);
          if (current()) await this.indexOf(tree.regions, settlements, tree.byCode);
        });
      }
    }
  }

  protected override updated(changed: PropertyValues): void {
    const code = this.value;
    const region = this.region(code);
    if (changed.has('active')) this.renderRoot.querySelector(`#option-${this.active}`)?.scrollIntoView({ block: 'nearest' });
    // A raion or hromada is named once the tree is here; while it cannot load (offline) the code stands unnamed,
    // so that what follows the filter keeps the reader's region.
    if (code && !region && !this.tree && isRegionCode(code)) return;
    if (code && !(region && this.scope(code))) {
      console.warn(`hromada-region-filter: region "${code}" not offered`);
      // Said as a change even when the code came from the URL: a list following the filter may have read it already.
      this.emitted = code;
      this.value = '';
    } else if (code !== this.emitted && this.isConnected) {
      // Not out of the page, where no list hears it: said when it is back (connectedCallback updates).
      this.emitted = code;
      this.emit('hromada-region-change', { code: code || null, level: regionLevel(code), name: regionName(region) });
    }
  }

  /**
   * Builds a search index in slices. The larger ones finish later: the tree's
   * is asked for first and takes 2 slices, the settlements' wait for the tree and take 20.
   */
  private async indexOf(...args: Parameters<typeof buildSearchIndex>) {
    this.index = await buildSearchIndex(...args);
  }

  /**
   * One data request (and its index); a failure, a bad URL too, shows the error state, never a throw. A retry
   * or another `regions-src` starts a new set of requests: an answer to an earlier set is then not `current`.
   */
  private load(key: string, request: (current: () => boolean) => Promise<void>) {
    const asked = this.asked;
    const current = () => asked == this.asked;
    if (asked.has(key)) return;
    asked.add(key);
    this.loading += 1;
    request(current)
      .catch((error: FeedError) => {
        console.error(`hromada-region-filter: ${error.message}`, error.url);
        if (current()) {
          this.error = error;
          // Offline, or the server down: tried again once the browser is back online, as a feed is.
          if (error.retryable) addEventListener('online', this.retry, { once: true });
        }
      })
      .finally(() => (this.loading -= 1));
  }

  private readonly retry = () => {
    removeEventListener('online', this.retry);
    this.error = undefined;
    this.asked = new Set();
  };

  private region(code: string): Region | undefined {
    return this.tree?.byCode.get(code) ?? TOP_LEVEL_REGIONS.find((unit) => unit.code === code);
  }

  private onKey(event: KeyboardEvent) {
    const { key } = event;
    const { active } = this;
    const all = this.results.entries.length;
    const shown = active > -2 && all > 0;
    const down = key === 'ArrowDown';
    if (down || key === 'ArrowUp') {
      const from = shown ? active : -1;
      // Opens the list; wraps around, as the APG's list autocomplete does, since Home and End belong to the text.
      this.active = all ? (down ? from + 1 : Math.max(from, 0) + all - 1) % all : -1;
    } else if (key === 'Enter' && shown && active >= 0) {
      this.choose(this.results.entries[active].region);
    } else if (key === 'Escape' && (shown || this.query)) {
      // First the list closes, then the text goes.
      if (shown) this.active = -2;
      else this.query = '';
    } else {
      // Home, End and the side arrows move the caret, as in any text field, and leave the list.
      if (/Home|End|Left|Right/.test(key)) this.active = Math.min(active, -1);
      return;
    }
    event.preventDefault();
  }

  /** A reader's choice (from the lists, or a search result: a settlement stands for its hromada): the value and a history entry for it. */
  private choose(region?: Region) {
    this.value = region?.code ?? '';
    this.query = '';
    this.active = -1;
    if (!this.urlParam) return;
    const url = new URL(location.href);
    if (this.value) url.searchParams.set(this.urlParam, this.value);
    else url.searchParams.delete(this.urlParam);
    try {
      if (url.href !== location.href) {
        history.pushState(history.state, '', url);
        dispatchEvent(new CustomEvent(FOLLOW, { detail: this.urlParam }));
      }
    } catch {
      // A sandboxed page refuses history entries: the choice still works, unremembered.
    }
  }

  protected override render() {
    const { results, open, value, query, active, error } = this;
    const { entries, total } = results;
    const expanded = active > -2 && entries.length > 0;
    const current = this.region(value);
    // Escape that the search field left unused (no list, no text) closes the panel, and focus goes back to the toggle.
    return html`<div
      @keydown=${(event: KeyboardEvent) => {
        if (event.key == 'Escape' && open && !event.defaultPrevented) {
          this.open = false;
          this.renderRoot.querySelector('button')!.focus();
        }
      }}
    >
      <button part="toggle" aria-expanded=${open} aria-controls="panel" @click=${() => (this.open = !open)}>
        ${open ? msg('Закрити фільтри') : msg('Відкрити фільтри')}
      </button>
      <b part="current" role="status" class=${(!current && regionLevel(value)) || nothing}>${value && !current ? '' : regionName(current)}</b>
      <div id="panel" part="panel" ?hidden=${!open}>
        <label id="label" for="search">${msg('Знайти громаду чи село')}</label>
        <div class="combo">
          <input
            id="search"
            part="input"
            role="combobox"
            autocomplete="off"
            aria-autocomplete="list"
            aria-expanded=${expanded}
            aria-controls="results"
            aria-activedescendant=${expanded && active >= 0 ? `option-${active}` : nothing}
            .value=${query}
            @input=${(event: Event) => {
              this.query = (event.target as HTMLInputElement).value;
              this.active = -1;
            }}
            @keydown=${this.onKey}
            @click=${() => (this.active = Math.max(active, -1))}
            @blur=${() => (this.active = -2)}
          />
          <button
            part="clear"
            aria-label=${msg('Очистити')}
            ?hidden=${!query}
            @click=${() => {
              this.query = '';
              this.renderRoot.querySelector('input')!.focus();
            }}
          >
            ✕
          </button>
          <ul id="results" part="listbox" role="listbox" aria-labelledby="label" ?hidden=${!expanded} @mousedown=${(event: Event) => event.preventDefault()}>
            ${entries.map(
              ({ region, settlement }, i) =>
                // Where the entry lies tells same-named hromadas apart; a settlement names its hromada first.
                html`<li id="option-${i}" part="option" role="option" aria-selected=${i === active} @click=${() => this.choose(region)}>
                  ${settlement ? (getLocale() === 'uk' ? settlement.name : transliterate(settlement.name)) : regionName(region)}
                  <small>${settlement ? msg(str`входить до: ${chain(region).join(', ')}`) : chain(region.parent).join(', ')}</small>
                </li>`,
            )}
          </ul>
        </div>
        <p part="status" role="status">${this.loading && !total
            ? msg('Завантаження…')
            : query.trim()
              ? // The hromadas are found at once; on a slow line the settlements may take a minute more to come.
                `${msg(str`Знайдено: ${formatNumber(total)}`)}${this.loading ? ` · ${msg('Завантаження…')}` : ''}`
              : ''}</p>
        ${error ? renderFeedError(error, this.retry) : nothing}
        <ul part="list">
          ${[undefined, ...(this.tree?.oblasts ?? TOP_LEVEL_REGIONS)].map((region) => this.choice(region))}
        </ul>
      </div>
    </div>`;
  }

  /**
   * One region's button in a list item, and below it, for the oblast of the
   * chosen region and for its raions, a list of what lies in it. Nothing outside the scope.
   */
  private choice(region?: Region): unknown {
    const code = region?.code ?? '';
    return this.scope(code)
      ? html`<li>
          <button part="choice" data-code=${code} aria-current=${this.value === code || nothing} @click=${() => this.choose(region)}>${regionName(region)}</button>
          ${region?.children[0] && (region.level === 'raion' || this.value.startsWith(code.slice(0, 4)))
            ? html`<ul part="list">${region.children.map((child) => this.choice(child))}</ul>`
            : nothing}
        </li>`
      : nothing;
  }
}
