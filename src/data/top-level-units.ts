// The 27 top-level units of the KATOTTG codifier (16.05.2025), kept in the
// script so the oblast list and oblast names work before, or without, the region
// data file. Generated from data/ua-hromadas.json; a test checks they agree.

import type { Region } from './regions.js';
import { transliterate } from '../i18n/transliterate.js';

export type TopLevelKind = 'oblast' | 'arc' | 'city';

/**
 * Per unit: the code's oblast digits and identifier, then the Ukrainian name (an
 * oblast's without its "ька"). The English name is its transliteration, the
 * oblast's final s dropped, then what follows ":" (Вінниц:sia → Vinnytsia); a
 * capital after ":" is the whole English name instead.
 */
const PACKED =
  '0113043Автономна Республіка Крим:Autonomous Republic of Crimea;0510236Вінниц:sia;0724379Волинс;1290473Дніпропетровс:sk;1491971Донец:sk;1841385Житомирс;2111690Закарпатс:tia;2364947Запоріз:hzhia;2669363Івано-Франківс:sk;3230281Київс;3516081Кіровоградс;4418893Луганс:sk;4626241Львівс;4839575Миколаївс;5130770Одес:sa;5328050Полтавс:a;5666151Рівненс:Rivne;5957109Сумс:y;6160328Тернопільс;6341885Харківс;6530969Херсонс;6899709Хмельниц:skyi;7110357Черкас:sy;7344923Чернівец:Chernivtsi;7425378Чернігівс;8093317Київ;8565278Севастополь';

/** The top-level units alone, as regions without children, available before any data is loaded. */
export const TOP_LEVEL_REGIONS: readonly Region[] = PACKED.split(';').map((unit) => {
  const [uk, tail = ''] = unit.slice(7).split(':');
  const en = tail < 'a' && tail ? tail : transliterate(uk).replace(/s$/, '') + tail;
  const kind: TopLevelKind = unit < '05' ? 'arc' : unit > '8' ? 'city' : 'oblast';
  const oblast = kind === 'oblast';
  return {
    code: `UA${unit.slice(0, 2)}0000000000${unit.slice(2, 7)}`,
    level: 'oblast',
    nameUk: oblast ? `${uk}ька` : uk,
    nameEn: oblast ? `${en} Oblast` : en,
    kind,
    children: [],
  };
});
