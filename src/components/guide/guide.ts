import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { HromadaElement } from '../../internal/hromada-element.js';
import { FeedController } from '../../data/feed-controller.js';
import { FeedError } from '../../data/feed-error.js';
import type { Guide } from '../../data/model.js';
import { renderSafeHtml } from '../../internal/render-safe-html.js';
import { renderFeedError, renderStaleNotice } from '../../internal/feed-status.js';
import { readLightSections, type Slottable } from './light-sections.js';
import { openStateKey, readOpenState, writeOpenState } from './open-state.js';
import { shiftHeadings } from './shift-headings.js';
import { copyText } from './copy-text.js';
import baseStyles from '../../internal/base.styles.js';
import feedStatusStyles from '../../internal/feed-status.styles.js';
import styles from './guide.styles.js';
import '../../events/hromada-guide-toggle.js';

interface Section {
  id: string;
  title: string;
  /** A slot with the page's nodes assigned, or the feed's sanitized content rendered once. */
  content: unknown;
}

// Where hidden="until-found" is unknown it means plain hidden anyway: say so, and
// the until-found styles (which keep the panel's box) never apply there.
const UNTIL_FOUND = typeof HTMLElement !== 'undefined' && 'onbeforematch' in HTMLElement.prototype;

const WINDOW_EVENTS = ['hashchange', 'beforeprint', 'afterprint'];

function currentHash(): string {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return '';
  }
}

/** A slot showing `nodes`, assigned before it is rendered: no per-slot work once it is in the tree. */
function slotFor(nodes: Slottable[], className = 'content'): HTMLSlotElement {
  const slot = document.createElement('slot');
  slot.className = className;
  slot.assign(...nodes);
  return slot;
}

/**
 * @summary A long guide as an accordion: headings open and close their sections, the
 * page's find, print and deep links still reach every word.
 *
 * @slot - The guide as ordinary HTML: headings (of `heading-level`, else of the first
 * level found) and what follows each. Shown as it is before the script runs.
 *
 * @fires hromada-guide-toggle - A section opened or closed; detail `{ sectionId, open }`.
 *
 * @csspart base - The whole guide.
 * @csspart show-all - The "show all / hide all sections" button.
 * @csspart section - One section: heading and panel.
 * @csspart heading - A section's heading.
 * @csspart button - The button inside a section heading.
 * @csspart panel - A section's content.
 * @csspart copy-link - The "copy link to this section" button.
 * @csspart loading - The loading notice (feed mode).
 * @csspart error - The error message (feed mode).
 * @csspart retry - The retry button (feed mode).
 * @csspart stale - The "may be outdated" notice (feed mode).
 *
 * @cssproperty --hromada-accent - Buttons and links.
 * @cssproperty --hromada-border - Lines between sections.
 * @cssproperty --hromada-surface - Background of a hovered section heading.
 */
