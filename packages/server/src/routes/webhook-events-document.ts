import { webhookEventBody, webhookEventTypes, type WebhookEventType } from '@signport/core';
import type { App } from '../app-context.js';

/** When each event is sent, as docs/webhooks.md tells it. */
const sentWhen: Record<WebhookEventType, string> = {
  'session.created': 'A session is created (draft, or sent at once), or started from a web form.',
  'session.sent': 'A draft is sent to its parties.',
  'party.viewed': 'A party opens the document for the first time.',
  'party.signed': 'A party signs.',
  'party.declined': 'A party declines; the session ends as declined.',
  'session.completed': 'The sealed PDF exists.',
  'session.voided': 'The sender voids the session.',
  'session.expired': 'The session’s deadline passes unsigned.',
  'portal.access_granted': 'A client’s portal access is set up or changed.',
  'portal.invite_sent': 'The login email (activation or agent-sent reset) goes out.',
  'portal.activated': 'The client sets their first password.',
  'portal.password_reset': 'The client sets a new password through a reset link.',
  'client.deactivated': 'A client is set inactive (every portal session ends).',
  'portal.message_received': 'The client sends their agent a message.',
};

const HEADERS =
  'Signed per Standard Webhooks: `webhook-id` (the event id, the same on every attempt), ' +
  '`webhook-timestamp` (seconds) and `webhook-signature` (`v1,` + base64 HMAC-SHA256 of ' +
  '`{id}.{timestamp}.{body}`), checked with `verifyWebhook` of `@signport/core/server-sdk`.';

/** The `webhooks` section: one POST per event type the server sends to registered endpoints. */
export function registerWebhookEvents(app: App): void {
  for (const type of webhookEventTypes) {
    app.openAPIRegistry.registerWebhook({
      method: 'post',
      path: type,
      operationId: `on${type.replace(/(^|[._])(\w)/g, (_, __, letter: string) => letter.toUpperCase())}`,
      tags: ['Webhooks'],
      summary: sentWhen[type],
      description: `${sentWhen[type]} ${HEADERS}`,
      security: [],
      request: {
        body: {
          required: true,
          content: { 'application/json': { schema: webhookEventBody(type) } },
        },
      },
      responses: {
        200: {
          description:
            'Any 2xx within 10 seconds acknowledges; anything else (or a timeout) is retried',
        },
      },
    });
  }
}
