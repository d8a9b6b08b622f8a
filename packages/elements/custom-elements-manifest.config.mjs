// Read by `custom-elements-manifest analyze` (the build, `npm run manifest` and the React generator).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/test/**'],
  outdir: '.',
  litelement: true,
  plugins: [defineCalls()],
};

/**
 * Elements register through `define('tag', Class)` (base/define.ts), which the analyzer does not
 * know: this records each call as `customElements.define` would be, so every class gets its tag.
 */
function defineCalls() {
  return {
    name: 'signport-define-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
      if (node.expression.text !== 'define') return;
      const [tag, element] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !element || !ts.isIdentifier(element)) return;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tag.text,
          declaration: { name: element.text, module: moduleDoc.path },
        },
      ];
    },
  };
}
