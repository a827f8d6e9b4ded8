import { expect } from '@open-wc/testing';
import { regionContains, regionLevel, regionPrefix } from '../../src/data/region-code.js';
import { loadData, loadRegionTree, parseRegionTree, TOP_LEVEL_REGIONS } from '../../src/data/regions.js';
import { DEFAULT_TIMEOUT } from '../../src/data/limits.js';
import type { FeedError } from '../../src/data/feed-error.js';
import { installFakeTimers, trickle, type FakeClock } from '../helpers/fake-timers.js';
import { regionName } from '../../src/i18n/region-names.js';
import { setLocale } from '../../src/i18n/localization.js';
import { localeSettled } from '../helpers/locale.js';

const SUMY = 'UA59000000000057109';
const SHOSTKA_RAION = 'UA59100000000036457';
const ZNOB = 'UA59100090000041284';

describe('region codes', () => {
  it('strips the identifier and trailing zero levels (SPEC §3 examples)', () => {
    expect(regionPrefix(SUMY)).to.equal('UA59');
    expect(regionPrefix(SHOSTKA_RAION)).to.equal('UA5910');
    expect(regionPrefix(ZNOB)).to.equal('UA5910009');
  });

  it('matches items by prefix, so an oblast contains its hromadas', () => {
    expect(regionContains(SUMY, ZNOB)).to.equal(true);
    expect(regionContains(SHOSTKA_RAION, ZNOB)).to.equal(true);
    expect(regionContains(ZNOB, ZNOB)).to.equal(true);
    expect(regionContains(ZNOB, 'UA59100170000093676')).to.equal(false);
    expect(regionContains('UA05000000000010236', ZNOB)).to.equal(false);
    expect(regionContains('garbage', ZNOB)).to.equal(false);
  });

  it('reads the level from the code', () => {
    expect(regionLevel(SUMY)).to.equal('oblast');
    expect(regionLevel(SHOSTKA_RAION)).to.equal('raion');
    expect(regionLevel(ZNOB)).to.equal('hromada');
    expect(regionLevel('UA80000000000093317')).to.equal('oblast');
    expect(regionLevel('nope')).to.equal(null);
  });
});

describe('region tree (real KATOTTG data)', () => {
  afterEach(async () => {
    setLocale(null);
    await localeSettled();
  });

  it('loads 27 top-level units, 136 raions and 1,772 hromadas', async () => {
    const tree = await loadRegionTree('/data/ua-hromadas.json');
    expect(tree.oblasts).to.have.length(27);
    expect(tree.oblasts.reduce((sum, oblast) => sum + oblast.children.length, 0)).to.equal(136);
    expect([...tree.byCode.values()].filter((r) => r.level === 'hromada')).to.have.length(1772);
  });

  it('keeps the in-script top-level list in step with the data file', async () => {
    const tree = await loadRegionTree('/data/ua-hromadas.json');
    expect(TOP_LEVEL_REGIONS.map((r) => [r.code, r.nameUk, r.nameEn, r.kind])).to.deep.equal(
      tree.oblasts.map((r) => [r.code, r.nameUk, r.nameEn, r.kind]),
    );
  });

  it('names regions in correct Ukrainian and English', async () => {
    const tree = await loadRegionTree('/data/ua-hromadas.json');
    const sumy = tree.byCode.get(SUMY)!;
    const raion = tree.byCode.get(SHOSTKA_RAION)!;
    const znob = tree.byCode.get(ZNOB)!;
    const kyiv = tree.byCode.get('UA80000000000093317')!;
    setLocale('uk');
    await localeSettled();
    expect(regionName(sumy)).to.equal('Сумська область');
    expect(regionName(sumy, { case: 'genitive' })).to.equal('Сумської області');
    expect(regionName(raion)).to.equal('Шосткинський район');
    expect(regionName(raion, { case: 'genitive' })).to.equal('Шосткинського району');
    expect(regionName(znob)).to.equal('Зноб-Новгородська селищна громада');
    expect(regionName(znob, { case: 'genitive', withType: false })).to.equal('Зноб-Новгородської громади');
    expect(regionName(znob, { case: 'genitive' })).to.equal('Зноб-Новгородської селищної громади');
    expect(regionName(kyiv, { case: 'genitive' })).to.equal('Києва');
    setLocale('en');
    await localeSettled();
    expect(regionName(sumy)).to.equal('Sumy Oblast');
    expect(regionName(znob)).to.equal('Znob-Novhorodska settlement hromada');
    expect(regionName(znob, { withType: false })).to.equal('Znob-Novhorodska hromada');
    expect(regionName(raion)).to.equal('Shostkynskyi raion');
    expect(regionName()).to.equal('All of Ukraine');
  });

  it('puts "the" before the Autonomous Republic of Crimea in an English sentence, and nowhere else', async () => {
    const tree = await loadRegionTree('/data/ua-hromadas.json');
    const crimea = tree.byCode.get('UA01000000000013043')!;
    setLocale('en');
    await localeSettled();
    expect(regionName(crimea)).to.equal('Autonomous Republic of Crimea');
    expect(regionName(crimea, { case: 'genitive', withType: false })).to.equal('the Autonomous Republic of Crimea');
    expect(regionName(tree.byCode.get(SUMY)!, { case: 'genitive', withType: false })).to.equal('Sumy Oblast');
    expect(regionName(tree.byCode.get('UA85000000000065278')!, { case: 'genitive', withType: false })).to.equal('Sevastopol');
    setLocale('uk');
    await localeSettled();
    expect(regionName(crimea, { case: 'genitive', withType: false })).to.equal('Автономної Республіки Крим');
  });

  it('puts every name of the codifier in the genitive', async () => {
    const tree = await loadRegionTree('/data/ua-hromadas.json');
    setLocale('uk');
    await localeSettled();
    const wrong = [...tree.byCode.values()]
      .map((region) => regionName(region, { case: 'genitive' }))
      .filter((name) => !/^(Києва|Севастополя|Автономної Республіки Крим)$|(ої|ого)( (міської|селищної|сільської))? (області|району|громади)$/.test(name));
    expect(wrong).to.deep.equal([]);
  });
});

