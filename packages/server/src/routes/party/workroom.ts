import { createRoute } from '@hono/zod-openapi';
import type { App, AppContext } from '../../app-context.js';
import { conditionalJson } from '../../platform/http/conditional-json.js';
import { partyTokenAuth } from '../../middleware/party-token-auth.js';
import { loadPartySession } from '../../capabilities/party/load-party-session.js';
import { buildWorkroom } from '../../capabilities/workroom/build-workroom.js';
import { workroomETag } from '../../capabilities/workroom/workroom-etag.js';
import { errorResponses } from '../error-responses.js';
import { ifNoneMatchParameter, workroomPolling, workroomResponses } from '../workroom-responses.js';

/** The workroom as a party sees it. */
export function registerPartyWorkroomRoutes(app: App, { db, clock, config }: AppContext): void {
  const partyAuth = partyTokenAuth({ db, clock, publicUrl: config.publicUrl });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/workroom',
      tags: ['Party'],
      summary: 'Who signs this document and how far each is',
      description: `The parties of this party’s session by role, in signing order. ${workroomPolling}`,
      security: [{ partyToken: [] }],
      middleware: [partyAuth] as const,
      parameters: [ifNoneMatchParameter],
      responses: { ...workroomResponses, ...errorResponses(401, 403) },
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
}
