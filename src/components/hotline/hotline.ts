import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { HromadaElement } from '../../internal/hromada-element.js';
import { getLocale } from '../../i18n/localization.js';
import { safeUrl } from '../../data/safe-url.js';
import { parsePhone, type ParsedPhone } from './phone.js';
import baseStyles from '../../internal/base.styles.js';
import styles from './hotline.styles.js';

/**
 * @summary A hotline banner: label, a phone number to call with one tap, working hours and a video-call link.
 *
 * @csspart banner - The banner container.
 * @csspart label - The hotline's name.
 * @csspart phone - The tel: link.
 * @csspart hours - The working hours.
 * @csspart zoom - The video-call link.
 */
export class HromadaHotline extends HromadaElement {
  static override styles = [baseStyles, styles];

  /** The phone number, in any common Ukrainian notation. */
  @property({ attribute: 'phone' }) phone = '';

  /** The hotline's name; "Гаряча лінія" when empty. */
  @property({ attribute: 'label' }) label = '';

  /** Working hours, e.g. `09:00-20:00`. */
  @property({ attribute: 'hours' }) hours = '';

  /** A video-call link (Zoom); only http(s) links are shown. */
  @property({ attribute: 'zoom-url' }) zoomUrl = '';

  @state() private parsedPhone: ParsedPhone | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('phone')) {
      this.parsedPhone = this.phone ? parsePhone(this.phone) : undefined;
      if (this.phone && !this.parsedPhone) {
        console.error(`<hromada-hotline>: phone "${this.phone}" is not a Ukrainian phone number; it is shown as text, without a link`);
      }
    }
  }

  protected override render() {
    const label = this.label || msg('Гаряча лінія');
    const zoom = safeUrl(this.zoomUrl, undefined, new Set(['https:', 'http:']));
    return html`
      <section class="banner" part="banner" aria-labelledby="label">
        <h2 class="label" id="label" part="label">${label}</h2>
        ${this.renderPhone()}
        ${this.hours ? html`<span class="hours" part="hours">${this.hours}</span>` : nothing}
        ${zoom ? html`<a class="zoom" part="zoom" href=${zoom} target="_blank" rel="noopener noreferrer">${msg('Відеозв’язок у Zoom')}</a>` : nothing}
      </section>
    `;
  }

  private renderPhone() {
    if (!this.phone) return nothing;
    const parsed = this.parsedPhone;
    if (!parsed) return html`<span class="phone" part="phone">${this.phone}</span>`;
    const shown = getLocale() === 'uk' ? parsed.national : parsed.international;
    return html`<a class="phone" part="phone" href="tel:${parsed.dial}">${shown}</a>`;
  }
}
