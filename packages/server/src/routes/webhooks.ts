import { createRoute } from '@hono/zod-openapi';
import {
  CreateWebhookRequest,
  CreatedWebhookEndpoint,
  Id,
  ListWebhookDeliveriesQuery,
  UpdateWebhookRequest,
  WebhookDelivery,
  WebhookDeliveryList,
  WebhookEndpoint,
  WebhookEndpointList,
  WebhookParams,
  WebhookSecret,
} from '@signport/core';
import type { App, AppContext } from '../app-context.js';
import { secretKeyAuth } from '../middleware/secret-key-auth.js';
import { createWebhook } from '../capabilities/webhooks/create-webhook.js';
import { deleteWebhook } from '../capabilities/webhooks/delete-webhook.js';
import { findWebhook } from '../capabilities/webhooks/find-webhook.js';
import { getWebhookSecret } from '../capabilities/webhooks/get-webhook-secret.js';
import { listWebhookDeliveries } from '../capabilities/webhooks/list-webhook-deliveries.js';
import { listWebhooks } from '../capabilities/webhooks/list-webhooks.js';
import { redeliverWebhook } from '../capabilities/webhooks/redeliver-webhook.js';
import { rotateWebhookSecret } from '../capabilities/webhooks/rotate-webhook-secret.js';
import { toWebhookResponse } from '../capabilities/webhooks/to-webhook-response.js';
import { updateWebhook } from '../capabilities/webhooks/update-webhook.js';
import { webhookSecretCipher } from '../capabilities/webhooks/webhook-secret-cipher.js';
import { errorResponses } from './error-responses.js';
import { createRouter } from './create-router.js';

const urlRefused = {
  ...errorResponses(400)[400],
  description:
    'Invalid input (`validation_failed`), or a URL that is not https or points to a private address (`url_not_allowed`)',
};

