import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { Id } from '@signport/core';
import type { App, AppContext } from '../../app-context.js';
import { userOrSecretKeyAuth } from '../../middleware/user-or-secret-key-auth.js';
import { listContactTimeline } from '../../capabilities/plans/list-contact-timeline.js';
import { createTeamContact } from '../../capabilities/teams/create-team-contact.js';
import { listTeamContacts } from '../../capabilities/teams/list-team-contacts.js';
import { CreateTeamContactRequest, TeamContact, TeamContactList, Timeline } from '@signport/core';
import { errorResponses } from '../error-responses.js';

export function registerTeamContactRoutes(app: App, { db, clock, signer }: AppContext): void {
  const common = {
    tags: ['Team plans'],
    security: [{ embedToken: [] }, { secretKey: [] }] as Record<string, string[]>[],
    middleware: userOrSecretKeyAuth({ db, signer, clock }),
  };

  app.openapi(
    createRoute({
      ...common,
      method: 'post',
      path: '/{id}/contacts',
      summary: 'Add a contact to a team',
      description:
        'A contact the team’s plans can enrol, with an optional primary assignee (a team member). ' +
        'Steps designated to the contact’s assignee fall back to the rainmaker when there is none.',
      request: {
        params: z.object({ id: Id }),
        body: {
          required: true,
          content: { 'application/json': { schema: CreateTeamContactRequest } },
        },
      },
      responses: {
        201: {
          description: 'The contact',
          content: { 'application/json': { schema: TeamContact } },
        },
        ...errorResponses(400, 401, 403, 404, 413, 415),
      },
    }),
    async (c) => {
      const contact = await createTeamContact(
        { db, clock },
        c.var.caller,
        c.req.valid('param').id,
        c.req.valid('json'),
      );
      return c.json(contact, 201);
    },
  );

  app.openapi(
    createRoute({
      ...common,
      method: 'get',
      path: '/{id}/contacts',
      summary: 'List a team’s contacts',
      request: { params: z.object({ id: Id }) },
      responses: {
        200: {
          description: 'The contacts, oldest first',
          content: { 'application/json': { schema: TeamContactList } },
        },
        ...errorResponses(401, 403, 404),
      },
    }),
    async (c) =>
      c.json({ items: await listTeamContacts(db, c.var.caller, c.req.valid('param').id) }, 200),
  );

  app.openapi(
    createRoute({
      ...common,
      method: 'get',
      path: '/{id}/contacts/{contactId}/timeline',
      summary: 'A contact’s plan timeline',
      description:
        'What the plans did for the contact: each email and text with its sender and reply-to agent, ' +
        'tasks created, emails not sent because the agent was over quota.',
      request: { params: z.object({ id: Id, contactId: Id }) },
      responses: {
        200: {
          description: 'Events, oldest first',
          content: { 'application/json': { schema: Timeline } },
        },
        ...errorResponses(401, 403, 404),
      },
    }),
    async (c) => {
      const { id, contactId } = c.req.valid('param');
      return c.json(await listContactTimeline(db, c.var.caller, { teamId: id, contactId }), 200);
    },
  );
}
