// The 27 top-level units of the KATOTTG codifier (16.05.2025), kept in the
// script so the oblast list and oblast names work before, or without, the region
// data file. Generated from data/ua-hromadas.json; a test checks they agree.

export type TopLevelKind = 'oblast' | 'arc' | 'city';

/** Per unit: the code's oblast digits and identifier, the Ukrainian name, ":", the English stem (" Oblast" follows for oblasts). */
const PACKED =
  '0113043Автономна Республіка Крим:Autonomous Republic of Crimea;0510236Вінницька:Vinnytsia;0724379Волинська:Volyn;1290473Дніпропетровська:Dnipropetrovsk;1491971Донецька:Donetsk;1841385Житомирська:Zhytomyr;2111690Закарпатська:Zakarpattia;2364947Запорізька:Zaporizhzhia;2669363Івано-Франківська:Ivano-Frankivsk;3230281Київська:Kyiv;3516081Кіровоградська:Kirovohrad;4418893Луганська:Luhansk;4626241Львівська:Lviv;4839575Миколаївська:Mykolaiv;5130770Одеська:Odesa;5328050Полтавська:Poltava;5666151Рівненська:Rivne;5957109Сумська:Sumy;6160328Тернопільська:Ternopil;6341885Харківська:Kharkiv;6530969Херсонська:Kherson;6899709Хмельницька:Khmelnytskyi;7110357Черкаська:Cherkasy;7344923Чернівецька:Chernivtsi;7425378Чернігівська:Chernihiv;8093317Київ:Kyiv;8565278Севастополь:Sevastopol';

/** [code, Ukrainian name as in the codifier, conventional English name, kind] */
export const TOP_LEVEL_UNITS = PACKED.split(';').map((unit) => {
  const [uk, en] = unit.slice(7).split(':');
  const kind: TopLevelKind = unit < '05' ? 'arc' : unit > '8' ? 'city' : 'oblast';
  return [`UA${unit.slice(0, 2)}0000000000${unit.slice(2, 7)}`, uk, kind === 'oblast' ? `${en} Oblast` : en, kind] as const;
});
