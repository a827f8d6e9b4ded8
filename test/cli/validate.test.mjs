// The webmaster's command line: `hromada-widgets validate <file-or-url>`, and
// the shipped JSON Schema agreeing with what the widgets accept. Node's own
// test runner (run by npm test after the build): no browser, no DOM.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin/hromada-widgets.mjs');
const DEMO_FEED = path.join(ROOT, 'demo/feeds/znob-novhorodska.json');
const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema/hromada-feed.schema.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

const cli = (...args) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
const tmp = mkdtempSync(path.join(tmpdir(), 'hromada-cli-'));
const file = (name, data) => {
  const target = path.join(tmp, name);
  writeFileSync(target, typeof data === 'string' ? data : JSON.stringify(data));
  return target;
};

const BAD_FEED = {
  version: 'https://jsonfeed.org/version/1.1',
  items: [
    { id: 'a', title: 'Добра новина', date_published: '2024-05-01T10:00:00+03:00' },
    { id: 'b', title: 'Погана дата', date_published: '31.02.2024' },
    { id: 'c', title: 'Чужий регіон', _hromada: { region: 'UA591' } },
  ],
  _hromada: { version: 1, videos: [{ id: 'v', provider: 'youtube' }] },
};

test('a valid feed: exit 0 and a one-line summary', () => {
  const result = cli('validate', DEMO_FEED);
  assert.equal(result.status, 0, result.stderr + result.stdout);
  assert.match(result.stdout, /^✓ .*hromada feed, \d+ items, 1 hotlines/);
});

test('every problem listed, each naming its field; exit 1', () => {
  const result = cli('validate', file('bad.json', BAD_FEED));
  assert.equal(result.status, 1);
  assert.match(result.stdout, /items\[1\]\.date_published: "31\.02\.2024" is not a date; item skipped/);
  assert.match(result.stdout, /items\[2\]\._hromada\.region: "UA591" is not a KATOTTG code/);
  assert.match(result.stdout, /_hromada\.videos\[0\]\.video_id: is missing; skipped/);
});

test('what the elements show only in part is listed too: a phone they cannot dial, hours they cannot read, a video id they cannot play, a guide without sections', () => {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    items: [],
    _hromada: {
      version: 1,
      hotlines: [{ id: 'main', phone: 'дзвоніть у приймальню', hours: 'за домовленістю' }, { id: 'ok', phone: '068 377 77 77', hours: 'пн-пт 9-18' }],
      guides: [{ id: 'empty', title: 'Порожній', sections: [] }],
      videos: [{ id: 'v', provider: 'youtube', video_id: 'https://youtu.be/aqz-KE-bpKQ' }, { id: 'w', provider: 'vimeo', video_id: '76979871' }],
    },
  };
  const result = cli('validate', file('lesser.json', feed), '--json');
  assert.equal(result.status, 1);
  assert.deepEqual(JSON.parse(result.stdout).problems, [
    '_hromada.hotlines[0].phone: "дзвоніть у приймальню" is not a Ukrainian phone number; shown as written, without a link',
    '_hromada.hotlines[0].hours: "за домовленістю" cannot be read (like "09:00-20:00" or "пн-пт 9-18"); shown as written, with no "open now"',
    '_hromada.guides[0].sections: none; the guide has nothing to show',
    '_hromada.videos[0].video_id: "https://youtu.be/aqz-KE-bpKQ" is not a YouTube id; the card shows a message instead of the video',
  ]);
});

test('the validator\'s modules import no bare package name: the validator page loads them unbundled', () => {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/^(?:import|export)[^'"]*from\s*'([^']+)'/gm)) {
      assert.ok(spec.startsWith('.'), `${path.relative(ROOT, file)} imports '${spec}'`);
      visit(path.resolve(path.dirname(file), spec));
    }
  };
  visit(path.join(ROOT, 'dist/esm/data/validate.js'));
});

test('--json gives the report as data', () => {
  const result = cli('validate', file('bad2.json', BAD_FEED), '--json');
  const report = JSON.parse(result.stdout);
  assert.equal(report.ok, false);
  assert.equal(report.counts.items, 2);
  assert.equal(report.problems.length, 3);
});

test('an unusable feed names the cause; a missing file or bad usage exits 2', () => {
  const broken = cli('validate', file('broken.json', '{"version": "https://jsonfeed.org/version/1.1", "items": ['));
  assert.equal(broken.status, 1);
  assert.match(broken.stdout, /not valid JSON/);
  assert.equal(cli('validate', path.join(tmp, 'missing.json')).status, 2);
  assert.equal(cli('lint').status, 2);
});

test('a feed without "version" or without "items" is told what it lacks', () => {
  const noVersion = cli('validate', file('no-version.json', { items: [], _hromada: { version: 1 } }));
  assert.equal(noVersion.status, 1);
  assert.match(noVersion.stdout, /needs "version": "https:\/\/jsonfeed\.org\/version\/1\.1" and "items"/);
  const noItems = cli('validate', file('no-items.json', { version: 'https://jsonfeed.org/version/1.1', _hromada: { version: 1 } }));
  assert.equal(noItems.status, 1);
  assert.match(noItems.stdout, /items: is missing; a feed needs "items": \[\] even when it has no news/);
});

