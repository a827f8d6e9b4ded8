// Search queries drawn from the real region data (seeded, so every run uses the
// same ones): Cyrillic prefixes and substrings of hromada and settlement names,
// Latin transliterations, mixed case, apostrophe variants, whole names.
import { readFileSync } from 'node:fs';
import path from 'node:path';

function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function loadNames(root) {
  const tree = JSON.parse(readFileSync(path.join(root, 'data/ua-hromadas.json'), 'utf8'));
  const settlements = JSON.parse(readFileSync(path.join(root, 'data/ua-settlements.json'), 'utf8'));
  const hromadas = [];
  for (const oblast of tree.oblasts) {
    for (const raion of oblast.raions ?? []) for (const h of raion.hromadas ?? []) hromadas.push({ uk: h.name_uk, en: h.name_en });
  }
  const places = settlements.rows.map((row) => ({ uk: row[1], en: row[2] }));
  return { hromadas, places };
}

export function makeQueries(root, seed = 20240501) {
  const rnd = random(seed);
  const { hromadas, places } = loadNames(root);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const len = (min, max) => min + Math.floor(rnd() * (max - min + 1));
  const prefix = (s, n) => s.slice(0, Math.min(n, s.length));
  const middle = (s, n) => {
    if (s.length <= n + 1) return s.slice(1);
    const at = 1 + Math.floor(rnd() * (s.length - n - 1));
    return s.slice(at, at + n);
  };
  const queries = [];
  const add = (kind, q) => q.trim().length >= 2 && queries.push({ kind, q });
  for (let i = 0; i < 40; i += 1) add('uk prefix, hromada', prefix(pick(hromadas).uk, len(3, 6)));
  for (let i = 0; i < 40; i += 1) add('uk prefix, settlement', prefix(pick(places).uk, len(3, 6)));
  for (let i = 0; i < 25; i += 1) add('uk substring', middle(pick(rnd() < 0.5 ? hromadas : places).uk, len(3, 5)).toLowerCase());
  for (let i = 0; i < 15; i += 1) add('uk lower case', prefix(pick(places).uk, len(4, 7)).toLowerCase());
  for (let i = 0; i < 35; i += 1) add('latin prefix', prefix(pick(rnd() < 0.5 ? hromadas : places).en, len(3, 6)).toLowerCase());
  for (let i = 0; i < 15; i += 1) add('latin substring', middle(pick(places).en, len(3, 5)).toLowerCase());
  const apostrophes = places.filter((p) => /['’ʼ]/.test(p.uk));
  const variants = ["'", '’', 'ʼ'];
  for (let i = 0; i < 15 && apostrophes.length; i += 1) {
    const name = pick(apostrophes).uk;
    const cut = name.search(/['’ʼ]/) + 1 + len(1, 3);
    add('apostrophe variant', prefix(name, cut).replace(/['’ʼ]/g, variants[i % 3]));
  }
  for (let i = 0; i < 10; i += 1) add('whole name', pick(rnd() < 0.5 ? hromadas : places).uk);
  add('whole name', 'Шостка');
  add('latin prefix', 'znob');
  return queries;
}
