import type { App, AppContext } from '../app-context.js';
import { ApiError } from '../platform/errors/api-error.js';
import { findFormBySlug } from '../capabilities/forms/find-form-by-slug.js';
import { setHostedPageHeaders } from '../capabilities/hosted-pages/hosted-page-headers.js';
import { loadPageBranding } from '../capabilities/hosted-pages/load-page-branding.js';
import { logoOrigins } from '../capabilities/hosted-pages/logo-origins.js';
import { renderFormPage } from '../capabilities/hosted-pages/render-form-page.js';
import { renderLinkErrorPage } from '../capabilities/hosted-pages/render-link-error-page.js';
import { renderNotFoundPage } from '../capabilities/hosted-pages/render-not-found-page.js';
import { browserLocale } from '../platform/http/browser-locale.js';
import { createRouter } from './create-router.js';

/** `GET /f/{slug}`: a public web form on the server's own page, for accounts without a site of their own. */
export function hostedFormPageRoutes({ db, config }: AppContext): App {
  const app = createRouter();
  app.get('/f/:slug', async (c) => {
    const nonce = setHostedPageHeaders(c);
    const slug = c.req.param('slug');
    const lang = browserLocale(c);
    const found = /^[a-z0-9-]{1,100}$/.test(slug)
      ? await findFormBySlug(db, slug).catch((error: unknown) => {
          if (error instanceof ApiError && error.code === 'not_found') return undefined;
          throw error;
        })
      : undefined;
    if (!found) return c.html(renderNotFoundPage({ nonce, lang }), 404);
    if (!found.form.publishedAt) {
      return c.html(renderLinkErrorPage({ reason: 'form_unpublished', nonce, lang }), 410);
    }
    // The form's owner sends what it starts: their brokerage, logo and colour head the page.
    const branding = await loadPageBranding(db, found.template.accountId, {
      userId: found.template.ownerId,
    });
    return c.html(
      renderFormPage({
        publicUrl: config.publicUrl,
        slug,
        title: found.template.name,
        nonce: setHostedPageHeaders(c, { imageOrigins: logoOrigins(branding) }),
        lang,
        branding,
      }),
    );
  });
  return app;
}
