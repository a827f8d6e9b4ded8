import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { HromadaElement } from '../../internal/hromada-element.js';
import { getLocale } from '../../i18n/localization.js';
import { safeUrl, MEDIA_PROTOCOLS } from '../../data/safe-url.js';
import { FeedController } from '../../data/feed-controller.js';
import type { Hotline } from '../../data/model.js';
import { renderFeedError, renderStaleNotice } from '../../internal/feed-status.js';
import { headingTemplate } from '../../internal/heading.js';
import { storageKey } from '../../internal/tag-name.js';
import { parsePhone } from './phone.js';
import { KYIV, clockTime, describeHours, hotlineStatus, parseHours, resolveTimeZone, weekdayOn } from './schedule.js';
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
    dismissible: { type: Boolean },
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

  private handleDismiss(id: string): void {
    if (!this.emit('hromada-hotline-dismiss', { hotlineId: id }, { cancelable: true })) return;
    this.dismissed.push(id);
    this.requestUpdate();
    remembered(id, '1');
  }

  private async handleCopy(number: string): Promise<void> {
    // Written directly, not rendered: emptied first so that a second copy is announced again.
    const live = this.renderRoot.querySelector('[role=status]')!;
    live.textContent = '';
    try {
      await navigator.clipboard.writeText(number);
      live.textContent = msg('Номер скопійовано');
    } catch {
      live.textContent = msg('Не вдалося скопіювати');
    }
  }

  protected override render() {
    this.nextChange = Infinity;
    const { status, error, stale, updatedAt } = this.feed;
    if (this.src && status != 'loaded') {
      return error
        ? renderFeedError(error, () => this.feed.retry())
        : html`<div class="banner" part="banner" aria-busy="true">${msg('Завантаження…')}</div>`;
    }
    const hotlines = this.hotlines();
    return html`${stale ? renderStaleNotice(updatedAt) : nothing}${hotlines.length
      ? hotlines.map((h, i) => this.renderBanner(h, i))
      : html`<p class="feed-error" part="error" role="alert">${msg('Гарячу лінію не знайдено.')}</p>`}<span class="visually-hidden" role="status"></span>`;
  }

  /** The hotlines to show: from the feed, or the one the attributes describe. */
  private hotlines(): Hotline[] {
    if (!this.src) {
      return [{ id: this.hotline || this.id || this.phone, label: this.label, phone: this.phone, hours: this.hours, zoomUrl: this.zoomUrl }];
    }
    const all = this.feed.feed?.hotlines ?? [];
    return (
      this.hotline.match(/\S+/g)?.flatMap((id) => {
        const found = all.find((h) => h.id == id);
        if (!found) this.report(`no hotline "${id}" in ${this.src}`, true);
        return found ?? [];
      }) ?? all
    );
  }

  private renderBanner(hotline: Hotline, index: number) {
    if (this.dismissible && (this.dismissed.includes(hotline.id) || remembered(hotline.id))) return nothing;
    const zoom = safeUrl(hotline.zoomUrl, undefined, MEDIA_PROTOCOLS);
    const phone = parsePhone(hotline.phone);
    if (hotline.phone && !phone) this.report(`bad phone "${hotline.phone}"`, true);
    const copy = phone && navigator.clipboard;
    // Buttons without type="button": in a shadow root there is no form for them to submit.
    return html`
      <section class="banner ${this.variant}" part="banner" aria-labelledby="label-${index}">
        ${headingTemplate(this.headingLevel, hotline.label || msg('Гаряча лінія'), { id: `label-${index}`, part: 'label', class: 'label' })}
        ${phone
          ? html`<a class="phone" part="phone" href="tel:${phone.dial}">${getLocale() == 'uk' ? phone.national : phone.international}</a>`
          : hotline.phone
            ? html`<span class="phone" part="phone">${hotline.phone}</span>`
            : nothing}
        ${this.renderHours(hotline)}
        ${zoom || copy
          ? html`<div class="actions" part="actions">
              ${zoom
                ? html`<a part="zoom" href=${zoom} target="_blank" rel="noopener noreferrer" aria-label="Zoom, ${msg('відеодзвінок, нова вкладка')}"
                    >Zoom</a
                  >`
                : nothing}
              ${copy
                ? html`<button class="feed-error__retry" part="copy" @click=${() => this.handleCopy(phone.dial)}>
                    ${msg('Копіювати номер')}
                  </button>`
                : nothing}
            </div>`
          : nothing}
        ${this.dismissible
          ? html`<button class="close" part="close" aria-label=${msg('Закрити')} @click=${() => this.handleDismiss(hotline.id)}>×</button>`
          : nothing}
      </section>
    `;
  }

  private renderHours(hotline: Hotline) {
    if (!hotline.hours) return nothing;
    const week = parseHours(hotline.hours);
    if (!week) {
      this.report(`bad hours "${hotline.hours}"`);
      return html`<p class="hours" part="hours">${hotline.hours}</p>`;
    }
    const wanted = hotline.timeZone || this.timeZone || KYIV;
    const zone = resolveTimeZone(wanted);
    if (zone != wanted && wanted != KYIV) this.report(`bad time-zone "${wanted}"`, true);
    const now = this.now();
    const { open, change, inDays, changeAt } = zone ? hotlineStatus(week, +now, zone) : { open: false };
    this.nextChange = Math.min(this.nextChange, changeAt ?? Infinity);
    const time = clockTime(change! % 1440 || (open ? 1440 : 0));
    return html`${zone
      ? html`<p class="status ${open ? 'open' : ''}" part="status">
          ${change == undefined
            ? open
              ? msg('Працює цілодобово')
              : msg('Зачинено')
            : open
              ? msg(str`Працює зараз · до ${time}`)
              : inDays == 0
                ? msg(str`Зачинено · відкриється о ${time}`)
                : inDays == 1
                  ? msg(str`Зачинено · відкриється завтра о ${time}`)
                  : msg(str`Зачинено · відкриється ${weekdayOn(change / 1440)} о ${time}`)}
        </p>`
      : nothing}${open && !changeAt ? nothing : html`<p class="hours" part="hours">${describeHours(week)}</p>`}`;
  }

  /** The exact cause in the console, once per element and message. */
  private report(message: string, error?: boolean): void {
    if (this.reported.has(message)) return;
    this.reported.add(message);
    console[error ? 'error' : 'warn'](`hromada-hotline: ${message}`);
  }
}

/** Whether a dismissal of `id` is remembered; with `set`, remembers it. Storage may be blocked or full. */
function remembered(id: string, set?: string) {
  try {
    const key = storageKey(`hotline-dismissed:${id}`);
    return set ? localStorage.setItem(key, set) : localStorage.getItem(key);
  } catch {
    return undefined;
  }
}
