import { createRoute } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import type { App, AppContext } from '../app-context.js';
import { receiveInboundSms } from '../capabilities/sms/receive-inbound-sms.js';
import { rateLimit } from '../middleware/rate-limit.js';
import { ApiError } from '../platform/errors/api-error.js';
import { clientAddress } from '../platform/http/client-address.js';
import { smsInboundAuthToken } from '../platform/sms/sms-inbound-auth-token.js';
import { isTwilioSignatureValid } from '../platform/sms/twilio-signature.js';
import { twiml } from '../platform/sms/twiml.js';
import { errorResponses } from './error-responses.js';
import { createRouter } from './create-router.js';

const required = ['MessageSid', 'From', 'To', 'Body'] as const;

/**
 * `/v1/sms/inbound`: the webhook a Twilio-compatible provider calls with each text an agent's number
 * receives. The provider signs the request with the auth token over `{PUBLIC_URL}/v1/sms/inbound`;
 * an unsigned or wrongly signed request is refused (403) before anything is read or changed.
 */
export function smsInboundRoutes(
  { db, clock, config, signer }: AppContext,
  env: Record<string, string | undefined> = process.env,
): App {
  const app = createRouter();
  const authToken = smsInboundAuthToken({ env, nodeEnv: config.nodeEnv }, signer.getKey);
  app.openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags: ['Team plans'],
      summary: 'Receive a text (SMS provider webhook)',
      description:
        'Form-encoded `MessageSid`, `From`, `To`, `Body` as Twilio sends them, signed in ' +
        '`X-Twilio-Signature`. STOP/UNSUBSCRIBE/CANCEL/END/QUIT opt the contact out, START/UNSTOP ' +
        'back in, HELP is answered with the account’s help text; anything else is a reply to the ' +
        'agent. A number Signport never texted is answered with an empty TwiML and recorded nowhere.',
      middleware: [
        bodyLimit({ maxSize: 64 * 1024 }),
        rateLimit({
          db,
          clock,
          scope: 'sms-inbound',
          limit: 300,
          windowSeconds: 60,
          key: (c) => clientAddress(c, { trustProxy: config.trustProxy }),
        }),
      ] as const,
      responses: {
        200: {
          description: 'TwiML: a reply message, or an empty `<Response/>`',
          content: { 'text/xml': { schema: { type: 'string' } } },
        },
        ...errorResponses(400, 403, 413, 429),
      },
    }),
    async (c) => {
      const form = await c.req.formData().catch(() => new FormData());
      const params: Record<string, string> = {};
      for (const [name, value] of form) if (typeof value === 'string') params[name] = value;
      const token = await authToken();
      const url = `${config.publicUrl}/v1/sms/inbound${new URL(c.req.url).search}`;
      if (
        !token ||
        !isTwilioSignatureValid(token, url, params, c.req.header('x-twilio-signature'))
      ) {
        throw new ApiError(
          'invalid_signature',
          'The request is not signed by the SMS provider (X-Twilio-Signature): nothing was recorded.',
        );
      }
      const missing = required.find((name) => params[name] === undefined);
      if (missing)
        throw new ApiError('validation_failed', `${missing} is required.`, { field: missing });
      const answer = await receiveInboundSms(
        { db, clock },
        {
          providerMessageId: params.MessageSid ?? '',
          from: params.From ?? '',
          to: params.To ?? '',
          body: params.Body ?? '',
        },
      );
      return c.body(twiml(answer), 200, { 'content-type': 'text/xml; charset=utf-8' });
    },
  );
  return app;
}
