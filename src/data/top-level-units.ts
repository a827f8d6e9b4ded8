// The 27 top-level units of the KATOTTG codifier (16.05.2025), kept in the
// script so the oblast list and oblast names work before, or without, the region
// data file. Generated from data/ua-hromadas.json; a test checks they agree.

import type { Region } from './regions.js';
import { fromLatin, transliterate } from '../i18n/transliterate.js';

export type TopLevelKind = 'oblast' | 'arc' | 'city';

/** Per unit, 5 characters: its code's oblast digits and identifier (7 digits) as one number in base 36. */
const CODES = '02f830axp80fixn0rnqh0vz7n13gtl199e21eosz1l7oz1x8i123d0x2mpn12r5mp2vq8n31yxe3675e3dg133joj93o1c83rxfh3vzbt43vul48edx4dfdn4f5gi4tgud53l0e';

/**
 * Per unit: the Ukrainian name (an oblast's without its "ька") in the Latin of
 * `fromLatin`, which the script carries in far fewer bytes than Cyrillic. The
 * English name is its transliteration, the oblast's final s dropped, then what
 * follows ":" (Вінниц:sia → Vinnytsia); a capital after ":" is the whole English name instead.
 */
const NAMES =
  "Avtonomna Respublika Krym:Autonomous Republic of Crimea;Vinnyc:sia;Volyns;Dnipropetrovs:sk;Donec:sk;Zhytomyrs;Zakarpats:tia;Zaporiz:hzhia;Ivano-Frankivs:sk;Kyyivs;Kirovohrads;Luhans:sk;L'vivs;Mykolayivs;Odes:sa;Poltavs:a;Rivnens:Rivne;Sums:y;Ternopil's;Kharkivs;Khersons;Khmel'nyc:skyi;Cherkas:sy;Chernivec:Chernivtsi;Chernihivs;Kyyiv;Sevastopol'";

/** The top-level units alone, as regions without children, available before any data is loaded. */
export const TOP_LEVEL_REGIONS: readonly Region[] = NAMES.split(';').map((unit, i) => {
  const [latin, tail = ''] = unit.split(':');
  const uk = fromLatin(latin);
  const en = tail < 'a' && tail ? tail : transliterate(uk).replace(/s$/, '') + tail;
  const digits = String(parseInt(CODES.slice(i * 5, i * 5 + 5), 36)).padStart(7, '0');
  const kind: TopLevelKind = digits < '05' ? 'arc' : digits > '8' ? 'city' : 'oblast';
  const oblast = kind === 'oblast';
  return {
    code: `UA${digits.slice(0, 2)}0000000000${digits.slice(2)}`,
    level: 'oblast',
    nameUk: oblast ? `${uk}ька` : uk,
    nameEn: oblast ? `${en} Oblast` : en,
    kind,
    children: [],
  };
});
