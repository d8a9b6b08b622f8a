import { createRoute } from '@hono/zod-openapi';
import { UnreadClientMessages } from '@signport/core';
import type { App, AppContext } from '../app-context.js';
import { countUnreadClientMessages } from '../capabilities/clients/count-unread-client-messages.js';
import { userOrSecretKeyAuth } from '../middleware/user-or-secret-key-auth.js';
import { clientRouteSecurity } from './clients/client-params.js';
import { errorResponses } from './error-responses.js';
import { createRouter } from './create-router.js';

/** How many portal messages from clients the agent has not read yet. */
export function clientMessageRoutes({ db, clock, signer }: AppContext): App {
  const app = createRouter();
  const auth = userOrSecretKeyAuth({ db, signer, clock });
  const common = {
    tags: ['Clients'],
    security: clientRouteSecurity,
  };

  app.openapi(
    createRoute({
      ...common,
      middleware: [auth] as const,
      method: 'get',
      path: '/unread',
      summary: 'Unread client messages',
      description:
        'Messages clients sent from the portal that are not marked read: the agent’s own clients with an ' +
        'embed token, every client with the secret key.',
      responses: {
        200: {
          description: 'The unread count',
          content: { 'application/json': { schema: UnreadClientMessages } },
        },
        ...errorResponses(401, 403),
      },
    }),
    async (c) => c.json(await countUnreadClientMessages(db, c.var.caller), 200),
  );
  return app;
}
