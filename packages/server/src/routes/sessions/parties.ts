import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { ApiErrorBody, Id, NamedParties, NextPartyRequest } from '@signport/core';
import type { App, AppContext } from '../../app-context.js';
import { embedTokenAuth } from '../../middleware/embed-token-auth.js';
import { nameNextParty } from '../../capabilities/party/name-next-party.js';
import { requestOrigin } from '../../platform/http/request-origin.js';
import { errorResponses } from '../error-responses.js';

const SessionParams = z.object({ id: Id.meta({ description: 'The session id' }) });

/** The sender names the people of a role the template leaves to the sender, on a running session too. */
export function registerSessionPartyRoutes(
  app: App,
  { db, clock, signer, config }: AppContext,
): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/{id}/parties',
      tags: ['Sessions'],
      summary: 'Name the people of a role the sender names',
      description:
        'For a role whose routing rule is `sender`: its people, by name and email, e.g. once a visitor ' +
        'has filled a public form. Those whose turn it already is get their link at once; on a draft, ' +
        'when it is sent. A role the previous signer names is refused (`forbidden`), as is a role ' +
        'already named (`conflict`).',
      security: [{ embedToken: [] }],
      middleware: [embedTokenAuth({ db, signer, clock })] as const,
      request: {
        params: SessionParams,
        body: { required: true, content: { 'application/json': { schema: NextPartyRequest } } },
      },
      responses: {
        201: {
          description: 'The people added',
          content: { 'application/json': { schema: NamedParties } },
        },
        ...errorResponses(400, 401, 404, 413, 415),
        403: {
          description: 'The previous signer names this role, or it is the first role (`forbidden`)',
          content: { 'application/json': { schema: ApiErrorBody } },
        },
        409: {
          description:
            'The role is already named (`conflict`), or the session is over (`invalid_state`)',
          content: { 'application/json': { schema: ApiErrorBody } },
        },
      },
    }),
    async (c) =>
      c.json(
        await nameNextParty(
          { db, clock, publicUrl: config.publicUrl, partyLinkTtlDays: config.partyLinkTtlDays },
          { kind: 'sender', principal: c.var.principal, sessionId: c.req.valid('param').id },
          c.req.valid('json'),
          requestOrigin(c, config),
        ),
        201,
      ),
  );
}
