// The states every feed-driven element shares: loading, error with a retry
// button, and the "outdated" notice, worded once for all of them.
import { html } from 'lit';
import { msg, str } from '@lit/localize';
import type { FeedError } from '../data/feed-error.js';
import { formatDate, formatRecent } from '../i18n/format.js';

/** What went wrong, for a reader: localized, without technical detail (that is in the console). */
export function feedErrorMessage(error: FeedError): string {
  switch (error.kind) {
    case 'network':
      return msg('Не вдалося з’єднатися з сервером. Перевірте інтернет і спробуйте ще раз.');
    case 'timeout':
      return msg('Сервер не відповів вчасно. Спробуйте ще раз.');
    case 'http':
      return error.status === 404
        ? msg('Дані не знайдено за вказаною адресою.')
        : msg('Сервер повідомив про помилку. Спробуйте ще раз пізніше.');
    case 'too-large':
      return msg('Дані завеликі, щоб їх показати.');
    default:
      return msg('Дані мають неправильний формат, тому їх не вдалося показати.');
  }
}

/** An alert with the message and a retry button. */
export function renderFeedError(error: FeedError, onRetry: () => void) {
  return html`
    <div class="feed-error" part="error" role="alert">
      <p class="feed-error__message">${feedErrorMessage(error)}</p>
      <button type="button" class="feed-error__retry" part="retry" @click=${onRetry}>${msg('Спробувати ще раз')}</button>
    </div>
  `;
}

/** "Дані можуть бути застарілими · оновлено 1 травня 2024 р." when showing a kept copy offline. */
export function renderStaleNotice(updatedAt: Date | undefined, now: Date = new Date()) {
  if (!updatedAt) return html`<p class="feed-stale" part="stale" role="status">${msg('Дані можуть бути застарілими.')}</p>`;
  const when = formatRecent(updatedAt, now) ?? formatDate(updatedAt, { dateStyle: 'long', timeStyle: 'short' });
  return html`
    <p class="feed-stale" part="stale" role="status">
      ${msg(str`Дані можуть бути застарілими · оновлено ${when}`)}
    </p>
  `;
}

