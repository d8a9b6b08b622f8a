import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { Id } from '@signport/core';
import type { App, AppContext } from '../app-context.js';
import {
  getAccountSmsSettings,
  updateAccountSmsSettings,
} from '../capabilities/sms/account-sms-settings.js';
import { AccountSmsSettings, TeamSmsSettings } from '../capabilities/sms/sms-settings-schemas.js';
import { toTeamSmsSettings, updateTeamSmsSettings } from '../capabilities/sms/team-sms-settings.js';
import { teamAccess } from '../capabilities/teams/team-access.js';
import { secretKeyAuth } from '../middleware/secret-key-auth.js';
import { userOrSecretKeyAuth } from '../middleware/user-or-secret-key-auth.js';
import { errorResponses } from './error-responses.js';
import { createRouter } from './create-router.js';

const body = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

/** `/v1/account/sms-settings`: the account's answer to HELP (secret key). */
export function accountSmsSettingsRoutes({ db }: AppContext): App {
  const app = createRouter();
  const common = { path: '/', tags: ['Team plans'], security: [{ secretKey: [] }] };
  app.openapi(
    createRoute({
      ...common,
      middleware: [secretKeyAuth({ db })] as const,
      method: 'get',
      summary: 'The account’s SMS settings',
      responses: { 200: body(AccountSmsSettings, 'The settings'), ...errorResponses(401) },
    }),
    async (c) => c.json(await getAccountSmsSettings(db, c.var.account.id), 200),
  );
  app.openapi(
    createRoute({
      ...common,
      middleware: [secretKeyAuth({ db })] as const,
      method: 'put',
      summary: 'Change the answer to HELP',
      request: {
        body: { required: true, content: { 'application/json': { schema: AccountSmsSettings } } },
      },
      responses: {
        200: body(AccountSmsSettings, 'The settings'),
        ...errorResponses(400, 401, 413, 415),
      },
    }),
    async (c) =>
      c.json(await updateAccountSmsSettings(db, c.var.account.id, c.req.valid('json')), 200),
  );
  return app;
}

/** `/v1/teams/{id}/sms-settings`: the team's texting hours in its time zone. */
export function registerTeamSmsSettingsRoutes(app: App, { db, clock, signer }: AppContext): void {
  const common = {
    path: '/{id}/sms-settings',
    tags: ['Team plans'],
    security: [{ embedToken: [] }, { secretKey: [] }] as Record<string, string[]>[],
    middleware: userOrSecretKeyAuth({ db, signer, clock }),
    request: { params: z.object({ id: Id }) },
  };
  app.openapi(
    createRoute({
      ...common,
      method: 'get',
      summary: 'The team’s texting hours',
      responses: { 200: body(TeamSmsSettings, 'The settings'), ...errorResponses(401, 403, 404) },
    }),
    async (c) => {
      const { team } = await teamAccess(db, c.var.caller, c.req.valid('param').id);
      return c.json(toTeamSmsSettings(team), 200);
    },
  );
  app.openapi(
    createRoute({
      ...common,
      method: 'put',
      summary: 'Change the team’s texting hours',
      description:
        'Plan texts due outside `sendingWindow` (local time in `timeZone`) wait until it opens. The ' +
        'people who may change the plan defaults may change these (403 `forbidden` otherwise).',
      request: {
        ...common.request,
        body: { required: true, content: { 'application/json': { schema: TeamSmsSettings } } },
      },
      responses: {
        200: body(TeamSmsSettings, 'The saved settings'),
        ...errorResponses(400, 401, 403, 404, 413, 415),
      },
    }),
    async (c) =>
      c.json(
        await updateTeamSmsSettings(
          { db, clock },
          c.var.caller,
          c.req.valid('param').id,
          c.req.valid('json'),
        ),
        200,
      ),
  );
}
