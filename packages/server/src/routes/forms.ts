import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  ApiErrorBody,
  FormSessionStarted,
  PublicForm,
  StartFormSessionRequest,
  singleLineText,
} from '@signport/core';
import type { App, AppContext } from '../app-context.js';
import { allowFormOrigin } from '../capabilities/forms/allow-form-origin.js';
import { findFormBySlug } from '../capabilities/forms/find-form-by-slug.js';
import { startFormSession } from '../capabilities/forms/start-form-session.js';
import { clientAddress } from '../platform/http/client-address.js';
import { rateLimit } from '../middleware/rate-limit.js';
import { requestOrigin } from '../platform/http/request-origin.js';
import { errorResponses } from './error-responses.js';
import { createRouter } from './create-router.js';

const FormParams = z.object({
  slug: singleLineText().min(1).max(100).meta({ description: 'The form’s public slug' }),
});
const HOUR_SECONDS = 60 * 60;
const gone = {
  410: {
    description: 'The form was unpublished (`form_unpublished`)',
    content: { 'application/json': { schema: ApiErrorBody } },
  },
};

/** The public side of web forms: read one, and start filling it. */
export function formRoutes({ db, clock, config }: AppContext): App {
  const app = createRouter();
  const originDeps = { db, ownOrigin: new URL(config.publicUrl).origin };

  app.openapi(
    createRoute({
      method: 'get',
      path: '/{slug}',
      tags: ['Forms'],
      summary: 'A public form: its title, roles and whether it is published',
      description: 'Public; from a browser, only on the account’s allowed origins.',
      request: { params: FormParams },
      responses: {
        200: { description: 'The form', content: { 'application/json': { schema: PublicForm } } },
        ...errorResponses(403, 404),
      },
    }),
    async (c) => {
      const { slug } = c.req.valid('param');
      const { form, template } = await findFormBySlug(db, slug);
      await allowFormOrigin(c, originDeps, form.accountId);
      return c.json(
        {
          slug: form.slug,
          title: template.name,
          roles: [...template.roles].sort((a, b) => a.order - b.order),
          published: form.publishedAt !== null,
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/{slug}/sessions',
      tags: ['Forms'],
      summary: 'Start filling a public form',
      description:
        'Public. Starts a session whose first-role party is the caller and answers their party token, ' +
        'which works with every `/v1/party` route (name and email come later, with `PUT /v1/party/contact`). ' +
        `Rate limited per address (${config.formStartsPerIpPerHour} an hour) and per form ` +
        `(${config.formStartsPerFormPerHour} an hour). \`website\` is a honeypot: when filled, the answer ` +
        'looks the same but nothing is created and the token opens nothing.',
      middleware: [
        rateLimit({
          db,
          clock,
          scope: 'form-start-ip',
          limit: config.formStartsPerIpPerHour,
          windowSeconds: HOUR_SECONDS,
          key: (c) => clientAddress(c, config),
        }),
        rateLimit({
          db,
          clock,
          scope: 'form-start-form',
          limit: config.formStartsPerFormPerHour,
          windowSeconds: HOUR_SECONDS,
          key: (c) => c.req.param('slug') ?? '',
        }),
      ] as const,
      request: {
        params: FormParams,
        body: {
          required: false,
          content: { 'application/json': { schema: StartFormSessionRequest } },
        },
      },
      responses: {
        201: {
          description: 'Started',
          content: { 'application/json': { schema: FormSessionStarted } },
        },
        ...errorResponses(400, 403, 404, 429),
        ...gone,
      },
    }),
    async (c) => {
      const { slug } = c.req.valid('param');
      const { form } = await findFormBySlug(db, slug);
      await allowFormOrigin(c, originDeps, form.accountId);
      const started = await startFormSession(
        {
          db,
          clock,
          partyLinkTtlDays: config.partyLinkTtlDays,
          formDraftTtlDays: config.formDraftTtlDays,
        },
        {
          slug,
          honeypot: c.req.valid('json').website,
          request: requestOrigin(c, config),
        },
      );
      return c.json(started, 201);
    },
  );
  return app;
}
