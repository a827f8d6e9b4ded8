// Fuzzed feeds: thousands of seeded, reproducible mutations of valid feeds of every
// format through parseFeed, and a few hundred through a real <hromada-news-list>.
// Every result must be a Feed that satisfies the model, or a typed FeedError; nothing
// else may be thrown, and no parse may take long. A failure prints the fixture, the
// mutation number, the seed and the start of the body: set SEED to replay it.
import { expect, fixture, html } from '@open-wc/testing';
import { parseFeed } from '../../src/data/load-feed.js';
import { FeedError } from '../../src/data/feed-error.js';
import type { Feed } from '../../src/data/model.js';
import '../../src/components/news-list/define.js';
import type { HromadaNewsList } from '../../src/components/news-list/news-list.js';
import type { FeedController } from '../../src/data/feed-controller.js';
import { stubFetch } from '../helpers/fetch-stub.js';
import { until } from '../helpers/news-feed.js';
import { clearFeedCache } from '../helpers/fake-timers.js';

const SEED = 0x5eed_2026;
const PER_FORMAT = 1_700;
const RENDERED = 300;
/** Generous: a parse is a few milliseconds; anything near this is a hang in the making. */
const MAX_PARSE_MS = 2_000;

/** mulberry32: tiny, fast, and the same sequence for the same seed on every machine. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)];
  return { next, int, pick };
}
type Rng = ReturnType<typeof prng>;

const FIXTURES = {
  hromada: '/demo/feeds/znob-novhorodska.json',
  'json-feed': '/test/fixtures/feeds/json-feed.json',
  rss: '/test/fixtures/feeds/rss-hromada-site.xml',
  'rss-wordpress': '/test/fixtures/feeds/rss-wordpress.xml',
  atom: '/test/fixtures/feeds/atom.xml',
  wordpress: '/test/fixtures/feeds/wordpress-posts.json',
} as const;
type Source = keyof typeof FIXTURES;

const GARBAGE = ['\u0000', '\uFFFD', '\uFEFF', '\uD800', '\uDFFF', '\u202E', '\u200B', 'Ã¡Ã©', '\u00ff\u00fe', '\x1b[31m', '\r\n', '\\u0000', '"', "'", '<', '>', '&', '&#0;', '&bogus;', ']]>', '<![CDATA[', '<!--', '<?xml', '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>', '{', '}', '[', ']', ',', ':', 'null', 'NaN', '1e999', '-0', '\\', '%00', '\u0085', '\u2028'];
const HUGE = (rng: Rng) => 'ж'.repeat(rng.pick([1_000, 50_000, 150_000])) + rng.pick(['', '<p>', '<b>'.repeat(500)]);

/** A random JSON value of another type than the one it replaces. */
function swap(rng: Rng, value: unknown, depth = 0): unknown {
  const options: (() => unknown)[] = [
    () => null,
    () => rng.pick([0, -1, 1.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 20240501]),
    () => rng.pick(['', ' ', 'null', '2024-02-31T25:61:00Z', 'UA59', 'javascript:alert(1)', '//evil', '../x', 'не дата']),
    () => HUGE(rng),
    () => rng.pick([true, false]),
    () => [],
    () => [value, value],
    () => ({}),
    () => ({ value }),
    () => (depth < 3 ? [swap(rng, value, depth + 1)] : 'x'),
    () => nest(rng.int(80)),
  ];
  let result: unknown;
  do result = rng.pick(options)();
  while (typeof result === typeof value && result !== null && value !== null && !Array.isArray(result) && rng.next() < 0.8);
  return result;
}

function nest(depth: number): unknown {
  let value: unknown = 'deep';
  for (let i = 0; i < depth; i += 1) value = i % 2 ? [value] : { a: value };
  return value;
}

