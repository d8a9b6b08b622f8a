import { randomBytes } from 'node:crypto';
import type { Context } from 'hono';

export interface PageCspOptions {
  /** Where the page's forms may post: nowhere by default, `'self'` for a form that posts back. */
  formAction?: "'none'" | "'self'";
  /** Where else images may come from, e.g. the origin of the sender's logo on a branded page. */
  imageOrigins?: string[];
}

/**
 * The strictest policy, for an HTML answer whose route set none: nothing loads, runs or posts.
 * Every page of ours sets its own; this only guards a page added without one.
 */
export const FALLBACK_PAGE_CSP =
  "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * The Content-Security-Policy of a page served by Signport: scripts only from this server, one inline
 * stylesheet allowed by a fresh nonce, nothing from elsewhere, never framed.
 *
 * @returns the nonce for the page's `<style nonce>`.
 */
export function setPageCsp(
  c: Context,
  { formAction = "'none'", imageOrigins = [] }: PageCspOptions = {},
): string {
  const nonce = randomBytes(16).toString('base64');
  c.header(
    'Content-Security-Policy',
    [
      "default-src 'none'",
      "script-src 'self'",
      `style-src 'self' 'nonce-${nonce}'`,
      ["img-src 'self' data: blob:", ...imageOrigins].join(' '),
      "connect-src 'self'",
      "font-src 'self'",
      "base-uri 'none'",
      `form-action ${formAction}`,
      "frame-ancestors 'none'",
    ].join('; '),
  );
  return nonce;
}

/**
 * The headers of a hosted page that carries a secret in its URL: no Referer, nothing loaded from
 * elsewhere, never cached or framed.
 *
 * @returns the nonce of the page's inline stylesheet.
 */
export function setHostedPageHeaders(c: Context, options: PageCspOptions = {}): string {
  c.header('Referrer-Policy', 'no-referrer');
  c.header('Cache-Control', 'no-store');
  return setPageCsp(c, options);
}
