import { registerTeamSmsSettingsRoutes } from '../sms-settings.js';
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { Id } from '@signport/core';
import type { App, AppContext } from '../../app-context.js';
import { userOrSecretKeyAuth } from '../../middleware/user-or-secret-key-auth.js';
import { createTeam } from '../../capabilities/teams/create-team.js';
import { teamAccess } from '../../capabilities/teams/team-access.js';
import { CreateTeamRequest, Team } from '@signport/core';
import { toTeamResponse } from '../../capabilities/teams/to-team-response.js';
import { errorResponses } from '../error-responses.js';
import { registerPlanDefaultsRoutes } from './plan-defaults.js';
import { registerTeamContactRoutes } from './contacts.js';
import { createRouter } from '../create-router.js';

function registerTeamRoutes(app: App, { db, clock, signer }: AppContext): void {
  const common = {
    tags: ['Team plans'],
    security: [{ embedToken: [] }, { secretKey: [] }] as Record<string, string[]>[],
    middleware: userOrSecretKeyAuth({ db, signer, clock }),
  };

  app.openapi(
    createRoute({
      ...common,
      method: 'post',
      path: '/',
      summary: 'Create a team',
      description:
        'A team of your users with exactly one rainmaker; each member has a permission level ' +
        '(basic, enhanced, unlimited). A user creating a team with their embed token must be its rainmaker. ' +
        'New teams designate the contact’s assignee for every step type.',
      request: {
        body: { required: true, content: { 'application/json': { schema: CreateTeamRequest } } },
      },
      responses: {
        201: { description: 'The team', content: { 'application/json': { schema: Team } } },
        ...errorResponses(400, 401, 403, 413, 415),
      },
    }),
    async (c) => {
      const team = await createTeam({ db, clock }, c.var.caller, c.req.valid('json'));
      return c.json(toTeamResponse(team), 201);
    },
  );

  app.openapi(
    createRoute({
      ...common,
      method: 'get',
      path: '/{id}',
      summary: 'Get a team',
      description: 'The team, its members and plan defaults. Users see only their own teams.',
      request: { params: z.object({ id: Id }) },
      responses: {
        200: { description: 'The team', content: { 'application/json': { schema: Team } } },
        ...errorResponses(401, 403, 404),
      },
    }),
    async (c) => {
      const { team } = await teamAccess(db, c.var.caller, c.req.valid('param').id);
      return c.json(toTeamResponse(team), 200);
    },
  );
}

/** `/v1/teams`: teams, their plan defaults and their contacts. */
export function teamRoutes(context: AppContext): App {
  const app = createRouter();
  registerTeamRoutes(app, context);
  registerPlanDefaultsRoutes(app, context);
  registerTeamSmsSettingsRoutes(app, context);
  registerTeamContactRoutes(app, context);
  return app;
}