/** Every [container, key] path in a JSON value. */
function slots(root: unknown): [Record<string | number, unknown>, string | number][] {
  const out: [Record<string | number, unknown>, string | number][] = [];
  const walk = (node: unknown) => {
    if (node && typeof node === 'object') {
      for (const key of Object.keys(node)) {
        const container = node as Record<string, unknown>;
        out.push([container, Array.isArray(node) ? Number(key) : key]);
        walk(container[key]);
      }
    }
  };
  walk(root);
  return out;
}

/** A structural mutation of a JSON document: swap, delete, duplicate, empty, huge or nest a field. */
function mutateJson(rng: Rng, text: string): string {
  const doc = JSON.parse(text);
  for (let n = 1 + rng.int(4); n > 0; n -= 1) {
    const all = slots(doc);
    if (!all.length) break;
    const [container, key] = rng.pick(all);
    switch (rng.int(7)) {
      case 0: container[key] = swap(rng, container[key]); break;
      case 1: if (Array.isArray(container)) container.splice(Number(key), 1); else delete container[key]; break;
      case 2: if (Array.isArray(container)) container.push(structuredClone(container[key])); else container[`${key}`] = structuredClone(container[key]); break;
      case 3: container[key] = ''; break;
      case 4: container[key] = HUGE(rng); break;
      case 5: container[key] = nest(rng.int(100)); break;
      default: if (Array.isArray(container)) for (let i = rng.int(300); i > 0; i -= 1) container.push(structuredClone(container[key])); else container[key] = undefined;
    }
  }
  let out = JSON.stringify(doc);
  // A duplicated key in the text itself (JSON.stringify cannot make one): the last one wins in JSON.parse.
  if (rng.next() < 0.2) out = out.replace(/"(title|id|items|url|version)":/, (m) => `${m}${JSON.stringify(swap(rng, 'x'))},${m}`);
  return out;
}

/** A textual mutation: works on any format, and is the only kind XML gets. */
function mutateText(rng: Rng, text: string): string {
  const at = () => rng.int(text.length + 1);
  switch (rng.int(12)) {
    case 0: return text.slice(0, at()); // truncated
    case 1: { const i = at(); return text.slice(0, i) + rng.pick(GARBAGE) + text.slice(i); }
    case 2: { const i = at(); return text.slice(0, i) + text.slice(i + 1 + rng.int(40)); }
    case 3: { // garbage bytes as if decoded in the wrong encoding
      const bytes = new TextEncoder().encode(text);
      for (let n = 1 + rng.int(20); n > 0; n -= 1) bytes[rng.int(bytes.length)] = rng.int(256);
      return new TextDecoder(rng.pick(['utf-8', 'windows-1251', 'iso-8859-1', 'koi8-u', 'utf-16le'])).decode(bytes);
    }
    case 4: return text.replace(/<\/[a-z:]+>/i, ''); // an unclosed element
    case 5: return text.replace(/>[^<]{1,200}</, `>${HUGE(rng)}<`); // a huge text node
    case 6: return text.replace(/>[^<]{1,200}</, '><'); // an empty text node
    case 7: { // deep nesting inside an element
      const d = rng.int(3000);
      return text.replace(/<(title|description|summary|content)([^>]*)>/, (m) => m + '<x>'.repeat(d) + '</x>'.repeat(rng.next() < 0.5 ? d : 0));
    }
    case 8: { // a duplicated element or field
      const m = /<(item|entry)[\s>][\s\S]*?<\/\1>/.exec(text);
      return m ? text.replace(m[0], m[0].repeat(2 + rng.int(50))) : text + text;
    }
    case 9: return text.replace(/<(\w+)/, '<$1 xmlns:bad="" bad:x="1" x="1" x="2"'); // invalid XML attributes
    case 10: return text.replace(/&/, '&bogus;').replace(/(<\?xml[^>]*)encoding="[^"]*"/, '$1encoding="x-garbage"');
    default: { // swap two random slices
      const i = at(), j = at();
      return text.slice(0, Math.min(i, j)) + text.slice(Math.max(i, j)) + text.slice(Math.min(i, j), Math.max(i, j));
    }
  }
}

