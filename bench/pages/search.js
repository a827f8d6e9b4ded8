// Region search, the match alone: the region filter's exported pure search
// function (found in dist/esm/components/region-filter/) against a naive loop
// over the same 1,772 hromadas + 29,705 settlements, query by query.
const APOSTROPHES = /['’ʼ`]/g;
const normalize = (s) => s.toLocaleLowerCase('uk').replace(APOSTROPHES, "'").trim();

const fetchJson = async (url) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
};
// The baseline reads the full codifier extract (names and transliterations);
// the element gets dist/data/ as shipped, whatever form the build gave it.
const data = (async () => {
  const [hromadas, settlements, shippedTree, shipped] = await Promise.all(
    ['/data/ua-hromadas.json', '/data/ua-settlements.json', '/dist/data/ua-hromadas.json', '/dist/data/ua-settlements.json'].map(fetchJson),
  );
  return { hromadas, settlements, shippedTree, shipped };
})();

/** The baseline: names lower-cased once, then one includes() per name per query. */
async function naive() {
  const { hromadas, settlements } = await data;
  const entries = [];
  const add = (code, uk, en) => entries.push({ code, name: uk, uk: normalize(uk), en: normalize(en) });
  for (const oblast of hromadas.oblasts) {
    add(oblast.code, oblast.name_uk, oblast.name_en);
    for (const raion of oblast.raions ?? []) {
      add(raion.code, raion.name_uk, raion.name_en);
      for (const h of raion.hromadas ?? []) add(h.code, h.name_uk, h.name_en);
    }
  }
  const [name, en, hromada] = ['name_uk', 'name_en', 'hromada_code'].map((f) => settlements.fields.indexOf(f));
  for (const row of settlements.rows) add(row[hromada], row[name], row[en]);
  return (query) => {
    const q = normalize(query);
    const found = [];
    for (const entry of entries) if (entry.uk.includes(q) || entry.en.includes(q)) found.push(entry);
    return found;
  };
}

/** Does a search result mention the needle (a name or a code) anywhere near its surface? */
function mentions(value, needle, depth = 0) {
  if (typeof value === 'string') return value.includes(needle);
  if (!value || typeof value !== 'object' || depth > 4) return false;
  if (typeof value[Symbol.iterator] === 'function' && !(value instanceof Map)) {
    let i = 0;
    for (const item of value) {
      if (mentions(item, needle, depth + 1)) return true;
      if (++i > 200) break;
    }
    return false;
  }
  const entries = value instanceof Map ? [...value.values()] : Object.entries(value).filter(([k]) => k !== 'parent' && k !== 'children').map(([, v]) => v);
  return entries.some((v) => mentions(v, needle, depth + 1));
}

const ZNOB = ['Зноб-Новгородська', 'UA59100090000041284'];
const findsZnob = (result) => ZNOB.some((needle) => mentions(result, needle));

/**
 * Finds how to call the element's search: an index builder (build…Index, create…Index, make…Index,
 * or a class with search()) and a search function (search…, match…, find…, filter…),
 * tried with the inputs a pure search could take. The first combination whose
 * results find Зноб-Новгородська for both "зноб" and "znob" is measured.
 */
