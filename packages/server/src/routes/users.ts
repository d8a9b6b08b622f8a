import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { ExternalId, UpsertUserRequest, User } from '@signport/core';
import type { App, AppContext } from '../app-context.js';
import { secretKeyAuth } from '../middleware/secret-key-auth.js';
import { upsertUser } from '../capabilities/users/upsert-user.js';
import { errorResponses } from './error-responses.js';

export function registerUserRoutes(app: App, { db, clock }: AppContext): void {
  const route = createRoute({
    method: 'put',
    path: '/v1/users/{externalId}',
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
}
