import { createMiddleware } from 'hono/factory';

/** Hono's secure-headers defaults, which every answer carries. */
export const SECURITY_HEADERS: ReadonlyArray<readonly [name: string, value: string]> = [
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Origin-Agent-Cluster', '?1'],
  ['Referrer-Policy', 'no-referrer'],
  ['Strict-Transport-Security', 'max-age=15552000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-DNS-Prefetch-Control', 'off'],
  ['X-Download-Options', 'noopen'],
  ['X-Frame-Options', 'SAMEORIGIN'],
  ['X-Permitted-Cross-Domain-Policies', 'none'],
  ['X-XSS-Protection', '0'],
];
const RESOURCE_POLICY = 'Cross-Origin-Resource-Policy';
/** No route sets it itself: its absence tells an answer built without the context. */
const MARKER = 'Origin-Agent-Cluster';

export interface SecurityHeadersOptions {
  /** Paths whose answers other origins may load (`Cross-Origin-Resource-Policy: cross-origin`). */
  isCrossOriginResource: (path: string) => boolean;
}

/**
 * Sets the security headers on every answer; a header the route set itself wins (template page
 * images answer CORP `cross-origin` so another origin's <sign-session> can show them).
 *
 * They are set before the route runs, so an answer made through the context (`c.json`, `c.body`,
 * errors) is born with them; only an answer built as a bare `Response` gets the ones it lacks
 * afterwards. Every poll of every open signing screen passes here, and setting them after the fact
 * on each answer costs as much as the poll's own database reads.
 *
 * @example
 * app.use(securityHeaders({ isCrossOriginResource: (path) => path.startsWith('/elements/') }));
 */
export function securityHeaders({ isCrossOriginResource }: SecurityHeadersOptions) {
  return createMiddleware(async (c, next) => {
    const resourcePolicy = isCrossOriginResource(c.req.path) ? 'cross-origin' : 'same-origin';
    for (const [name, value] of SECURITY_HEADERS) c.header(name, value);
    c.header(RESOURCE_POLICY, resourcePolicy);
    await next();
    const { headers } = c.res;
    if (headers.has(MARKER)) return;
    for (const [name, value] of SECURITY_HEADERS) if (!headers.has(name)) headers.set(name, value);
    if (!headers.has(RESOURCE_POLICY)) headers.set(RESOURCE_POLICY, resourcePolicy);
  });
}
