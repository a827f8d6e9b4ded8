// custom-elements.json from the sources: `cem analyze --litelement` reads the
// JSDoc of each element; the plugins below fill in what it cannot see in this
// code base. test/e2e/docs.test.mjs checks the result against the code.
import { readFileSync, existsSync } from 'node:fs';
import { posix } from 'node:path';
import { TOKEN_DESCRIPTIONS, themeTokens, tokenDefault } from './scripts/lib/theme-tokens.mjs';

/** Tag names: registered by defineElement('hromada-x', Class) in each define.ts, not by a decorator. */
function defineElementTags() {
  const tags = new Map(); // class name → tag name
  return {
    name: 'hromada-define-element-tags',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tagArg, classArg] = node.arguments;
      if (!tagArg || !classArg || !ts.isStringLiteral(tagArg)) return;
      tags.set(classArg.getText(), tagArg.text);
      moduleDoc.exports ??= [];
      moduleDoc.exports.push({
        kind: 'custom-element-definition',
        name: tagArg.text,
        declaration: { name: classArg.getText(), module: moduleDoc.path.replace(/define\.ts$/, `${tagArg.text.replace(/^hromada-/, '')}.ts`) },
      });
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of elements(customElementsManifest, () => true)) {
        const tag = tags.get(declaration.name);
        if (tag) {
          declaration.tagName = tag;
          declaration.customElement = true;
        }
      }
    },
  };
}

/**
 * Lit's `{ state: true }` properties (written inline or through a shared
 * constant) are internal: no attribute, not public. The analyzer's Lit support
 * only knows `attribute: false`.
 */
function litInternalState() {
  return {
    name: 'hromada-lit-internal-state',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node)) return;
      const properties = node.members.find((member) => member.name?.getText() === 'properties' && ts.isPropertyDeclaration(member));
      if (!properties?.initializer || !ts.isObjectLiteralExpression(properties.initializer)) return;
      const constants = new Map();
      for (const statement of node.getSourceFile().statements) {
        if (!ts.isVariableStatement(statement)) continue;
        for (const declaration of statement.declarationList.declarations) {
          if (declaration.initializer) constants.set(declaration.name.getText(), declaration.initializer);
        }
      }
      const isState = (options) => {
        const object = ts.isIdentifier(options) ? constants.get(options.text) : options;
        return !!object && ts.isObjectLiteralExpression(object) &&
          object.properties.some((p) => p.name?.getText() === 'state' && p.initializer?.kind === ts.SyntaxKind.TrueKeyword);
      };
      const internal = new Set(
        properties.initializer.properties.filter((p) => ts.isPropertyAssignment(p) && isState(p.initializer)).map((p) => p.name.getText()),
      );
      const declaration = moduleDoc.declarations?.find((d) => d.name === node.name?.getText());
      if (!declaration || internal.size === 0) return;
      declaration.attributes = (declaration.attributes ?? []).filter((attribute) => !internal.has(attribute.fieldName));
      for (const member of declaration.members ?? []) {
        if (!internal.has(member.name)) continue;
        delete member.attribute;
        delete member.reflects;
        member.privacy = 'private';
      }
    },
  };
}

/**
 * Each hromada-* event is declared once, in src/events/<name>.ts, as
 * `CustomEvent<{ … }>`; that declaration becomes the event's type here.
 */
function eventTypes() {
  return {
    name: 'hromada-event-types',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of elements(customElementsManifest)) {
        for (const event of declaration.events ?? []) {
          const type = eventType(event.name);
          if (type) event.type = { text: type };
        }
      }
    },
  };
}

