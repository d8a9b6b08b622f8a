import { createMiddleware } from 'hono/factory';
import { FALLBACK_PAGE_CSP } from '../capabilities/hosted-pages/hosted-page-headers.js';

/** Gives any HTML answer that has no Content-Security-Policy the strictest one. */
export const fallbackPageCsp = createMiddleware(async (c, next) => {
  await next();
  const isHtml = /^text\/html\b/i.test(c.res.headers.get('Content-Type') ?? '');
  if (isHtml && !c.res.headers.has('Content-Security-Policy')) {
    c.header('Content-Security-Policy', FALLBACK_PAGE_CSP);
  }
});
