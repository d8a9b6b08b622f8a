import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { App } from '../app-context.js';
import { loadElementAsset } from '../platform/http/load-element-asset.js';
import { negotiateEncoding } from '../platform/http/negotiate-encoding.js';
import { createRouter } from './create-router.js';

/** Where `@signport/elements` keeps its bundles: its workspace folder, or the installed package. */
export const defaultElementsDir = join(
  dirname(createRequire(import.meta.url).resolve('@signport/elements/package.json')),
  'dist',
);

/** `signport.3f9a1c2b7d4e.js`: the build's content-hashed copies, whose bytes never change. */
const HASHED_NAME = /\.[0-9a-f]{12}\.js$/;

/**
 * Serves the built elements (by default `packages/elements/dist`) at `/elements/*` as a CDN would:
 * readable from every origin, in the brotli or gzip encoding the build wrote when the browser
 * accepts it, cached for good under hashed names and revalidated by `ETag` under plain ones.
 */
export function elementsAssetsRoutes(distDir: string): App {
  const app = createRouter();
  app.get('/elements/:file{[A-Za-z0-9_-][A-Za-z0-9._-]*}', async (c, next) => {
    c.set('corsPolicy', 'public');
    const file = c.req.param('file');
    // Read per request (from a cache that follows the files), so a build after start is picked up.
    const asset = await loadElementAsset(distDir, file);
    if (!asset) return next();
    const encoding = negotiateEncoding(
      c.req.header('accept-encoding'),
      Object.keys(asset.encoded) as ('br' | 'gzip')[],
    );
    const body = encoding ? asset.encoded[encoding]! : asset.body;
    const etag = `"${asset.hash}${encoding ? `-${encoding}` : ''}"`;
    const headers: Record<string, string> = {
      'Content-Type': asset.contentType,
      'Cache-Control': HASHED_NAME.test(file)
        ? 'public, max-age=31536000, immutable'
        : 'public, max-age=300',
      ETag: etag,
      Vary: 'Accept-Encoding',
    };
    if (encoding) headers['Content-Encoding'] = encoding;
    const wanted = c.req.header('if-none-match');
    if (
      wanted?.split(/\s*,\s*/).some((tag) => tag === etag || tag === `W/${etag}` || tag === '*')
    ) {
      return c.body(null, 304, headers);
    }
    headers['Content-Length'] = String(body.byteLength);
    return c.body(new Uint8Array(body), 200, headers);
  });
  return app;
}