describe('region data on a failing network (SPEC §5)', () => {
  const realFetch = window.fetch;
  let clock: FakeClock;
  let asked: string[];
  beforeEach(() => {
    clock = installFakeTimers();
    asked = [];
  });
  afterEach(() => {
    clock.restore();
    window.fetch = realFetch;
  });
  let signals: AbortSignal[];
  /** Answers each request with the next of `answers`: a status, 'hang', a body, or a function making the response. */
  const serve = (...answers: Array<number | 'hang' | (() => Response) | object>) => {
    signals = [];
    window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      asked.push(String(input));
      signals.push(init!.signal!);
      const answer = answers.shift();
      if (answer === 'hang') {
        return new Promise((_, reject) => init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
      }
      if (typeof answer === 'function') return answer();
      return typeof answer === 'number' ? new Response('', { status: answer }) : new Response(JSON.stringify(answer));
    }) as typeof fetch;
  };
  /** A body that arrives in `parts`, `every` ms apart; with `stall`, its last part never comes. */
  const slowly = (data: object, parts: number, every: number, stall = false) => () => trickle(JSON.stringify(data), parts, every, stall, () => signals.at(-1));

  it('tries again, with backoff, after a 503 and after no answer, and loads', async () => {
    serve(503, 'hang', { oblasts: [] });
    const tree = await clock.drive(loadData('/data/retry-1.json', parseRegionTree));
    expect(tree.oblasts).to.deep.equal([]);
    expect(asked).to.have.length(3);
    expect(clock.delays).to.include(DEFAULT_TIMEOUT);
  });

  it('gives up after two retries with the cause, and at once on a 404', async () => {
    serve('hang', 'hang', 'hang');
    const error = await clock.drive(loadData('/data/retry-2.json', parseRegionTree)).catch((e: FeedError) => e);
    expect([(error as FeedError).kind, asked.length]).to.deep.equal(['timeout', 3]);
    asked = [];
    serve(404);
    const missing = await clock.drive(loadData('/data/retry-3.json', parseRegionTree)).catch((e: FeedError) => e);
    expect([(missing as FeedError).status, asked.length]).to.deep.equal([404, 1]);
  });

  it('ends a body that stops arriving after the timeout, tries again, and gives up with a timeout', async () => {
    // The line goes silent halfway through, three times: "Завантаження…" used to stay for good.
    serve(slowly({ oblasts: [] }, 2, 1000, true), slowly({ oblasts: [] }, 2, 1000, true), slowly({ oblasts: [] }, 2, 1000, true));
    const error = await clock.drive(loadData('/data/stall-1.json', parseRegionTree)).catch((e: FeedError) => e);
    expect([(error as FeedError).kind, asked.length]).to.deep.equal(['timeout', 3]);
    expect(signals.every((signal) => signal.aborted)).to.equal(true);
  });

  it('loads once the line comes back after a stall', async () => {
    serve(slowly({ oblasts: [] }, 2, 1000, true), { oblasts: [] });
    const tree = await clock.drive(loadData('/data/stall-2.json', parseRegionTree));
    expect([tree.oblasts, asked.length]).to.deep.equal([[], 2]);
  });

  it('gets a body that downloads steadily for longer than the timeout: the timeout is for silence', async () => {
    // The 150 KB settlement index on a slow phone: 10 KB a second, 15 s in all, more than the 10 s timeout.
    const data = { oblasts: [], padding: 'x'.repeat(150_000) };
    serve(slowly(data, 15, 1000));
    const start = clock.now;
    const tree = await clock.drive(loadData('/data/steady.json', (json) => (expect(json).to.deep.equal(data), parseRegionTree(json))));
    expect([tree.oblasts, asked.length, clock.now - start]).to.deep.equal([[], 1, 15_000]);
  });

  it('reads a response with no body stream whole (a test double, a fetch polyfill)', async () => {
    const real = new Response(JSON.stringify({ oblasts: [] }));
    serve(() => ({ ok: true, status: 200, headers: real.headers, body: null, arrayBuffer: () => real.arrayBuffer() }) as unknown as Response);
    const tree = await clock.drive(loadData('/data/no-stream.json', parseRegionTree));
    expect(tree.oblasts).to.deep.equal([]);
  });
});
