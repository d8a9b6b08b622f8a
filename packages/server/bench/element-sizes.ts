// Gzipped size of every element entry and of the bundle against the budgets (design §3), with the
// build and the measurement of `npm run size`; and the bytes a signing page's element bundle costs
// on the wire, served by the API as it was (uncompressed) and as it is (negotiated encoding).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { measureSizes } from '../../elements/scripts/measure-sizes.mjs';
import { createApp } from '../src/app.js';
import { openDatabase } from '../src/platform/db/open-database.js';
import { testConfig } from '../test/support/test-server.js';

const elementsDir = fileURLToPath(new URL('../../elements', import.meta.url));

/** Bytes of `/elements/<file>` as sent for each `Accept-Encoding` a browser might send. */
async function bytesOnTheWire(file: string) {
  const { db, close } = await openDatabase({ url: ':memory:' });
  const app = createApp({ db, config: testConfig() });
  const sent = async (acceptEncoding: string) => {
    const res = await app.request(`/elements/${file}`, {
      headers: { 'accept-encoding': acceptEncoding },
    });
    return (await res.arrayBuffer()).byteLength;
  };
  const figures = {
    file,
    beforeUncompressedBytes: await sent('identity'),
    afterGzipBytes: await sent('gzip'),
    afterBrotliBytes: await sent('gzip, deflate, br'),
  };
  await close();
  return figures;
}

export async function benchElementSizes() {
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], {
    cwd: elementsDir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) throw new Error('the elements build failed');
  const entries = measureSizes();
  return {
    entries,
    withinBudget: Object.values(entries).every((size) => size.withinBudget !== false),
    // A host's signing page loads either the all-elements bundle or `<sign-session>` alone.
    signingPageOnTheWire: [
      await bytesOnTheWire('signport.js'),
      await bytesOnTheWire('sign-session.js'),
    ],
  };
}
