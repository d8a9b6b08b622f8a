#!/usr/bin/env node
// The installed package's command: `signport start` runs the server from the build, every other
// command is the operator CLI (accounts, origins, keys).
if (process.argv[2] === 'start') {
  process.argv.splice(2, 1);
  await import('../dist/main.js');
} else {
  await import('../dist/cli/main.js');
}
