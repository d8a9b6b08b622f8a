import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { ApiErrorBody, PartyContactRequest } from '@signport/core';
import type { App, AppContext } from '../../app-context.js';
import { savePartyContact } from '../../capabilities/forms/save-party-contact.js';
import { partyTokenAuth } from '../../middleware/party-token-auth.js';
import { requestOrigin } from '../../platform/http/request-origin.js';
import { errorResponses } from '../error-responses.js';

const ContactSaved = z
  .object({
    resumeLinkSent: z.boolean().meta({
      description: 'This call emailed the link to resume (sent once per party, on the first email)',
    }),
  })
  .meta({ id: 'ContactSaved' });

/** `PUT /v1/party/contact`: a web-form party's name and email. */
export function registerPartyContactRoutes(app: App, { db, clock, config }: AppContext): void {
  const auth = partyTokenAuth({ db, clock, publicUrl: config.publicUrl });
  app.openapi(
    createRoute({
      method: 'put',
      path: '/contact',
      tags: ['Party'],
      summary: 'Give your name and email (web forms)',
      description:
        'For whoever fills a public form: needed to sign, and where the template allows saving incomplete, ' +
        'the first email given receives one link to resume later. Other parties were named by someone ' +
        'else (403 `forbidden`).',
      security: [{ partyToken: [] }],
      middleware: [auth] as const,
      request: {
        body: { required: true, content: { 'application/json': { schema: PartyContactRequest } } },
      },
      responses: {
        200: { description: 'Saved', content: { 'application/json': { schema: ContactSaved } } },
        ...errorResponses(400, 401, 403, 413, 415),
        409: {
          description: 'Already signed or declined (`already_completed`)',
          content: { 'application/json': { schema: ApiErrorBody } },
        },
      },
    }),
    async (c) =>
      c.json(
        await savePartyContact(
          { db, clock, publicUrl: config.publicUrl, partyLinkTtlDays: config.partyLinkTtlDays },
          c.var.party,
          c.req.valid('json'),
          requestOrigin(c, config),
        ),
        200,
      ),
  );
}
