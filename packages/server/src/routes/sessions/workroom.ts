import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { Id } from '@signport/core';
import type { App, AppContext } from '../../app-context.js';
import { conditionalJson } from '../../platform/http/conditional-json.js';
import { embedTokenAuth } from '../../middleware/embed-token-auth.js';
import { findSenderSession } from '../../capabilities/sessions/find-sender-session.js';
import { buildWorkroom } from '../../capabilities/workroom/build-workroom.js';
import { workroomETag } from '../../capabilities/workroom/workroom-etag.js';
import { errorResponses } from '../error-responses.js';
import { ifNoneMatchParameter, workroomPolling, workroomResponses } from '../workroom-responses.js';

/** The workroom as the sender, the initiator or whoever acts for the sender sees it. */
export function registerSessionWorkroomRoutes(app: App, { db, clock, signer }: AppContext): void {
  const senderAuth = embedTokenAuth({ db, signer, clock });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}/workroom',
      tags: ['Sessions'],
      summary: 'The workroom of a session',
      description: `For whoever may see the session (its sender, initiator, or anyone acting for the sender). ${workroomPolling}`,
      security: [{ embedToken: [] }],
      middleware: [senderAuth] as const,
      request: { params: z.object({ id: Id.meta({ description: 'The session id' }) }) },
      parameters: [ifNoneMatchParameter],
      responses: { ...workroomResponses, ...errorResponses(401, 403, 404) },
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
