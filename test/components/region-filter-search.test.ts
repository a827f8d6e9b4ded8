import { expect } from '@open-wc/testing';
import { loadRegionTree, type Region, type RegionTree } from '../../src/data/regions.js';
import { parseSettlements, type Settlement } from '../../src/data/settlements.js';
import { buildSearchIndex, searchRegions, type SearchIndex } from '../../src/components/region-filter/search-index.js';
import { transliterate } from '../../src/i18n/transliterate.js';
import { regionScope } from '../../src/components/region-filter/region-scope.js';

const ZNOB = 'UA59100090000041284';
const SHOSTKA_HROMADA = 'UA59100170000093676';

async function json(url: string): Promise<{ fields: string[]; rows: string[][] } & Record<string, unknown>> {
  return (await fetch(url)).json();
}

/** "Шостка → Шосткинська" for a settlement, "Шосткинська" for a region. */
function label({ region, settlement }: { region: Region; settlement?: Settlement }): string {
  return settlement ? `${settlement.name} → ${region.nameUk}` : region.nameUk;
}

describe('region search (real KATOTTG data)', () => {
  let tree: RegionTree;
  let index: SearchIndex;
  let settlements: Settlement[];

  before(async () => {
    tree = await loadRegionTree('/data/ua-hromadas.json');
    settlements = parseSettlements(await json('/dist/data/ua-settlements.json'));
    index = await buildSearchIndex(tree.regions, settlements, tree.byCode);
  });

  it('indexes 27 top-level units, 136 raions, 1,772 hromadas and all 29,705 settlements, a name once per hromada', () => {
    // 124 names repeat within their hromada (a town and a village Липовець): one choice each.
    expect(settlements).to.have.length(29705 - 124);
    expect(index.entries).to.have.length(27 + 136 + 1772 + 29705 - 124);
  });

  it('offers no two identical results for a name many settlements share ("Миколаївка")', () => {
    const { entries, total } = searchRegions(index, 'Миколаївка', 500);
    const labels = entries.map((entry) => `${label(entry)} ${entry.region.code}`);
    expect(labels.length).to.equal(total);
    expect(new Set(labels).size).to.equal(labels.length);
  });

  it('keeps finding entries past 65,535 (where 16 bits per character no longer name the entry)', async () => {
    const hromada = settlements[0].hromada;
    const many = Array.from({ length: 70_000 }, (_, i) => ({ name: `Село ${i}`, hromada }));
    const big = await buildSearchIndex(tree.regions, many, tree.byCode);
    expect(big.entryOf).to.be.instanceOf(Uint32Array);
    expect(searchRegions(big, 'село 69999').entries.map((entry) => entry.settlement?.name)).to.deep.equal(['Село 69999']);
    expect(index.entryOf).to.be.instanceOf(Uint16Array);
  });

  it('builds in slices, letting the page run between them (no long task)', async () => {
    const order: string[] = [];
    const channel = new MessageChannel();
    channel.port1.onmessage = () => order.push('page');
    channel.port2.postMessage(0);
    const built = buildSearchIndex(tree.regions, settlements, tree.byCode).then(() => order.push('index'));
    await built;
    channel.port1.close();
    expect(order).to.deep.equal(['page', 'index']);
  });

  it('finds the hromada of a town: "Шостка" → Шосткинська громада', () => {
    const { entries } = searchRegions(index, 'Шостка');
    expect(entries.map(label)).to.include('Шостка → Шосткинська');
    expect(entries.find((entry) => entry.settlement)?.region.code).to.equal(SHOSTKA_HROMADA);
  });

  it('offers a city before the villages of the same name ("Рівне", "Полтава", "Запоріжжя", "Львів")', () => {
    const first = (query: string) => searchRegions(index, query).entries[0].region.nameUk;
    expect(['Рівне', 'Полтава', 'Запоріжжя', 'Львів', 'Черкаси', 'Чернівці'].map(first)).to.deep.equal([
      'Рівненська',
      'Полтавська',
      'Запорізька',
      'Львівська',
      'Черкаська',
      'Чернівецька',
    ]);
  });

  it('matches Latin input against the transliteration', () => {
    expect(label(searchRegions(index, 'znob').entries[0])).to.equal('Зноб-Новгородська');
    expect(searchRegions(index, 'kamianets').entries.map(label)).to.include('Кам’янець-Подільська');
    expect(searchRegions(index, 'sumy').entries.map(label).slice(0, 3)).to.include('Суми → Сумська');
  });

  it('matches the common informal Latin spellings too: y for і/й/я, doubled or single letters, g for г', () => {
    const found = (query: string) => searchRegions(index, query).entries.map(label);
    expect(found('kamyanets')).to.include('Кам’янець-Подільська');
    expect(found("Kam'yanets-Podilsky")).to.include('Кам’янець-Подільський → Кам’янець-Подільська');
    expect(found('Zaporizhia')).to.include('Запоріжжя → Запорізька');
    expect(found('Odessa')).to.include('Одеса → Одеська');
    expect(found('Kryvyy Rih')).to.include('Кривий Ріг → Криворізька');
    expect(found('Uzhgorod')).to.include('Ужгород → Ужгородська');
    expect(found('Mykolayiv')).to.include('Миколаїв → Миколаївська');
    expect(found('Zhitomir')).to.include('Житомир → Житомирська');
    expect(found('Khmelnitsky')).to.include('Хмельницький → Хмельницька');
  });

  it('finds an oblast by the conventional English name its English label shows', () => {
    expect(searchRegions(index, 'Zakarpattia').entries.map(label)).to.include('Закарпатська');
    expect(label(searchRegions(index, 'Sumy Oblast').entries[0])).to.equal('Сумська');
    expect(searchRegions(index, 'sumy').entries.map(label).slice(0, 3)).to.include('Сумська');
    // The transliteration still works too.
    expect(searchRegions(index, 'zakarpatska').entries.map(label)).to.include('Закарпатська');
  });

  it('finds a region typed as its label shows it, with the type words ("Сумська область", "Зноб-Новгородська селищна громада")', () => {
    expect(label(searchRegions(index, 'Сумська область').entries[0])).to.equal('Сумська');
    expect(searchRegions(index, 'Сумська обл').entries.map(label)).to.include('Сумська');
    expect(searchRegions(index, 'Шосткинський район').entries.map(label)).to.include('Шосткинський');
    expect(label(searchRegions(index, 'Зноб-Новгородська селищна громада').entries[0])).to.equal('Зноб-Новгородська');
    expect(label(searchRegions(index, 'Znob-Novhorodska hromada').entries[0])).to.equal('Зноб-Новгородська');
    // Written as an address, with commas or a full stop.
    expect(searchRegions(index, 'Шостка, Сумська обл.').entries.map(label)).to.include('Шостка → Шосткинська');
    // A name of two words is found whole, as before.
    expect(searchRegions(index, 'Нова Миколаївка').entries.every((entry) => label(entry).startsWith('Нова Миколаївка'))).to.equal(true);
  });

  it('treats the apostrophes \' ’ ʼ ` alike, and a missing one too', () => {
    const expected = searchRegions(index, 'Кам’янець').entries.map(label);
    expect(expected).to.include('Кам’янець-Подільська');
    for (const spelling of ["Кам'янець", 'Камʼянець', 'Кам`янець', 'Камянець']) {
      expect(searchRegions(index, spelling).entries.map(label), spelling).to.deep.equal(expected);
    }
  });

  it('ignores case, and reads a Latin i among Cyrillic letters as і', () => {
    expect(searchRegions(index, 'ЗНОБ').entries.map(label)).to.deep.equal(searchRegions(index, 'зноб').entries.map(label));
    expect(searchRegions(index, 'Вiнниця').total).to.equal(searchRegions(index, 'Вінниця').total);
  });

  it('puts exact names first, then names that start with the query, then the rest', () => {
    const names = searchRegions(index, 'київ').entries.map(label);
    expect(names[0]).to.equal('Київ');
    // In Latin too: the capital, not the village Київ of Миколаївська область.
    expect(searchRegions(index, 'Kyiv').entries[0].region.code).to.equal('UA80000000000093317');
    const starts = names.map((name) => name.toLowerCase().startsWith('київ'));
    const firstInside = starts.indexOf(false);
    expect(firstInside).to.be.greaterThan(1);
    expect(starts.slice(firstInside)).to.not.include(true);
  });

  it('matches only name starts for a single letter', () => {
    const { entries, total } = searchRegions(index, 'щ');
    expect(total).to.be.greaterThan(0);
    for (const entry of entries) expect((entry.settlement?.name ?? entry.region.nameUk).toLowerCase()[0]).to.equal('щ');
  });

  it('counts every match while returning at most the limit', () => {
    const { entries, total } = searchRegions(index, 'андріїв', 10);
    expect(entries).to.have.length(10);
    expect(total).to.be.greaterThan(50);
  });

  it('offers every settlement of a name however many share it, so each one\'s hromada can be chosen ("Іванівка": 119)', () => {
    const found = searchRegions(index, 'Іванівка', 30).entries.filter((entry) => entry.settlement?.name === 'Іванівка');
    expect(found).to.have.length(settlements.filter((settlement) => settlement.name === 'Іванівка').length);
    // The one in Сумська область, past the first 30 in code order.
    expect(found.map((entry) => entry.region.code)).to.include('UA59020110000066430');
    expect(searchRegions(index, 'Ivanivka', 30).entries).to.have.length(found.length);
  });

  it('finds nothing for nonsense, and nothing for an empty query', () => {
    expect(searchRegions(index, 'qqqxz').total).to.equal(0);
    expect(searchRegions(index, '  ').total).to.equal(0);
  });

  it('leaves out entries outside the scope (Crimea by default, `only`)', () => {
    const scope = regionScope(ZNOB, false);
    const found = searchRegions(index, 'зноб', 50, (region) => scope(region.code)).entries;
    expect(found.length).to.be.greaterThan(0);
    for (const entry of found) expect(entry.region.code.startsWith('UA5910009') || ZNOB.startsWith(entry.region.code.slice(0, 6))).to.equal(true);
    // Codes listed with commas, as a webmaster may write them.
    const listed = regionScope(`${ZNOB}, UA46000000000026241,`, false);
    expect([ZNOB, 'UA46000000000026241', SHOSTKA_HROMADA].map(listed)).to.deep.equal([true, true, false]);
    const crimea = regionScope('', false);
    expect(searchRegions(index, 'сімферополь', 50, (region) => crimea(region.code)).total).to.equal(0);
    expect(searchRegions(index, 'сімферополь').total).to.be.greaterThan(0);
  });
});

