// The one place the `hromada-` prefix is spelled; tags, events, storage keys derive from it.
export const PREFIX = 'hromada';

/** `tagName('news-list')` → `'hromada-news-list'`. */
export const tagName = (name: string): string => `${PREFIX}-${name}`;

/** Versioned localStorage/sessionStorage key: `hromada-widgets:v1:<name>`. */
export const storageKey = (name: string): string => `${PREFIX}-widgets:v1:${name}`;
