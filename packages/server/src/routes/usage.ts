import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { ExternalId, UsageQuery, UsageReport, usageMonth } from '@signport/core';
import type { App, AppContext } from '../app-context.js';
import { secretKeyAuth } from '../middleware/secret-key-auth.js';
import { userOrSecretKeyAuth } from '../middleware/user-or-secret-key-auth.js';
import { getUsageReport } from '../capabilities/usage/get-usage-report.js';
import { setAgentSubscriptions } from '../capabilities/usage/set-agent-subscriptions.js';
import {
  AgentSubscriptions,
  AgentSubscriptionsRequest,
} from '../capabilities/usage/usage-schemas.js';
import { errorResponses } from './error-responses.js';

export function registerUsageRoutes(app: App, { db, clock, signer }: AppContext): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/usage',
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

  app.openapi(
    createRoute({
      method: 'put',
      path: '/v1/users/{externalId}/subscriptions',
      tags: ['Team plans'],
      summary: 'Set an agent’s email limit and SMS subscription',
      description:
        'What the agent bought: a monthly email limit above the standard 5,000, and an SMS number ' +
        'with monthly credits. Without an SMS subscription, SMS steps become tasks for the agent.',
      security: [{ secretKey: [] }],
      middleware: [secretKeyAuth({ db })] as const,
      request: {
        params: z.object({ externalId: ExternalId }),
        body: {
          required: true,
          content: { 'application/json': { schema: AgentSubscriptionsRequest } },
        },
      },
      responses: {
        200: {
          description: 'The subscriptions',
          content: { 'application/json': { schema: AgentSubscriptions } },
        },
        ...errorResponses(400, 401, 404, 413, 415),
      },
    }),
    async (c) =>
      c.json(
        await setAgentSubscriptions(
          { db, clock },
          {
            accountId: c.var.account.id,
            externalId: c.req.valid('param').externalId,
            input: c.req.valid('json'),
          },
        ),
        200,
      ),
  );
}
