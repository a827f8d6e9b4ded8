// custom-elements.json from the sources: `cem analyze` reads the JSDoc of each
// element; this plugin adds the tag names, which are registered by
// defineElement('hromada-x', Class) in each define.ts rather than a decorator.

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
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const tag = tags.get(declaration.name);
          if (tag) {
            declaration.tagName = tag;
            declaration.customElement = true;
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/generated/**'],
  outdir: 'dist',
  litelement: true,
  plugins: [defineElementTags()],
};
