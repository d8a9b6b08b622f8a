import { Hono, type Context } from 'hono';
import type { ApiClient } from '@signport/core/client';
import { findDemoUser } from '../demo-users.js';
import { brokerageLogoSvg, userLogoSvg } from './assets/logos.js';
import { portalPageCss } from './assets/portal-page-css.js';
import { signPageCss } from './assets/sign-page-css.js';
import { siteCss } from './assets/site-css.js';
import { workspacePageCss } from './assets/workspace-page-css.js';
import { applyRoute } from './apply-route.js';
import { clientLoginRoute } from './client-login-route.js';
import { currentUser } from './current-user.js';
import { embedTokenRoute } from './embed-token-route.js';
import { layout } from './layout.js';
import { onBehalfRoute } from './on-behalf-route.js';
import { elementPage } from './pages/element-page.js';
import { galleryRoute } from './gallery-route.js';
import { homePage } from './pages/home-page.js';
import { signRoute } from './sign-route.js';
import { elementPages } from './site-pages.js';
import { switchUserRoute } from './switch-user-route.js';
import { teamPlansRoute } from './team-plans-route.js';
import { templatesRoute } from './templates-route.js';
import { workspaceRoutes } from './workspace-routes.js';

export interface SiteOptions {
  /** Base URL of the Signport API, a different origin from this site. */
  apiUrl: string;
  /** Client for the API authenticated with the account's secret key; used server-side only. */
  hostApi: ApiClient;
  /** The bundled page script (see build-page-script.ts). */
  pageScript: string;
  /** The seeded purchase agreement template sent from "Sign a document". */
  purchaseAgreementTemplateId?: string | undefined;
  /** The demo's Signport account, whose clients sign in on "/portal". */
  accountId: string;
  /** The client "Client login" sets up by default (Olivia Owner). */
  portalClientId: string;
  /** The seeded Shoreline Team shown on "Team plans". */
  teamId: string | undefined;
  /** The rental application's public web form, filled on "/apply". */
  rentalFormSlug: string;
}

/** Shoreline Realty's website: pages, its tiny backend, and its static assets. */
export function createSiteApp({
  apiUrl,
  hostApi,
  pageScript,
  purchaseAgreementTemplateId,
  accountId,
  portalClientId,
  teamId,
  rentalFormSlug,
}: SiteOptions) {
  const app = new Hono();
  const asset = (c: Context, body: string, type: string) =>
    c.body(body, 200, { 'content-type': type, 'cache-control': 'no-cache' });

  app.get('/assets/site.css', (c) =>
    asset(c, siteCss + signPageCss + portalPageCss + workspacePageCss, 'text/css; charset=utf-8'),
  );
  app.get('/assets/page.js', (c) => asset(c, pageScript, 'text/javascript; charset=utf-8'));
  app.get('/assets/logo.svg', (c) => asset(c, brokerageLogoSvg, 'image/svg+xml'));
  app.get('/assets/logos/:file{[a-z]+\\.svg}', (c) => {
    const user = findDemoUser(c.req.param('file').replace(/\.svg$/, ''));
    return user ? asset(c, userLogoSvg(user), 'image/svg+xml') : c.notFound();
  });

  app.route('/', switchUserRoute);
  app.route('/', embedTokenRoute(hostApi));
  app.route('/', signRoute({ apiUrl, templateId: purchaseAgreementTemplateId }));
  app.route('/', clientLoginRoute({ apiUrl, hostApi, accountId, defaultClientId: portalClientId }));
  app.route('/', teamPlansRoute({ apiUrl, hostApi, teamId }));
  app.route('/', onBehalfRoute({ apiUrl }));
  app.route('/', applyRoute({ apiUrl, formSlug: rentalFormSlug }));
  app.route('/', templatesRoute({ apiUrl }));
  app.route('/', workspaceRoutes({ apiUrl }));
  app.route('/', galleryRoute({ apiUrl }));

  app.get('/', (c) => {
    const user = currentUser(c);
    return c.html(
      layout({ title: 'Home', path: '/', user, apiUrl, content: homePage({ user, apiUrl }) }),
    );
  });
  // Pages with their own route are served above; the others show a placeholder for their element.
  const builtPages = new Set([
    '/sign',
    '/client-login',
    '/team-plans',
    '/send-on-behalf',
    '/dashboard',
    '/apply',
    '/templates',
    '/clients',
    '/tasks',
  ]);
  for (const page of elementPages.filter(({ path }) => !builtPages.has(path))) {
    app.get(page.path, (c) =>
      c.html(
        layout({
          title: page.label,
          path: page.path,
          user: currentUser(c),
          apiUrl,
          content: elementPage(page),
        }),
      ),
    );
  }

  app.notFound((c) => c.text('Not found', 404));
  return app;
}
