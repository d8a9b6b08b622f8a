// The import rules of docs/architecture.md ("Layers"), checked by `npm test` (scripts/run-suites.mjs).
// Server layers, bottom to top: platform/ → capabilities/ → the HTTP adapter (routes/, middleware/,
// cli/ and the files at src/'s top, where the app is assembled). Imports only run downwards.
const server = '^packages/server/src/';
const adapter = `${server}(routes/|middleware/|cli/|[^/]+$)`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'server-no-cycle',
      comment:
        'Server modules import each other one way: an import cycle hides which one comes first.',
      severity: 'error',
      from: { path: server },
      to: { circular: true },
    },
    {
      name: 'platform-below-capabilities',
      comment:
        'platform/ (database, jobs queue, mail, SMS, blobs, HTTP helpers…) knows no capability: ' +
        'a capability registers with it from above (e.g. job handlers in create-job-handlers.ts).',
      severity: 'error',
      from: { path: `${server}platform/` },
      to: { path: [`${server}capabilities/`, adapter] },
    },
    {
      name: 'capabilities-below-http',
      comment:
        'capabilities/ are called by routes, jobs and the CLI and never reach up into them: ' +
        'types they share (PartyPrincipal, Caller) live in the capability.',
      severity: 'error',
      from: { path: `${server}capabilities/` },
      to: { path: adapter },
    },
    {
      name: 'core-below-server-and-elements',
      comment: '@signport/core is shared by the server and the elements, so it imports neither.',
      severity: 'error',
      from: { path: '^packages/core/' },
      to: {
        path: ['^(packages/(server|elements|react)|demo)/', '^@signport/(server|elements|react)'],
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a type pulled from a higher layer ties the layers as much as a value.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'default'] },
  },
};
