import type { App, AppContext } from '../app-context.js';
import { ApiError } from '../platform/errors/api-error.js';
import { statusOf } from '../platform/errors/error-status.js';
import { setHostedPageHeaders } from '../capabilities/hosted-pages/hosted-page-headers.js';
import { loadPageBranding } from '../capabilities/hosted-pages/load-page-branding.js';
import { logoOrigins } from '../capabilities/hosted-pages/logo-origins.js';
import {
  renderLinkErrorPage,
  type LinkErrorReason,
} from '../capabilities/hosted-pages/render-link-error-page.js';
import { renderSigningPage } from '../capabilities/hosted-pages/render-signing-page.js';
import { assertSessionOpen } from '../capabilities/party/assert-session-open.js';
import { findPartyLink } from '../capabilities/party/find-party-link.js';
import { findPartyLocale } from '../capabilities/party/find-party-locale.js';
import { browserLocale } from '../platform/http/browser-locale.js';
import { createRouter } from './create-router.js';

/**
 * `GET /s/{token}`: the page emailed links open when the account has no signing page of its own.
 * The token is in the URL, so the page never sends a Referer and loads nothing from elsewhere.
 */
export function hostedSigningPageRoutes({ db, clock, config }: AppContext): App {
  const app = createRouter();
  app.get('/s/:token', async (c) => {
    const nonce = setHostedPageHeaders(c);
    const token = c.req.param('token');
    const link = /^[A-Za-z0-9_-]{20,100}$/.test(token)
      ? await findPartyLink(db, token, clock())
      : { status: 'unknown' as const };
    // The party's own language when the link tells who they are, else their browser's.
    const lang = (link.status === 'valid' && (await findPartyLocale(db, link))) || browserLocale(c);
    if (link.status !== 'valid') {
      return c.html(
        renderLinkErrorPage({ reason: link.status, nonce, lang }),
        link.status === 'unknown' ? 404 : 410,
      );
    }
    const closed = await assertSessionOpen(db, link, clock()).catch((error: unknown) => {
      if (error instanceof ApiError) return error;
      throw error;
    });
    if (closed) {
      // assertSessionOpen refuses only with the codes this page explains.
      const reason = closed.code as LinkErrorReason;
      return c.html(
        renderLinkErrorPage({ reason, nonce, lang }),
        statusOf(closed.code) === 409 ? 409 : 410,
      );
    }
    // The sender's brokerage, logo and colour; their logo's origin is the one more image source.
    const branding = await loadPageBranding(db, link.accountId, { sessionId: link.sessionId });
    const brandedNonce = setHostedPageHeaders(c, { imageOrigins: logoOrigins(branding) });
    return c.html(
      renderSigningPage({
        publicUrl: config.publicUrl,
        token,
        nonce: brandedNonce,
        lang,
        branding,
      }),
    );
  });
  return app;
}
