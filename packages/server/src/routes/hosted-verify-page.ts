import { readFileSync } from 'node:fs';
import type { App } from '../app-context.js';
import { setHostedPageHeaders } from '../capabilities/hosted-pages/hosted-page-headers.js';
import {
  renderVerifyPage,
  VERIFY_PAGE_SCRIPT_PATH,
} from '../capabilities/hosted-pages/render-verify-page.js';
import { browserLocale } from '../platform/http/browser-locale.js';
import { createRouter } from './create-router.js';

const script = readFileSync(
  new URL('../capabilities/hosted-pages/assets/verify-page.js', import.meta.url),
);

/**
 * `GET /verify`: where the completed email sends people to check a sealed PDF, and its script
 * (served from here because the page's policy runs no inline script).
 */
export function hostedVerifyPageRoutes(): App {
  const app = createRouter();
  app.get('/verify', (c) =>
    c.html(renderVerifyPage({ nonce: setHostedPageHeaders(c), lang: browserLocale(c) })),
  );
  app.get(VERIFY_PAGE_SCRIPT_PATH, (c) => {
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=300');
    c.header('X-Content-Type-Options', 'nosniff');
    return c.body(script);
  });
  return app;
}
