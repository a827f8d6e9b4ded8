// The documentation agrees with the code: dist/custom-elements.json lists every
// public property, attribute, event, part, slot and custom property the sources
// have (and nothing they lack), the README's generated tables and examples are
// up to date, and the package's entries resolve to built files. Runs after
// `npm run build` (npm test builds first). No browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import ts from 'typescript';
import { ROOT, README, MANIFEST, manifestElements, updateReadme } from '../../scripts/readme-api.mjs';
import { TOKEN_DESCRIPTIONS, themeTokens } from '../../scripts/lib/theme-tokens.mjs';

const read = (file) => readFileSync(path.join(ROOT, file), 'utf8');
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
const elements = manifestElements(manifest);
const pkg = JSON.parse(read('package.json'));

/** Every element the sources register: `defineElement('hromada-x', Class)` in src/components/<folder>/define.ts. */
const registered = readdirSync(path.join(ROOT, 'src/components')).flatMap((folder) => {
  const define = `src/components/${folder}/define.ts`;
  if (!existsSync(path.join(ROOT, define))) return [];
  const [, tag, className] = /defineElement\('([^']+)',\s*(\w+)\)/.exec(read(define)) ?? [];
  const dir = `src/components/${folder}`;
  const files = readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.ts') && f !== 'define.ts');
  return [{ tag, className, folder, dir, files }];
});

/** `part="a b"` and `part: 'a'` (heading options) in a template source, comments and CSS left out. */
const TERNARY_PART = /\bpart=\$\{[\w.]+ \? '([\w-]+)' : '([\w-]+)'\}/g;

