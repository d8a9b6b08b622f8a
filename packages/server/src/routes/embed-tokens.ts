import { createRoute } from '@hono/zod-openapi';
import { CreateEmbedTokenRequest, EmbedToken } from '@signport/core';
import type { App, AppContext } from '../app-context.js';
import { createEmbedToken } from '../capabilities/embed-tokens/create-embed-token.js';
import { secretKeyAuth } from '../middleware/secret-key-auth.js';
import { errorResponses } from './error-responses.js';
import { createRouter } from './create-router.js';

export function embedTokenRoutes({ db, clock, signer }: AppContext): App {
  const app = createRouter();
  const route = createRoute({
    method: 'post',
    path: '/',
    tags: ['Embed tokens'],
    summary: 'Mint an embed token for a user',
    description:
      'Returns a short-lived JWT for one of your users, to pass to the elements (`token` attribute or ' +
      '`tokenProvider`). Call it from your backend; the user must exist (see `PUT /v1/users/{externalId}`).',
    security: [{ secretKey: [] }],
    middleware: [secretKeyAuth({ db })] as const,
    request: {
      body: {
        required: true,
        content: { 'application/json': { schema: CreateEmbedTokenRequest } },
      },
    },
    responses: {
      201: {
        description: 'The token and when it expires',
        content: { 'application/json': { schema: EmbedToken } },
      },
      ...errorResponses(400, 401, 404, 413, 415),
    },
  });

  app.openapi(route, async (c) => {
    const { externalId, ttlSeconds } = c.req.valid('json');
    const token = await createEmbedToken(
      { db, signer, clock },
      { accountId: c.var.account.id, externalId, ttlSeconds },
    );
    return c.json(token, 201);
  });
  return app;
}