/** `CustomEvent<{ a: string; b: number }>` from src/events/<name>.ts, comments dropped; undefined if there is none. */
export function eventType(name) {
  const file = new URL(`./src/events/${name}.ts`, import.meta.url);
  if (!existsSync(file)) return undefined;
  const source = withoutComments(readFileSync(file, 'utf8'));
  const start = source.indexOf('CustomEvent<');
  if (start < 0) return undefined;
  let depth = 0;
  for (let i = start + 'CustomEvent'.length; i < source.length; i++) {
    if (source[i] === '<') depth++;
    else if (source[i] === '>' && source[i - 1] !== '=') depth--;
    if (depth === 0) {
      // A union imported from the data layer is spelled out: `level: 'oblast' | 'raion' | 'hromada' | null`.
      let type = source.slice(start, i + 1);
      for (const [, names, from] of source.matchAll(/import type \{([^}]+)\} from '([^']+)\.js'/g)) {
        const module = withoutComments(readFileSync(new URL(`${from}.ts`, file), 'utf8'));
        for (const imported of names.split(',').map((n) => n.trim())) {
          const union = new RegExp(`export type ${imported} =([^;]+);`).exec(module)?.[1];
          if (union && /^[\s|'a-z-]+$/.test(union)) type = type.replaceAll(imported, `(${union.trim().replace(/^\|\s*/, '')})`);
        }
      }
      return type.replace(/\s+/g, ' ').replace(/;? }/g, ' }').replace(/: \(([^()]+)\)(?=;| })/g, ': $1');
    }
  }
  return undefined;
}

/**
 * The shared theme tokens of src/internal/base.styles.ts reach every element:
 * added after the element's own @cssproperty entries (whose description, where
 * the element documents a shared token, is kept).
 */
function sharedThemeTokens() {
  return {
    name: 'hromada-shared-theme-tokens',
    packageLinkPhase({ customElementsManifest }) {
      const tokens = themeTokens();
      for (const declaration of elements(customElementsManifest)) {
        declaration.cssProperties ??= [];
        for (const token of tokens) {
          const own = declaration.cssProperties.find((property) => property.name === token.name);
          const defaults = tokenDefault(token).replace(/`/g, '');
          if (own) own.default ??= defaults;
          else declaration.cssProperties.push({ name: token.name, description: TOKEN_DESCRIPTIONS[token.name] ?? '', default: defaults });
        }
      }
    },
  };
}

/**
 * The manifest ships in the package, which has dist/esm/ and not src/: module
 * paths name the built modules a tool can import. A re-export's module comes
 * from the analyzer as written (`../../events/x.js`), relative to its module:
 * the schema wants it from the package root. `export default css\`…\`` has no
 * declaration name, which the schema requires: a stylesheet is no API, so it goes.
 */
function builtModulePaths() {
  const built = (file) => file.replace(/^src\/(.*)\.[jt]s$/, 'dist/esm/$1.js');
  return {
    name: 'hromada-built-module-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        const from = (file) => (file.startsWith('.') ? posix.join(posix.dirname(module.path), file) : file);
        module.exports = module.exports?.filter((entry) => !entry.declaration || entry.declaration.name);
        for (const entry of [...(module.exports ?? []), ...(module.declarations ?? [])]) {
          for (const reference of [entry.declaration, entry.superclass, entry.inheritedFrom]) {
            if (reference?.module) reference.module = built(from(reference.module));
          }
        }
        module.path = built(module.path);
        // define.js re-exports the class it imports: point at where it is declared, as its definition does.
        for (const entry of module.exports ?? []) {
          const definition = module.exports.find((e) => e.kind === 'custom-element-definition' && e.declaration.name === entry.declaration?.name);
          if (entry.kind === 'js' && definition) entry.declaration.module = definition.declaration.module;
        }
      }
    },
  };
}

function withoutComments(source) {
  return source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
}

function* elements(manifest, filter = (declaration) => declaration.customElement) {
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) if (filter(declaration)) yield declaration;
  }
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/generated/**'],
  outdir: 'dist',
  litelement: true,
  plugins: [defineElementTags(), litInternalState(), eventTypes(), sharedThemeTokens(), builtModulePaths()],
};
