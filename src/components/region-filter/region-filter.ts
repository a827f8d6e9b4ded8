// <hromada-region-filter>: the reader chooses an oblast, raion or hromada by browsing or by
// searching every hromada and settlement; the choice is kept in the page URL.
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { HromadaElement } from '../../internal/hromada-element.js';
import { renderFeedError } from '../../internal/feed-status.js';
import { loadRegionTree, topLevelRegion, TOP_LEVEL_REGIONS, type Region, type RegionTree } from '../../data/regions.js';
import { DEFAULT_SETTLEMENTS_FILE, loadSettlements, type Settlement } from '../../data/settlements.js';
import { isRegionCode, regionLevel } from '../../data/region-code.js';
import type { FeedError } from '../../data/feed-error.js';
import { regionName } from '../../i18n/region-names.js';
import { getLocale } from '../../i18n/localization.js';
import { plural } from '../../i18n/plural.js';
import { allowedEntries, buildSearchIndex, searchRegions, type SearchEntry, type SearchIndex, type SearchResult } from './search-index.js';
import { transliterate } from './transliterate.js';
import { regionScope } from './region-scope.js';
import { pushUrlRegion, readUrlRegion } from './url-sync.js';
import baseStyles from '../../internal/base.styles.js';
import feedStatusStyles from '../../internal/feed-status.styles.js';
import styles from './region-filter.styles.js';
import '../../events/hromada-region-change.js';

