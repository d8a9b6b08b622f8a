import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { DelegationScopeSchema, Me, SenderChoices } from '@signport/core';
import type { App, AppContext } from '../app-context.js';
import { listMySenders } from '../capabilities/delegations/list-my-senders.js';
import { embedTokenAuth } from '../middleware/embed-token-auth.js';
import { getMe } from '../capabilities/users/get-me.js';
import { errorResponses } from './error-responses.js';
import { createRouter } from './create-router.js';

/** The embed token's user, and the senders that user may act for. */
export function meRoutes({ db, clock, signer }: AppContext): App {
  const app = createRouter();
  const route = createRoute({
    method: 'get',
    path: '/',
    tags: ['Embed tokens'],
    summary: 'The embed token’s user',
    description:
      'The user the embed token was minted for, and their account. Callable from an allowed origin.',
    security: [{ embedToken: [] }],
    middleware: [embedTokenAuth({ db, signer, clock })] as const,
    responses: {
      200: { description: 'The user and account', content: { 'application/json': { schema: Me } } },
      ...errorResponses(401, 403),
    },
  });

  app.openapi(route, async (c) => c.json(await getMe(db, c.var.principal), 200));

  const senders = createRoute({
    method: 'get',
    path: '/senders',
    tags: ['Delegations'],
    summary: 'Senders the caller may act for',
    description:
      'The caller first (`self`), then every principal with an active delegation to the caller, by ' +
      'name, each with the scopes granted. With `scope`, only principals holding it. What `<sender-picker>` lists.',
    security: [{ embedToken: [] }],
    middleware: [embedTokenAuth({ db, signer, clock })] as const,
    request: {
      query: z.object({
        scope: DelegationScopeSchema.optional().meta({
          description: 'Keep the principals who granted this scope',
        }),
      }),
    },
    responses: {
      200: {
        description: 'The caller, then their principals',
        content: { 'application/json': { schema: SenderChoices } },
      },
      ...errorResponses(400, 401, 403),
    },
  });

  app.openapi(senders, async (c) =>
    c.json({ senders: await listMySenders(db, c.var.principal, c.req.valid('query').scope) }, 200),
  );
  return app;
}
