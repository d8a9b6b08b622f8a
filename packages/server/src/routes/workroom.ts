import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { Id, singleLineText, Workroom } from '@signport/core';
import type { App, AppContext } from '../app-context.js';
import { conditionalJson } from '../platform/http/conditional-json.js';
import { embedTokenAuth } from '../middleware/embed-token-auth.js';
import { partyTokenAuth } from '../middleware/party-token-auth.js';
import { loadPartySession } from '../capabilities/party/load-party-session.js';
import { findSenderSession } from '../capabilities/sessions/find-sender-session.js';
import { buildWorkroom } from '../capabilities/workroom/build-workroom.js';
import { workroomETag } from '../capabilities/workroom/workroom-etag.js';
import { errorResponses } from './error-responses.js';

const polling =
  'Poll it with `If-None-Match` set to the last `ETag`: 304 (no body) until something changes. ' +
  'Every party sees the others’ names, status and progress as counts, never their values.';

const responses = {
  200: {
    description: 'The workroom, with its `ETag`',
    headers: z.object({
      ETag: singleLineText().meta({ description: 'Send it back as If-None-Match' }),
    }),
    content: { 'application/json': { schema: Workroom } },
  },
  304: { description: 'Nothing changed since the `If-None-Match` ETag' },
};

const conditional = z.object({
  'if-none-match': singleLineText()
    .max(1000)
    .optional()
    .meta({ description: 'The last ETag received' }),
});

export function registerWorkroomRoutes(app: App, { db, clock, signer, config }: AppContext): void {
  const partyAuth = partyTokenAuth({ db, clock, publicUrl: config.publicUrl });
  const senderAuth = embedTokenAuth({ db, signer, clock });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/party/workroom',
      tags: ['Party'],
      summary: 'Who signs this document and how far each is',
      description: `The parties of this party’s session by role, in signing order. ${polling}`,
      security: [{ partyToken: [] }],
      middleware: [partyAuth] as const,
      request: { headers: conditional },
      responses: { ...responses, ...errorResponses(401, 403) },
    }),
    async (c) => {
      const { party } = c.var;
      // Versioned before it is read: a change in between makes the next poll answer 200 again.
      const etag = await workroomETag(db, party, party.partyId);
      return conditionalJson(c, etag, async () =>
        buildWorkroom(db, await loadPartySession(db, party), party.partyId),
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/sessions/{id}/workroom',
      tags: ['Sessions'],
      summary: 'The workroom of a session',
      description: `For whoever may see the session (its sender, initiator, or anyone acting for the sender). ${polling}`,
      security: [{ embedToken: [] }],
      middleware: [senderAuth] as const,
      request: {
        params: z.object({ id: Id.meta({ description: 'The session id' }) }),
        headers: conditional,
      },
      responses: { ...responses, ...errorResponses(401, 403, 404) },
    }),
    async (c) => {
      const { principal } = c.var;
      const id = c.req.valid('param').id;
      const etag = await workroomETag(
        db,
        { accountId: principal.accountId, sessionId: id },
        undefined,
      );
      const loaded = await findSenderSession(db, principal, id);
      return conditionalJson(c, etag, () => buildWorkroom(db, loaded));
    },
  );
}
