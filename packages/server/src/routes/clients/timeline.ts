import { createRoute } from '@hono/zod-openapi';
import {
  ActivityEntry,
  ActivityList,
  CommunicationEntry,
  CommunicationList,
  CreateActivityRequest,
  CreateCommunicationRequest,
  TimelineQuery,
} from '@signport/core';
import type { App, AppContext } from '../../app-context.js';
import { findClientForCaller } from '../../capabilities/clients/find-client-for-caller.js';
import { listClientEvents } from '../../capabilities/clients/list-client-events.js';
import { recordClientEvent } from '../../capabilities/clients/record-client-event.js';
import {
  toActivityEntry,
  toCommunicationEntry,
} from '../../capabilities/clients/to-timeline-entries.js';
import { userOrSecretKeyAuth } from '../../middleware/user-or-secret-key-auth.js';
import { ClientIdParams, clientRouteSecurity } from './client-params.js';
import { errorResponses } from '../error-responses.js';

/** A client's communication log and activity feed: written by the host or an agent, read back here. */
export function registerClientTimelineRoutes(app: App, { db, clock, signer }: AppContext): void {
  const auth = userOrSecretKeyAuth({ db, signer, clock });
  const common = {
    tags: ['Clients'],
    security: clientRouteSecurity,
  };
  const streams = [
    {
      category: 'communication',
      path: '/{id}/communications',
      noun: 'communication log',
      createSchema: CreateCommunicationRequest,
      entrySchema: CommunicationEntry,
      listSchema: CommunicationList,
      toEntry: toCommunicationEntry,
      describe:
        'A message, call, email, sent search, CMA, form or note. Notes stay private to the agent; the ' +
        'rest also shows in the client’s portal activity feed.',
    },
    {
      category: 'activity',
      path: '/{id}/activity',
      noun: 'activity feed',
      createSchema: CreateActivityRequest,
      entrySchema: ActivityEntry,
      listSchema: ActivityList,
      toEntry: toActivityEntry,
      describe:
        'What happened for the client (showing, offer, price change…). `showing`, `offer`, `document`, ' +
        '`message` and `signing` entries show in the portal only when that section is granted too.',
    },
  ] as const;

  for (const stream of streams) {
    app.openapi(
      createRoute({
        ...common,
        middleware: [auth] as const,
        method: 'post',
        path: stream.path,
        summary: `Add to a client’s ${stream.noun}`,
        description: stream.describe,
        request: {
          params: ClientIdParams,
          body: {
            required: true,
            content: { 'application/json': { schema: stream.createSchema } },
          },
        },
        responses: {
          201: {
            description: 'The entry was added',
            content: { 'application/json': { schema: stream.entrySchema } },
          },
          ...errorResponses(400, 401, 403, 404, 413, 415),
        },
      }),
      async (c) => {
        const caller = c.var.caller;
        const client = await findClientForCaller(db, caller, c.req.valid('param').id);
        const input = c.req.valid('json');
        const row = await recordClientEvent(
          { db, clock },
          {
            accountId: caller.accountId,
            clientId: client.id,
            category: stream.category,
            kind: input.kind,
            summary: input.summary,
            body: 'body' in input ? input.body : undefined,
            occurredAt: input.occurredAt ? new Date(input.occurredAt) : undefined,
            source: caller.userId ? 'agent' : 'host',
          },
        );
        return c.json(stream.toEntry(row), 201);
      },
    );

    app.openapi(
      createRoute({
        ...common,
        middleware: [auth] as const,
        method: 'get',
        path: stream.path,
        summary: `Read a client’s ${stream.noun}`,
        description: 'Newest first (by when it happened).',
        request: { params: ClientIdParams, query: TimelineQuery },
        responses: {
          200: {
            description: 'A page of entries',
            content: { 'application/json': { schema: stream.listSchema } },
          },
          ...errorResponses(400, 401, 403, 404),
        },
      }),
      async (c) => {
        const caller = c.var.caller;
        const client = await findClientForCaller(db, caller, c.req.valid('param').id);
        const { cursor, limit } = c.req.valid('query');
        const page = await listClientEvents(
          db,
          {
            accountId: caller.accountId,
            clientId: client.id,
            category: stream.category,
            cursor,
            limit,
          },
          stream.toEntry,
        );
        return c.json(page, 200);
      },
    );
  }
}
