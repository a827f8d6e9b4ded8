// The 27 top-level units of the KATOTTG codifier (16.05.2025), kept in the
// script so the oblast list and oblast names work before, or without, the region
// data file. Generated from data/ua-hromadas.json; a test checks they agree.

import type { Region } from './regions.js';

export type TopLevelKind = 'oblast' | 'arc' | 'city';

/** Per unit: the code's oblast digits and identifier, the Ukrainian name (an oblast's without its "ька"), ":", the English stem (" Oblast" follows for oblasts). */
const PACKED =
  '0113043Автономна Республіка Крим:Autonomous Republic of Crimea;0510236Вінниц:Vinnytsia;0724379Волинс:Volyn;1290473Дніпропетровс:Dnipropetrovsk;1491971Донец:Donetsk;1841385Житомирс:Zhytomyr;2111690Закарпатс:Zakarpattia;2364947Запоріз:Zaporizhzhia;2669363Івано-Франківс:Ivano-Frankivsk;3230281Київс:Kyiv;3516081Кіровоградс:Kirovohrad;4418893Луганс:Luhansk;4626241Львівс:Lviv;4839575Миколаївс:Mykolaiv;5130770Одес:Odesa;5328050Полтавс:Poltava;5666151Рівненс:Rivne;5957109Сумс:Sumy;6160328Тернопільс:Ternopil;6341885Харківс:Kharkiv;6530969Херсонс:Kherson;6899709Хмельниц:Khmelnytskyi;7110357Черкас:Cherkasy;7344923Чернівец:Chernivtsi;7425378Чернігівс:Chernihiv;8093317Київ:Kyiv;8565278Севастополь:Sevastopol';

/** The top-level units alone, as regions without children, available before any data is loaded. */
export const TOP_LEVEL_REGIONS: readonly Region[] = PACKED.split(';').map((unit) => {
  const [uk, en] = unit.slice(7).split(':');
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
