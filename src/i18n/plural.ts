// Plural forms chosen by the current locale's Intl.PluralRules: Ukrainian needs
// one/few/many ("1 новина, 2 новини, 5 новин, 21 новина"), English one/other.
import { intlLocale } from './localization.js';

/** Each form is a complete, already-localized phrase, usually from msg(). */
export interface PluralForms {
  one: string;
  few?: string;
  many?: string;
  other: string;
}

const rulesByLocale = new Map<string, Intl.PluralRules>();

function pluralRules(locale: string): Intl.PluralRules {
  let rules = rulesByLocale.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    rulesByLocale.set(locale, rules);
  }
  return rules;
}

/** Picks the phrase for `count`: `plural(n, { one: msg(str\`${n} новина\`), few: …, many: …, other: … })`. */
export function plural(count: number, forms: PluralForms): string {
  const category = pluralRules(intlLocale()).select(count);
  switch (category) {
    case 'one':
      return forms.one;
    case 'few':
      return forms.few ?? forms.other;
    case 'many':
      return forms.many ?? forms.other;
    default:
      return forms.other;
  }
}
