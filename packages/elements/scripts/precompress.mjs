// Writes what a CDN would serve next to every built bundle: a copy under a content-hashed name
// (cacheable forever), and brotli and gzip encodings of both names, so the server compresses nothing
// per request. `dist/assets.json` maps each bundle's name to its hashed one.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Hashed copies and `.br`/`.gz` files for `dist/<name>.js` of every entry name. */
export function precompress(distDir, names) {
  const assets = {};
  for (const name of names) {
    const code = readFileSync(join(distDir, `${name}.js`));
    const hashed = `${name}.${createHash('sha256').update(code).digest('hex').slice(0, 12)}.js`;
    writeFileSync(join(distDir, hashed), code);
    const brotli = brotliCompressSync(code, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: code.length,
      },
    });
    const gzip = gzipSync(code, { level: 9 });
    for (const file of [`${name}.js`, hashed]) {
      writeFileSync(join(distDir, `${file}.br`), brotli);
      writeFileSync(join(distDir, `${file}.gz`), gzip);
    }
    assets[`${name}.js`] = hashed;
  }
  writeFileSync(join(distDir, 'assets.json'), `${JSON.stringify(assets, null, 2)}\n`);
}
