import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

export interface ElementAsset {
  body: Buffer;
  /** The build's precompressed copies (`<file>.br`, `<file>.gz`), where it wrote them. */
  encoded: Partial<Record<'br' | 'gzip', Buffer>>;
  /** Of the bytes, for the `ETag`. */
  hash: string;
  contentType: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Loaded files by path, kept while the file's modification time and size stay the same. */
const cache = new Map<string, { stamp: string; asset: ElementAsset }>();

/**
 * A file of the elements build and its precompressed encodings, read once and then served from
 * memory. Undefined for what the build does not serve (unknown type, missing file, or one of the
 * encodings itself).
 */
export async function loadElementAsset(
  distDir: string,
  file: string,
): Promise<ElementAsset | undefined> {
  const contentType = CONTENT_TYPES[extname(file)];
  if (!contentType) return undefined;
  const path = join(distDir, file);
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  const stamp = `${info.mtimeMs}:${info.size}`;
  const cached = cache.get(path);
  if (cached?.stamp === stamp) return cached.asset;

  const body = await readFile(path);
  const encoded: ElementAsset['encoded'] = {};
  for (const [coding, suffix] of [
    ['br', '.br'],
    ['gzip', '.gz'],
  ] as const) {
    const copy = await readFile(`${path}${suffix}`).catch(() => undefined);
    if (copy) encoded[coding] = copy;
  }
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 22);
  const asset = { body, encoded, hash, contentType };
  cache.set(path, { stamp, asset });
  return asset;
}
