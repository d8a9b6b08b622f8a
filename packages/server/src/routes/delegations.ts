import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { CreateDelegationRequest, Delegation, DelegationList, Id } from '@signport/core';
import type { App, AppContext } from '../app-context.js';
import { createDelegation } from '../capabilities/delegations/create-delegation.js';
import { listDelegations } from '../capabilities/delegations/list-delegations.js';
import { revokeDelegation } from '../capabilities/delegations/revoke-delegation.js';
import { userOrSecretKeyAuth } from '../middleware/user-or-secret-key-auth.js';
import { errorResponses } from './error-responses.js';
import { createRouter } from './create-router.js';

export function delegationRoutes({ db, clock, signer }: AppContext): App {
  const app = createRouter();
  const auth = userOrSecretKeyAuth({ db, signer, clock });
  const common = {
    tags: ['Delegations'],
    security: [{ embedToken: [] }, { secretKey: [] }] as Record<string, string[]>[],
  };

  app.openapi(
    createRoute({
      ...common,
      middleware: [auth] as const,
      method: 'post',
      path: '/',
      summary: 'Grant an assistant scopes',
      description:
        'With an embed token the caller is the principal: they let `assistantId` act for them within ' +
        '`scopes`. With the secret key, name both users. One active delegation per pair (409 otherwise).',
      request: {
        body: {
          required: true,
          content: { 'application/json': { schema: CreateDelegationRequest } },
        },
      },
      responses: {
        201: {
          description: 'The delegation was granted',
          content: { 'application/json': { schema: Delegation } },
        },
        ...errorResponses(400, 401, 403, 404, 413, 415),
        409: {
          ...errorResponses(400)[400],
          description: 'An active delegation already joins these users (`conflict`)',
        },
      },
    }),
    async (c) => {
      const delegation = await createDelegation(
        { db, clock },
        { caller: c.var.caller, input: c.req.valid('json') },
      );
      return c.json(delegation, 201);
    },
  );

  app.openapi(
    createRoute({
      ...common,
      middleware: [auth] as const,
      method: 'get',
      path: '/',
      summary: 'List active delegations',
      description:
        'With an embed token: those where the caller is principal or assistant. With the secret key: every one of the account.',
      responses: {
        200: {
          description: 'The active delegations, oldest first',
          content: { 'application/json': { schema: DelegationList } },
        },
        ...errorResponses(401, 403),
      },
    }),
    async (c) => c.json({ items: await listDelegations(db, c.var.caller) }, 200),
  );

  app.openapi(
    createRoute({
      ...common,
      middleware: [auth] as const,
      method: 'delete',
      path: '/{id}',
      summary: 'Revoke a delegation',
      description:
        'By its principal, its assistant or the secret key. The assistant loses access at once.',
      request: { params: z.object({ id: Id.meta({ description: 'The delegation’s id' }) }) },
      responses: {
        204: { description: 'The delegation was revoked' },
        ...errorResponses(401, 403, 404),
      },
    }),
    async (c) => {
      await revokeDelegation(
        { db, clock },
        { caller: c.var.caller, delegationId: c.req.valid('param').id },
      );
      return c.body(null, 204);
    },
  );
  return app;
}
