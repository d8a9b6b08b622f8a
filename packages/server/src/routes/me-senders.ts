import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { DelegationScopeSchema, SenderChoices } from '@signport/core';
import type { App, AppContext } from '../app-context.js';
import { listMySenders } from '../capabilities/delegations/list-my-senders.js';
import { embedTokenAuth } from '../middleware/embed-token-auth.js';
import { errorResponses } from './error-responses.js';

export function registerMeSendersRoutes(app: App, { db, clock, signer }: AppContext): void {
  const route = createRoute({
    method: 'get',
    path: '/v1/me/senders',
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

  app.openapi(route, async (c) =>
    c.json({ senders: await listMySenders(db, c.var.principal, c.req.valid('query').scope) }, 200),
  );
}
