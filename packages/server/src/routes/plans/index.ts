import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  CreatePlanRequest,
  Id,
  PageQuery,
  Plan,
  PlanList,
  UpdatePlanRequest,
} from '@signport/core';
import type { App, AppContext } from '../../app-context.js';
import { userOrSecretKeyAuth } from '../../middleware/user-or-secret-key-auth.js';
import { createPlan } from '../../capabilities/plans/create-plan.js';
import { deletePlan } from '../../capabilities/plans/delete-plan.js';
import { listPlans } from '../../capabilities/plans/list-plans.js';
import { planAccess } from '../../capabilities/plans/plan-access.js';
import { toPlanResponse } from '../../capabilities/plans/to-plan-response.js';
import { updatePlan } from '../../capabilities/plans/update-plan.js';
import { errorResponses } from '../error-responses.js';
import { registerPlanEnrollmentRoutes } from './enrollments.js';
import { createRouter } from '../create-router.js';

const overrideRefusal = {
  ...errorResponses(403)[403],
  description:
    'A basic member may not override a step’s designated agent (`forbidden`), or the origin is not allowed',
};

function registerPlanRoutes(app: App, { db, clock, signer }: AppContext): void {
  const common = {
    tags: ['Team plans'],
    security: [{ embedToken: [] }, { secretKey: [] }] as Record<string, string[]>[],
    middleware: userOrSecretKeyAuth({ db, signer, clock }),
  };
  const byId = { params: z.object({ id: Id }) };

  app.openapi(
    createRoute({
      ...common,
      method: 'post',
      path: '/',
      summary: 'Create a plan',
      description:
        'Steps run in order, each `delayMinutes` after the previous one (the first after enrolment). ' +
        'A step’s `assignee` overrides the team default; only members who may change the defaults may set it.',
      request: {
        body: { required: true, content: { 'application/json': { schema: CreatePlanRequest } } },
      },
      responses: {
        201: { description: 'The plan', content: { 'application/json': { schema: Plan } } },
        ...errorResponses(400, 401, 404, 413, 415),
        403: overrideRefusal,
      },
    }),
    async (c) => c.json(await createPlan({ db, clock }, c.var.caller, c.req.valid('json')), 201),
  );

  app.openapi(
    createRoute({
      ...common,
      method: 'get',
      path: '/',
      summary: 'List plans',
      description:
        'The plans of the caller’s teams (every team with the secret key), optionally of one team.',
      request: { query: PageQuery.extend({ teamId: Id.optional() }) },
      responses: {
        200: {
          description: 'A page of plans',
          content: { 'application/json': { schema: PlanList } },
        },
        ...errorResponses(400, 401, 403),
      },
    }),
    async (c) => c.json(await listPlans(db, c.var.caller, c.req.valid('query')), 200),
  );

  app.openapi(
    createRoute({
      ...common,
      method: 'get',
      path: '/{id}',
      summary: 'Get a plan',
      request: byId,
      responses: {
        200: { description: 'The plan', content: { 'application/json': { schema: Plan } } },
        ...errorResponses(401, 403, 404),
      },
    }),
    async (c) => {
      const { plan } = await planAccess(db, c.var.caller, c.req.valid('param').id);
      return c.json(toPlanResponse(plan), 200);
    },
  );

  app.openapi(
    createRoute({
      ...common,
      method: 'put',
      path: '/{id}',
      summary: 'Replace a plan’s name and steps',
      description: 'Active enrolments carry on from the step number they reached.',
      request: {
        ...byId,
        body: { required: true, content: { 'application/json': { schema: UpdatePlanRequest } } },
      },
      responses: {
        200: { description: 'The plan', content: { 'application/json': { schema: Plan } } },
        ...errorResponses(400, 401, 404, 413, 415),
        403: overrideRefusal,
      },
    }),
    async (c) =>
      c.json(
        await updatePlan({ db, clock }, c.var.caller, c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  );

  app.openapi(
    createRoute({
      ...common,
      method: 'delete',
      path: '/{id}',
      summary: 'Delete a plan',
      description: 'Stops every enrolment; contacts’ timelines keep what the plan did.',
      request: byId,
      responses: {
        204: { description: 'The plan was deleted' },
        ...errorResponses(401, 403, 404),
      },
    }),
    async (c) => {
      await deletePlan(db, c.var.caller, c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
}

/** `/v1/plans`: team plans and their enrollments. */
export function planRoutes(context: AppContext): App {
  const app = createRouter();
  registerPlanRoutes(app, context);
  registerPlanEnrollmentRoutes(app, context);
  return app;
}
