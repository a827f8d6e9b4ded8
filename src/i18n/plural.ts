// Plural forms chosen by the current locale's Intl.PluralRules: Ukrainian needs
// one/few/many ("1 новина, 2 новини, 5 новин, 21 новина"), English one/other.
import { intl } from './format.js';

/** Each form is a complete, already-localized phrase, usually from msg(). */
export interface PluralForms {
  one: string;
  few?: string;
  many?: string;
  other: string;
}

/** Picks the phrase for `count`: `plural(n, { one: msg(str\`${n} новина\`), few: …, many: …, other: … })`; a form not given is `other`. */
export const plural = (count: number, forms: PluralForms): string =>
  forms[intl(Intl.PluralRules).select(count) as keyof PluralForms] ?? forms.other;
