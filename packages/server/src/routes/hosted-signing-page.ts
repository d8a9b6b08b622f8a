import { randomBytes } from 'node:crypto';
import type { App, AppContext } from '../app-context.js';
import { renderLinkErrorPage } from '../hosted-pages/render-link-error-page.js';
import { renderSigningPage } from '../hosted-pages/render-signing-page.js';
import { findPartyLink } from '../party/find-party-link.js';

/**
 * `GET /s/{token}`: the page emailed links open when the account has no signing page of its own.
 * The token is in the URL, so the page never sends a Referer and loads nothing from elsewhere.
 */
export function registerHostedSigningPageRoutes(app: App, { db, clock, config }: AppContext): void {
  app.get('/s/:token', async (c) => {
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
    const token = c.req.param('token');
    const link = /^[A-Za-z0-9_-]{20,100}$/.test(token)
      ? await findPartyLink(db, token, clock())
      : { status: 'unknown' as const };
    if (link.status !== 'valid') {
      return c.html(
        renderLinkErrorPage({ reason: link.status, nonce }),
        link.status === 'unknown' ? 404 : 410,
      );
    }
    return c.html(renderSigningPage({ publicUrl: config.publicUrl, token, nonce }));
  });
}
