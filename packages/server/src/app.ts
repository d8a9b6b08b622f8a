import { OpenAPIHono } from '@hono/zod-openapi';
import { except } from 'hono/combine';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { originAllowedForSomeAccount } from './accounts/origin-allowed-for-some-account.js';
import type { App, AppContext } from './app-context.js';
import type { AppEnv } from './app-env.js';
import { systemClock, type Clock } from './clock.js';
import type { Config } from './config.js';
import type { Database } from './db/open-database.js';
import { embedTokenKey } from './embed-tokens/embed-token-key.js';
import { ApiError } from './errors/api-error.js';
import { createErrorHandler, notFoundHandler, renderError } from './errors/error-handler.js';
import { validationError } from './errors/validation-error.js';
import { silentLogger, type Logger } from './logger.js';
import { corsAllowlist } from './middleware/cors-allowlist.js';
import { jsonBody } from './middleware/json-body.js';
import { requestLog } from './middleware/request-log.js';
import { registerApiDocsRoutes } from './routes/api-docs.js';
import { registerDevMailboxRoutes } from './routes/dev-mailbox.js';
import { defaultElementsDir, registerElementsAssetsRoutes } from './routes/elements-assets.js';
import { registerEmbedTokenRoutes } from './routes/embed-tokens.js';
import { registerHealthRoutes } from './routes/health.js';
import { registerMeRoutes } from './routes/me.js';
import { registerUserRoutes } from './routes/users.js';

export interface AppDeps {
  db: Database;
  config: Config;
  /** Defaults to silence, which suits tests; `main.ts` passes a JSON logger. */
  logger?: Logger;
  clock?: Clock;
  /** The built elements served at `/elements/*` (default: `packages/elements/dist`). */
  elementsDir?: string;
}

/**
 * Builds the Signport HTTP app without listening: tests drive it with `app.request()`, `main.ts`
 * serves it with @hono/node-server.
 *
 * @example
 * const app = createApp({ db, config: loadConfig() });
 * const res = await app.request('/healthz');
 */
export function createApp({
  db,
  config,
  logger = silentLogger,
  clock = systemClock,
  elementsDir = defaultElementsDir,
}: AppDeps): App {
  const context: AppContext = {
    db,
    config,
    logger,
    clock,
    signer: { getKey: embedTokenKey(db, config.secret), issuer: config.publicUrl },
  };
  const app: App = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error);
    },
  });

  app.use(requestId({ limitLength: 128 }), requestLog({ logger }));
  app.use('/elements/*', secureHeaders({ crossOriginResourcePolicy: 'cross-origin' }));
  app.use('*', except('/elements/*', secureHeaders()));
  app.use(corsAllowlist({ isOriginAllowed: originAllowedForSomeAccount(db, { clock }) }));
  app.use(
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, methods) =>
        renderError(
          c,
          new ApiError(
            405,
            'method_not_allowed',
            `Use ${methods.join(', ')} for ${c.req.path}.`,
            undefined,
            {
              Allow: methods.join(', '),
            },
          ),
        ),
    }),
  );
  app.use('/v1/*', jsonBody());

  registerHealthRoutes(app);
  registerUserRoutes(app, context);
  registerEmbedTokenRoutes(app, context);
  registerMeRoutes(app, context);
  registerApiDocsRoutes(app, context);
  registerElementsAssetsRoutes(app, elementsDir);
  if (config.nodeEnv !== 'production') registerDevMailboxRoutes(app, context);

  app.notFound(notFoundHandler);
  app.onError(createErrorHandler(logger));
  return app;
}
