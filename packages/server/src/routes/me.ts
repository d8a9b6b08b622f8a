import { createRoute } from '@hono/zod-openapi';
import { Me } from '@signport/core';
import type { App, AppContext } from '../app-context.js';
import { embedTokenAuth } from '../middleware/embed-token-auth.js';
import { getMe } from '../capabilities/users/get-me.js';
import { errorResponses } from './error-responses.js';

export function registerMeRoutes(app: App, { db, clock, signer }: AppContext): void {
  const route = createRoute({
    method: 'get',
    path: '/v1/me',
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
}
