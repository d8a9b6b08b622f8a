import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { ExternalId, UpsertUserRequest, User } from '@signport/core';
import type { App, AppContext } from '../app-context.js';
import { secretKeyAuth } from '../middleware/secret-key-auth.js';
import { setAgentSubscriptions } from '../capabilities/usage/set-agent-subscriptions.js';
import {
  AgentSubscriptions,
  AgentSubscriptionsRequest,
} from '../capabilities/usage/usage-schemas.js';
import { upsertUser } from '../capabilities/users/upsert-user.js';
import { errorResponses } from './error-responses.js';
import { createRouter } from './create-router.js';

/** Your users, by your own id: upsert, and what each agent bought. */
export function userRoutes({ db, clock }: AppContext): App {
  const app = createRouter();
  const route = createRoute({
    method: 'put',
    path: '/{externalId}',
    tags: ['Users'],
    summary: 'Create or update a user',
    description:
      'Creates the user known by your own `externalId`, or replaces its name, email and branding. ' +
      'Call it from your backend whenever the user changes.',
    security: [{ secretKey: [] }],
    middleware: [secretKeyAuth({ db })] as const,
    request: {
      params: z.object({
        externalId: ExternalId.meta({ description: 'Your identifier for the user' }),
      }),
      body: { required: true, content: { 'application/json': { schema: UpsertUserRequest } } },
    },
    responses: {
      200: {
        description: 'The user was updated',
        content: { 'application/json': { schema: User } },
      },
      201: {
        description: 'The user was created',
        content: { 'application/json': { schema: User } },
      },
      ...errorResponses(400, 401, 413, 415),
    },
  });

  app.openapi(route, async (c) => {
    const { user, created } = await upsertUser(
      { db, clock },
      {
        accountId: c.var.account.id,
        externalId: c.req.valid('param').externalId,
        input: c.req.valid('json'),
      },
    );
    return created ? c.json(user, 201) : c.json(user, 200);
  });

  app.openapi(
    createRoute({
      method: 'put',
      path: '/{externalId}/subscriptions',
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
  return app;
}
