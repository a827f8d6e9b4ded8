import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { HromadaElement, toBoolean } from '../../internal/hromada-element.js';
import { getLocale } from '../../i18n/localization.js';
import { safeUrl, MEDIA_PROTOCOLS } from '../../data/safe-url.js';
import { FeedController } from '../../data/feed-controller.js';
import type { Hotline } from '../../data/model.js';
import { renderFeedError, renderStaleNotice } from '../../internal/feed-status.js';
import { headingTemplate } from '../../internal/heading.js';
import { storageKey } from '../../internal/tag-name.js';
import { parsePhone } from './phone.js';
import { KYIV, describeHours, hotlineStatus, parseHours, resolveTimeZone } from './schedule.js';
import type {} from '../../events/hromada-hotline-dismiss.js';
import baseStyles from '../../internal/base.styles.js';
import feedStatusStyles from '../../internal/feed-status.styles.js';
import styles from './hotline.styles.js';

/**
 * @summary A hotline banner: label, a phone number to call with one tap, working
 * hours, whether it answers now (in the hotline's time zone), a video-call link.
 * With `src`, the hotlines come from a hromada feed, each as its own banner.
 *
 * @fires hromada-hotline-dismiss - A reader closed a `dismissible` banner; detail `{ hotlineId }`. Cancelable: `preventDefault()` keeps it open.
 *
 * @csspart banner - Each banner (a labelled region), also while loading.
 * @csspart label - The hotline's name, a heading.
 * @csspart phone - The tel: link (or the number as given, when it cannot be dialled).
 * @csspart status - "Працює зараз · до 20:00" / "Зачинено · відкриється о 09:00".
 * @csspart hours - The working hours.
 * @csspart actions - The row of the Zoom link and the copy button.
 * @csspart zoom - The video-call link.
 * @csspart copy - The "copy number" button (where the browser offers the Clipboard API).
 * @csspart close - The close button of a `dismissible` banner.
 * @csspart error - The error message (with `retry`) when the feed fails.
 * @csspart retry - The retry button.
 * @csspart stale - The "data may be outdated" notice.
 *
 * @cssproperty --hromada-accent - Banner edge, links, buttons.
 * @cssproperty --hromada-danger - Banner edge and outline of `variant="urgent"`.
 * @cssproperty --hromada-success - The "open now" marker.
 * @cssproperty --hromada-surface - Banner background.
 */
export class HromadaHotline extends HromadaElement {
  static override styles = [baseStyles, feedStatusStyles, styles];
  // Declared here rather than with decorators: a third of the bytes. Attributes are
  // the lower-cased property names unless given.
  static override properties = {
    phone: {},
    label: {},
    hours: {},
    zoomUrl: { attribute: 'zoom-url' },
    timeZone: { attribute: 'time-zone' },
    src: {},
    hotline: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    variant: {},
    dismissible: { type: Boolean, converter: toBoolean },
    // Reactive: a clock replaced after the first render (a demo) shows at once, and one set before the script defines the element is kept.
    now: { attribute: false },
  };

  // Also re-renders on reconnection (hostConnected), which sets the status timer again.
  private readonly feed = new FeedController(this, () => this.src);

  /** The phone number, in any common Ukrainian notation. */
  phone = '';

  /** The hotline's name; "Гаряча лінія" when empty. */
  label = '';

  /** Working hours: `09:00-20:00`, `9-20`, `пн-пт 09:00-18:00; сб 10:00-14:00`, `mon-fri 9-18`, `24/7`. */
  hours = '';

  /** A video-call link (Zoom); only http(s) links are shown. */
  zoomUrl = '';

  /** IANA time zone the hours are kept in (`Europe/Kyiv` when empty); a feed's `time_zone` wins. */
  timeZone = '';

  /** URL of a hromada feed to take the hotlines from instead of the attributes. */
  src = '';

  /** With `src`: the id of the feed hotline to show (several, space-separated); empty shows them all. Without: the id dismissal is remembered by. */
  hotline = '';

  /** The heading level of the label, 2–6, for the page's outline. */
  headingLevel = 2;

  /** `urgent` for an emergency line; anything else is the ordinary banner. */
  variant = '';

  /** Shows a close button; the dismissal is remembered per hotline id. */
  dismissible = false;

  /** The clock the status is read from; replace it to show the banner at another moment (tests, demos). */
  now: () => Date = () => new Date();

  private readonly dismissed: string[] = [];
  private readonly reported = new Set<string>();
  private timer?: ReturnType<typeof setTimeout>;
  private nextChange = Infinity;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  protected override updated(): void {
    clearTimeout(this.timer);
    // One timer, set for the next opening or closing (at least a second away, so that
    // no clock oddity can make it spin); setTimeout's limit is ~24.8 days.
    // Not once removed: an update that lands after disconnectedCallback would otherwise leave a timer holding the element for hours.
    if (this.nextChange < Infinity && this.isConnected) {
      this.timer = setTimeout(() => this.requestUpdate(), Math.min(Math.max(this.nextChange - +this.now(), 1000), 2 ** 31 - 1));
    }
  }

