import { createRoute } from '@hono/zod-openapi';
import { OriginCheck } from '@signport/core';
import type { App, AppContext } from '../app-context.js';
import { originAllowedForSomeAccount } from '../capabilities/accounts/origin-allowed-for-some-account.js';
import { createRouter } from './create-router.js';

/**
 * Tells a page whether its origin is allowed. A browser reports a refused CORS preflight to the
 * page as a bare network failure; this answer is readable from any origin (a simple GET, no
 * credentials), so the elements can then say which origin to add instead of blaming the network.
 * It reveals no more than a preflight does.
 */
export function originCheckRoutes({ db, clock, config }: AppContext): App {
  const app = createRouter();
  const isOriginAllowed = originAllowedForSomeAccount(db, { clock });
  const ownOrigin = new URL(config.publicUrl).origin;
  app.openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags: ['System'],
      summary: 'Is the calling page’s origin allowed?',
      description:
        'Public and readable from any origin. What the elements ask after a request failed at the ' +
        'network level, to tell a refused origin from an unreachable server.',
      security: [],
      responses: {
        200: {
          description: 'The origin and whether it is allowed',
          content: { 'application/json': { schema: OriginCheck } },
        },
      },
    }),
    async (c) => {
      c.set('corsPolicy', 'public');
      const origin = c.req.header('Origin') ?? null;
      const allowed = origin === null || origin === ownOrigin || (await isOriginAllowed(origin));
      c.header('Cache-Control', 'no-store');
      return c.json({ origin, allowed }, 200);
    },
  );
  return app;
}
