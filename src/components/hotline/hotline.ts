import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { HromadaElement } from '../../internal/hromada-element.js';
import { getLocale } from '../../i18n/localization.js';
import { safeUrl, MEDIA_PROTOCOLS } from '../../data/safe-url.js';
import { FeedController } from '../../data/feed-controller.js';
import type { Hotline } from '../../data/model.js';
import { renderFeedError, renderStaleNotice } from '../../internal/feed-status.js';
import { storageKey } from '../../internal/tag-name.js';
import { parsePhone } from './phone.js';
import { clockTime, describeHours, parseHours } from './hours.js';
import { DEFAULT_TIME_ZONE, hotlineStatus, resolveTimeZone } from './status.js';
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
 * @csspart copy - The "copy number" button.
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

  // Also re-renders on reconnection (hostConnected), which sets the status timer again.
  private readonly feed = new FeedController(this, () => this.src);

  /** The phone number, in any common Ukrainian notation. */
  @property({ attribute: 'phone' }) phone = '';

  /** The hotline's name; "Гаряча лінія" when empty. */
  @property({ attribute: 'label' }) label = '';

  /** Working hours: `09:00-20:00`, `9-20`, `пн-пт 09:00-18:00; сб 10:00-14:00`, `mon-fri 9-18`, `24/7`. */
  @property({ attribute: 'hours' }) hours = '';

  /** A video-call link (Zoom); only http(s) links are shown. */
  @property({ attribute: 'zoom-url' }) zoomUrl = '';

  /** IANA time zone the hours are kept in; a feed's `time_zone` wins. */
  @property({ attribute: 'time-zone' }) timeZone = DEFAULT_TIME_ZONE;

  /** URL of a hromada feed to take the hotlines from instead of the attributes. */
  @property({ attribute: 'src' }) src = '';

  /** With `src`: the id of the feed hotline to show (several, space-separated); empty shows them all. Without: the id dismissal is remembered by. */
  @property({ attribute: 'hotline' }) hotline = '';

  /** The heading level of the label, 1–6, for the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** `urgent` for an emergency line; anything else is the ordinary banner. */
  @property({ attribute: 'variant' }) variant = '';

  /** Shows a close button; the dismissal is remembered per hotline id. */
  @property({ attribute: 'dismissible', type: Boolean }) dismissible = false;

  /** The clock the status is read from; replace it to show the banner at another moment (tests, demos). */
  now: () => Date = () => new Date();

  @state() private dismissed = new Set<string>();
  @state() private announcement = '';

  private timer: ReturnType<typeof setTimeout> | undefined;
  private nextChange: number | undefined;
  private readonly reported = new Set<string>();

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  protected override updated(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.nextChange === undefined) return;
    // One timer, set for the next opening or closing (at least a second away, so that
    // no clock oddity can make it spin); setTimeout's limit is ~24.8 days.
    const delay = Math.min(Math.max(this.nextChange - this.now().getTime(), 1000), 2 ** 31 - 1);
    this.timer = setTimeout(() => this.requestUpdate(), delay);
  }

  private handleDismiss(id: string): void {
    if (!this.emit('hromada-hotline-dismiss', { hotlineId: id }, { cancelable: true })) return;
    this.dismissed = new Set(this.dismissed).add(id);
    try {
      localStorage.setItem(dismissKey(id), '1');
    } catch {
      // Storage blocked or full: dismissed for this page view only.
    }
  }

  private async handleCopy(number: string, button: HTMLElement): Promise<void> {
    let copied = false;
    try {
      await navigator.clipboard.writeText(number);
      copied = true;
    } catch {
      // No Clipboard API (insecure page, old browser, denied): the selection way.
      const area = document.createElement('textarea');
      area.value = number;
      area.className = 'visually-hidden';
      this.renderRoot.append(area);
      area.focus();
      area.select();
      try {
        copied = document.execCommand('copy');
      } catch {
        copied = false;
      }
      area.remove();
      button.focus();
    }
    // Emptied first so that a second copy is announced again.
    this.announcement = '';
    await this.updateComplete;
    this.announcement = copied ? msg('Номер скопійовано') : msg('Не вдалося скопіювати номер');
  }

  protected override render() {
    this.nextChange = undefined;
    const live = html`<span class="visually-hidden" role="status">${this.announcement}</span>`;
    if (this.src) {
      const { status, error, stale, updatedAt } = this.feed;
      if (status === 'error' && error) return renderFeedError(error, () => this.feed.retry());
      if (status !== 'loaded') {
        return html`<div class="banner loading" part="banner" aria-busy="true">${msg('Завантаження…')}</div>`;
      }
      const hotlines = this.hotlines();
      if (hotlines.length === 0) {
        return html`<p class="feed-error" part="error" role="alert">${msg('Гарячу лінію не знайдено в даних.')}</p>`;
      }
      return html`${stale ? renderStaleNotice(updatedAt) : nothing}${hotlines.map((h, i) => this.renderBanner(h, i))}${live}`;
    }
    return html`${this.renderBanner(this.hotlines()[0], 0)}${live}`;
  }

  /** The hotlines to show: from the feed, or the one the attributes describe. */
  private hotlines(): Hotline[] {
    if (!this.src) {
      const id = this.hotline || this.id || parsePhone(this.phone)?.dial || 'hotline';
      return [{ id, label: this.label, phone: this.phone, hours: this.hours, zoomUrl: this.zoomUrl }];
    }
    const all = this.feed.feed?.hotlines ?? [];
    const ids = this.hotline.split(/\s+/).filter(Boolean);
    if (ids.length === 0) return all;
    const found = ids.map((id) => all.find((h) => h.id === id));
    ids.forEach((id, i) => {
      if (!found[i]) this.report(`<hromada-hotline>: no hotline "${id}" in ${this.src}`, true);
    });
    return found.filter((h): h is Hotline => h !== undefined);
  }

  private renderBanner(hotline: Hotline, index: number) {
    if (this.dismissible && this.isDismissed(hotline.id)) return nothing;
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    const zoom = safeUrl(hotline.zoomUrl, undefined, MEDIA_PROTOCOLS);
    const phone = hotline.phone ? parsePhone(hotline.phone) : undefined;
    if (hotline.phone && !phone) {
      this.report(`<hromada-hotline>: phone "${hotline.phone}" is not a Ukrainian number; shown as text`, true);
    }
    const shown = phone ? (getLocale() === 'uk' ? phone.national : phone.international) : hotline.phone;
    return html`
      <section class="banner ${this.variant === 'urgent' ? 'urgent' : ''}" part="banner" aria-labelledby="label-${index}">
        <div class="label" part="label" id="label-${index}" role="heading" aria-level=${level}>${hotline.label || msg('Гаряча лінія')}</div>
        ${phone
          ? html`<a class="phone" part="phone" href="tel:${phone.dial}">${shown}</a>`
          : hotline.phone
            ? html`<span class="phone" part="phone">${shown}</span>`
            : nothing}
        ${this.renderHours(hotline)}
        ${zoom || phone
          ? html`<div class="actions" part="actions">
              ${zoom
                ? html`<a class="zoom" part="zoom" href=${zoom} target="_blank" rel="noopener noreferrer"
                    >Zoom<span class="visually-hidden">, ${msg('відеодзвінок, відкриється в новій вкладці')}</span></a
                  >`
                : nothing}
              ${phone
                ? html`<button type="button" class="copy" part="copy" @click=${(e: Event) => this.handleCopy(phone.dial, e.currentTarget as HTMLElement)}>
                    ${msg('Копіювати номер')}
                  </button>`
                : nothing}
            </div>`
          : nothing}
        ${this.dismissible
          ? html`<button type="button" class="close" part="close" aria-label=${msg('Закрити')} @click=${() => this.handleDismiss(hotline.id)}>
              <span aria-hidden="true">×</span>
            </button>`
          : nothing}
      </section>
    `;
  }

  private renderHours(hotline: Hotline) {
    if (!hotline.hours) return nothing;
    const schedule = parseHours(hotline.hours);
    if (!schedule) {
      this.report(`<hromada-hotline>: hours "${hotline.hours}" not understood; shown as text`);
      return html`<p class="hours" part="hours">${hotline.hours}</p>`;
    }
    const wanted = hotline.timeZone || this.timeZone || DEFAULT_TIME_ZONE;
    let zone = resolveTimeZone(wanted);
    if (!zone) {
      this.report(`<hromada-hotline>: time zone "${wanted}" unknown; using ${DEFAULT_TIME_ZONE}`, true);
      zone = resolveTimeZone(DEFAULT_TIME_ZONE);
    }
    let status;
    let alwaysOpen = false;
    if (zone) {
      const result = hotlineStatus(schedule, this.now().getTime(), zone);
      if (result.changeAt !== undefined && !(result.changeAt >= (this.nextChange ?? Infinity))) this.nextChange = result.changeAt;
      const time = result.change === undefined ? '' : clockTime(result.change % 1440 || (result.open ? 1440 : 0));
      const day = result.change === undefined ? '' : weekdayOn(Math.floor(result.change / 1440) % 7);
      const detail = result.change === undefined
        ? ''
        : result.open
          ? msg(str`до ${time}`)
          : result.inDays === 0
            ? msg(str`відкриється о ${time}`)
            : result.inDays === 1
              ? msg(str`відкриється завтра о ${time}`)
              : msg(str`відкриється ${day} о ${time}`);
      alwaysOpen = result.open && result.change === undefined;
      const word = result.open
        ? result.change === undefined ? msg('Працює цілодобово') : msg('Працює зараз')
        : msg('Зачинено');
      status = html`<p class="status ${result.open ? 'open' : 'closed'}" part="status">${word}${detail ? ` · ${detail}` : ''}</p>`;
    }
    // "Працює цілодобово" says all the hours would.
    return html`${status ?? nothing}${alwaysOpen ? nothing : html`<p class="hours" part="hours">${describeHours(schedule)}</p>`}`;
  }

  private isDismissed(id: string): boolean {
    if (this.dismissed.has(id)) return true;
    try {
      return localStorage.getItem(dismissKey(id)) === '1';
    } catch {
      return false;
    }
  }

  /** The exact cause in the console, once per element and message. */
  private report(message: string, error = false): void {
    if (this.reported.has(message)) return;
    this.reported.add(message);
    if (error) console.error(message);
    else console.warn(message);
  }
}

const dismissKey = (id: string) => storageKey(`hotline-dismissed:${id}`);

/** "в понеділок" / "on Monday": the weekday as it follows "відкриється". */
function weekdayOn(day: number): string {
  return [
    msg('в понеділок'),
    msg('у вівторок'),
    msg('в середу'),
    msg('в четвер'),
    msg('в п’ятницю'),
    msg('в суботу'),
    msg('в неділю'),
  ][day];
}
