import { randomBytes } from 'node:crypto';
import type { Context } from 'hono';

/**
 * The headers of a hosted page that carries a secret in its URL: no Referer, nothing loaded from
 * elsewhere, never cached or framed.
 *
 * @returns the nonce of the page's inline stylesheet.
 */
export function setHostedPageHeaders(c: Context): string {
  const nonce = randomBytes(16).toString('base64');
  c.header('Referrer-Policy', 'no-referrer');
  c.header(
    'Content-Security-Policy',
    [
      "default-src 'none'",
      "script-src 'self'",
      `style-src 'self' 'nonce-${nonce}'`,
      "img-src 'self' data: blob:",
      "connect-src 'self'",
      "font-src 'self'",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
    ].join('; '),
  );
  c.header('Cache-Control', 'no-store');
  return nonce;
}
