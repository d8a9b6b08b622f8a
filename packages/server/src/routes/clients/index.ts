import { createRoute } from '@hono/zod-openapi';
import {
  Client,
  ClientList,
  CreateClientRequest,
  ListClientsQuery,
  UpdateClientRequest,
} from '@signport/core';
import type { App, AppContext } from '../../app-context.js';
import type { BlobStore } from '../../platform/blobs/blob-store.js';
import { createClient } from '../../capabilities/clients/create-client.js';
import { deleteClient } from '../../capabilities/clients/delete-client.js';
import { getClient } from '../../capabilities/clients/get-client.js';
import { listClients } from '../../capabilities/clients/list-clients.js';
import { updateClient } from '../../capabilities/clients/update-client.js';
import { userOrSecretKeyAuth } from '../../middleware/user-or-secret-key-auth.js';
import { errorResponses } from '../error-responses.js';
import { ClientIdParams, clientRouteSecurity } from './client-params.js';
import { registerClientDocumentRoutes } from './documents.js';
import { registerClientMessageRoutes } from './messages.js';
import { registerClientTimelineRoutes } from './timeline.js';
import { registerPortalAccessRoutes } from './portal-access.js';
import { createRouter } from '../create-router.js';

/** `/v1/clients` CRUD: an agent (embed token) manages their own clients, the host (secret key) all. */
function registerClientRoutes(
  app: App,
  { db, clock, signer }: AppContext,
  blobStore: BlobStore,
): void {
  const auth = userOrSecretKeyAuth({ db, signer, clock });
  const common = {
    tags: ['Clients'],
    security: clientRouteSecurity,
  };
  const clientResponse = (description: string) => ({
    description,
    content: { 'application/json': { schema: Client } },
  });

  app.openapi(
    createRoute({
      ...common,
      middleware: [auth] as const,
      method: 'post',
      path: '/',
      summary: 'Add a client',
      description:
        'A buyer, seller, owner, landlord or tenant. With an embed token the client is assigned to the ' +
        'caller (or to `assignedAgentId`, an agent whose delegation gives the caller the `contacts` scope); ' +
        'with the secret key, to `assignedAgentId` (or nobody). `propertyIds` links the client to ' +
        'properties the caller may see.',
      request: {
        body: { required: true, content: { 'application/json': { schema: CreateClientRequest } } },
      },
      responses: {
        201: clientResponse('The client was added'),
        ...errorResponses(400, 401, 403, 413, 415),
      },
    }),
    async (c) => c.json(await createClient({ db, clock }, c.var.caller, c.req.valid('json')), 201),
  );

  app.openapi(
    createRoute({
      ...common,
      middleware: [auth] as const,
      method: 'get',
      path: '/',
      summary: 'List clients',
      description:
        'Newest first. An agent sees the clients assigned to them or to agents they manage contacts for ' +
        '(delegation scope `contacts`); the secret key sees every client.',
      request: { query: ListClientsQuery },
      responses: {
        200: {
          description: 'A page of clients',
          content: { 'application/json': { schema: ClientList } },
        },
        ...errorResponses(400, 401, 403),
      },
    }),
    async (c) => c.json(await listClients(db, c.var.caller, c.req.valid('query')), 200),
  );

  app.openapi(
    createRoute({
      ...common,
      middleware: [auth] as const,
      method: 'get',
      path: '/{id}',
      summary: 'Get a client',
      request: { params: ClientIdParams },
      responses: { 200: clientResponse('The client'), ...errorResponses(401, 403, 404) },
    }),
    async (c) => c.json(await getClient(db, c.var.caller, c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      ...common,
      middleware: [auth] as const,
      method: 'patch',
      path: '/{id}',
      summary: 'Change a client',
      description:
        'Only the fields sent change; `propertyIds` replaces the links. Setting `status` to `inactive` ' +
        'signs the client out of the portal at once: the next portal request gets 401.',
      request: {
        params: ClientIdParams,
        body: { required: true, content: { 'application/json': { schema: UpdateClientRequest } } },
      },
      responses: {
        200: clientResponse('The changed client'),
        ...errorResponses(400, 401, 403, 404, 413, 415),
      },
    }),
    async (c) =>
      c.json(
        await updateClient(
          { db, clock },
          c.var.caller,
          c.req.valid('param').id,
          c.req.valid('json'),
        ),
        200,
      ),
  );

  app.openapi(
    createRoute({
      ...common,
      middleware: [auth] as const,
      method: 'delete',
      path: '/{id}',
      summary: 'Delete a client',
      description:
        'Deletes the client with its communication log, activity, messages, documents and portal access.',
      request: { params: ClientIdParams },
      responses: {
        204: { description: 'The client was deleted' },
        ...errorResponses(401, 403, 404),
      },
    }),
    async (c) => {
      await deleteClient({ db, clock, blobStore }, c.var.caller, c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
}

/** `/v1/clients`: an agent’s clients with their documents, messages, timeline and portal access. */
export function clientRoutes(context: AppContext): App {
  const app = createRouter();
  const blobStore = context.blobStoreFor(context.db);
  registerClientRoutes(app, context, blobStore);
  registerClientDocumentRoutes(app, context, blobStore);
  registerClientMessageRoutes(app, context);
  registerClientTimelineRoutes(app, context);
  registerPortalAccessRoutes(app, context);
  return app;
}