/**
 * @summary Pick an oblast, then a hromada grouped by raion, or find one by its name, a village's name or its Latin spelling; the choice is kept in the page URL.
 *
 * @fires hromada-region-change - The region changed (a reader's choice, the URL, Back/Forward or `value`); detail `{ code, level, name }`, `code` and `level` null for all of Ukraine.
 *
 * @csspart toggle - The "Відкрити фільтри / Закрити фільтри" button.
 * @csspart current - The name of the chosen region beside the toggle.
 * @csspart panel - The panel the toggle opens.
 * @csspart input - The search field (a combobox).
 * @csspart clear - The button that empties the search field.
 * @csspart listbox - The search results.
 * @csspart option - One search result.
 * @csspart count - The result count and loading messages under the options.
 * @csspart status - The same, and each choice, for screen readers (a live region, visually hidden).
 * @csspart back - "Усі області", back from an oblast's hromadas to the oblasts.
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

  /** The chosen region's KATOTTG code (oblast, raion or hromada); empty for all of Ukraine. */
  @property({ reflect: true }) value = '';

  /** Whether the panel is open. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** URL of the region tree; default: data/ua-hromadas.json beside the script. */
  @property({ attribute: 'regions-src' }) regionsSrc = '';

  /** URL of the settlements; default: ua-settlements.json beside `regions-src`, or beside the script. */
  @property({ attribute: 'settlements-src' }) settlementsSrc = '';

  /** Space-separated codes: offer only these regions (and the oblasts and raions that lead to them). */
  @property({ attribute: 'only' }) only = '';

  /** Query parameter that keeps the choice in the page URL; empty turns that off. */
  @property({ attribute: 'url-param' }) urlParam = 'region';

  /** Offer the Autonomous Republic of Crimea and Sevastopol (hidden by default). */
  @property({ type: Boolean, attribute: 'include-occupied-crimea' }) includeOccupiedCrimea = false;

  @state() private tree?: RegionTree;
  @state() private treeLoading = false;
  @state() private treeError?: FeedError;
  @state() private settlements?: Settlement[];
  @state() private settlementsLoading = false;
  @state() private settlementsError?: FeedError;
  @state() private index?: SearchIndex;
  @state() private query = '';
  @state() private listOpen = false;
  @state() private active = -1;
  /** The oblast whose hromadas are shown; '' for the oblast list. */
  @state() private browsing = '';
  /** "Обрано: …" after a reader's choice. */
  @state() private announcement = '';

  private inScope = regionScope('', false);
  private mask?: Uint8Array;
  private results: SearchResult = { entries: [], total: 0 };
  /** The code last announced by hromada-region-change. */
  private emitted = '';

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.handlePopState);
    // Before the first update, so that whoever reads `value` once it is defined sees the URL's region.
    if (this.urlParam) this.value = readUrlRegion(this.urlParam) || this.value;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.handlePopState);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('only') || changed.has('includeOccupiedCrimea')) {
      this.inScope = regionScope(this.only, this.includeOccupiedCrimea);
    }
    // Until the tree is here, the search knows the 27 names in the script.
    if (this.query && !this.index) this.index = buildSearchIndex(TOP_LEVEL_REGIONS);
    if (changed.has('only') || changed.has('includeOccupiedCrimea') || changed.has('index')) {
      this.mask = this.index && allowedEntries(this.index, (region) => this.inScope(region.code));
    }
    if (changed.has('value') && this.value) {
      const oblast = TOP_LEVEL_REGIONS.find((region) => this.value.startsWith(region.code.slice(0, 4)));
      if (oblast && oblast.kind !== 'city') this.browsing = oblast.code;
    }
    if ((this.open || this.query || regionLevel(this.value) === 'raion' || regionLevel(this.value) === 'hromada') && !this.treeError) {
      this.loadTree();
    }
    if (changed.has('query') || changed.has('index') || changed.has('only') || changed.has('includeOccupiedCrimea')) {
      this.results = this.index ? searchRegions(this.index, this.query, RESULT_LIMIT, this.mask) : { entries: [], total: 0 };
      if (this.active >= this.results.entries.length) this.active = -1;
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('value') || changed.has('tree') || changed.has('treeError') || changed.has('only')) this.settle();
    if (changed.has('active') && this.active >= 0) {
      this.renderRoot.querySelector(`#option-${this.active}`)?.scrollIntoView({ block: 'nearest' });
    }
  }

  /** Checks `value` against the data and announces it once it is known. */
  private settle(): void {
    const code = this.value;
    const region = code ? (this.tree?.byCode.get(code) ?? topLevelRegion(code)) : undefined;
    if (code) {
      // A raion or hromada is named once the tree is here.
      if (isRegionCode(code) && !region && !this.tree && !this.treeError) return;
      if (!isRegionCode(code) || (this.tree && !region) || !this.inScope(code)) {
        console.warn(`<hromada-region-filter>: "${code}" is not a region this filter offers; showing all of Ukraine.`);
        this.value = '';
        return;
      }
    }
    if (code === this.emitted) return;
    this.emitted = code;
    this.emit('hromada-region-change', {
      code: code || null,
      level: regionLevel(code),
      name: region ? regionName(region) : code ? '' : msg('Уся Україна'),
    });
  }

  private loadTree(): void {
    if (this.tree || this.treeLoading) return;
    this.fetchData('treeLoading', 'treeError', () => loadRegionTree(this.regionsSrc || undefined), (tree) => (this.tree = tree));
  }

  private loadSettlements(): void {
    if (this.settlements || this.settlementsLoading) return;
    const request = () => {
      const beside = this.regionsSrc && new URL(DEFAULT_SETTLEMENTS_FILE, new URL(this.regionsSrc, document.baseURI)).href;
      return loadSettlements(this.settlementsSrc || beside || undefined);
    };
    this.fetchData('settlementsLoading', 'settlementsError', request, (settlements) => (this.settlements = settlements));
  }

  /** Tracks one data request in the given state fields; the index is rebuilt when it arrives. A bad URL is a failure too, never a throw. */
  private fetchData<T>(
    loading: 'treeLoading' | 'settlementsLoading',
    failure: 'treeError' | 'settlementsError',
    request: () => Promise<T>,
    keep: (data: T) => void,
  ): void {
    this[loading] = true;
    this[failure] = undefined;
    Promise.resolve()
      .then(request)
      .then(
        (data) => {
          keep(data);
          this.rebuildIndex();
        },
        (error: FeedError) => {
          console.error(`<hromada-region-filter>: ${error.message}`, error.url ?? '');
          this[failure] = error;
        },
      )
      .finally(() => (this[loading] = false));
  }

  /** Once per data arrival, never on a keystroke. */
  private rebuildIndex(): void {
    const tree = this.tree;
    if (!tree) return;
    const raions = tree.oblasts.flatMap((oblast) => oblast.children);
    const hromadas = raions.flatMap((raion) => raion.children);
    this.index = buildSearchIndex([...tree.oblasts, ...raions, ...hromadas], this.settlements, tree.byCode);
  }

  private readonly handlePopState = () => {
    if (this.urlParam) this.value = readUrlRegion(this.urlParam);
  };

  private handleToggle() {
    this.open = !this.open;
  }

  private handleRetry = () => {
    this.loadTree();
    if (this.settlementsError) this.loadSettlements();
  };

  private handleInput(event: Event) {
    this.query = (event.target as HTMLInputElement).value;
    this.listOpen = true;
    this.active = -1;
    this.announcement = '';
    if (!this.settlementsError) this.loadSettlements();
  }

  private handleKeyDown(event: KeyboardEvent) {
    const count = this.listOpen ? this.results.entries.length : 0;
    const input = event.target as HTMLInputElement;
    const key = event.key;
    let handled = true;
    if ((key === 'ArrowDown' || key === 'ArrowUp') && event.altKey) {
      this.listOpen = key === 'ArrowDown';
      this.active = -1;
    } else if (key === 'ArrowDown' || key === 'ArrowUp') {
      const all = this.results.entries.length;
      if (!all) return;
      this.listOpen = true;
      const step = key === 'ArrowDown' ? 1 : -1;
      // Wraps around, as the APG's list autocomplete does, since Home and End belong to the text.
      this.active = this.active < 0 || !count ? (step > 0 ? 0 : all - 1) : (this.active + step + all) % all;
    } else if ((key === 'Home' || key === 'End') && this.active >= 0) {
      this.active = -1;
      const at = key === 'Home' ? 0 : input.value.length;
      input.setSelectionRange(at, at);
    } else if (key === 'Enter' && count && this.active >= 0) {
      this.pick(this.results.entries[this.active]);
    } else if (key === 'Escape' && count) {
      this.listOpen = false;
      this.active = -1;
    } else if (key === 'Escape' && this.query) {
      this.query = '';
    } else {
      handled = false;
      if (key === 'ArrowLeft' || key === 'ArrowRight') this.active = -1;
    }
    if (handled) event.preventDefault();
  }

  private handleClear() {
    this.query = '';
    this.renderRoot.querySelector('input')?.focus();
  }

  private handleBack() {
    const code = this.browsing;
    this.browsing = '';
    this.focusAfterUpdate(`[data-code="${code}"]`);
  }

  private handleChoice(region: Region | undefined) {
    this.choose(region);
    if (region?.level === 'oblast' && region.kind !== 'city') {
      this.browsing = region.code;
      this.focusAfterUpdate('.drill .choice');
    }
  }

  /** A search result: its region (a settlement's hromada) becomes the choice. */
  private pick(entry: SearchEntry) {
    this.choose(entry.region);
    this.query = '';
    this.listOpen = false;
    this.active = -1;
  }

  /** A reader's choice: the value, a history entry for it, and a word for screen readers. */
  private choose(region: Region | undefined) {
    this.value = region?.code ?? '';
    this.announcement = msg(str`Обрано: ${region ? regionName(region) : msg('Уся Україна')}`);
    if (this.urlParam) pushUrlRegion(this.urlParam, this.value);
  }

  private async focusAfterUpdate(selector: string) {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  protected override render() {
    const current = this.value && (this.tree?.byCode.get(this.value) ?? topLevelRegion(this.value));
    const error = this.treeError ?? this.settlementsError;
    return html`
      <div class="bar">
        <button type="button" class="toggle" part="toggle" aria-expanded=${String(this.open)} aria-controls="panel" @click=${this.handleToggle}>
          ${this.open ? msg('Закрити фільтри') : msg('Відкрити фільтри')}
        </button>
        <span class="current" part="current">${current ? regionName(current) : this.value ? '' : msg('Уся Україна')}</span>
      </div>
      <div id="panel" class="panel" part="panel" ?hidden=${!this.open}>
        ${this.renderSearch()} ${error ? renderFeedError(error, this.handleRetry) : nothing} ${this.renderBrowse()}
      </div>
    `;
  }

  private renderSearch() {
    const entries = this.results.entries;
    const expanded = this.listOpen && entries.length > 0;
    const status = this.statusText();
    return html`
      <label class="label" for="search">${msg('Знайти громаду, місто чи село')}</label>
      <div class="combo">
        <div class="field">
          <input
            id="search"
            part="input"
            type="text"
            role="combobox"
            autocomplete="off"
            spellcheck="false"
            aria-autocomplete="list"
            aria-expanded=${String(expanded)}
            aria-controls="results"
            aria-activedescendant=${expanded && this.active >= 0 ? `option-${this.active}` : nothing}
            .value=${this.query}
            @input=${this.handleInput}
            @keydown=${this.handleKeyDown}
            @click=${() => (this.listOpen = true)}
            @blur=${() => (this.listOpen = false)}
          />
          <button type="button" class="clear" part="clear" aria-label=${msg('Очистити пошук')} ?hidden=${!this.query} @click=${this.handleClear}>
            ✕
          </button>
        </div>
        <div class="popup" ?hidden=${!(this.listOpen && this.query.trim())} @mousedown=${(event: Event) => event.preventDefault()}>
          <ul id="results" class="results" part="listbox" role="listbox" aria-label=${msg('Знайдені регіони')} ?hidden=${!expanded}>
            ${entries.map((entry, i) => this.renderOption(entry, i))}
          </ul>
          <p class="count" part="count" aria-hidden="true">${status}</p>
        </div>
      </div>
      <p class="visually-hidden" part="status" role="status">${status || this.announcement}</p>
    `;
  }

  private renderOption({ region, settlement }: SearchEntry, i: number) {
    const path = [region.parent?.parent, region.parent].filter((r): r is Region => !!r).reverse();
    const main = settlement
      ? `${getLocale() === 'uk' ? settlement.name : transliterate(settlement.name)}, ${categoryName(settlement.category)}`
      : uniqueName(region);
    const detail = settlement
      ? msg(str`входить до: ${[region, ...path].map(uniqueName).join(', ')}`)
      : path.map((r) => regionName(r)).join(', ');
    return html`
      <li id="option-${i}" class="option" part="option" role="option" aria-selected=${String(i === this.active)} @click=${() => this.pick(this.results.entries[i])}>
        <span class="main">${main}</span> ${detail ? html`<span class="detail">${detail}</span>` : nothing}
      </li>
    `;
  }

  private statusText(): string {
    if (!this.query.trim()) return '';
    const { total, entries } = this.results;
    if (!total) return this.treeLoading || this.settlementsLoading ? msg('Завантаження…') : msg('Нічого не знайдено');
    const found = plural(total, {
      one: msg(str`Знайдено ${total} результат`),
      few: msg(str`Знайдено ${total} результати`),
      many: msg(str`Знайдено ${total} результатів`),
      other: msg(str`Знайдено ${total} результату`),
    });
    return entries.length < total ? msg(str`${found}, показано перші ${entries.length}`) : found;
  }

  private renderBrowse() {
    const oblast = this.browsing ? topLevelRegion(this.browsing) : undefined;
    if (!oblast) {
      return html`
        <ul class="grid" part="list" aria-label=${msg('Області')}>
          ${this.renderChoice(undefined, msg('Уся Україна'))}
          ${TOP_LEVEL_REGIONS.filter((region) => this.inScope(region.code)).map((region) => this.renderChoice(region))}
        </ul>
      `;
    }
    const loaded = this.tree?.byCode.get(oblast.code);
    const visible = (region: Region) => this.inScope(region.code);
    return html`
      <div class="drill">
        <button type="button" class="back" part="back" @click=${this.handleBack}>${msg('Усі області')}</button>
        <ul class="grid" part="list">
          ${this.renderChoice(oblast, msg(str`Уся ${regionName(oblast)}`))}
        </ul>
        ${loaded
          ? html`<ul class="raions" part="list">
              ${loaded.children.filter(visible).map(
                (raion) => html`<li>
                  <button type="button" class="choice raion" part="choice" aria-current=${this.value === raion.code ? 'true' : nothing} @click=${() => this.handleChoice(raion)}>
                    ${regionName(raion)}
                  </button>
                  <ul class="grid" part="list">
                    ${raion.children.filter(visible).map((hromada) => this.renderChoice(hromada))}
                  </ul>
                </li>`,
              )}
            </ul>`
          : this.treeLoading
            ? html`<p role="status">${msg('Завантаження громад…')}</p>`
            : nothing}
      </div>
    `;
  }

  private renderChoice(region: Region | undefined, label = region ? uniqueName(region) : '') {
    const code = region?.code ?? '';
    return html`<li>
      <button
        type="button"
        class="choice"
        part="choice"
        data-code=${code}
        aria-current=${this.value === code ? 'true' : nothing}
        @click=${() => this.handleChoice(region)}
      >
        ${label}
      </button>
    </li>`;
  }
}

/** Options shown at once: the best-ranked; the count says how many more there are. */
const RESULT_LIMIT = 30;

const ENGLISH_TYPES: Record<string, string> = { міська: 'urban', селищна: 'settlement', сільська: 'rural' };

/** regionName, plus the type in English where it alone tells two hromadas of one raion apart. */
function uniqueName(region: Region): string {
  const name = regionName(region);
  const twin = region.parent?.children.some((other) => other !== region && other.nameUk === region.nameUk);
  return twin && getLocale() !== 'uk' && region.type ? `${name} (${ENGLISH_TYPES[region.type]})` : name;
}

function categoryName(category: string): string {
  switch (category) {
    case 'M':
      return msg('місто');
    case 'T': // селище міського типу: a category the codifier no longer uses
    case 'X':
      return msg('селище');
    default:
      return msg('село');
  }
}
