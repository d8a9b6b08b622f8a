import { createRoute } from '@hono/zod-openapi';
import {
  ApiErrorBody,
  PortalAccessSettings,
  PortalAccessSetupRequest,
  PortalInvite,
} from '@signport/core';
import type { App, AppContext } from '../../app-context.js';
import { findClientForCaller } from '../../capabilities/clients/find-client-for-caller.js';
import { userOrSecretKeyAuth } from '../../middleware/user-or-secret-key-auth.js';
import { getPortalAccess } from '../../capabilities/portal/get-portal-access.js';
import { inviteToPortal } from '../../capabilities/portal/invite-to-portal.js';
import { setupPortalAccess } from '../../capabilities/portal/setup-portal-access.js';
import { ClientIdParams, clientRouteSecurity } from './client-params.js';
import { errorResponses } from '../error-responses.js';

const conflict = (description: string) => ({
  description,
  content: { 'application/json': { schema: ApiErrorBody } },
});

/** The agent's side of the portal: set up a client's access and send the login email. */
export function registerPortalAccessRoutes(
  app: App,
  { db, clock, signer, config }: AppContext,
): void {
  const auth = userOrSecretKeyAuth({ db, signer, clock });
  const common = {
    tags: ['Client portal access'],
    security: clientRouteSecurity,
  };
  const settingsResponse = (description: string) => ({
    description,
    content: { 'application/json': { schema: PortalAccessSettings } },
  });

  app.openapi(
    createRoute({
      ...common,
      middleware: [auth] as const,
      method: 'put',
      path: '/{id}/portal-access',
      summary: 'Set up a client’s portal access',
      description:
        'A new login profile (`username` defaults to the client’s email, unique per account, any case) ' +
        'or an existing one (`loginProfileId`), so one login serves several clients of the same person. ' +
        'To edit later, send the current `loginProfileId` with `mode: existing`. Grants take effect on ' +
        'the portal’s next request.',
      request: {
        params: ClientIdParams,
        body: {
          required: true,
          content: { 'application/json': { schema: PortalAccessSetupRequest } },
        },
      },
      responses: {
        200: settingsResponse('The access settings'),
        ...errorResponses(400, 401, 403, 404, 413, 415),
        409: conflict('The username is taken in this account (`conflict`)'),
      },
    }),
    async (c) => {
      const settings = await setupPortalAccess(
        { db, clock },
        c.var.caller,
        c.req.valid('param').id,
        c.req.valid('json'),
      );
      return c.json(settings, 200);
    },
  );

  app.openapi(
    createRoute({
      ...common,
      middleware: [auth] as const,
      method: 'get',
      path: '/{id}/portal-access',
      summary: 'Read a client’s portal access',
      description:
        '404 until access is set up. `state` says whether the client was invited and activated.',
      request: { params: ClientIdParams },
      responses: { 200: settingsResponse('The access settings'), ...errorResponses(401, 403, 404) },
    }),
    async (c) => {
      const client = await findClientForCaller(db, c.var.caller, c.req.valid('param').id);
      return c.json(
        await getPortalAccess(db, { accountId: client.accountId, clientId: client.id }),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      ...common,
      middleware: [auth] as const,
      method: 'post',
      path: '/{id}/portal-access/invite',
      summary: 'Send the login email',
      description:
        'Emails the client a single-use link, valid 48 hours, to set their password, on the server’s ' +
        'hosted page `/p/activate/{token}`. Sending again voids the ' +
        'previous link; for an active login this is how the agent resets a forgotten password (the agent ' +
        'never sees or sets it). Setting the password ends every portal session of the login.',
      request: { params: ClientIdParams },
      responses: {
        200: {
          description: 'Where the link went and until when it works',
          content: { 'application/json': { schema: PortalInvite } },
        },
        ...errorResponses(401, 403, 404),
        409: conflict(
          'No access set up, no email address, or the client is inactive (`invalid_state`)',
        ),
      },
    }),
    async (c) =>
      c.json(
        await inviteToPortal(
          { db, clock, publicUrl: config.publicUrl },
          c.var.caller,
          c.req.valid('param').id,
        ),
        200,
      ),
  );
}