export function webhookRoutes({ db, clock, config, signer }: AppContext): App {
  const app = createRouter();
  const deps = {
    db,
    clock,
    cipher: webhookSecretCipher(signer.getKey),
    urlPolicy: { allowPrivateUrls: config.webhooksAllowPrivateUrls },
  };
  const common = {
    tags: ['Webhooks'],
    security: [{ secretKey: [] }] as Record<string, string[]>[],
  };
  const auth = secretKeyAuth({ db });
  const endpointResponse = (description: string) => ({
    description,
    content: { 'application/json': { schema: WebhookEndpoint } },
  });

  app.openapi(
    createRoute({
      ...common,
      middleware: [auth] as const,
      method: 'post',
      path: '/',
      summary: 'Add a webhook endpoint',
      description:
        'Events of the account are POSTed to `url`, signed per Standard Webhooks with the returned ' +
        '`secret` (also readable later at `GET /v1/webhooks/{id}/secret`). See docs/webhooks.md.',
      request: {
        body: { required: true, content: { 'application/json': { schema: CreateWebhookRequest } } },
      },
      responses: {
        201: {
          description: 'The endpoint, with its signing secret',
          content: { 'application/json': { schema: CreatedWebhookEndpoint } },
        },
        400: urlRefused,
        ...errorResponses(401, 413, 415),
      },
    }),
    async (c) => c.json(await createWebhook(deps, c.var.account.id, c.req.valid('json')), 201),
  );

  app.openapi(
    createRoute({
      ...common,
      middleware: [auth] as const,
      method: 'get',
      path: '/',
      summary: 'List webhook endpoints',
      responses: {
        200: {
          description: 'Every endpoint of the account, oldest first',
          content: { 'application/json': { schema: WebhookEndpointList } },
        },
        ...errorResponses(401),
      },
    }),
    async (c) => c.json({ items: await listWebhooks(db, c.var.account.id) }, 200),
  );

  app.openapi(
    createRoute({
      ...common,
      middleware: [auth] as const,
      method: 'get',
      path: '/{id}',
      summary: 'Get a webhook endpoint',
      request: { params: WebhookParams },
      responses: { 200: endpointResponse('The endpoint'), ...errorResponses(401, 404) },
    }),
    async (c) =>
      c.json(
        toWebhookResponse(await findWebhook(db, c.var.account.id, c.req.valid('param').id)),
        200,
      ),
  );

  app.openapi(
    createRoute({
      ...common,
      middleware: [auth] as const,
      method: 'patch',
      path: '/{id}',
      summary: 'Change a webhook endpoint',
      description: 'Only the fields sent change. A disabled endpoint receives nothing.',
      request: {
        params: WebhookParams,
        body: { required: true, content: { 'application/json': { schema: UpdateWebhookRequest } } },
      },
      responses: {
        200: endpointResponse('The endpoint'),
        400: urlRefused,
        ...errorResponses(401, 404, 413, 415),
      },
    }),
    async (c) =>
      c.json(
        await updateWebhook(deps, c.var.account.id, c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  );

  app.openapi(
    createRoute({
      ...common,
      middleware: [auth] as const,
      method: 'delete',
      path: '/{id}',
      summary: 'Delete a webhook endpoint',
      description: 'Its delivery log goes with it; queued attempts are dropped.',
      request: { params: WebhookParams },
      responses: { 204: { description: 'Deleted' }, ...errorResponses(401, 404) },
    }),
    async (c) => {
      await deleteWebhook(db, c.var.account.id, c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      ...common,
      middleware: [auth] as const,
      method: 'get',
      path: '/{id}/secret',
      summary: 'Read the signing secret',
      request: { params: WebhookParams },
      responses: {
        200: {
          description: 'The current secret',
          content: { 'application/json': { schema: WebhookSecret } },
        },
        ...errorResponses(401, 404),
      },
    }),
    async (c) =>
      c.json(await getWebhookSecret(deps, c.var.account.id, c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      ...common,
      middleware: [auth] as const,
      method: 'post',
      path: '/{id}/secret/rotate',
      summary: 'Rotate the signing secret',
      description:
        'A new secret signs from now on; for 24 hours deliveries also carry a signature with the previous one.',
      request: { params: WebhookParams },
      responses: {
        200: {
          description: 'The new secret',
          content: { 'application/json': { schema: WebhookSecret } },
        },
        ...errorResponses(401, 404),
      },
    }),
    async (c) =>
      c.json(await rotateWebhookSecret(deps, c.var.account.id, c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      ...common,
      middleware: [auth] as const,
      method: 'get',
      path: '/{id}/deliveries',
      summary: 'The delivery log',
      description:
        'Newest first: each delivery’s event, status, attempts (status code or error, duration, the ' +
        'start of the answer) and when the next attempt is due.',
      request: { params: WebhookParams, query: ListWebhookDeliveriesQuery },
      responses: {
        200: {
          description: 'A page of deliveries',
          content: { 'application/json': { schema: WebhookDeliveryList } },
        },
        ...errorResponses(400, 401, 404),
      },
    }),
    async (c) =>
      c.json(
        await listWebhookDeliveries(
          db,
          c.var.account.id,
          c.req.valid('param').id,
          c.req.valid('query'),
        ),
        200,
      ),
  );

  app.openapi(
    createRoute({
      ...common,
      middleware: [auth] as const,
      method: 'post',
      path: '/{id}/deliveries/{deliveryId}/redeliver',
      summary: 'Send a delivery again',
      description:
        'Queues a new delivery of the same event (same `webhook-id`) with its own attempts. 409 ' +
        '`invalid_state` while the endpoint is disabled.',
      request: {
        params: WebhookParams.extend({ deliveryId: Id.meta({ description: 'The delivery’s id' }) }),
      },
      responses: {
        202: {
          description: 'The new delivery, queued',
          content: { 'application/json': { schema: WebhookDelivery } },
        },
        ...errorResponses(401, 404),
        409: {
          ...errorResponses(400)[400],
          description: 'The endpoint is disabled (`invalid_state`)',
        },
      },
    }),
    async (c) => {
      const { id, deliveryId } = c.req.valid('param');
      return c.json(await redeliverWebhook(deps, c.var.account.id, id, deliveryId), 202);
    },
  );
  return app;
}
