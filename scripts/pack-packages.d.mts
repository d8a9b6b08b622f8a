export interface PackedPackage {
  name: string;
  /** Absolute path of the `.tgz`. */
  tarball: string;
  packedBytes: number;
  unpackedBytes: number;
  files: number;
  /** Every file's path inside the tarball (`package/…`). */
  paths: string[];
}

export function packPackages(destination?: string): PackedPackage[];
