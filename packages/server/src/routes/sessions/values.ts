import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { ApiErrorBody, HandOffRequest, Id, SenderValuesRequest, Session } from '@signport/core';
import type { App, AppContext } from '../../app-context.js';
import { embedTokenAuth } from '../../middleware/embed-token-auth.js';
import { handOffSession } from '../../capabilities/sessions/hand-off-session.js';
import { requestOrigin } from '../../platform/http/request-origin.js';
import { saveSenderValues } from '../../capabilities/sessions/save-sender-values.js';
import { toSessionResponse } from '../../capabilities/sessions/to-session-response.js';
import { errorResponses } from '../error-responses.js';

const SessionParams = z.object({ id: Id.meta({ description: 'The session id' }) });
const refusals = {
  403: {
    description: 'A signature or date field, which only its party fills (`field_not_yours`)',
    content: { 'application/json': { schema: ApiErrorBody } },
  },
  409: {
    description:
      'Not a draft (`invalid_state`), or the template does not allow saving incomplete (`conflict`)',
    content: { 'application/json': { schema: ApiErrorBody } },
  },
};

/** The sender fills a draft "over the phone", then hands it to the client to check and sign. */
export function registerSessionValueRoutes(
  app: App,
  { db, clock, signer, config }: AppContext,
): void {
  const auth = embedTokenAuth({ db, signer, clock });

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/{id}/values',
      tags: ['Sessions'],
      summary: 'Fill a draft before handing it off',
      description:
        'Values by field id (any role’s fields except signatures, initials and signing dates) and, ' +
        'optionally, `lockedFieldIds`: the fields the party will not be able to change. Only on a draft ' +
        'whose template allows saving incomplete. All values or none.',
      security: [{ embedToken: [] }],
      middleware: [auth] as const,
      request: {
        params: SessionParams,
        body: { required: true, content: { 'application/json': { schema: SenderValuesRequest } } },
      },
      responses: {
        204: { description: 'Saved' },
        ...errorResponses(400, 401, 404, 413, 415),
        ...refusals,
      },
    }),
    async (c) => {
      await saveSenderValues(
        { db, clock },
        c.var.principal,
        c.req.valid('param').id,
        c.req.valid('json'),
        requestOrigin(c, config),
      );
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/{id}/hand-off',
      tags: ['Sessions'],
      summary: 'Hand a filled draft to the client',
      description:
        'The client becomes the first role’s party (unless already one) and the session is sent: they ' +
        'get an email to take over, check the unlocked fields and sign. Locked fields stay as set.',
      security: [{ embedToken: [] }],
      middleware: [auth] as const,
      request: {
        params: SessionParams,
        body: { required: true, content: { 'application/json': { schema: HandOffRequest } } },
      },
      responses: {
        200: { description: 'Sent', content: { 'application/json': { schema: Session } } },
        ...errorResponses(400, 401, 404, 413, 415),
        ...refusals,
      },
    }),
    async (c) => {
      const handedOff = await handOffSession(
        {
          db,
          clock,
          publicUrl: config.publicUrl,
          partyLinkTtlDays: config.partyLinkTtlDays,
        },
        c.var.principal,
        c.req.valid('param').id,
        c.req.valid('json'),
        requestOrigin(c, config),
      );
      const [session] = await toSessionResponse(db, [handedOff]);
      return c.json(session as Session, 200);
    },
  );
}
