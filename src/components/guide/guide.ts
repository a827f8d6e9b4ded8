// <hromada-guide>: a long guide as an accordion, over the page's own headings or a feed's guide.
import { html, nothing, type PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import { HromadaElement } from '../../internal/hromada-element.js';
import { FeedController } from '../../data/feed-controller.js';
import { FeedError } from '../../data/feed-error.js';
import type { Feed } from '../../data/model.js';
import { renderSafeHtml } from '../../internal/render-safe-html.js';
import { renderFeedError, renderStaleNotice } from '../../internal/feed-status.js';
import { clampHeadingLevel } from '../../internal/heading.js';
import { storageKey } from '../../internal/tag-name.js';
import { getLocale } from '../../i18n/localization.js';
import baseStyles from '../../internal/base.styles.js';
import feedStatusStyles from '../../internal/feed-status.styles.js';
import styles from './guide.styles.js';
import '../../events/hromada-guide-toggle.js';

interface Section {
  id: string;
  /**
   * Read at each render, so that a heading edited in place is followed. A function, not a getter: an
   * object literal with a getter has a shape of its own, so every loop over 50 such sections ran slow.
   */
  title: () => string | null;
  /** A slot showing the page's own nodes (their list until the ids are checked), or the feed's sanitized content. */
  content: unknown;
}

/** A slot showing `nodes`, assigned before it is rendered: no per-slot work once it is in the tree. */
const slot = (nodes: Node[]): HTMLSlotElement => {
  const slot = document.createElement('slot');
  slot.assign(...(nodes as Element[]));
  return slot;
};

/** This page's address with the #fragment `id`, or none when `id` is ''. */
const link = (id: string): string => location.href.split('#')[0] + (id && `#${id}`);

/** The address's #fragment, decoded; '' when malformed. */
const hash = (): string => {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return '';
  }
};

/**
 * @summary A long guide as an accordion: headings open and close their sections, the
 * page's find, print and deep links still reach every word.
 *
 * @slot - The guide as ordinary HTML: headings (of the first level found, or of `heading-level`
 * when it is set and found) and what follows each. Shown as it is before the script runs.
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
 * @cssproperty --hromada-accent - Buttons, links and the chevrons.
 * @cssproperty --hromada-border - Lines between sections.
 */