async function ours(urls) {
  const { shippedTree: hromadas, shipped: settlements } = await data;
  const { parseRegionTree } = await import('/dist/esm/data/regions.js').catch(() => ({}));
  const { parseSettlements } = await import('/dist/esm/data/settlements.js').catch(() => ({}));
  const tree = parseRegionTree ? parseRegionTree(hromadas) : undefined;
  const parsed = parseSettlements ? parseSettlements(settlements) : undefined;
  const regions = tree && [...tree.oblasts, ...tree.oblasts.flatMap((o) => o.children), ...tree.oblasts.flatMap((o) => o.children.flatMap((r) => r.children))];
  const exported = [];
  for (const url of urls) {
    const mod = await import(url);
    for (const [name, value] of Object.entries(mod)) if (typeof value === 'function') exported.push({ name, value, url });
  }
  const isClassWithSearch = (f) => typeof f.prototype?.search === 'function';
  const builders = exported.filter(({ name, value }) => /index/i.test(name) && /^(build|create|make|new|index)/i.test(name) || isClassWithSearch(value));
  const searchers = exported.filter(({ name }) => /^(search|match|find|query|filter)/i.test(name) && !/index$/i.test(name));
  const inputs = [
    ['[oblasts, raions, hromadas], parseSettlements(shipped), tree.byCode', [regions, parsed, tree?.byCode]],
    ['[oblasts, raions, hromadas], parseSettlements(shipped)', [regions, parsed]],
    ['tree, parseSettlements(shipped)', [tree, parsed]],
    ['tree, settlements', [tree, settlements]],
    ['tree, settlement rows', [tree, settlements.rows]],
    ['tree', [tree]],
    ['hromada JSON, settlement JSON', [hromadas, settlements]],
    ['hromada JSON', [hromadas]],
    ['tree.oblasts, settlements', [tree?.oblasts, settlements]],
  ].filter(([, args]) => args.every((a) => a !== undefined));
  const candidates = [];
  for (const builder of builders) {
    for (const [label, args] of inputs) {
      let index;
      try {
        index = isClassWithSearch(builder.value) && !/^(build|create|make)/i.test(builder.name) ? new builder.value(...args) : await builder.value(...args);
      } catch {
        continue;
      }
      if (index === undefined) continue;
      if (typeof index.search === 'function') candidates.push({ how: `${builder.name}(${label}).search(q)`, fn: (q) => index.search(q) });
      for (const s of searchers) {
        candidates.push({ how: `${s.name}(${builder.name}(${label}), q)`, fn: (q) => s.value(index, q) });
        candidates.push({ how: `${s.name}(q, ${builder.name}(${label}))`, fn: (q) => s.value(q, index) });
      }
    }
  }
  for (const s of searchers) {
    for (const [label, args] of inputs) {
      candidates.push({ how: `${s.name}(${label}, q)`, fn: (q) => s.value(...args, q) });
      candidates.push({ how: `${s.name}(q, ${label})`, fn: (q) => s.value(q, ...args) });
    }
  }
  for (const candidate of candidates) {
    try {
      const a = candidate.fn('зноб');
      const b = candidate.fn('znob');
      if (a instanceof Promise || b instanceof Promise) continue;
      if (findsZnob(a) && findsZnob(b)) return candidate;
    } catch {
      // not this combination
    }
  }
  return { missing: `no working combination among exports [${exported.map((e) => e.name).join(', ')}]` };
}

const size = (result) =>
  Array.isArray(result) ? result.length : (result?.total ?? result?.entries?.length ?? result?.length ?? result?.size ?? NaN);

window.bench.search = {
  /** Returns how ours is called (or why it cannot be), and sanity facts about both. */
  async prepare(urls) {
    const base = await naive();
    const found = await ours(urls);
    window.bench.search.fns = { naive: base, ours: found.fn };
    return {
      how: found.how,
      missing: found.missing,
      naiveFindsZnob: findsZnob(base('зноб')) && findsZnob(base('znob')),
      oursFindsShostka: found.fn ? mentions(found.fn('Шостка'), 'Шостк') : undefined,
      crossOriginIsolated: window.crossOriginIsolated,
    };
  },
  /** Per query: ms per call (mean of `reps` calls), ours and naive alternating which goes first. */
  measure(queries, reps, round) {
    const { fns } = window.bench.search;
    const out = [];
    queries.forEach((q, i) => {
      const order = (i + round) % 2 ? ['naive', 'ours'] : ['ours', 'naive'];
      const row = {};
      for (const name of order) {
        const fn = fns[name];
        const start = performance.now();
        let result;
        for (let k = 0; k < reps; k += 1) result = fn(q);
        row[name] = (performance.now() - start) / reps;
        row[`${name}Count`] = size(result);
      }
      out.push(row);
    });
    return out;
  },
};
