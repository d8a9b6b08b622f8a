import type { App, AppContext } from '../app-context.js';
import type { OpenApiDocument } from '../platform/api-reference/openapi-types.js';
import { renderApiReference } from '../platform/api-reference/render-api-reference.js';
import { setPageCsp } from '../capabilities/hosted-pages/hosted-page-headers.js';
import { completeApiDocument } from './complete-api-document.js';
import { registerWebhookEvents } from './webhook-events-document.js';
import { documentIdempotencyKey } from '../capabilities/idempotency/document-idempotency-key.js';
import { errorCatalogue } from '../platform/errors/error-catalogue.js';
import { serverVersion } from '../platform/version.js';

const DOCUMENT_PATH = '/v1/openapi.json';

/**
 * Serves the OpenAPI 3.1 document and its HTML reference. @hono/zod-openapi builds the document from
 * the routes' core zod schemas (plain zod v4, named through `.meta({ id })`), so it cannot drift from
 * what the server validates. Register this after every documented route.
 */
export function registerApiDocsRoutes(app: App, { config }: AppContext): void {
  app.openAPIRegistry.registerComponent('securitySchemes', 'secretKey', {
    type: 'http',
    scheme: 'bearer',
    description:
      'Your account secret key (`sk_…`), from your backend only: `Authorization: Bearer sk_…`.',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'embedToken', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description:
      'A short-lived embed token from `POST /v1/embed-tokens`, used by the elements in the browser.',
  });

  registerWebhookEvents(app);

  let document: OpenApiDocument | undefined;
  const getDocument = (): OpenApiDocument =>
    (document ??= documentIdempotencyKey(
      completeApiDocument(
        app.getOpenAPI31Document({
          openapi: '3.1.0',
          info: {
            title: 'Signport API',
            version: serverVersion,
            description: 'Embeddable e-signature and client portal for real-estate platforms.',
            license: { name: 'MIT', url: 'https://opensource.org/license/mit' },
          },
          servers: [{ url: config.publicUrl }],
        }) as OpenApiDocument,
      ),
    ));

  app.get(DOCUMENT_PATH, (c) => c.json(getDocument()));
  app.get('/docs', (c) =>
    c.html(renderApiReference(getDocument(), DOCUMENT_PATH, setPageCsp(c), errorCatalogue)),
  );
}