test('RSS and Atom: a clear pointer to the browser validator, exit 2', () => {
  const result = cli('validate', path.join(ROOT, 'test/fixtures/feeds/atom.xml'));
  assert.equal(result.status, 2);
  assert.match(result.stdout, /validate\.html/);
});

test('validates a URL, following WordPress paging from the Link header', async () => {
  const server = createServer((request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/json', Link: '<http://127.0.0.1/wp-json/wp/v2/posts?page=2>; rel="next"' });
    response.end(readFileSync(path.join(ROOT, 'test/fixtures/feeds/wordpress-posts.json')));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address();
    const result = await new Promise((resolve) => {
      import('node:child_process').then(({ execFile }) =>
        execFile(process.execPath, [BIN, 'validate', `http://127.0.0.1:${port}/wp-json/wp/v2/posts?_embed`, '--json'], (error, stdout) => resolve({ error, stdout })),
      );
    });
    const report = JSON.parse(result.stdout);
    assert.equal(report.format, 'wordpress');
    assert.equal(report.counts.items, 3);
    assert.deepEqual(report.problems, []);
  } finally {
    server.close();
  }
});

test('the package ships the CLI and the schema', () => {
  assert.equal(pkg.bin['hromada-widgets'], 'bin/hromada-widgets.mjs');
  assert.ok(pkg.files.includes('schema/') && pkg.files.includes('bin/'));
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
});

/**
 * The subset of JSON Schema 2020-12 that the hromada schema uses, enough to
 * check that schema and adapters agree (no validator library in the package).
 */
function check(value, node, at = '', errors = []) {
  if (node.$ref) node = node.$ref.split('/').slice(1).reduce((schemaPart, key) => schemaPart[key], schema);
  const type = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value === 'number' ? (Number.isInteger(value) ? 'integer' : 'number') : typeof value;
  const types = [].concat(node.type ?? []);
  if (types.length && !types.some((t) => t === type || (t === 'number' && type === 'integer'))) return errors.push(`${at}: not ${types.join('|')}`), errors;
  if ('const' in node && value !== node.const) errors.push(`${at}: not ${node.const}`);
  if (node.enum && !node.enum.includes(value)) errors.push(`${at}: not one of ${node.enum}`);
  if (typeof value === 'string') {
    if (node.pattern && !new RegExp(node.pattern, 'u').test(value)) errors.push(`${at}: does not match ${node.pattern}`);
    if (node.minLength && value.length < node.minLength) errors.push(`${at}: too short`);
  }
  if (type === 'object') {
    for (const key of node.required ?? []) if (!(key in value)) errors.push(`${at}.${key}: required`);
    for (const [key, sub] of Object.entries(node.properties ?? {})) if (key in value) check(value[key], sub, `${at}.${key}`, errors);
  }
  if (type === 'array' && node.items) value.forEach((entry, i) => check(entry, node.items, `${at}[${i}]`, errors));
  if (node.anyOf && !node.anyOf.some((sub) => check(value, sub, at).length === 0)) errors.push(`${at}: matches none of anyOf`);
  if (node.if) {
    const branch = check(value, node.if, at).length === 0 ? node.then : node.else;
    if (branch) check(value, branch, at, errors);
  }
  return errors;
}

test('the schema accepts the demo feed and the JSON Feed fixture', () => {
  assert.deepEqual(check(JSON.parse(readFileSync(DEMO_FEED, 'utf8')), schema), []);
  assert.deepEqual(check(JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/feeds/json-feed.json'), 'utf8')), schema), []);
});

test('the schema refuses what the widgets skip', () => {
  const errors = check(BAD_FEED, schema);
  assert.ok(errors.some((e) => e.startsWith('.items[1].date_published')), errors.join('\n'));
  assert.ok(errors.some((e) => e.startsWith('.items[2]._hromada.region')), errors.join('\n'));
  assert.ok(errors.some((e) => e.startsWith('._hromada.videos[0].video_id')), errors.join('\n'));
  assert.ok(check({ items: [] }, schema).includes('.version: required'));
});

test('the schema refuses links the widgets drop (only http(s), or relative to the feed)', () => {
  const feed = (image) => ({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: '1', title: 't', image }] });
  for (const bad of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:image/png;base64,AA', 'vbscript:x']) assert.notDeepEqual(check(feed(bad), schema), [], bad);
  // ajv, the usual validator, warns in its default strict mode on a list of types: the id says `anyOf`.
  assert.doesNotMatch(readFileSync(path.join(ROOT, 'schema/hromada-feed.schema.json'), 'utf8'), /"type": \[/);
  for (const good of ['https://example.gov.ua/a.jpg', 'HTTP://example.gov.ua/a.jpg', '/img/a.jpg', 'img/a.jpg', '//cdn.example/a.jpg', 'a.jpg?x=1:2']) assert.deepEqual(check(feed(good), schema), [], good);
});