export class HromadaGuide extends HromadaElement {
  static override styles = [baseStyles, feedStatusStyles, styles];
  // Manual slotting projects the page's own nodes into panels without moving,
  // wrapping or annotating them: the host's markup stays exactly as written.
  static override shadowRootOptions: ShadowRootInit = { mode: 'open', slotAssignment: 'manual' };
  // Declared here rather than with decorators: fewer bytes. Attributes are the
  // lower-cased property names unless given.
  static override properties = {
    src: {},
    guide: {},
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  // Another feed (not the same one again, revalidated) builds the sections again, as a changed
  // property does: the same content is not rebuilt under a reader's focus or selection.
  private readonly feed = new FeedController(this, () => this.src, { onChange: ({ feed }) => feed != this.from && this.requestUpdate('feed') });

  /** URL of a hromada feed to take the guide from, instead of the element's content. */
  src = '';

  /** Id of the guide in the feed; the feed's first guide when empty. */
  guide = '';

  /** Level (2–6) of the section headings in the page outline; default 3. */
  headingLevel = 3;

  private sections: Section[] = [];
  /** Ids of the open sections; read from this session's storage once there are sections. */
  private open?: Set<string>;
  /** The page's nodes before the first section heading: always shown. */
  private intro: unknown;
  private missing?: FeedError;
  /** The feed the sections were built from. */
  private from?: Feed;
  /** A guide without an id after the first in its page: its place (1, 2…), so that its sections and storage are its own. */
  private place: number | '' = '';
  /** showAll() (true) or hideAll() (false) asked for before there were sections. */
  private all?: boolean;

  // Children added later (a parser still streaming the page, a CMS), or an id set in place (a
  // framework's bound id, which names a section to the address): sections again. A change of text
  // inside them (a framework writing a heading's text in place) renders the titles again, read
  // live, without new slots. Never disconnected: the element and its observer go together.
  private readonly observer = new MutationObserver((records) => this.requestUpdate(records.find(({ target, attributeName }) => target == this || attributeName) && 'children'));

  constructor() {
    super();
    this.addController(this);
  }

  /** @internal The element is its own controller: it follows the address while connected. */
  hostConnected(): void {
    addEventListener('hashchange', this);
  }

  /** @internal */
  hostDisconnected(): void {
    removeEventListener('hashchange', this);
  }

  private get key(): string {
    return storageKey(`guide:${location.pathname}:${this.id || this.guide || this.place}`);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Built again only when what they are built from changed (an attribute, the children, the
    // feed: each a changed key), not when a section opens or the language changes.
    if (!changed.size) return;
    if (this.src) {
      const feed = (this.from = this.feed.feed);
      const guide = feed?.guides.find((guide) => guide.id == (this.guide || guide.id));
      this.missing = undefined;
      if (feed && !guide) console.error((this.missing = new FeedError('invalid', `hromada-guide: no guide "${this.guide}"`, feed.url)));
      this.sections = (guide?.sections ?? []).map((section) => ({ ...section, title: () => section.title, content: renderSafeHtml(section.content) }));
    } else {
      // Sections start at each child heading of the first level found, or of heading-level when it is
      // set (attribute or property) and found: by default, WordPress's h2 sections with h3 inside are sections of h2.
      const tag = (
        ((this.hasAttribute('heading-level') || this.headingLevel != 3) && this.querySelector(`:scope>h${clampHeadingLevel(this.headingLevel, 3)}`)) ||
        this.querySelector(':scope>:is(h1,h2,h3,h4,h5,h6)')
      )?.tagName;
      // Observed from the first reading of the children on, not from creation: those appended before
      // it (mostly all) are read here, and observing their insertion cost 2% of a 50-section guide's
      // init and render. Observing again, at each reading, changes nothing.
      this.observer.observe(this, { childList: true, subtree: true, characterData: true, attributeFilter: ['id'] });
      const prefix = this.id || (this.place = [...(this.getRootNode() as ParentNode).querySelectorAll(this.localName)].indexOf(this) || '');
      const intro: Node[] = [];
      let nodes = intro;
      // The sections built in this walk of the children, not from a list of [heading, nodes] pairs
      // afterwards: destructuring each pair made that second pass slow (measured: −0.15 ms of a 50-section
      // guide's ≈2 ms of script, SPEC §6).
      const sections: Section[] = (this.sections = []);
      for (let node = this.firstChild; node; node = node.nextSibling) {
        if (node.nodeName == tag) {
          const heading = node as Element;
          sections.push({ id: heading.id || `${prefix && `${prefix}-`}section-${sections.length + 1}`, title: () => heading.textContent, content: (nodes = []) });
        }
        // Elements and text: comments cannot be slotted.
        else if (node.nodeType < 4) nodes.push(node);
      }
      this.intro = slot(intro);
    }
    // An id names one section to the address, the storage and the event: a repeated one (a
    // copied heading anchor, a feed's slip) gets its place added, so that each section opens alone.
    // The ids so far in a Set: a search of the list for each section was quadratic.
    const ids = new Set<string>();
    this.sections.forEach((section, i) => {
      if (ids.has(section.id)) section.id += `-${i + 1}`;
      ids.add(section.id);
      // The page's nodes after the heading into a slot of their own, in this same pass: each pass
      // over 50 sections showed in the init and render (measured: this one pass less, −0.1 ms).
      if (!this.src) section.content = slot(section.content as Node[]);
    });
    // Once there are sections: what was open in this session, and the address's section.
    if (!this.open && this.sections[0]) {
      try {
        // Anything that is not a list of ids throws here, or matches no section.
        this.open = new Set(JSON.parse(sessionStorage.getItem(this.key)!));
      } catch {
        // Storage missing, forbidden or garbled: nothing is remembered.
        this.open = new Set();
      }
      if (this.all != null) this.set(this.all);
      void this.handleEvent();
    }
  }

  /**
   * @internal The window's hashchange (this element is the listener object), and the
   * first sections: opens the section the address names and focuses its button, which
   * brings it into view.
   */
  async handleEvent(): Promise<void> {
    const id = hash();
    // No #fragment (most loads), no search over the sections (−0.14 ms on 50): no section's id is empty.
    const i = id ? this.sections.findIndex((section) => section.id == id) : -1;
    if (i < 0) return;
    this.set(true, id);
    await this.updateComplete;
    const button = this.renderRoot.querySelectorAll<HTMLElement>('[aria-expanded]')[i];
    button.focus();
    // While the page loads, the browser's own handling of the #fragment (aimed at
    // a heading the accordion does not render) clears focus: focus it again after.
    if (document.readyState != 'complete') {
      addEventListener('load', () => document.activeElement == document.body && button.focus(), { once: true });
    }
  }

  /**
   * The one way sections open and close: section `id` (a click, the hash, find-in-page),
   * or every section (show all, hide all).
   */
  private set(open: boolean, id?: string): void {
    // showAll()/hideAll() before there are sections (just created, the feed not in yet): done when they come.
    if (!this.open) return void (this.all = open);
    for (const { id: each } of this.sections) {
      if ((id ?? each) != each || this.open!.has(each) == open) continue;
      this.open![open ? 'add' : 'delete'](each);
      this.emit('hromada-guide-toggle', { sectionId: each, open });
    }
    this.requestUpdate();
    try {
      sessionStorage.setItem(this.key, JSON.stringify([...this.open!]));
    } catch {
      // Not remembered: the guide still works.
    }
    // One section: the address follows it, with replaceState (no jump, no history entry per click).
    if (id && (open || hash() == id)) {
      try {
        history.replaceState(history.state, '', link(open ? id : ''));
      } catch {
        // Safari refuses more than 100 calls in 30 s; the section is open all the same.
      }
    }
  }

  private async copy(id: string): Promise<void> {
    const href = link(id);
    this.say();
    let copied = true;
    try {
      await navigator.clipboard.writeText(href);
    } catch {
      // No Clipboard API (a page on http:, an old browser) or permission refused: the
      // older way, over the link written into the live region and selected there,
      // which leaves focus on the button and answers false when it cannot copy.
      const live = this.renderRoot.querySelector('#live')!;
      live.textContent = href;
      getSelection()!.selectAllChildren(live);
      copied = document.execCommand('copy');
    }
    // The link in the message: the reader can still copy it by hand.
    this.say(() => (copied ? msg('Посилання скопійовано') : msg(str`Не вдалося скопіювати: ${href}`)));
  }

  /** Opens every section. */
  showAll(): void {
    this.set(true);
  }

  /** Closes every section. */
  hideAll(): void {
    this.set(false);
  }

  // One listener for every section instead of one per section: a 50-section guide renders
  // measurably faster. It hears clicks on the section buttons, each naming its panel, and
  // find-in-page's beforematch on a closed panel (it bubbles), whose id is `p` and its section's index
  // (not the bare index: `#0` is no CSS selector, and scripts look panels up by it).
  // Only the guide's own elements count: the page's nodes shown in a panel are not its controls.
  private readonly onSection = ({ type, target }: Event & { target: Element }) => {
    const section =
      target.getRootNode() == this.renderRoot && this.sections[target.getAttribute(type == 'click' ? 'aria-controls' : 'id')?.slice(1) as unknown as number];
    if (section) this.set(type != 'click' || !this.open!.has(section.id), section.id);
  };

  protected override render() {
    const { status, error, stale, updatedAt } = this.feed;
    const failure = error ?? this.missing;
    const all = this.sections.every((section) => this.open!.has(section.id));
    const level = clampHeadingLevel(this.headingLevel, 3);
    // WCAG 3.1.2: a feed's sections are in its language; the button that copies a link, in the page's.
    const lang = (this.src && this.from?.language) || nothing;
    // "Show all" comes first, before the intro, and is there for one section too: the
    // collapsed guide is then a fixed 44px plus its headings, a height a page can
    // reserve before the script runs (see guide.styles.ts), so nothing moves on upgrade.
    // role=heading rather than h2…h6: one template for every level keeps the render lean.
    const content = html`${this.sections[0]
          ? html`<button part="show-all" @click=${() => this.set(!all)}>
              ${all ? msg('Сховати всі розділи') : msg('Показати всі розділи')}
            </button>`
          : nothing}
        ${!this.src
          ? this.intro
          : failure
            ? renderFeedError(failure, this.feed.retry)
            : status == 'loading'
              ? html`<p part="loading" role="status">${msg('Завантаження…')}</p>`
              : stale
                ? renderStaleNotice(updatedAt)
                : nothing}
        ${this.sections.map((section, i) => {
          const open = this.open!.has(section.id);
          // The panel's id as one whole value, not "p${i}" in the template: Lit builds an attribute
          // of several pieces more slowly (1.5% of a 50-section guide's init and render).
          const panel = `p${i}`;
          return html`
            <div part="section" lang=${lang}>
              <div part="heading" role="heading" aria-level=${level}>
                <button part="button" aria-expanded=${open} aria-controls=${panel}>${section.title()}</button>
              </div>
              <div part="panel" id=${panel} .hidden=${!open && 'until-found'}>${section.content}${open
                  ? html`<button part="copy-link" lang=${lang && getLocale()} @click=${() => this.copy(section.id)}>
                      ${msg('Копіювати посилання')}<span class="visually-hidden"> «${section.title()}»</span>
                    </button>`
                  : nothing}</div>
            </div>
          `;
        })}`;
    return html`
      <div part="base" @click=${this.onSection} @beforematch=${this.onSection}>
        ${this.src && this.feed.waited ? html`<div class="over"><div>${content}</div>${ROOM}</div>` : content}
        <p id="live" class="visually-hidden" role="status"></p>
      </div>
    `;
  }
}

/**
 * The room of a typical guide, unseen: "show all" and 7 closed sections, their titles of typical
 * lengths (one of them two lines on a phone), under a feed's guide while it loads and what replaces
 * it, so that a shorter guide or an error moves nothing after it (SPEC §6). No parts, roles or
 * buttons in it: scripts and readers find the real ones. Inert: unheard, unfound and uncopied with the page's styles off too.
 */
const ROOM = html`<div class="room" inert>${[3, 5, 2, 3, 2, 3, 1].map((words) => html`<div class="row">${'hromada '.repeat(words)}</div>`)}</div>`;
