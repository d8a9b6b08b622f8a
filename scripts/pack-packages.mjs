#!/usr/bin/env node
// Packs every publishable package (`pnpm pack`: prepack builds, workspace versions rewritten) into
// a folder and measures each tarball. Used by the consumer test and the bench; run alone it prints
// the measurements as JSON: `node scripts/pack-packages.mjs [destination]`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));

/** `{ name, tarball, packedBytes, unpackedBytes, files, paths }` for every package under packages/. */
export function packPackages(destination = mkdtempSync(join(tmpdir(), 'signport-packs-'))) {
  const packed = spawnSync(
    process.execPath,
    [
      join(root, 'scripts/pnpm.mjs'),
      '-r',
      '--filter',
      './packages/*',
      'pack',
      '--json',
      '--pack-destination',
      destination,
    ],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 },
  );
  if (packed.status !== 0) throw new Error(`pnpm pack failed:\n${packed.stderr}\n${packed.stdout}`);
  // Lifecycle scripts print to stdout too: the JSON report is the array after them.
  const report = JSON.parse(packed.stdout.slice(packed.stdout.lastIndexOf('\n[') + 1));
  return report.map(({ name, filename }) => {
    const tarball = resolve(destination, filename);
    const bytes = readFileSync(tarball);
    return { name, tarball, packedBytes: bytes.length, ...tarContents(gunzipSync(bytes)) };
  });
}

/** Sums the sizes of a tar archive's regular files, reading its 512-byte headers. */
function tarContents(tar) {
  let unpackedBytes = 0;
  const paths = [];
  for (let offset = 0; offset + 512 <= tar.length;) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const size = parseInt(
      header.subarray(124, 136).toString('latin1').replace(/\0/g, '').trim() || '0',
      8,
    );
    const type = String.fromCharCode(header[156] || 48);
    if (type === '0') {
      unpackedBytes += size;
      const field = (start, end) =>
        header.subarray(start, end).toString('utf8').replace(/\0.*$/s, '');
      const prefix = field(345, 500);
      paths.push(prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return { unpackedBytes, files: paths.length, paths };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const measured = packPackages(process.argv[2]).map(({ paths: _paths, ...sizes }) => sizes);
  console.log(JSON.stringify(measured, null, 2));
}
