import { createRoute } from '@hono/zod-openapi';
import { AccountSettings, UpdateAccountRequest } from '@signport/core';
import type { App, AppContext } from '../app-context.js';
import { updateAccountSettings } from '../capabilities/accounts/update-account-settings.js';
import { secretKeyAuth } from '../middleware/secret-key-auth.js';
import { errorResponses } from './error-responses.js';
import { createRouter } from './create-router.js';

export function accountRoutes({ db, clock }: AppContext): App {
  const app = createRouter();
  app.openapi(
    createRoute({
      method: 'patch',
      path: '/',
      tags: ['Account'],
      summary: 'Change account settings',
      description:
        'Only the fields sent change. `signingUrl`: your page that embeds `<sign-session>`, with `{token}` where ' +
        'the party token goes (e.g. `https://www.example.com/sign?t={token}`). `portalUrl`: your page that embeds ' +
        '`<client-portal-login>`, with `{token}` where the token of an invitation or password-reset link goes ' +
        '(e.g. `https://www.example.com/portal?activate={token}`). Emailed links then open them instead of the ' +
        'hosted pages; null goes back to the hosted page.',
      security: [{ secretKey: [] }],
      middleware: [secretKeyAuth({ db })] as const,
      request: {
        body: { required: true, content: { 'application/json': { schema: UpdateAccountRequest } } },
      },
      responses: {
        200: {
          description: 'The settings',
          content: { 'application/json': { schema: AccountSettings } },
        },
        ...errorResponses(400, 401, 413, 415),
      },
    }),
    async (c) => {
      const settings = await updateAccountSettings(
        { db, clock },
        c.var.account.id,
        c.req.valid('json'),
      );
      return c.json(settings, 200);
    },
  );
  return app;
}
