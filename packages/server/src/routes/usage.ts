import { createRoute } from '@hono/zod-openapi';
import { UsageQuery, UsageReport, usageMonth } from '@signport/core';
import type { App, AppContext } from '../app-context.js';
import { userOrSecretKeyAuth } from '../middleware/user-or-secret-key-auth.js';
import { getUsageReport } from '../capabilities/usage/get-usage-report.js';
import { errorResponses } from './error-responses.js';
import { createRouter } from './create-router.js';

/** Credits used and left per agent. */
export function usageRoutes({ db, clock, signer }: AppContext): App {
  const app = createRouter();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags: ['Team plans'],
      summary: 'Credits used and left per agent',
      description:
        'Email credits (5,000 a month unless upgraded) and SMS credits per agent for one calendar ' +
        'month (UTC, default the current one). A user sees themselves and their teams’ members; ' +
        'the secret key every team member and every agent who used credits.',
      security: [{ embedToken: [] }, { secretKey: [] }] as Record<string, string[]>[],
      middleware: userOrSecretKeyAuth({ db, signer, clock }),
      request: { query: UsageQuery },
      responses: {
        200: {
          description: 'The report',
          content: { 'application/json': { schema: UsageReport } },
        },
        ...errorResponses(400, 401, 403),
      },
    }),
    async (c) => {
      const month = c.req.valid('query').month ?? usageMonth(clock());
      return c.json(await getUsageReport(db, c.var.caller, month), 200);
    },
  );
  return app;
}
