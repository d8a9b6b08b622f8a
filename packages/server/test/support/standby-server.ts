// The server (src/main.ts) held in standby: its code is loaded at once, and it opens the database
// and listens only when a line arrives on stdin. The crash test readies the next server while the
// current one runs, so that a restart after a kill is not dominated by loading code.
await import('../../src/start-server.js');
process.stdin.once('data', () => {
  process.stdin.destroy();
  void import('../../src/main.js');
});

export {};
