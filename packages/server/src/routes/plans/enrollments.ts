import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  EnrollContactsRequest,
  Enrollment,
  EnrollmentList,
  Id,
  ApiErrorBody,
} from '@signport/core';
import type { App, AppContext } from '../../app-context.js';
import { userOrSecretKeyAuth } from '../../middleware/user-or-secret-key-auth.js';
import { enrollContacts } from '../../capabilities/plans/enroll-contacts.js';
import { listEnrollments } from '../../capabilities/plans/list-enrollments.js';
import { resumeEnrollment } from '../../capabilities/plans/resume-enrollment.js';
import { unenroll } from '../../capabilities/plans/unenroll.js';
import { errorResponses } from '../error-responses.js';

export function registerPlanEnrollmentRoutes(app: App, { db, clock, signer }: AppContext): void {
  const common = {
    tags: ['Team plans'],
    security: [{ embedToken: [] }, { secretKey: [] }] as Record<string, string[]>[],
    middleware: userOrSecretKeyAuth({ db, signer, clock }),
  };

  app.openapi(
    createRoute({
      ...common,
      method: 'post',
      path: '/{id}/enrollments',
      summary: 'Enrol contacts in a plan',
      description:
        'Contacts of the plan’s team (see `POST /v1/teams/{id}/contacts`, which sets each one’s assignee). ' +
        'Each one’s steps then run through the job worker, exactly once each. All or nothing.',
      request: {
        params: z.object({ id: Id }),
        body: {
          required: true,
          content: { 'application/json': { schema: EnrollContactsRequest } },
        },
      },
      responses: {
        201: {
          description: 'The new enrolments',
          content: { 'application/json': { schema: EnrollmentList } },
        },
        ...errorResponses(400, 401, 403, 404, 413, 415),
        409: {
          ...errorResponses(400)[400],
          description: 'A contact is already going through this plan (`conflict`)',
        },
      },
    }),
    async (c) => {
      const items = await enrollContacts(
        { db, clock },
        c.var.caller,
        c.req.valid('param').id,
        c.req.valid('json').contactIds,
      );
      return c.json({ items }, 201);
    },
  );

  app.openapi(
    createRoute({
      ...common,
      method: 'get',
      path: '/{id}/enrollments',
      summary: 'List a plan’s enrolments',
      request: { params: z.object({ id: Id }) },
      responses: {
        200: {
          description: 'Every enrolment, oldest first',
          content: { 'application/json': { schema: EnrollmentList } },
        },
        ...errorResponses(401, 403, 404),
      },
    }),
    async (c) => c.json(await listEnrollments(db, c.var.caller, c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      ...common,
      method: 'delete',
      path: '/{id}/enrollments/{enrollmentId}',
      summary: 'Un-enrol a contact',
      description:
        'Cancels the enrolment; no further step runs. A finished enrolment is returned as it is.',
      request: { params: z.object({ id: Id, enrollmentId: Id }) },
      responses: {
        200: {
          description: 'The enrolment',
          content: { 'application/json': { schema: Enrollment } },
        },
        ...errorResponses(401, 403, 404),
      },
    }),
    async (c) => {
      const { id, enrollmentId } = c.req.valid('param');
      return c.json(await unenroll({ db, clock }, c.var.caller, { planId: id, enrollmentId }), 200);
    },
  );

  app.openapi(
    createRoute({
      ...common,
      method: 'post',
      path: '/{id}/enrollments/{enrollmentId}/resume',
      summary: 'Resume a paused enrolment',
      description:
        'An enrolment paused because the contact replied to a text carries on: the step it stopped ' +
        'at runs now. Anything but a paused enrolment is a 409 `invalid_state`.',
      request: { params: z.object({ id: Id, enrollmentId: Id }) },
      responses: {
        200: {
          description: 'The enrolment, active again',
          content: { 'application/json': { schema: Enrollment } },
        },
        ...errorResponses(401, 403, 404),
        409: {
          description: 'The enrolment is not paused (`invalid_state`)',
          content: { 'application/json': { schema: ApiErrorBody } },
        },
      },
    }),
    async (c) => {
      const { id, enrollmentId } = c.req.valid('param');
      const resumed = await resumeEnrollment({ db, clock }, c.var.caller, {
        planId: id,
        enrollmentId,
      });
      return c.json(resumed, 200);
    },
  );
}