describe('KMU-55 transliteration', () => {
  it('gives exactly the codifier extract\'s Latin name for every hromada, raion and settlement', async () => {
    const settlements = await json('/data/ua-settlements.json');
    const [uk, en] = ['name_uk', 'name_en'].map((field) => settlements.fields.indexOf(field));
    const pairs: string[][] = settlements.rows.map((row) => [row[uk], row[en]]);
    const tree = (await json('/data/ua-hromadas.json')) as unknown as {
      oblasts: { raions?: { name_uk: string; name_en: string; hromadas: { name_uk: string; name_en: string }[] }[] }[];
    };
    for (const oblast of tree.oblasts) {
      for (const raion of oblast.raions ?? []) {
        pairs.push([raion.name_uk, raion.name_en], ...raion.hromadas.map((h) => [h.name_uk, h.name_en]));
      }
    }
    const wrong = pairs.filter(([name, latin]) => transliterate(name) !== latin);
    expect(pairs.length).to.be.greaterThan(31000);
    expect(wrong).to.deep.equal([]);
  });

  it('spells word starts, зг and apostrophes by the standard', () => {
    expect(transliterate('Єнакієве')).to.equal('Yenakiieve');
    expect(transliterate('Згурівка')).to.equal('Zghurivka');
    expect(transliterate('Кам’янець-Подільський')).to.equal('Kamianets-Podilskyi');
    expect(transliterate('Щасливе Їжакевич Юрій')).to.equal('Shchaslyve Yizhakevych Yurii');
  });
});

