import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { Id, ListOnBehalfQuery, OnBehalfQuery, type DelegationScope } from '@signport/core';
import type { App, AppContext } from '../app-context.js';
import { createOnBehalf } from '../capabilities/delegations/on-behalf/create-on-behalf.js';
import { deleteOnBehalf } from '../capabilities/delegations/on-behalf/delete-on-behalf.js';
import { getOnBehalf } from '../capabilities/delegations/on-behalf/get-on-behalf.js';
import { listOnBehalf } from '../capabilities/delegations/on-behalf/list-on-behalf.js';
import type {
  OwnedResource,
  OwnedTable,
} from '../capabilities/delegations/on-behalf/owned-resource.js';
import { updateOnBehalf } from '../capabilities/delegations/on-behalf/update-on-behalf.js';
import { embedTokenAuth } from '../middleware/embed-token-auth.js';
import { errorResponses } from './error-responses.js';

export interface OnBehalfRoutesOptions<T extends OwnedTable, Response> {
  /** OpenAPI tag and how summaries name one item, e.g. `Contacts` and `contact`. */
  tag: string;
  noun: string;
  resource: OwnedResource<T, Response>;
  schemas: { create: z.ZodType; update: z.ZodType; item: z.ZodType; list: z.ZodType };
}

/** The 403 of the on-behalf routes: a sender the caller may not act for. */
function forbiddenResponse(scope: DelegationScope) {
  const [entry] = Object.values(errorResponses(403));
  return {
    403: {
      ...entry!,
      description: `\`forbidden\`: no active delegation with the \`${scope}\` scope from \`senderId\`; or \`origin_not_allowed\``,
    },
  };
}

/**
 * CRUD on a resource a sender owns, on a router mounted at its collection path: `POST` and `GET` on the collection take `?senderId=` to act for
 * a principal within the resource's delegation scope; one item is reachable when its owner is.
 *
 * @example
 * registerOnBehalfRoutes(app, context, { tag: 'Clauses', noun: 'clause', resource: clauseResource, schemas });
 */
export function registerOnBehalfRoutes<T extends OwnedTable, Response>(
  app: App,
  { db, clock, signer }: AppContext,
  { tag, noun, resource, schemas }: OnBehalfRoutesOptions<T, Response>,
): void {
  const auth = embedTokenAuth({ db, signer, clock });
  const common = {
    tags: [tag],
    security: [{ embedToken: [] }],
  };
  const json = <S extends z.ZodType>(schema: S, description: string) => ({
    description,
    content: { 'application/json': { schema } },
  });
  const params = z.object({ id: Id.meta({ description: `The ${noun}’s id` }) });
  const onBehalfNote = `With \`senderId\`, on behalf of a principal who granted the \`${resource.scope}\` scope.`;

  app.openapi(
    createRoute({
      ...common,
      middleware: [auth] as const,
      method: 'post',
      path: '/',
      summary: `Create a ${noun}`,
      description: `Owned by the sender, created by the caller. ${onBehalfNote}`,
      request: {
        query: OnBehalfQuery,
        body: { required: true, content: { 'application/json': { schema: schemas.create } } },
      },
      responses: {
        201: json(schemas.item, `The ${noun} was created`),
        ...errorResponses(400, 401, 413, 415),
        ...forbiddenResponse(resource.scope),
      },
    }),
    async (c) => {
      const created = await createOnBehalf({ db, clock }, resource, {
        caller: c.var.principal,
        senderId: c.req.valid('query').senderId,
        input: c.req.valid('json') as object,
      });
      return c.json(created as never, 201);
    },
  );

  app.openapi(
    createRoute({
      ...common,
      middleware: [auth] as const,
      method: 'get',
      path: '/',
      summary: `List ${noun}s`,
      description:
        `The ${noun}s of the caller and of every principal who granted the \`${resource.scope}\` scope, ` +
        'newest first; `senderId` keeps one sender’s.',
      request: { query: ListOnBehalfQuery },
      responses: {
        200: json(schemas.list, `A page of ${noun}s`),
        ...errorResponses(400, 401),
        ...forbiddenResponse(resource.scope),
      },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const page = await listOnBehalf(db, resource, {
        caller: c.var.principal,
        senderId: query.senderId,
        cursor: query.cursor,
        limit: query.limit,
      });
      return c.json(page as never, 200);
    },
  );

  const itemPath = '/{id}';
  app.openapi(
    createRoute({
      ...common,
      middleware: [auth] as const,
      method: 'get',
      path: itemPath,
      summary: `Get a ${noun}`,
      request: { params },
      responses: {
        200: json(schemas.item, `The ${noun}`),
        ...errorResponses(401, 403, 404),
      },
    }),
    async (c) => {
      const item = await getOnBehalf(db, resource, {
        caller: c.var.principal,
        id: c.req.valid('param').id,
      });
      return c.json(item as never, 200);
    },
  );

  app.openapi(
    createRoute({
      ...common,
      middleware: [auth] as const,
      method: 'patch',
      path: itemPath,
      summary: `Change a ${noun}`,
      description: 'Changes the fields sent; owner and creator stay as they were.',
      request: {
        params,
        body: { required: true, content: { 'application/json': { schema: schemas.update } } },
      },
      responses: {
        200: json(schemas.item, `The ${noun} as changed`),
        ...errorResponses(400, 401, 403, 404, 413, 415),
      },
    }),
    async (c) => {
      const updated = await updateOnBehalf({ db, clock }, resource, {
        caller: c.var.principal,
        id: c.req.valid('param').id,
        patch: c.req.valid('json') as object,
      });
      return c.json(updated as never, 200);
    },
  );

  app.openapi(
    createRoute({
      ...common,
      middleware: [auth] as const,
      method: 'delete',
      path: itemPath,
      summary: `Delete a ${noun}`,
      request: { params },
      responses: {
        204: { description: `The ${noun} was deleted` },
        ...errorResponses(401, 403, 404),
      },
    }),
    async (c) => {
      await deleteOnBehalf(db, resource, { caller: c.var.principal, id: c.req.valid('param').id });
      return c.body(null, 204);
    },
  );
}