function mutate(rng: Rng, text: string, json: boolean): string {
  if (json && rng.next() < 0.65) {
    const out = mutateJson(rng, text);
    return rng.next() < 0.15 ? mutateText(rng, out) : out;
  }
  let out = mutateText(rng, text);
  if (rng.next() < 0.3) out = mutateText(rng, out);
  return out;
}

const isStr = (v: unknown) => typeof v === 'string';
const optStr = (v: unknown) => v === undefined || isStr(v);
const httpUrl = (v: unknown) => v === undefined || (isStr(v) && /^https?:$/.test(new URL(v as string).protocol));
const linkUrl = (v: unknown) => v === undefined || (isStr(v) && /^(https?|mailto|tel):$/.test(new URL(v as string).protocol));
const optDate = (v: unknown) => v === undefined || (v instanceof Date && !Number.isNaN(v.getTime()));
const safeHtml = (v: unknown) => Array.isArray(v) && v.every((node) => node !== null && typeof node === 'object' || isStr(node));

/** Returns the first way `feed` breaks the model, or '' if it holds. */
function modelProblem(feed: Feed): string {
  const checks: [string, boolean][] = [
    ['format', ['hromada', 'json-feed', 'rss', 'atom', 'wordpress'].includes(feed.format)],
    ['url', isStr(feed.url)],
    ['region', optStr(feed.region)],
    ['nextUrl', httpUrl(feed.nextUrl)],
    ['arrays', [feed.items, feed.hotlines, feed.guides, feed.videos, feed.warnings].every(Array.isArray)],
    ['warnings', feed.warnings.every(isStr)],
  ];
  feed.items.forEach((item, i) => checks.push(
    [`items[${i}].id`, isStr(item.id)],
    [`items[${i}].title`, isStr(item.title)],
    [`items[${i}].summary`, isStr(item.summary)],
    [`items[${i}].url`, linkUrl(item.url)],
    [`items[${i}].content`, item.content === undefined || safeHtml(item.content)],
    [`items[${i}].image`, item.image === undefined || (httpUrl(item.image.url) && isStr(item.image.alt))],
    [`items[${i}].dates`, optDate(item.published)],
    [`items[${i}].tags`, Array.isArray(item.tags) && item.tags.every(isStr)],
    [`items[${i}].region`, optStr(item.region)],
  ));
  feed.hotlines.forEach((h, i) => checks.push([`hotlines[${i}]`, isStr(h.id) && isStr(h.label) && isStr(h.phone) && optStr(h.hours) && optStr(h.timeZone) && httpUrl(h.zoomUrl)]));
  feed.guides.forEach((g, i) => checks.push([`guides[${i}]`, isStr(g.id) && isStr(g.title) && Array.isArray(g.sections) && g.sections.every((s) => isStr(s.id) && isStr(s.title) && safeHtml(s.content))]));
  feed.videos.forEach((v, i) => checks.push([`videos[${i}]`, isStr(v.id) && ['youtube', 'vimeo', 'file'].includes(v.provider) && optStr(v.videoId) && httpUrl(v.src) && isStr(v.title) && optStr(v.description) && optStr(v.duration) && httpUrl(v.poster) && Array.isArray(v.captions) && v.captions.every((c) => httpUrl(c.src) && isStr(c.srclang) && isStr(c.label))]));
  return checks.find(([, ok]) => !ok)?.[0] ?? '';
}

const originals = {} as Record<Source, string>;
const stats = { mutations: 0, feeds: 0, errors: 0, maxMs: 0, slowest: '' };

