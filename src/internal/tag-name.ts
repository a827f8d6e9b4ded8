// The widgets' name prefix for storage keys. Tag names are spelled out in each
// define.ts, where TypeScript's HTMLElementTagNameMap needs them as literals.
const PREFIX = 'hromada';

/** Versioned localStorage/sessionStorage key: `hromada-widgets:v1:<name>`. */
export const storageKey = (name: string): string => `${PREFIX}-widgets:v1:${name}`;
