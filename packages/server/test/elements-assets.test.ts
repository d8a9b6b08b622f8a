import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { precompress } from '../../elements/scripts/precompress.mjs';
import { serveApp } from './support/serve-app.js';
import { tempDir, testApp } from './support/test-server.js';

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  bytes: Buffer;
}

/** A GET over real HTTP that keeps the bytes as they travelled (no decoding). */
function get(port: number, path: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    request({ port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          bytes: Buffer.concat(chunks),
        }),
      );
    })
      .on('error', reject)
      .end();
  });
}

test('element bundles travel compressed, negotiated, cached for good under hashed names, revalidated otherwise', async (t) => {
  const dist = tempDir(t);
  const code = `export const fields = ${JSON.stringify(
    Array.from({ length: 400 }, (_, index) => ({ id: `field_${index}`, kind: 'signature' })),
  )};\n`;
  writeFileSync(join(dist, 'signport.js'), code);
  precompress(dist, ['signport']);
  const hashed = (
    JSON.parse(readFileSync(join(dist, 'assets.json'), 'utf8')) as Record<string, string>
  )['signport.js']!;
  assert.match(hashed, /^signport\.[0-9a-f]{12}\.js$/);

  const { app } = await testApp(t, { elementsDir: dist });
  const port = Number(new URL(await serveApp(t, app)).port);

  const brotli = await get(port, '/elements/signport.js', {
    'accept-encoding': 'gzip, deflate, br',
  });
  assert.equal(brotli.status, 200);
  assert.equal(brotli.headers['content-encoding'], 'br');
  assert.equal(brotli.headers.vary, 'Accept-Encoding');
  assert.equal(brotliDecompressSync(brotli.bytes).toString(), code);
  assert.ok(
    brotli.bytes.length < code.length / 5,
    `${brotli.bytes.length} bytes of ${code.length}`,
  );
  assert.equal(brotli.headers['cache-control'], 'public, max-age=300');

  const gzip = await get(port, '/elements/signport.js', { 'accept-encoding': 'gzip;q=1, br;q=0' });
  assert.equal(gzip.headers['content-encoding'], 'gzip');
  assert.equal(gunzipSync(gzip.bytes).toString(), code);

  const identity = await get(port, '/elements/signport.js', { 'accept-encoding': 'identity' });
  assert.equal(identity.headers['content-encoding'], undefined);
  assert.equal(identity.bytes.toString(), code);
  assert.equal(identity.headers.vary, 'Accept-Encoding');

  // Each encoding has its own ETag; sending it back costs a 304 and no body.
  const etags = new Set([brotli, gzip, identity].map((res) => res.headers.etag));
  assert.equal(etags.size, 3);
  const again = await get(port, '/elements/signport.js', {
    'accept-encoding': 'br',
    'if-none-match': String(brotli.headers.etag),
  });
  assert.equal(again.status, 304);
  assert.equal(again.bytes.length, 0);
  assert.equal(again.headers.etag, brotli.headers.etag);
  const stale = await get(port, '/elements/signport.js', {
    'accept-encoding': 'br',
    'if-none-match': '"something-else"',
  });
  assert.equal(stale.status, 200);

  // The hashed copy never changes: cached for a year, immutable, compressed too.
  const forever = await get(port, `/elements/${hashed}`, {
    'accept-encoding': 'br',
    origin: 'https://www.any-host.test',
  });
  assert.equal(forever.status, 200);
  assert.equal(forever.headers['cache-control'], 'public, max-age=31536000, immutable');
  assert.equal(forever.headers['content-encoding'], 'br');
  assert.equal(forever.headers['access-control-allow-origin'], '*');

  // The encodings are not files of their own, and nothing outside the build is served.
  assert.equal((await get(port, '/elements/signport.js.br')).status, 404);
  assert.equal((await get(port, '/elements/..%2Fpackage.json')).status, 404);
});
