import { OpenAPIHono } from '@hono/zod-openapi';
import { except } from 'hono/combine';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { originAllowedForSomeAccount } from './capabilities/accounts/origin-allowed-for-some-account.js';
import type { App, AppContext } from './app-context.js';
import type { AppEnv } from './platform/http/app-env.js';
import { systemClock, type Clock } from './platform/clock.js';
import type { Config } from './platform/config.js';
import type { Database } from './platform/db/open-database.js';
import { embedTokenKey } from './capabilities/embed-tokens/embed-token-key.js';
import { ApiError } from './platform/errors/api-error.js';
import {
  createErrorHandler,
  notFoundHandler,
  renderError,
} from './platform/errors/error-handler.js';
import { validationError } from './platform/errors/validation-error.js';
import { silentLogger, type Logger } from './platform/logger.js';
import { closeAfterRefusedBody } from './middleware/close-after-refused-body.js';
import { corsAllowlist } from './middleware/cors-allowlist.js';
import { fallbackPageCsp } from './middleware/fallback-page-csp.js';
import { idempotency } from './middleware/idempotency.js';
import { jsonBody } from './middleware/json-body.js';
import { requestLog } from './middleware/request-log.js';
import { registerApiDocsRoutes } from './routes/api-docs.js';
import { registerDevMailboxRoutes } from './routes/dev-mailbox.js';
import { defaultElementsDir, registerElementsAssetsRoutes } from './routes/elements-assets.js';
import { registerEmbedTokenRoutes } from './routes/embed-tokens.js';
import { registerHealthRoutes } from './routes/health.js';
import { registerMeRoutes } from './routes/me.js';
import { registerClauseRoutes } from './routes/clauses.js';
import { registerContactRoutes } from './routes/contacts.js';
import { registerDelegationRoutes } from './routes/delegations.js';
import { registerInstructionRoutes } from './routes/instructions.js';
import { registerMeSendersRoutes } from './routes/me-senders.js';
import { registerUserRoutes } from './routes/users.js';
import { registerDevSmsRoutes } from './routes/dev-sms.js';
import { registerPlanDefaultsRoutes } from './routes/plan-defaults.js';
import { registerPlanEnrollmentRoutes } from './routes/plan-enrollments.js';
import { registerPlanRoutes } from './routes/plans.js';
import { registerTaskRoutes } from './routes/tasks.js';
import { registerTeamContactRoutes } from './routes/team-contacts.js';
import { registerTeamRoutes } from './routes/teams.js';
import { registerUsageRoutes } from './routes/usage.js';
import { registerClientPortalRoutes } from './routes/client-portal.js';
import { registerAccountRoutes } from './routes/account.js';
import { registerHostedSigningPageRoutes } from './routes/hosted-signing-page.js';
import { registerHostedVerifyPageRoutes } from './routes/hosted-verify-page.js';
import { registerAttachmentRoutes } from './routes/attachments.js';
import { registerPartyRoutes } from './routes/party.js';
import { registerSessionRoutes } from './routes/sessions.js';
import { registerTemplateRoutes } from './routes/templates.js';
import { registerVerifyRoutes } from './routes/verify.js';
import { registerFormRoutes } from './routes/forms.js';
import { registerHostedFormPageRoutes } from './routes/hosted-form-page.js';
import { registerPartyContactRoutes } from './routes/party-contact.js';
import { registerPartyInitialAllRoutes } from './routes/party-initial-all.js';
import { registerSessionHandOffRoutes } from './routes/session-hand-off.js';
import { registerSessionPartyRoutes } from './routes/session-parties.js';
import { registerWebhookRoutes } from './routes/webhooks.js';
import { registerWorkroomRoutes } from './routes/workroom.js';

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

  app.use(
    requestId({ limitLength: 128 }),
    requestLog({ logger }),
    closeAfterRefusedBody,
    fallbackPageCsp,
  );
  app.use('/elements/*', secureHeaders({ crossOriginResourcePolicy: 'cross-origin' }));
  // A route's own header wins: template page images answer CORP `cross-origin` so another origin's
  // <sign-session> can show them.
  app.use('*', except('/elements/*', secureHeaders({ overwrite: false })));
  app.use(
    corsAllowlist({
      isOriginAllowed: originAllowedForSomeAccount(db, { clock }),
      // The portal's refresh token is an HttpOnly cookie, sent cross-site only with credentials.
      allowCredentials: (path) => path.startsWith('/v1/portal/'),
    }),
  );
  app.use(
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, methods) =>
        renderError(
          c,
          new ApiError('method_not_allowed', `Use ${methods.join(', ')} for ${c.req.path}.`, {
            headers: {
              Allow: methods.join(', '),
            },
          }),
        ),
    }),
  );
  app.use('/v1/*', jsonBody());
  app.use('/v1/*', idempotency({ db, signer: context.signer, clock }));

  registerHealthRoutes(app);
  registerUserRoutes(app, context);
  registerEmbedTokenRoutes(app, context);
  registerMeRoutes(app, context);
  registerDelegationRoutes(app, context);
  registerMeSendersRoutes(app, context);
  registerContactRoutes(app, context);
  registerInstructionRoutes(app, context);
  registerClauseRoutes(app, context);
  registerTeamRoutes(app, context);
  registerPlanDefaultsRoutes(app, context);
  registerTeamContactRoutes(app, context);
  registerPlanRoutes(app, context);
  registerPlanEnrollmentRoutes(app, context);
  registerUsageRoutes(app, context);
  registerTaskRoutes(app, context);
  registerClientPortalRoutes(app, context);
  registerAccountRoutes(app, context);
  registerTemplateRoutes(app, context);
  registerSessionRoutes(app, context);
  registerPartyRoutes(app, context);
  registerPartyInitialAllRoutes(app, context);
  registerAttachmentRoutes(app, context);
  registerWorkroomRoutes(app, context);
  registerVerifyRoutes(app, context);
  registerWebhookRoutes(app, context);
  registerHostedSigningPageRoutes(app, context);
  registerHostedVerifyPageRoutes(app);
  registerFormRoutes(app, context);
  registerHostedFormPageRoutes(app, context);
  registerPartyContactRoutes(app, context);
  registerSessionHandOffRoutes(app, context);
  registerSessionPartyRoutes(app, context);
  registerApiDocsRoutes(app, context);
  registerElementsAssetsRoutes(app, elementsDir);
  if (config.nodeEnv !== 'production') registerDevSmsRoutes(app, context);
  if (config.nodeEnv !== 'production') registerDevMailboxRoutes(app, context);

  app.notFound(notFoundHandler);
  app.onError(createErrorHandler(logger));
  return app;
}
