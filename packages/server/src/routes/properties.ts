import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  CreateFeedbackRequest,
  CreatePropertyRequest,
  FeedbackEntry,
  FeedbackList,
  Id,
  PageQuery,
  Property,
  PropertyList,
  UpdatePropertyRequest,
} from '@signport/core';
import type { App, AppContext } from '../app-context.js';
import { addPropertyFeedback } from '../capabilities/clients/add-property-feedback.js';
import { createProperty } from '../capabilities/clients/create-property.js';
import { describeProperties } from '../capabilities/clients/describe-properties.js';
import { findProperty } from '../capabilities/clients/find-property.js';
import { listProperties } from '../capabilities/clients/list-properties.js';
import { listPropertyFeedback } from '../capabilities/clients/list-property-feedback.js';
import { toFeedbackEntry } from '../capabilities/clients/to-feedback-entry.js';
import { updateProperty } from '../capabilities/clients/update-property.js';
import { userOrSecretKeyAuth } from '../middleware/user-or-secret-key-auth.js';
import { clientRouteSecurity } from './clients/client-params.js';
import { errorResponses } from './error-responses.js';
import { createRouter } from './create-router.js';

const PropertyParams = z.object({ id: Id.meta({ description: 'The property’s id' }) });

/** Properties of the account (owners link to them) and the owner feedback report on each. */
export function propertyRoutes({ db, clock, signer }: AppContext): App {
  const app = createRouter();
  const auth = userOrSecretKeyAuth({ db, signer, clock });
  const common = {
    tags: ['Clients'],
    security: clientRouteSecurity,
  };
  const propertyResponse = (description: string) => ({
    description,
    content: { 'application/json': { schema: Property } },
  });

  app.openapi(
    createRoute({
      ...common,
      middleware: [auth] as const,
      method: 'post',
      path: '/',
      summary: 'Add a property',
      description:
        'Owners or tenants link to it by `ownerIds` or by the client’s `propertyIds`. An agent sees a property, ' +
        'and its feedback, only through their own clients, so with an embed token name at least one.',
      request: {
        body: {
          required: true,
          content: { 'application/json': { schema: CreatePropertyRequest } },
        },
      },
      responses: {
        201: propertyResponse('The property'),
        ...errorResponses(400, 401, 403, 413, 415),
      },
    }),
    async (c) =>
      c.json(await createProperty({ db, clock }, c.var.caller, c.req.valid('json')), 201),
  );

  app.openapi(
    createRoute({
      ...common,
      middleware: [auth] as const,
      method: 'get',
      path: '/',
      summary: 'List properties',
      description:
        'Newest first: an agent sees the properties of their clients; the secret key sees every property. ' +
        '`ownerIds` lists the linked clients the caller may see.',
      request: { query: PageQuery },
      responses: {
        200: {
          description: 'A page of properties',
          content: { 'application/json': { schema: PropertyList } },
        },
        ...errorResponses(400, 401, 403),
      },
    }),
    async (c) => c.json(await listProperties(db, c.var.caller, c.req.valid('query')), 200),
  );

  app.openapi(
    createRoute({
      ...common,
      middleware: [auth] as const,
      method: 'get',
      path: '/{id}',
      summary: 'Get a property',
      request: { params: PropertyParams },
      responses: { 200: propertyResponse('The property'), ...errorResponses(401, 403, 404) },
    }),
    async (c) => {
      const row = await findProperty(db, c.var.caller, c.req.valid('param').id);
      const [property] = await describeProperties(db, c.var.caller, [row]);
      return c.json(property as Property, 200);
    },
  );

  app.openapi(
    createRoute({
      ...common,
      middleware: [auth] as const,
      method: 'patch',
      path: '/{id}',
      summary: 'Change a property',
      request: {
        params: PropertyParams,
        body: {
          required: true,
          content: { 'application/json': { schema: UpdatePropertyRequest } },
        },
      },
      responses: {
        200: propertyResponse('The changed property'),
        ...errorResponses(400, 401, 403, 404, 413, 415),
      },
    }),
    async (c) =>
      c.json(
        await updateProperty(
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
      method: 'post',
      path: '/{id}/feedback',
      summary: 'Add showing feedback',
      description:
        'Feedback from a prospective buyer’s showing, stored with the full name. Owners see it in the ' +
        'portal’s feedback report with the name shown as their access setting says.',
      request: {
        params: PropertyParams,
        body: {
          required: true,
          content: { 'application/json': { schema: CreateFeedbackRequest } },
        },
      },
      responses: {
        201: {
          description: 'The feedback',
          content: { 'application/json': { schema: FeedbackEntry } },
        },
        ...errorResponses(400, 401, 403, 404, 413, 415),
      },
    }),
    async (c) => {
      const entry = await addPropertyFeedback(
        { db, clock },
        c.var.caller,
        c.req.valid('param').id,
        c.req.valid('json'),
      );
      return c.json(entry, 201);
    },
  );

  app.openapi(
    createRoute({
      ...common,
      middleware: [auth] as const,
      method: 'get',
      path: '/{id}/feedback',
      summary: 'Read showing feedback',
      description: 'Latest showing first, with full buyer names.',
      request: { params: PropertyParams, query: PageQuery },
      responses: {
        200: {
          description: 'A page of feedback',
          content: { 'application/json': { schema: FeedbackList } },
        },
        ...errorResponses(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const property = await findProperty(db, c.var.caller, c.req.valid('param').id);
      const { cursor, limit } = c.req.valid('query');
      const page = await listPropertyFeedback(
        db,
        { accountId: property.accountId, propertyIds: [property.id], cursor, limit },
        toFeedbackEntry,
      );
      return c.json(page, 200);
    },
  );
  return app;
}