export class HromadaGuide extends HromadaElement {
  static override styles = [baseStyles, feedStatusStyles, styles];
  // Manual slotting projects the page's own nodes into panels without moving,
  // wrapping or annotating them: the host's markup stays exactly as written.
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, slotAssignment: 'manual' };

  private readonly feed = new FeedController(this, () => this.src);

  /** URL of a hromada feed to take the guide from, instead of the element's content. */
  @property({ attribute: 'src' }) src = '';

  /** Id of the guide in the feed; the feed's first guide when empty. */
  @property({ attribute: 'guide' }) guide = '';

  /** Level (2–6) of the section headings in the page outline; default 3. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  @state() private open = new Set<string>();
  @state() private printing = false;
  @state() private announcement = '';

  private sections: Section[] = [];
  private intro: unknown;
  private feedGuide: Guide | undefined;
  private missingGuide: FeedError | undefined;
  private lightDirty = true;
  private restored = false;
  private pendingFocus: string | undefined;
  private adoptedFeed: unknown;
  private readonly observer = new MutationObserver(() => {
    this.lightDirty = true;
    this.requestUpdate();
  });

  override connectedCallback(): void {
    super.connectedCallback();
    for (const type of WINDOW_EVENTS) window.addEventListener(type, this);
    this.observer.observe(this, { childList: true });
    this.lightDirty = true;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of WINDOW_EVENTS) window.removeEventListener(type, this);
    this.observer.disconnect();
  }

  /** @internal The window's events: the element is their listener object (one method, not three bound handlers). */
  handleEvent(event: Event): void {
    if (event.type === 'hashchange') {
      const id = currentHash();
      if (!this.sections.some((section) => section.id === id)) return;
      this.setOpen([id], true);
      this.pendingFocus = id;
      this.requestUpdate();
    } else {
      this.printing = event.type === 'beforeprint';
      // Printing lays the page out as soon as the listeners return: render now, not in a microtask.
      this.performUpdate();
    }
  }

  private get level(): number {
    return Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
  }

  private get storeKey(): string {
    return openStateKey(this.id || this.guide);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel') || changed.has('src') || changed.has('guide')) {
      this.lightDirty = true;
      this.adoptedFeed = undefined;
    }
    if (this.src) {
      if (this.feed.feed !== this.adoptedFeed) this.adoptFeed();
    } else if (this.lightDirty) {
      const light = readLightSections(this, this.level, this.id ? `${this.id}-` : '');
      this.intro = slotFor(light.intro, 'intro');
      this.adopt(light.sections.map((section) => ({ ...section, content: slotFor(section.nodes) })));
    }
    this.lightDirty = false;
  }

  private adoptFeed(): void {
    const feed = (this.adoptedFeed = this.feed.feed);
    this.feedGuide = feed && (this.guide ? feed.guides.find((guide) => guide.id === this.guide) : feed.guides[0]);
    this.missingGuide = undefined;
    if (feed && !this.feedGuide) {
      const cause = `<hromada-guide>: the feed ${feed.url} has no guide${this.guide ? ` with id "${this.guide}"` : 's'}`;
      console.error(cause);
      this.missingGuide = new FeedError('invalid', cause, feed.url);
    }
    this.intro = nothing;
    this.adopt(
      (this.feedGuide?.sections ?? []).map((section) => ({
        id: section.id,
        title: section.title,
        content: html`<div class="content">${renderSafeHtml(shiftHeadings(section.content, this.level))}</div>`,
      })),
    );
  }

  /** Takes a new list of sections; on the first, restores what was open and follows the hash. */
  private adopt(sections: Section[]): void {
    this.sections = sections;
    const ids = new Set(sections.map((section) => section.id));
    const open = new Set([...(this.restored ? this.open : readOpenState(this.storeKey))].filter((id) => ids.has(id)));
    if (!this.restored && sections.length) {
      this.restored = true;
      const hash = currentHash();
      if (ids.has(hash)) {
        open.add(hash);
        this.pendingFocus = hash;
      }
    }
    this.open = open;
  }

  protected override updated(): void {
    if (this.pendingFocus) this.reveal(this.pendingFocus);
  }

  private reveal(id: string): void {
    const index = this.sections.findIndex((section) => section.id === id);
    const button = this.renderRoot.querySelectorAll<HTMLButtonElement>('.trigger')[index];
    if (!button) return;
    this.pendingFocus = undefined;
    const show = () => {
      button.focus({ preventScroll: true });
      const smooth = matchMedia('(prefers-reduced-motion: no-preference)').matches;
      button.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
    };
    show();
    // While the page loads, the browser's own handling of the #fragment (aimed at
    // a heading the accordion does not render) clears focus: show it again after.
    if (document.readyState !== 'complete') {
      window.addEventListener('load', () => document.activeElement === document.body && show(), { once: true });
    }
  }

  // One listener for every section's buttons and panels; the index is in the panel's id.
  private readonly handleClick = (event: Event): void => {
    const button = (event.target as Element).closest('button');
    // Buttons of the page's own content click through here too: only ours count.
    if (!button || button.getRootNode() !== this.renderRoot || button.classList.contains('all')) return;
    const panelId = button.getAttribute('aria-controls') ?? button.closest('.panel')?.id ?? '';
    const id = this.sections[Number(panelId.slice(1))]?.id;
    if (id === undefined) return;
    if (button.classList.contains('trigger')) this.toggle(id);
    else void this.copyLink(id);
  };

  // The optional keys of the WAI-ARIA accordion pattern: ↓ ↑ between headings, Home, End.
  private readonly handleKeyDown = (event: KeyboardEvent): void => {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.trigger')];
    const i = buttons.indexOf(event.target as HTMLButtonElement);
    const n = buttons.length;
    const next = i < 0 ? undefined : { ArrowDown: i + 1, ArrowUp: i - 1 + n, Home: 0, End: n - 1 }[event.key];
    if (next === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    buttons[next % n].focus();
  };

  private readonly handleBeforeMatch = (event: Event): void => {
    const panel = event.target as Element;
    const id = panel.getRootNode() === this.renderRoot ? this.sections[Number(panel.id.slice(1))]?.id : undefined;
    if (id !== undefined) this.setOpen([id], true);
  };

  private toggle(id: string): void {
    const opening = !this.open.has(id);
    this.setOpen([id], opening);
    const url = new URL(location.href);
    if (opening) url.hash = id;
    else if (currentHash() === id) url.hash = '';
    else return;
    try {
      // replaceState, not location.hash: no jump, no history entry per click.
      history.replaceState(history.state, '', url.href);
    } catch {
      // A sandboxed document may refuse; the section is open all the same.
    }
  }

  private async copyLink(id: string): Promise<void> {
    const url = new URL(location.href);
    url.hash = id;
    const copied = await copyText(url.href, this.renderRoot as ShadowRoot);
    // Emptied first, so that copying twice is announced twice.
    this.announcement = '';
    await this.updateComplete;
    this.announcement = copied ? msg('Посилання на розділ скопійовано') : msg(str`Не вдалося скопіювати. Посилання на розділ: ${url.href}`);
  }

  private setOpen(ids: string[], open: boolean): void {
    const next = new Set(this.open);
    const changed = ids.filter((id) => next.has(id) !== open);
    if (!changed.length) return;
    for (const id of changed) {
      if (open) next.add(id);
      else next.delete(id);
    }
    this.open = next;
    writeOpenState(this.storeKey, next);
    for (const id of changed) this.emit('hromada-guide-toggle', { sectionId: id, open });
  }

  /** Opens every section. */
  showAll(): void {
    this.setOpen(this.sections.map((section) => section.id), true);
  }

  /** Closes every section. */
  hideAll(): void {
    this.setOpen(this.sections.map((section) => section.id), false);
  }

  protected override render() {
    const allOpen = this.sections.length > 0 && this.sections.every((section) => this.open.has(section.id));
    return html`
      <div class="guide" part="base" @click=${this.handleClick} @keydown=${this.handleKeyDown} @beforematch=${this.handleBeforeMatch}>
        ${this.src ? this.renderFeedState() : this.intro}
        ${this.sections.length > 1
          ? html`<button type="button" class="all" part="show-all" @click=${allOpen ? this.hideAll : this.showAll}>
              ${allOpen ? msg('Сховати всі розділи') : msg('Показати всі розділи')}
            </button>`
          : nothing}
        ${this.sections.map((section, i) => this.renderSection(section, i))}
        <p class="visually-hidden" role="status">${this.announcement}</p>
      </div>
    `;
  }

  private renderFeedState() {
    const feed = this.feed;
    const error = feed.status === 'error' ? feed.error : this.missingGuide;
    if (error) return renderFeedError(error, () => feed.retry());
    if (feed.status === 'loading') return html`<p class="loading" part="loading" role="status">${msg('Завантаження посібника…')}</p>`;
    // No title of its own: the page (or <hromada-embed>) heads the guide, as in light-DOM mode.
    return feed.stale ? renderStaleNotice(feed.updatedAt) : nothing;
  }

  private renderSection(section: Section, i: number) {
    const open = this.printing || this.open.has(section.id);
    // role=heading rather than h2…h6: one template for every level keeps the first render lean.
    return html`
      <div class="section" part="section">
        <div class="heading" part="heading" role="heading" aria-level=${this.level}>
          <button type="button" class="trigger" part="button" aria-expanded=${open ? 'true' : 'false'} aria-controls="p${i}">${section.title}</button>
        </div>
        <div class="panel" part="panel" id="p${i}" hidden=${open ? nothing : UNTIL_FOUND ? 'until-found' : ''}>
          ${section.content}
          ${open
            ? html`<button type="button" class="copy" part="copy-link">
                ${msg('Копіювати посилання на розділ')}<span class="visually-hidden"> «${section.title}»</span>
              </button>`
            : nothing}
        </div>
      </div>
    `;
  }
}
