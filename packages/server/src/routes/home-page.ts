import type { App, AppContext } from '../app-context.js';
import { setPageCsp } from '../capabilities/hosted-pages/hosted-page-headers.js';
import { renderHomePage } from '../capabilities/hosted-pages/render-home-page.js';
import { createRouter } from './create-router.js';

/** `GET /`: a small page saying what this server is, linking the API reference, guides and demo. */
export function homePageRoutes({ config }: AppContext): App {
  const app = createRouter();
  app.get('/', (c) =>
    c.html(
      renderHomePage({
        nonce: setPageCsp(c),
        demoUrl: config.demoUrl,
        devMailbox: config.nodeEnv !== 'production',
      }),
    ),
  );
  return app;
}
