import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  ApiErrorBody,
  Id,
  PageQuery,
  PortalActivityList,
  PortalActivityQuery,
  PortalDocumentList,
  PortalFeedbackList,
  PortalMe,
  PortalMessage,
  PortalMessageList,
  SendPortalMessageRequest,
} from '@signport/core';
import type { App, AppContext } from '../../app-context.js';
import type { BlobStore } from '../../platform/blobs/blob-store.js';
import { getPortalMe } from '../../capabilities/portal/get-portal-me.js';
import { listPortalActivity } from '../../capabilities/portal/list-portal-activity.js';
import { listPortalDocuments } from '../../capabilities/portal/list-portal-documents.js';
import { listPortalFeedback } from '../../capabilities/portal/list-portal-feedback.js';
import { listPortalMessages } from '../../capabilities/portal/list-portal-messages.js';
import { openPortalDocument } from '../../capabilities/portal/open-portal-document.js';
import { portalAuth } from '../../capabilities/portal/portal-auth.js';
import { sendPortalMessage } from '../../capabilities/portal/send-portal-message.js';
import { downloadResponse, sendDownload } from '../download-response.js';
import { errorResponses } from '../error-responses.js';
import { registerPortalAuthRoutes } from './auth.js';
import { createRouter } from '../create-router.js';

const notGranted = {
  description: 'The agent has not granted this section (`forbidden`), or the origin is not allowed',
  content: { 'application/json': { schema: ApiErrorBody } },
};

/** What a signed-in client reads in the portal; every section is checked against the grants. */
function registerPortalRoutes(
  app: App,
  { db, clock, signer, config }: AppContext,
  blobStore: BlobStore,
): void {
  app.openAPIRegistry.registerComponent('securitySchemes', 'portalToken', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description:
      'A portal access token from `POST /v1/portal/login`, `/activate` or `/refresh` (10 minutes).',
  });
  const auth = portalAuth({ db, signer, clock });
  const messageAuth = portalAuth({ db, signer, clock, whatWasLost: 'your message was not sent' });
  const common = {
    tags: ['Client portal'],
    security: [{ portalToken: [] }],
  };
  const page = (schema: z.ZodType, description: string) => ({
    description,
    content: { 'application/json': { schema } },
  });

  app.openapi(
    createRoute({
      ...common,
      middleware: [auth] as const,
      method: 'get',
      path: '/me',
      summary: 'The signed-in client',
      description:
        'The client, the login profile, the agent, the properties and the sections granted.',
      responses: {
        200: {
          description: 'Who is signed in',
          content: { 'application/json': { schema: PortalMe } },
        },
        ...errorResponses(401),
        403: notGranted,
      },
    }),
    async (c) => c.json(await getPortalMe(db, c.var.portal), 200),
  );

  app.openapi(
    createRoute({
      ...common,
      middleware: [auth] as const,
      method: 'get',
      path: '/documents',
      summary: 'Shared documents',
      description: 'The documents the agent marked accessible, newest first (grant: `documents`).',
      request: { query: PageQuery },
      responses: {
        200: {
          description: 'A page of documents',
          content: { 'application/json': { schema: PortalDocumentList } },
        },
        ...errorResponses(400, 401),
        403: notGranted,
      },
    }),
    async (c) => {
      const { cursor, limit } = c.req.valid('query');
      const documents = await listPortalDocuments(db, c.var.portal, {
        cursor,
        limit,
        publicUrl: config.publicUrl,
      });
      return c.json(documents, 200);
    },
  );

  app.openapi(
    createRoute({
      ...common,
      middleware: [auth] as const,
      method: 'get',
      path: '/documents/{id}/content',
      summary: 'Download a shared document',
      request: { params: z.object({ id: Id.meta({ description: 'The document’s id' }) }) },
      responses: { 200: downloadResponse, ...errorResponses(401, 404), 403: notGranted },
    }),
    async (c) => {
      const { document, blob } = await openPortalDocument(
        { db, blobStore },
        c.var.portal,
        c.req.valid('param').id,
      );
      return sendDownload(c, document.name, blob);
    },
  );

  app.openapi(
    createRoute({
      ...common,
      middleware: [auth] as const,
      method: 'get',
      path: '/feedback',
      summary: 'Owner feedback report',
      description:
        'Showing feedback on the client’s properties, latest first, buyer names shown per the access ' +
        'setting (grant: `feedback`).',
      request: { query: PageQuery },
      responses: {
        200: page(PortalFeedbackList, 'A page of feedback'),
        ...errorResponses(400, 401),
        403: notGranted,
      },
    }),
    async (c) => c.json(await listPortalFeedback(db, c.var.portal, c.req.valid('query')), 200),
  );

  app.openapi(
    createRoute({
      ...common,
      middleware: [auth] as const,
      method: 'get',
      path: '/activity',
      summary: 'Activity feed',
      description:
        'What happened, with the communication log (without the agent’s notes), newest first; `from` and ' +
        '`to` are inclusive UTC dates (grant: `activity`).',
      request: { query: PortalActivityQuery },
      responses: {
        200: page(PortalActivityList, 'A page of activity'),
        ...errorResponses(400, 401),
        403: notGranted,
      },
    }),
    async (c) => c.json(await listPortalActivity(db, c.var.portal, c.req.valid('query')), 200),
  );

  app.openapi(
    createRoute({
      ...common,
      middleware: [auth] as const,
      method: 'get',
      path: '/messages',
      summary: 'Messages with the agent',
      description:
        'Newest first; reading them marks the agent’s messages read (grant: `messages`).',
      request: { query: PageQuery },
      responses: {
        200: page(PortalMessageList, 'A page of messages'),
        ...errorResponses(400, 401),
        403: notGranted,
      },
    }),
    async (c) =>
      c.json(await listPortalMessages({ db, clock }, c.var.portal, c.req.valid('query')), 200),
  );

  app.openapi(
    createRoute({
      ...common,
      middleware: [messageAuth] as const,
      method: 'post',
      path: '/messages',
      summary: 'Message the agent',
      description:
        'Counts as unread for the agent until they mark it read (grant: `messages`). A refused message ' +
        'says so: 403 `portal_access_revoked` when the agent turned the client’s access off, 401 ' +
        '`unauthorized` when signed out; either way the message was not sent.',
      request: {
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
        ...errorResponses(400, 401, 413, 415),
        403: {
          ...notGranted,
          description: `${notGranted.description}, or the agent turned access off (\`portal_access_revoked\`)`,
        },
      },
    }),
    async (c) =>
      c.json(await sendPortalMessage({ db, clock }, c.var.portal, c.req.valid('json').body), 201),
  );
}

/** `/v1/portal`: the client portal: signing in and out, and what a signed-in client sees. */
export function portalRoutes(context: AppContext): App {
  const app = createRouter();
  const blobStore = context.blobStoreFor(context.db);
  registerPortalRoutes(app, context, blobStore);
  registerPortalAuthRoutes(app, context);
  return app;
}
