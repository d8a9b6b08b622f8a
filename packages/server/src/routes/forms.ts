import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  ApiErrorBody,
  FormSessionStarted,
  Id,
  OnBehalfQuery,
  PublicForm,
  StartFormSessionRequest,
  TemplateForm,
  singleLineText,
} from '@signport/core';
import type { App, AppContext } from '../app-context.js';
import { allowFormOrigin } from '../capabilities/forms/allow-form-origin.js';
import { findFormBySlug } from '../capabilities/forms/find-form-by-slug.js';
import { publishTemplateForm } from '../capabilities/forms/publish-template-form.js';
import { startFormSession } from '../capabilities/forms/start-form-session.js';
import { toTemplateForm } from '../capabilities/forms/to-template-form.js';
import { unpublishTemplateForm } from '../capabilities/forms/unpublish-template-form.js';
import { clientAddress } from '../platform/http/client-address.js';
import { embedTokenAuth } from '../middleware/embed-token-auth.js';
import { rateLimit } from '../middleware/rate-limit.js';
import { requestOrigin } from '../platform/http/request-origin.js';
import { templateOwners } from '../capabilities/templates/template-owners.js';
import { errorResponses } from './error-responses.js';

const TemplateParams = z.object({ id: Id.meta({ description: 'The template id' }) });
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

/** Publishing templates as public web forms, and the public side of those forms. */
export function registerFormRoutes(app: App, { db, clock, signer, config }: AppContext): void {
  const auth = embedTokenAuth({ db, signer, clock });
  const originDeps = { db, ownOrigin: new URL(config.publicUrl).origin };

  app.openapi(
    createRoute({
      method: 'post',
      path: '/v1/templates/{id}/form',
      tags: ['Forms'],
      summary: 'Publish a template as a public web form',
      description:
        'Anyone with the address can fill it: whoever opens it becomes the first role’s party, and the ' +
        'template’s routing says who names the later roles. Publishing again answers the same form; after ' +
        'unpublishing, it revives the same slug. With `senderId`, on behalf of a principal (`templates` scope).',
      security: [{ embedToken: [] }],
      middleware: [auth] as const,
      request: { params: TemplateParams, query: OnBehalfQuery },
      responses: {
        200: { description: 'The form', content: { 'application/json': { schema: TemplateForm } } },
        ...errorResponses(401, 403, 404),
      },
    }),
    async (c) => {
      const viewer = await templateOwners(db, c.var.principal, c.req.valid('query').senderId);
      const form = await publishTemplateForm({ db, clock }, viewer, c.req.valid('param').id);
      return c.json(toTemplateForm(config.publicUrl, form), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/v1/templates/{id}/form',
      tags: ['Forms'],
      summary: 'Unpublish a template’s web form',
      description:
        'Nobody can start it any more, and drafts not yet finished are refused with `form_unpublished`.',
      security: [{ embedToken: [] }],
      middleware: [auth] as const,
      request: { params: TemplateParams, query: OnBehalfQuery },
      responses: { 204: { description: 'Unpublished' }, ...errorResponses(401, 403, 404) },
    }),
    async (c) => {
      const viewer = await templateOwners(db, c.var.principal, c.req.valid('query').senderId);
      await unpublishTemplateForm({ db, clock }, viewer, c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/forms/{slug}',
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
      path: '/v1/forms/{slug}/sessions',
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
}
