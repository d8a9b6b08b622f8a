import { createRoute } from '@hono/zod-openapi';
import { ApiErrorBody, InitialAllOutcome, InitialAllRequest } from '@signport/core';
import type { App, AppContext } from '../../app-context.js';
import { partyTokenAuth } from '../../middleware/party-token-auth.js';
import { initialAll } from '../../capabilities/party/initial-all.js';
import { requestOrigin } from '../../platform/http/request-origin.js';
import { errorResponses } from '../error-responses.js';

/** `POST /v1/party/initial-all`: one initials image into every initials field of the party. */
export function registerPartyInitialAllRoutes(app: App, { db, clock, config }: AppContext): void {
  const auth = partyTokenAuth({ db, clock, publicUrl: config.publicUrl });
  app.openapi(
    createRoute({
      method: 'post',
      path: '/initial-all',
      tags: ['Party'],
      summary: 'Initial every page at once',
      description:
        'After the party confirmed it (`confirm: true`), fills every initials field of their role with ' +
        'one initials image, all or none, as saving them one by one would. The audit trail records one ' +
        '`initialed_all` event with the number of fields (`details.count`) and their ids. Signing ' +
        'still takes `POST /v1/party/complete`.',
      security: [{ partyToken: [] }],
      middleware: [auth] as const,
      request: {
        body: { required: true, content: { 'application/json': { schema: InitialAllRequest } } },
      },
      responses: {
        200: {
          description: 'The initials fields filled',
          content: { 'application/json': { schema: InitialAllOutcome } },
        },
        ...errorResponses(400, 401, 413, 415),
        403: {
          description: 'A locked initials field (`field_locked`) or origin not allowed',
          content: { 'application/json': { schema: ApiErrorBody } },
        },
        409: {
          description: 'Not now: `not_your_turn`, `invalid_state`, `already_completed`',
          content: { 'application/json': { schema: ApiErrorBody } },
        },
      },
    }),
    async (c) =>
      c.json(
        await initialAll({ db, clock }, c.var.party, c.req.valid('json'), requestOrigin(c, config)),
        200,
      ),
  );
}
