import { createRoute } from '@hono/zod-openapi';
import {
  PortalMessage,
  PortalMessageList,
  SendPortalMessageRequest,
  TimelineQuery,
} from '@signport/core';
import type { App, AppContext } from '../../app-context.js';
import { findClientForCaller } from '../../capabilities/clients/find-client-for-caller.js';
import { listClientMessages } from '../../capabilities/clients/list-client-messages.js';
import { markClientMessagesRead } from '../../capabilities/clients/mark-client-messages-read.js';
import { sendClientMessage } from '../../capabilities/clients/send-client-message.js';
import { userOrSecretKeyAuth } from '../../middleware/user-or-secret-key-auth.js';
import { ClientIdParams, clientRouteSecurity } from './client-params.js';
import { errorResponses } from '../error-responses.js';

/** The agent's side of portal messages with one client: read, answer, mark read. */
export function registerClientMessageRoutes(app: App, { db, clock, signer }: AppContext): void {
  const auth = userOrSecretKeyAuth({ db, signer, clock });
  const common = {
    tags: ['Clients'],
    security: clientRouteSecurity,
  };

  app.openapi(
    createRoute({
      ...common,
      middleware: [auth] as const,
      method: 'get',
      path: '/{id}/messages',
      summary: 'Read messages with a client',
      description: 'Newest first. Reading does not mark them read: see `POST …/messages/read`.',
      request: { params: ClientIdParams, query: TimelineQuery },
      responses: {
        200: {
          description: 'A page of messages',
          content: { 'application/json': { schema: PortalMessageList } },
        },
        ...errorResponses(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const client = await findClientForCaller(db, c.var.caller, c.req.valid('param').id);
      const { cursor, limit } = c.req.valid('query');
      const page = await listClientMessages(db, {
        accountId: client.accountId,
        clientIds: [client.id],
        cursor,
        limit,
      });
      return c.json(page, 200);
    },
  );

  app.openapi(
    createRoute({
      ...common,
      middleware: [auth] as const,
      method: 'post',
      path: '/{id}/messages',
      summary: 'Message a client',
      description: 'The client reads it in the portal’s messages section.',
      request: {
        params: ClientIdParams,
        body: {
          required: true,
          content: { 'application/json': { schema: SendPortalMessageRequest } },
        },
      },
      responses: {
        201: {
          description: 'The message was sent',
          content: { 'application/json': { schema: PortalMessage } },
        },
        ...errorResponses(400, 401, 403, 404, 413, 415),
      },
    }),
    async (c) => {
      const client = await findClientForCaller(db, c.var.caller, c.req.valid('param').id);
      const message = await sendClientMessage(
        { db, clock },
        {
          accountId: client.accountId,
          clientId: client.id,
          from: 'agent',
          body: c.req.valid('json').body,
        },
      );
      return c.json(message, 201);
    },
  );

  app.openapi(
    createRoute({
      ...common,
      middleware: [auth] as const,
      method: 'post',
      path: '/{id}/messages/read',
      summary: 'Mark a client’s messages read',
      description: 'Lowers the unread count by every message this client sent.',
      request: { params: ClientIdParams },
      responses: { 204: { description: 'Marked read' }, ...errorResponses(401, 403, 404) },
    }),
    async (c) => {
      const client = await findClientForCaller(db, c.var.caller, c.req.valid('param').id);
      await markClientMessagesRead(db, {
        accountId: client.accountId,
        clientIds: [client.id],
        from: 'client',
        now: clock(),
      });
      return c.body(null, 204);
    },
  );
}
