import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { Id, PlanDefaultsSchema } from '@signport/core';
import type { App, AppContext } from '../../app-context.js';
import { userOrSecretKeyAuth } from '../../middleware/user-or-secret-key-auth.js';
import { teamAccess } from '../../capabilities/teams/team-access.js';
import { updatePlanDefaults } from '../../capabilities/teams/update-plan-defaults.js';
import { errorResponses } from '../error-responses.js';

export function registerPlanDefaultsRoutes(app: App, { db, clock, signer }: AppContext): void {
  const common = {
    tags: ['Team plans'],
    security: [{ embedToken: [] }, { secretKey: [] }] as Record<string, string[]>[],
    middleware: userOrSecretKeyAuth({ db, signer, clock }),
    request: { params: z.object({ id: Id }) },
  };

  app.openapi(
    createRoute({
      ...common,
      method: 'get',
      path: '/{id}/plan-defaults',
      summary: 'Who carries each plan step type',
      description:
        'For tasks, emails and SMS: `rainmaker` or `contact_assignee`. The designated agent sends the ' +
        'step from their address or number, with their credits, gets the replies, or is assigned the task.',
      responses: {
        200: {
          description: 'The designated agent per step type',
          content: { 'application/json': { schema: PlanDefaultsSchema } },
        },
        ...errorResponses(401, 403, 404),
      },
    }),
    async (c) => {
      const { team } = await teamAccess(db, c.var.caller, c.req.valid('param').id);
      return c.json(team.planDefaults, 200);
    },
  );

  app.openapi(
    createRoute({
      ...common,
      method: 'put',
      path: '/{id}/plan-defaults',
      summary: 'Change who carries each plan step type',
      description:
        'Only the rainmaker and members with enhanced or unlimited permission may (403 `forbidden` ' +
        'otherwise); the secret key always may.',
      request: {
        ...common.request,
        body: { required: true, content: { 'application/json': { schema: PlanDefaultsSchema } } },
      },
      responses: {
        200: {
          description: 'The saved defaults',
          content: { 'application/json': { schema: PlanDefaultsSchema } },
        },
        ...errorResponses(400, 401, 404, 413, 415),
        403: {
          ...errorResponses(403)[403],
          description:
            'A basic member may not change the defaults (`forbidden`), or the origin is not allowed',
        },
      },
    }),
    async (c) => {
      const defaults = await updatePlanDefaults(
        { db, clock },
        c.var.caller,
        c.req.valid('param').id,
        c.req.valid('json'),
      );
      return c.json(defaults, 200);
    },
  );
}
