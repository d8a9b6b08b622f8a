import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { Id, OnBehalfQuery, TemplateForm } from '@signport/core';
import type { App, AppContext } from '../../app-context.js';
import { publishTemplateForm } from '../../capabilities/forms/publish-template-form.js';
import { toTemplateForm } from '../../capabilities/forms/to-template-form.js';
import { unpublishTemplateForm } from '../../capabilities/forms/unpublish-template-form.js';
import { embedTokenAuth } from '../../middleware/embed-token-auth.js';
import { templateOwners } from '../../capabilities/templates/template-owners.js';
import { errorResponses } from '../error-responses.js';

const TemplateParams = z.object({ id: Id.meta({ description: 'The template id' }) });

/** Publishing a template as a public web form, and taking it offline. */
export function registerTemplateFormRoutes(
  app: App,
  { db, clock, signer, config }: AppContext,
): void {
  const auth = embedTokenAuth({ db, signer, clock });

  app.openapi(
    createRoute({
      method: 'post',
      path: '/{id}/form',
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
      path: '/{id}/form',
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
}
