import { methodNotAllowed } from 'hono/method-not-allowed';
import { requestId } from 'hono/request-id';
import { originAllowedForSomeAccount } from './capabilities/accounts/origin-allowed-for-some-account.js';
import type { App, AppContext } from './app-context.js';
import { systemClock, type Clock } from './platform/clock.js';
import type { Config } from './platform/config.js';
import type { Database } from './platform/db/open-database.js';
import { embedTokenKey } from './capabilities/embed-tokens/embed-token-key.js';
import { blobStoreFactory } from './platform/blobs/blob-store-factory.js';
import { localizeErrorMessage } from './capabilities/languages/translate-error.js';
import { ApiError } from './platform/errors/api-error.js';
import {
  createErrorHandler,
  notFoundHandler,
  renderError,
} from './platform/errors/error-handler.js';
import { silentLogger, type Logger } from './platform/logger.js';
import { closeAfterRefusedBody } from './middleware/close-after-refused-body.js';
import { corsAllowlist } from './middleware/cors-allowlist.js';
import { fallbackPageCsp } from './middleware/fallback-page-csp.js';
import { idempotency } from './middleware/idempotency.js';
import { jsonBody } from './middleware/json-body.js';
import { requestIdOnEveryAnswer } from './middleware/request-id-on-every-answer.js';
import { requestLog } from './middleware/request-log.js';
import { securityHeaders } from './middleware/security-headers.js';
import { accountRoutes } from './routes/account.js';
import { registerApiDocsRoutes } from './routes/api-docs.js';
import { clauseRoutes } from './routes/clauses.js';
import { clientMessageRoutes } from './routes/client-messages.js';
import { clientRoutes } from './routes/clients/index.js';
import { contactRoutes } from './routes/contacts.js';
import { createRouter } from './routes/create-router.js';
import { delegationRoutes } from './routes/delegations.js';
import { devMailboxRoutes } from './routes/dev-mailbox.js';
import { devSmsRoutes } from './routes/dev-sms.js';
import { defaultElementsDir, elementsAssetsRoutes } from './routes/elements-assets.js';
import { embedTokenRoutes } from './routes/embed-tokens.js';
import { formRoutes } from './routes/forms.js';
import { healthRoutes } from './routes/health.js';
import { hostedFormPageRoutes } from './routes/hosted-form-page.js';
import { homePageRoutes } from './routes/home-page.js';
import { hostedSigningPageRoutes } from './routes/hosted-signing-page.js';
import { hostedVerifyPageRoutes } from './routes/hosted-verify-page.js';
import { instructionRoutes } from './routes/instructions.js';
import { meRoutes } from './routes/me.js';
import { originCheckRoutes } from './routes/origin-check.js';
import { partyRoutes } from './routes/party/index.js';
import { planRoutes } from './routes/plans/index.js';
import { portalActivationPageRoutes } from './routes/portal-activation-page.js';
import { portalRoutes } from './routes/portal/index.js';
import { propertyRoutes } from './routes/properties.js';
import { sessionRoutes } from './routes/sessions/index.js';
import { smsInboundRoutes } from './routes/sms-inbound.js';
import { accountSmsSettingsRoutes } from './routes/sms-settings.js';
import { taskRoutes } from './routes/tasks.js';
import { teamRoutes } from './routes/teams/index.js';
import { templateRoutes } from './routes/templates/index.js';
import { unsubscribePageRoutes } from './routes/unsubscribe-page.js';
import { usageRoutes } from './routes/usage.js';
import { userRoutes } from './routes/users.js';
import { verifyRoutes } from './routes/verify.js';
import { webhookRoutes } from './routes/webhooks.js';

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
    blobStoreFor: blobStoreFactory(config.blobStore, clock),
  };
  const app = createRouter();

  app.use(
    requestId({ limitLength: 128 }),
    requestIdOnEveryAnswer,
    requestLog({ logger }),
    closeAfterRefusedBody,
    fallbackPageCsp,
  );
  // The elements' scripts load on hosts' pages, another origin.
  app.use(securityHeaders({ isCrossOriginResource: (path) => path.startsWith('/elements/') }));
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

  // One module per resource, mounted at its path (docs/architecture.md lists them).
  app.route('/healthz', healthRoutes());
  app.route('/v1/origin-check', originCheckRoutes(context));
  // The host's backend, with its secret key
  app.route('/v1/account', accountRoutes(context));
  app.route('/v1/users', userRoutes(context));
  app.route('/v1/embed-tokens', embedTokenRoutes(context));
  // Users in the elements, with an embed token
  app.route('/v1/me', meRoutes(context));
  app.route('/v1/delegations', delegationRoutes(context));
  app.route('/v1/contacts', contactRoutes(context));
  app.route('/v1/instructions', instructionRoutes(context));
  app.route('/v1/clauses', clauseRoutes(context));
  // Signing
  app.route('/v1/templates', templateRoutes(context));
  app.route('/v1/forms', formRoutes(context));
  app.route('/v1/sessions', sessionRoutes(context));
  app.route('/v1/party', partyRoutes(context));
  app.route('/v1/verify', verifyRoutes(context));
  app.route('/v1/webhooks', webhookRoutes(context));
  // Clients and their portal
  app.route('/v1/clients', clientRoutes(context));
  app.route('/v1/client-messages', clientMessageRoutes(context));
  app.route('/v1/properties', propertyRoutes(context));
  app.route('/v1/portal', portalRoutes(context));
  // Team plans
  app.route('/v1/teams', teamRoutes(context));
  app.route('/v1/plans', planRoutes(context));
  app.route('/v1/tasks', taskRoutes(context));
  app.route('/v1/usage', usageRoutes(context));
  app.route('/v1/sms/inbound', smsInboundRoutes(context));
  app.route('/v1/account/sms-settings', accountSmsSettingsRoutes(context));
  // Pages and files served to browsers
  app.route('/', homePageRoutes(context));
  app.route('/', hostedSigningPageRoutes(context));
  app.route('/', hostedFormPageRoutes(context));
  app.route('/', hostedVerifyPageRoutes());
  app.route('/', portalActivationPageRoutes(context));
  app.route('/', unsubscribePageRoutes(context));
  app.route('/', elementsAssetsRoutes(elementsDir));
  if (config.nodeEnv !== 'production') {
    // The SMS outbox first: `/dev/mailbox/sms` would otherwise be read as a message id.
    app.route('/', devSmsRoutes(context));
    app.route('/', devMailboxRoutes(context));
  }
  // Last: the document describes every route mounted above.
  registerApiDocsRoutes(app, context);

  app.notFound(notFoundHandler);
  // Refusals a party or client reads next to a field come in the language their browser asks for.
  app.onError(
    createErrorHandler(logger, (c, message) =>
      localizeErrorMessage(c.req.header('Accept-Language'), message),
    ),
  );
  return app;
}
