import type { Context } from 'hono';

/**
 * Answers 304 when the request's `If-None-Match` already holds `etag`, else 200 with the body
 * `build` makes, which is not computed at all on a 304. Both carry the ETag and `no-cache`, so
 * every poll comes back to ask. `If-None-Match` compares weakly (RFC 9110 §13.1.2).
 */
export async function conditionalJson<T>(
  c: Context,
  etag: string,
  build: () => Promise<T>,
): Promise<Response> {
  const headers = { ETag: etag, 'Cache-Control': 'private, no-cache', Vary: 'Authorization' };
  const candidates = (c.req.header('If-None-Match') ?? '')
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''));
  // Through the context, so the headers middleware set before (the request id) come along.
  if (candidates.includes('*') || candidates.includes(etag)) return c.body(null, 304, headers);
  return c.json(await build(), 200, headers);
}