  protected override render() {
    this.nextChange = Infinity;
    const { status, error, stale, updatedAt, feed } = this.feed;
    if (this.src && status != 'loaded') {
      return kept(error ? renderFeedError(error, this.feed.retry) : html`<div class="banner" part="banner" aria-busy="true">${msg('Завантаження…')}</div>`);
    }
    const all = feed?.hotlines ?? [];
    // Without src, the element's own properties describe the one hotline.
    const hotlines: Hotline[] = this.src
      ? // A template string: a framework may set a number (hotline={2}).
        (`${this.hotline ?? ''}`.match(/\S+/g)?.flatMap((id) => all.find((h) => h.id == id) ?? (this.report(`no hotline "${id}" in ${this.src}`), [])) ?? all)
      : [this];
    const banners = hotlines.map((h, i) => this.renderBanner(h, i));
    // From a feed, over the room it had while loading: not when it never loaded in view (a kept copy, an
    // embed's feed already in) nor where a reader may close them (the room would stay, blank).
    return html`${stale ? renderStaleNotice(updatedAt) : nothing}${!hotlines.length
      ? kept(html`<p class="feed-error" part="error" role="alert">${msg('Дані не знайдено.')}</p>`)
      : this.src && this.feed.waited && !this.dismissible
        ? kept(html`<div>${banners}</div>`)
        : banners}<span id="live" class="visually-hidden" role="status"></span>`;
  }

  private renderBanner(hotline: Hotline, index: number) {
    const { label, phone: given, hours, timeZone, zoomUrl } = hotline;
    const id = hotline == this ? this.hotline || this.id || given : hotline.id;
    if (this.dismissible && (this.dismissed.includes(id) || remembered(id))) return nothing;
    const zoom = safeUrl(zoomUrl, undefined, MEDIA_PROTOCOLS);
    // given is null once the phone attribute is removed.
    const phone = parsePhone(given ?? '');
    if (given && !phone) this.report(`bad phone "${given}"`);
    const copy = phone && navigator.clipboard;
    const week = hours && parseHours(hours);
    if (hours && !week) this.report(`bad hours "${hours}"`, 'warn');
    const wanted = timeZone || this.timeZone || KYIV;
    const zone = resolveTimeZone(wanted);
    if (week && zone != wanted && wanted != KYIV) this.report(`bad time-zone "${wanted}"`);
    const status = week && zone && hotlineStatus(week, +this.now(), zone);
    this.nextChange = Math.min(this.nextChange, (status && status.changeAt) || Infinity);
    // Buttons without type="button": in a shadow root there is no form for them to submit.
    return html`
      <section class="banner ${this.variant}" part="banner" aria-labelledby="label-${index}">
        ${headingTemplate(this.headingLevel, label || msg('Гаряча лінія'), { id: `label-${index}`, part: 'label', class: 'label' })}
        ${phone
          ? html`<a class="phone" part="phone" href="tel:${phone[0]}">${phone[getLocale() == 'uk' ? 1 : 2]}</a>`
          : given
            ? html`<span class="phone" part="phone">${given}</span>`
            : nothing}
        ${status ? html`<p class="status ${status.open ? 'open' : ''}" part="status">${status.text}</p>` : nothing}
        ${!hours || (status && !status.changeAt) ? nothing : html`<p class="hours" part="hours">${week ? describeHours(week) : hours}</p>`}
        ${zoom || copy
          ? html`<div part="actions">
              ${zoom
                ? html`<a part="zoom" href=${zoom} target="_blank" rel="noopener noreferrer" aria-label="Zoom, ${msg('відеодзвінок, нова вкладка')}">Zoom</a>`
                : nothing}
              ${copy
                ? html`<button class="button" part="copy" @click=${() => {
                    const [href] = phone;
                    this.say();
                    // A refusal says the number, for copying by hand (the guide's words for its links).
                    navigator.clipboard.writeText(href).then(
                      () => this.say(() => msg('Номер скопійовано')),
                      () => this.say(() => msg(str`Не вдалося скопіювати: ${href}`)),
                    );
                  }}>${msg('Копіювати номер')}</button>`
                : nothing}
            </div>`
          : nothing}
        ${this.dismissible
          ? html`<button class="close" part="close" aria-label=${msg('Закрити')} @click=${() => {
              if (this.emit('hromada-hotline-dismiss', { hotlineId: id }, { cancelable: true })) {
                this.dismissed.push(id);
                this.requestUpdate();
                remembered(id, '1');
              }
            }}>×</button>`
          : nothing}
      </section>
    `;
  }

  /** The exact cause in the console, once per element and message. */
  private report(message: string, level: 'error' | 'warn' = 'error'): void {
    if (!this.reported.has(message)) console[level](`hromada-hotline: ${message}`);
    this.reported.add(message);
  }
}

/**
 * The room of a typical hotline's banner (a label of two lines on a phone, the number, status,
 * hours, Zoom and copy), unseen, under a feed's hotline while it loads and what replaces it, so
 * that a shorter one or an error moves nothing after it (SPEC §6). No parts, roles, links or
 * buttons in it: what scripts and readers look for is the real banner's. Inert, so that where the page's styles are off
 * (visibility no longer hiding it) readers still neither hear, find nor copy its filler.
 */
const kept = (content: unknown) =>
  html`<div class="over">
    ${content}
    <div class="room banner" inert>
      <p class="label">${'hromada '.repeat(4)}</p>
      <span class="phone">068 377 77 77</span>
      <p class="status">${'hromada '.repeat(3)}</p>
      <p>${'hromada '.repeat(2)}</p>
      <p><span>Zoom</span><span class="button">${'hromada '.repeat(2)}</span></p>
    </div>
  </div>`;

/** Whether a dismissal of `id` is remembered; with `set`, remembers it. Storage may be blocked or full. */
function remembered(id: string, set?: string) {
  try {
    const key = storageKey(`hotline-dismissed:${id}`);
    return set ? localStorage.setItem(key, set) : localStorage.getItem(key);
  } catch {
    return undefined;
  }
}