function partsIn(source) {
  const code = source.replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
  const names = [...code.matchAll(/\bpart="([^"$]+)"/g)].flatMap((m) => m[1].split(/\s+/));
  names.push(...[...code.matchAll(/\bpart:\s*'([^']+)'/g)].map((m) => m[1]));
  // A choice between two written-out names: part=${skeleton ? 'skeleton' : 'item'}.
  names.push(...[...code.matchAll(TERNARY_PART)].flatMap((m) => [m[1], m[2]]));
  return names;
}

/** Parts rendered by the shared helpers in src/internal, by exported function name. */
const helperParts = new Map();
for (const file of readdirSync(path.join(ROOT, 'src/internal')).filter((f) => f.endsWith('.ts') && !f.endsWith('.styles.ts'))) {
  const source = read(`src/internal/${file}`);
  const starts = [...source.matchAll(/export (?:function|const) (\w+)/g)];
  starts.forEach((m, i) => {
    const parts = partsIn(source.slice(m.index, starts[i + 1]?.index));
    if (parts.length) helperParts.set(m[1], parts);
  });
}

/** The public API the class declares: reactive properties (with attribute names), other public fields and methods. */
function classApi(file, className) {
  const source = ts.createSourceFile(file, read(file), ts.ScriptTarget.Latest, true);
  const constants = new Map();
  let cls;
  ts.forEachChild(source, (node) => {
    if (ts.isVariableStatement(node)) for (const d of node.declarationList.declarations) constants.set(d.name.getText(), d.initializer);
    if (ts.isClassDeclaration(node) && node.name?.text === className) cls = node;
  });
  assert.ok(cls, `${file} declares class ${className}`);
  const option = (object, key) => {
    const resolved = object && ts.isIdentifier(object) ? constants.get(object.text) : object;
    const property = resolved && ts.isObjectLiteralExpression(resolved) ? resolved.properties.find((p) => p.name?.getText() === key) : undefined;
    return property?.initializer;
  };
  const reactive = new Map(); // property → attribute name, or null for none
  const internal = new Set();
  const add = (name, options) => {
    if (option(options, 'state')?.kind === ts.SyntaxKind.TrueKeyword) return internal.add(name);
    const attribute = option(options, 'attribute');
    reactive.set(name, attribute?.kind === ts.SyntaxKind.FalseKeyword ? null : attribute && ts.isStringLiteral(attribute) ? attribute.text : name.toLowerCase());
  };
  const members = [];
  for (const member of cls.members) {
    const name = member.name?.getText();
    const modifiers = ts.getModifiers(member) ?? [];
    const isStatic = modifiers.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
    if (isStatic && name === 'properties' && member.initializer && ts.isObjectLiteralExpression(member.initializer)) {
      for (const p of member.initializer.properties) if (ts.isPropertyAssignment(p)) add(p.name.getText(), p.initializer);
    }
    for (const decorator of ts.getDecorators?.(member) ?? []) {
      const call = decorator.expression;
      if (ts.isCallExpression(call) && ['property', 'state'].includes(call.expression.getText())) {
        if (call.expression.getText() === 'state') internal.add(name);
        else add(name, call.arguments[0]);
      }
    }
    const hidden = modifiers.some((m) => [ts.SyntaxKind.PrivateKeyword, ts.SyntaxKind.ProtectedKeyword, ts.SyntaxKind.OverrideKeyword, ts.SyntaxKind.StaticKeyword].includes(m.kind)) ||
      ts.getJSDocTags(member).some((tag) => ['internal', 'ignore'].includes(tag.tagName.text));
    if (!hidden && name && !name.startsWith('#') && (ts.isPropertyDeclaration(member) || ts.isMethodDeclaration(member) || ts.isGetAccessor(member))) members.push(name);
  }
  return { reactive, internal, members: members.filter((name) => !internal.has(name)) };
}

test('every registered element is in the manifest with its tag name and summary', () => {
  assert.deepEqual(registered.map((e) => e.tag).sort(), elements.map((e) => e.tagName).sort());
  for (const element of elements) assert.ok(element.summary || element.description, `${element.tagName}: no @summary`);
  assert.equal(pkg.customElements, 'dist/custom-elements.json');
});

for (const { tag, className, dir, files } of registered) {
  const element = () => elements.find((e) => e.tagName === tag);
  const sources = files.filter((f) => !f.endsWith('.styles.ts')).map((f) => read(`${dir}/${f}`)).join('\n');
  const styles = files.filter((f) => f.endsWith('.styles.ts')).map((f) => read(`${dir}/${f}`)).join('\n');

  test(`${tag}: every public property and attribute is documented, and nothing internal is`, () => {
    const api = classApi(`${dir}/${tag.replace(/^hromada-/, '')}.ts`, className);
    const { attributes = [], members = [] } = element();
    const publicMembers = members.filter((m) => (m.privacy ?? 'public') === 'public' && !m.static);
    for (const [name, attribute] of api.reactive) {
      const member = publicMembers.find((m) => m.name === name);
      assert.ok(member?.description, `${tag}: property ${name} has no doc comment`);
      if (attribute) assert.ok(attributes.some((a) => a.name === attribute && a.fieldName === name), `${tag}: attribute ${attribute} (${name}) missing`);
    }
    for (const name of api.members) {
      assert.ok(publicMembers.find((m) => m.name === name)?.description, `${tag}: public member ${name} has no doc comment`);
    }
    for (const name of api.internal) {
      assert.ok(!attributes.some((a) => a.fieldName === name), `${tag}: internal state ${name} listed as an attribute`);
      assert.ok(!publicMembers.some((m) => m.name === name), `${tag}: internal state ${name} listed as public`);
    }
    for (const attribute of attributes) {
      assert.ok(attribute.description, `${tag}: attribute ${attribute.name} has no description`);
      assert.ok(attribute.fieldName ? api.reactive.has(attribute.fieldName) : styles.includes(`[${attribute.name}`) || sources.includes(attribute.name),
        `${tag}: attribute ${attribute.name} is documented but the code has no such attribute`);
    }
  });

  test(`${tag}: the parts listed are exactly the parts rendered`, () => {
    const rendered = new Set(partsIn(sources));
    for (const [helper, parts] of helperParts) if (new RegExp(`\\b${helper}\\(`).test(sources)) parts.forEach((p) => rendered.add(p));
    assert.ok(!/\bpart=\$\{/.test(sources.replace(/\/\*[\s\S]*?\*\//g, '').replace(TERNARY_PART, '')), `${tag}: a part name computed at run time cannot be checked; write it out`);
    const listed = (element().cssParts ?? []).map((p) => p.name);
    assert.deepEqual([...new Set(listed)].sort(), [...rendered].sort(), `${tag}: @csspart list differs from the template`);
    for (const part of element().cssParts ?? []) assert.ok(part.description, `${tag}: part ${part.name} has no description`);
  });

  test(`${tag}: the events listed are exactly the events emitted, each with its detail type`, () => {
    const emitted = [...new Set([...sources.matchAll(/\bemit\(\s*'([^']+)'/g)].map((m) => m[1]))].sort();
    const listed = (element().events ?? []).map((e) => e.name).sort();
    assert.deepEqual(listed, emitted, `${tag}: @fires list differs from the emit() calls`);
    for (const event of element().events ?? []) {
      assert.match(event.type?.text ?? '', /^CustomEvent<\{.*\}>$/, `${tag}: ${event.name} has no detail type (src/events/${event.name}.ts)`);
      assert.ok(event.description, `${tag}: ${event.name} has no description`);
    }
  });

  test(`${tag}: custom properties are the styles' own --hromada-* plus the shared theme tokens`, () => {
    const own = [...new Set([...styles.matchAll(/var\((--hromada-[a-z0-9-]+)/g)].map((m) => m[1]))];
    const shared = themeTokens().map((t) => t.name);
    const listed = (element().cssProperties ?? []).map((p) => p.name);
    for (const name of [...own, ...shared]) assert.ok(listed.includes(name), `${tag}: ${name} is read by the styles but not documented`);
    for (const name of listed) assert.ok(own.includes(name) || shared.includes(name), `${tag}: ${name} is documented but nothing reads it`);
    for (const property of element().cssProperties) assert.ok(property.description, `${tag}: ${property.name} has no description`);
  });

  test(`${tag}: slots the element renders are documented`, () => {
    if (/<slot\b|createElement\('slot'\)/.test(sources)) assert.ok(element().slots?.length, `${tag}: renders a slot but documents none`);
  });
}

test('the published types declare every documented property and method of every element', () => {
  for (const element of elements) {
    const types = read(element.module.replace(/\.js$/, '.d.ts'));
    const body = types.slice(types.indexOf(`export declare class ${element.name} `));
    for (const member of (element.members ?? []).filter((m) => (m.privacy ?? 'public') === 'public' && !m.static)) {
      const declared = member.kind === 'method' ? new RegExp(`^\\s+${member.name}\\(`, 'm') : new RegExp(`^\\s+(readonly )?${member.name}\\??:`, 'm');
      assert.match(body, declared, `${element.module.replace(/\.js$/, '.d.ts')} does not declare ${element.name}.${member.name}`);
    }
  }
});

test('every shared theme token has a description', () => {
  for (const token of themeTokens()) assert.ok(TOKEN_DESCRIPTIONS[token.name], `${token.name}: add it to scripts/lib/theme-tokens.mjs`);
  for (const name of Object.keys(TOKEN_DESCRIPTIONS)) assert.ok(themeTokens().some((t) => t.name === name), `${name} is described but base.styles.ts does not read it`);
});

test('the SPEC §3 attributes and event details are in the manifest', () => {
  const spec = {
    'hromada-region-filter': ['regions-src', 'value', 'only', 'url-param', 'include-occupied-crimea'],
    'hromada-news-list': ['src', 'region', 'for', 'limit', 'feed-region'],
    'hromada-guide': ['src', 'guide', 'heading-level'],
    'hromada-hotline': ['phone', 'hours', 'label', 'zoom-url', 'time-zone', 'src', 'hotline'],
    'hromada-video': ['provider', 'video-id', 'video-src', 'poster', 'video-title', 'duration', 'src', 'video'],
    'hromada-embed': ['src'],
  };
  for (const [tag, names] of Object.entries(spec)) {
    const attributes = elements.find((e) => e.tagName === tag).attributes.map((a) => a.name);
    for (const name of names) assert.ok(attributes.includes(name), `${tag}: SPEC attribute ${name} missing`);
  }
  const detail = (tag, event) => (elements.find((e) => e.tagName === tag).events ?? []).find((e) => e.name === event)?.type?.text ?? '';
  assert.match(detail('hromada-region-filter', 'hromada-region-change'), /code: .*level: .*name: /);
  assert.match(detail('hromada-guide', 'hromada-guide-toggle'), /sectionId: string; open: boolean/);
  assert.match(detail('hromada-video', 'hromada-video-play'), /provider: .*videoId: string/);
  // The SPEC's defaults, which the code supplies where it reads the attribute (no initializer), say @default.
  const fallback = (tag, name) => elements.find((e) => e.tagName === tag).attributes.find((a) => a.name === name).default;
  assert.equal(fallback('hromada-news-list', 'limit'), '10');
  assert.equal(fallback('hromada-video', 'provider'), "'youtube'");
  for (const { tagName, attributes } of elements) {
    const level = attributes.find((a) => a.name === 'heading-level');
    if (level) assert.match(level.default ?? '', /^[2-6]$/, `${tagName}: heading-level has no default`);
  }
});

test('the README\'s generated tables and framework examples are up to date (npm run docs)', () => {
  const readme = readFileSync(README, 'utf8');
  const { text, problems } = updateReadme(readme, manifest);
  assert.deepEqual(problems, []);
  if (text !== readme) {
    const [a, b] = [readme.split('\n'), text.split('\n')];
    const line = a.findIndex((l, i) => l !== b[i]);
    assert.fail(`README.md differs from the manifest at line ${line + 1}:\n  README:    ${a[line]}\n  generated: ${b[line]}\nRun npm run docs.`);
  }
});

test('every package.json entry point resolves to a built file', () => {
  const targets = [];
  const collect = (value, key) => {
    if (typeof value === 'string') targets.push([key, value]);
    else for (const [condition, inner] of Object.entries(value)) collect(inner, `${key} (${condition})`);
  };
  for (const [key, value] of Object.entries(pkg.exports)) collect(value, key);
  for (const field of ['main', 'module', 'types', 'customElements', 'unpkg', 'jsdelivr']) targets.push([field, pkg[field]]);
  // TypeScript's older `moduleResolution: "node"` ignores `exports`: each typed entry is in typesVersions too.
  for (const [key, value] of Object.entries(pkg.exports)) {
    if (key !== '.' && value.types) assert.deepEqual(pkg.typesVersions['*'][key.slice(2)], [value.types], `typesVersions lacks ${key}`);
  }
  // Tools that import the manifest by name (`hromada-widgets/custom-elements.json`) get past `exports` too.
  assert.equal(pkg.exports['./custom-elements.json'], `./${pkg.customElements}`);
  for (const [name, file] of Object.entries(pkg.bin)) targets.push([`bin ${name}`, file]);
  for (const [key, file] of targets) {
    if (file.includes('*')) {
      const dir = path.join(ROOT, file.slice(0, file.indexOf('*')));
      assert.ok(existsSync(dir) && readdirSync(dir).length > 0, `${key} → ${file}: nothing there`);
    } else {
      assert.ok(existsSync(path.join(ROOT, file)) && statSync(path.join(ROOT, file)).isFile(), `${key} → ${file} does not exist`);
    }
  }
  // Each element's entry registers its tag and types it for querySelector and createElement.
  for (const { tag } of registered) {
    const entry = pkg.exports[`./${tag.replace(/^hromada-/, '')}.js`];
    assert.ok(entry, `no "./${tag.replace(/^hromada-/, '')}.js" in exports`);
    assert.match(read(entry.types), new RegExp(`'${tag}': `), `${entry.types} does not declare ${tag} in HTMLElementTagNameMap`);
  }
  // sideEffects: the registering modules only, and each pattern matches a built file.
  for (const pattern of pkg.sideEffects) {
    const dir = path.join(ROOT, path.dirname(pattern.replace(/\*.*$/, 'x')));
    assert.ok(existsSync(dir), `sideEffects ${pattern}: no such folder`);
  }
});

test('a bundle of one element and the setup entry holds that element alone', async () => {
  const { build } = await import('esbuild');
  const { metafile } = await build({
    stdin: { contents: "import 'hromada-widgets/news-list.js'; import { setDataBase, setLocale } from 'hromada-widgets/setup.js'; setDataBase('/data/'); setLocale('en');", resolveDir: ROOT },
    bundle: true, format: 'esm', write: false, metafile: true, logLevel: 'error',
  });
  const components = new Set(Object.keys(metafile.inputs).map((file) => file.match(/dist\/esm\/components\/([^/]+)\//)?.[1]).filter(Boolean));
  assert.deepEqual([...components], ['news-list']);
});

test('npm pack ships what a user needs and nothing private', () => {
  const [{ files }] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  const shipped = new Set(files.map((f) => f.path));
  const needed = ['package.json', 'README.md', 'dist/hromada-widgets.js', 'dist/custom-elements.json', 'dist/data/ua-hromadas.json',
    'dist/data/ua-settlements.json', 'dist/esm/index.js', 'dist/esm/index.d.ts', 'schema/hromada-feed.schema.json', 'bin/hromada-widgets.mjs',
    // The feed validator page the CLI sends RSS and Atom users to, with what it loads.
    'demo/validate.html', 'demo/validate.js', 'demo/demo.css', 'demo/favicon.svg', 'dist/esm/data/validate.js'];
  for (const { dir } of registered) needed.push(`dist/esm/${dir.slice(4)}/define.js`, `dist/esm/${dir.slice(4)}/define.d.ts`);
  for (const file of needed) assert.ok(shipped.has(file), `the package lacks ${file}`);
  // Tools import what the manifest names: the built modules, not src/.
  for (const module of manifest.modules) assert.ok(shipped.has(module.path), `custom-elements.json names ${module.path}, which the package lacks`);
  for (const { path: at, exports = [] } of manifest.modules) {
    for (const { name, declaration } of exports) if (declaration.module) assert.ok(shipped.has(declaration.module), `custom-elements.json: ${at} exports ${name} from ${declaration.module}, which the package lacks`);
  }
  const forbidden = /^(src|test|bench|scripts|node_modules|\.ci|docs)\/|^\.|\/\.|\.tsbuildinfo$|\.tap$|\.wtr-results|\.env/;
  for (const file of shipped) assert.ok(!forbidden.test(file), `the package should not ship ${file}`);
});

test('custom-elements.json is valid against the Custom Elements Manifest schema', async () => {
  // ajv 6 (draft-07, the schema's dialect) comes with eslint; the schema with the analyzer.
  const { default: Ajv } = await import('ajv');
  const validate = new Ajv({ allErrors: true }).compile(JSON.parse(read('node_modules/custom-elements-manifest/schema.json')));
  assert.ok(validate(manifest), JSON.stringify(validate.errors?.slice(0, 5), null, 1));
});

test('every #link in the README leads to one of its headings', () => {
  const readme = readFileSync(README, 'utf8').replace(/^```[\s\S]*?^```$/gm, '');
  // GitHub's anchors: lower case, punctuation dropped, spaces to hyphens.
  const slug = (heading) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
  const anchors = new Set([...readme.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1])));
  for (const [, target] of readme.matchAll(/\]\(#([^)]+)\)/g)) assert.ok(anchors.has(target), `README links to #${target}, which no heading makes`);
});