describe('compact settlement file (dist/data, scripts/build-region-data.mjs)', () => {
  it('holds the same settlements as the full file, each name once per hromada, and its provenance', async () => {
    const compact = await json('/dist/data/ua-settlements.json');
    const full = await json('/data/ua-settlements.json');
    expect(compact.source).to.deep.equal(full.source);
    const [name, category, hromada] = ['name_uk', 'cat', 'hromada_code'].map((field) => full.fields.indexOf(field));
    const key = (row: string[]) => `${row[hromada]}|${row[name]}`;
    const seen = new Set<string>();
    const firsts = full.rows.filter((row) => !seen.has(key(row)) && seen.add(key(row)));
    const fromCompact = parseSettlements(compact).map((s: Settlement) => `${s.hromada}|${s.name}`);
    expect(fromCompact.sort()).to.deep.equal(firsts.map(key).sort());
    // The category letters stay in the file for other readers.
    const packed = Object.values(compact.hromadas as Record<string, string>).flatMap((names) => names.split('|'));
    expect(packed.filter((item) => /^[A-Z]/.test(item)).length).to.equal(firsts.filter((row) => row[category] !== 'C').length);
  });

  it('refuses anything else, such as the full file', async () => {
    const full = await json('/data/ua-settlements.json');
    expect(() => parseSettlements(full)).to.throw('hromadas');
  });
});
