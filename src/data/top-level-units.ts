// The 27 top-level units of the KATOTTG codifier (16.05.2025), kept in the
// script so the oblast list and oblast names work before, or without, the region
// data file. Generated from data/ua-hromadas.json; a test checks they agree.

export type TopLevelKind = 'oblast' | 'arc' | 'city';

/** [code, Ukrainian name as in the codifier, conventional English name, kind] */
export const TOP_LEVEL_UNITS: ReadonlyArray<readonly [string, string, string, TopLevelKind]> = [
  ['UA01000000000013043', 'Автономна Республіка Крим', 'Autonomous Republic of Crimea', 'arc'],
  ['UA05000000000010236', 'Вінницька', 'Vinnytsia Oblast', 'oblast'],
  ['UA07000000000024379', 'Волинська', 'Volyn Oblast', 'oblast'],
  ['UA12000000000090473', 'Дніпропетровська', 'Dnipropetrovsk Oblast', 'oblast'],
  ['UA14000000000091971', 'Донецька', 'Donetsk Oblast', 'oblast'],
  ['UA18000000000041385', 'Житомирська', 'Zhytomyr Oblast', 'oblast'],
  ['UA21000000000011690', 'Закарпатська', 'Zakarpattia Oblast', 'oblast'],
  ['UA23000000000064947', 'Запорізька', 'Zaporizhzhia Oblast', 'oblast'],
  ['UA26000000000069363', 'Івано-Франківська', 'Ivano-Frankivsk Oblast', 'oblast'],
  ['UA32000000000030281', 'Київська', 'Kyiv Oblast', 'oblast'],
  ['UA35000000000016081', 'Кіровоградська', 'Kirovohrad Oblast', 'oblast'],
  ['UA44000000000018893', 'Луганська', 'Luhansk Oblast', 'oblast'],
  ['UA46000000000026241', 'Львівська', 'Lviv Oblast', 'oblast'],
  ['UA48000000000039575', 'Миколаївська', 'Mykolaiv Oblast', 'oblast'],
  ['UA51000000000030770', 'Одеська', 'Odesa Oblast', 'oblast'],
  ['UA53000000000028050', 'Полтавська', 'Poltava Oblast', 'oblast'],
  ['UA56000000000066151', 'Рівненська', 'Rivne Oblast', 'oblast'],
  ['UA59000000000057109', 'Сумська', 'Sumy Oblast', 'oblast'],
  ['UA61000000000060328', 'Тернопільська', 'Ternopil Oblast', 'oblast'],
  ['UA63000000000041885', 'Харківська', 'Kharkiv Oblast', 'oblast'],
  ['UA65000000000030969', 'Херсонська', 'Kherson Oblast', 'oblast'],
  ['UA68000000000099709', 'Хмельницька', 'Khmelnytskyi Oblast', 'oblast'],
  ['UA71000000000010357', 'Черкаська', 'Cherkasy Oblast', 'oblast'],
  ['UA73000000000044923', 'Чернівецька', 'Chernivtsi Oblast', 'oblast'],
  ['UA74000000000025378', 'Чернігівська', 'Chernihiv Oblast', 'oblast'],
  ['UA80000000000093317', 'Київ', 'Kyiv', 'city'],
  ['UA85000000000065278', 'Севастополь', 'Sevastopol', 'city'],
];
