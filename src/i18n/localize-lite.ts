// The one-file bundle's @lit/localize (rollup.config.mjs aliases it here): only
// what the elements use — msg(), str, configureLocalization's getLocale and
// setLocale, updateWhenLocaleChanges — with the same timing, in a fifth of the
// bytes. No status events on window (the bundle's runtime is its own, and a
// page's Lit app reading them would re-render for nothing), no message ids and
// no FNV hashing: a translation is found by the build's short hash
// (shortMessageIds). Tests of src/ run @lit/localize itself; those of dist/, this.
import type { ReactiveControllerHost } from 'lit';
// Replaced by the build with the short hash its tables are keyed by.
import { generateMsgId } from '@lit/localize/internal/id-generation.js';

interface Str {
  strings: TemplateStringsArray;
  values: unknown[];
}
type Translation = string | Str;

let templates: Record<string, Translation> | undefined;
let active = '';
let requests = 0;
const hosts = new Set<ReactiveControllerHost>();

export const str = (strings: TemplateStringsArray, ...values: unknown[]): Str => ({ strings, values });

/** The translation of `source` in the active locale, else the source; a translated str`…` orders the values by its numbers. */
export const msg = (source: Translation): string => {
  const found = templates?.[generateMsgId(typeof source == 'string' ? source : source.strings, false)] ?? source;
  return typeof found == 'string'
    ? found
    : found.strings.reduce((out, part, i) => out + (source as Str).values[found == source ? i - 1 : (found.values[i - 1] as number)] + part);
};

export const configureLocalization = (config: { sourceLocale: string; targetLocales: readonly string[]; loadLocale: (locale: string) => Promise<{ templates: typeof templates } | undefined> }) => {
  active = config.sourceLocale;
  return {
    getLocale: () => active,
    setLocale: (locale: string): Promise<void> => {
      const request = ++requests;
      // The source locale's module is none: its text is the source.
      return config.loadLocale(locale).then((module) => {
        if (request == requests) {
          active = locale;
          templates = module?.templates;
          hosts.forEach((host) => host.requestUpdate());
        }
      });
    },
  };
};

export const updateWhenLocaleChanges = (host: ReactiveControllerHost): void =>
  host.addController({ hostConnected: () => hosts.add(host), hostDisconnected: () => hosts.delete(host) });
