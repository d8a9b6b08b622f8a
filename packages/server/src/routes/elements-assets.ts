import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { MiddlewareHandler } from 'hono';
import type { App } from '../app-context.js';
import type { AppEnv } from '../app-env.js';

/** Where `@signport/elements` builds its bundles. */
export const defaultElementsDir = fileURLToPath(new URL('../../../elements/dist', import.meta.url));

/**
 * Serves the built elements (by default `packages/elements/dist`) at `/elements/*` so any host page can load
 * them: readable from every origin and cacheable for a few minutes (file names are not versioned).
 */
export function registerElementsAssetsRoutes(app: App, distDir: string): void {
  let serve: MiddlewareHandler | undefined;
  app.get('/elements/*', async (c, next) => {
    c.set('corsPolicy', 'public');
    // Looked up per request until the bundle exists, so a build after start is picked up.
    if (!serve && existsSync(distDir)) {
      serve = serveStatic<AppEnv>({
        root: distDir,
        rewriteRequestPath: (path) => path.replace(/^\/elements/, ''),
      });
    }
    if (!serve) return next();
    // serveStatic returns the file's Response, or passes on to the not-found handler.
    const found = await serve(c, next);
    if (found instanceof Response) found.headers.set('Cache-Control', 'public, max-age=300');
    return found;
  });
}
