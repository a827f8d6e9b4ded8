// The states every feed-driven element shares: the error with a retry button,
// and the "outdated" notice, worded once for all of them.
import { html, type ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import type { FeedError } from '../data/feed-error.js';
import { formatDate, formatRecent } from '../i18n/format.js';

/** What went wrong, for a reader: localized, without technical detail (that is in the console). */
export const feedErrorMessage = ({ kind, status = 0 }: FeedError): string =>
  kind === 'network' || kind === 'timeout'
    ? msg('Не вдалося з’єднатися з сервером.')
    : status === 404
      ? msg('Дані не знайдено.')
      : status
        ? msg('Помилка сервера.')
        : msg('Дані мають неправильний формат.');

/**
 * The retry button goes with its error, which would leave focus on the page's <body>: once
 * the element shows a control again (the content's first, or a new retry button), focus goes
 * there, unless the reader has moved it meanwhile.
 */
const refocus = ({ target }: Event) => {
  const root = (target as Element).getRootNode() as ShadowRoot;
  const host = root.host as unknown as ReactiveControllerHost;
  const lost = () => document.activeElement == document.body;
  const controller = {
    hostUpdated() {
      // A disabled button (a placeholder while loading) refuses focus: then the next update tries again.
      if (lost()) root.querySelector<HTMLElement>('[href],button')?.focus();
      if (!lost()) host.removeController(controller);
    },
  };
  host.addController(controller);
};

/** An alert with the message and a retry button. */
export const renderFeedError = (error: FeedError, onRetry: () => void) =>
  html`<div class="feed-error" part="error" role="alert">
    <p>${feedErrorMessage(error)}</p>
    <button type="button" class="button" part="retry" @click=${(event: Event) => (refocus(event), onRetry())}>${msg('Спробувати ще раз')}</button>
  </div>`;

/** "Дані можуть бути застарілими · оновлено 1 травня 2024 р." when showing a kept copy offline. */
export function renderStaleNotice(updatedAt = new Date()) {
  const when = formatRecent(updatedAt) ?? formatDate(updatedAt, { dateStyle: 'long', timeStyle: 'short' });
  return html`<p class="feed-stale" part="stale" role="status">${msg(str`Дані можуть бути застарілими · оновлено ${when}`)}</p>`;
}
