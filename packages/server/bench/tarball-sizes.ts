// Packed and unpacked size of every npm package as `pnpm pack` makes it (prepack builds included),
// i.e. what a host downloads and what lands in its node_modules.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packPackages } from '../../../scripts/pack-packages.mjs';

export function benchTarballSizes() {
  const destination = mkdtempSync(join(tmpdir(), 'signport-bench-packs-'));
  try {
    return packPackages(destination).map(({ name, packedBytes, unpackedBytes, files }) => ({
      name,
      packedBytes,
      unpackedBytes,
      files,
    }));
  } finally {
    rmSync(destination, { recursive: true, force: true });
  }
}