describe(`fuzzed feeds (seed 0x${SEED.toString(16)}, ${PER_FORMAT} mutations per fixture)`, function () {
  this.timeout(60_000);
  const warn = console.warn;
  before(async () => {
    for (const [source, path] of Object.entries(FIXTURES)) originals[source as Source] = await (await fetch(path)).text();
    console.warn = () => {}; // each skipped item warns; thousands of lines would drown the log
  });
  after(() => {
    console.warn = warn;
    console.log(`fuzz: seed 0x${SEED.toString(16)}: ${stats.mutations} mutations, ${stats.feeds} feeds, ${stats.errors} FeedErrors, max parse ${stats.maxMs.toFixed(1)} ms (${stats.slowest})`);
  });

  for (const [index, source] of (Object.keys(FIXTURES) as Source[]).entries()) {
    it(`${source}: every mutation gives a model-true Feed or a FeedError, quickly`, () => {
      const rng = prng(SEED + index);
      const original = originals[source];
      expect(modelProblem(parseFeed(original, 'https://example.gov.ua/feed')), 'the unmutated fixture').to.equal('');
      for (let n = 0; n < PER_FORMAT; n += 1) {
        const body = mutate(rng, original, source === 'hromada' || source === 'json-feed' || source === 'wordpress');
        const replay = `${source} mutation #${n} (seed 0x${(SEED + index).toString(16)}): ${JSON.stringify(body.slice(0, 300))}`;
        const start = performance.now();
        let result: Feed | undefined;
        try {
          result = parseFeed(body, 'https://example.gov.ua/feed', { link: rng.next() < 0.1 ? '<javascript:alert(1)>; rel="next"' : null });
        } catch (error) {
          if (!(error instanceof FeedError)) throw new Error(`${replay}\nthrew ${(error as Error)?.name}: ${(error as Error)?.message}`);
          stats.errors += 1;
        }
        const ms = performance.now() - start;
        if (ms > stats.maxMs) Object.assign(stats, { maxMs: ms, slowest: `${source} #${n}, ${body.length} chars` });
        stats.mutations += 1;
        expect(ms, `${replay}\ntook ${ms} ms`).to.be.below(MAX_PARSE_MS);
        if (result) {
          stats.feeds += 1;
          const problem = modelProblem(result);
          expect(problem, `${replay}\nbreaks the model at ${problem}`).to.equal('');
        }
      }
    });
  }

  it(`${RENDERED} mutations render in a real <hromada-news-list> without an uncaught error`, async () => {
    const rng = prng(SEED ^ 0xfeed);
    const uncaught: string[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) => uncaught.push(String('reason' in event ? event.reason : event.message));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    const bodies: string[] = [];
    const sources = Object.keys(FIXTURES) as Source[];
    for (let n = 0; n < RENDERED; n += 1) {
      const source = sources[n % sources.length];
      bodies.push(mutate(rng, originals[source], source === 'hromada' || source === 'json-feed' || source === 'wordpress'));
    }
    const fetchStub = stubFetch({ '.feed': (url) => new Response(bodies[Number(/(\d+)\.feed/.exec(url)![1])], { status: 200 }) });
    const consoleError = console.error;
    console.error = () => {};
    clearFeedCache();
    try {
      // Ten lists at a time: each its own URL, so each body is parsed and rendered.
      for (let n = 0; n < RENDERED; n += 10) {
        const host = await fixture<HTMLDivElement>(html`<div>${Array.from({ length: 10 }, (_, k) => html`<hromada-news-list src="/fuzz/${n + k}.feed" limit="5"></hromada-news-list>`)}</div>`);
        const lists = [...host.querySelectorAll<HromadaNewsList>('hromada-news-list')];
        const status = (el: HromadaNewsList) => (el as unknown as { feed: FeedController }).feed.status;
        await until(() => lists.every((el) => status(el) === 'loaded' || status(el) === 'error'), `lists ${n}…${n + 9} to settle`);
        await Promise.all(lists.map((el) => el.updateComplete));
        for (const el of lists) {
          expect(el.shadowRoot!.childElementCount, `${el.getAttribute('src')} rendered`).to.be.above(0);
          expect(el.shadowRoot!.querySelector('script, iframe, object, embed'), `${el.getAttribute('src')}`).to.equal(null);
        }
        host.remove();
      }
    } finally {
      console.error = consoleError;
      fetchStub.restore();
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
      clearFeedCache();
    }
    expect(uncaught).to.deep.equal([]);
  });
});
