// Registers custom elements so that loading the script twice, or meeting another
// version of it on the same page, never throws: the first registration wins.
import { VERSION } from './version.js';
import { getLocale, setLocale } from '../i18n/localization.js';

export interface HromadaWidgetsGlobal {
  version: string;
  /** `'uk'`, `'en'`, or null to follow `<html lang>` again. */
  setLocale: typeof setLocale;
  getLocale: typeof getLocale;
}

declare global {
  interface Window {
    hromadaWidgets?: HromadaWidgetsGlobal;
  }
}

/** Version marker read back from an already-registered class. */
export const VERSION_KEY = '__hromadaWidgetsVersion';

interface VersionedConstructor extends CustomElementConstructor {
  [VERSION_KEY]?: string;
}

// Shared between every copy of the script on the page, so the warning about a
// version clash is printed once, however many copies and elements meet.
const WARNED_KEY = Symbol.for('hromada-widgets:version-warnings');

/** Warns once per page about two different versions of the widgets meeting. */
export function warnVersionClash(existing: string, incoming: string): void {
  const warned = ((globalThis as unknown as Record<symbol, Set<string>>)[WARNED_KEY] ??= new Set());
  const pair = `${existing}→${incoming}`;
  if (!warned.has(pair)) console.warn(`hromada-widgets: ${incoming} loaded beside ${existing}, which stays in use; load one copy`);
  warned.add(pair);
}

/**
 * Defines `tag` unless it is defined already. Never throws: a registry that
 * refuses the name (an invalid tag, a scoped registry) is reported in the console.
 * Returns whether this call registered the element.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): boolean {
  if (typeof customElements === 'undefined') return false;
  // Every entry, not only the whole bundle: a page that imports one element still has hromadaWidgets.setLocale(). The first copy keeps it.
  // globalThis, not window: server rendering (Next.js, Nuxt, Astro) imports this in Node, where Lit gives a registry but there is no window.
  (globalThis as unknown as Window).hromadaWidgets ??= Object.freeze({ version: VERSION, setLocale, getLocale });
  const existing = customElements.get(tag) as VersionedConstructor | undefined;
  if (existing) {
    if (existing !== constructor && existing[VERSION_KEY] !== VERSION) warnVersionClash(existing[VERSION_KEY] ?? 'unknown', VERSION);
    return false;
  }
  (constructor as VersionedConstructor)[VERSION_KEY] = VERSION;
  try {
    customElements.define(tag, constructor);
    return true;
  } catch (error) {
    console.error(`hromada-widgets: <${tag}>`, error);
    return false;
  }
}
