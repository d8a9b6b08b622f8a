import { z } from 'zod';
import { singleLineText, multiLineText } from './text.js';
import { Timestamp } from './common.js';
import { PortalSectionSchema } from './client-portal.js';
import type { WebhookEventType } from './webhook.js';

const Ref = (description: string) => singleLineText().meta({ description });
const sessionId = Ref('The session');
const partyId = Ref('The party');
const userId = Ref('The user of the account who acted');

/** The `data` of each webhook event: ids and small facts, never document bytes or field values. */
export const webhookEventData = {
  'session.created': z.object({
    sessionId,
    userId: userId.optional().meta({ description: 'The initiator; absent for a web form' }),
    onBehalfOf: Ref('The sender, when the initiator sent for someone else').optional(),
    partyId: Ref('The first party, for a session started from a web form').optional(),
    form: Ref('The web form’s slug, for a session started from one').optional(),
  }),
  'session.sent': z.object({ sessionId, userId: userId.optional() }),
  'party.viewed': z.object({ sessionId, partyId }),
  'party.signed': z.object({
    sessionId,
    partyId,
    email: singleLineText(),
    userId: userId.optional().meta({ description: 'When the party is a user of the account' }),
  }),
  'party.declined': z.object({
    sessionId,
    partyId,
    reason: multiLineText(),
    userId: userId.optional().meta({ description: 'When the party is a user of the account' }),
  }),
  'session.completed': z.object({
    sessionId,
    originalSha256: singleLineText(),
    finalSha256: singleLineText(),
    documentPath: Ref('The sealed PDF, relative to the server; fetch it with the secret key'),
    auditPath: Ref('The audit trail, relative to the server'),
  }),
  'session.voided': z.object({
    sessionId,
    userId,
    reason: multiLineText().optional(),
  }),
  'session.expired': z.object({ sessionId, reason: singleLineText().optional() }),
  'portal.access_granted': z.object({
    clientId: singleLineText(),
    loginProfileId: singleLineText(),
    grants: z.array(PortalSectionSchema),
  }),
  'portal.invite_sent': z.object({
    clientId: singleLineText(),
    loginProfileId: singleLineText(),
    purpose: z.enum(['activation', 'reset']),
    expiresAt: Timestamp,
  }),
  'portal.activated': z.object({ loginProfileId: singleLineText() }),
  'portal.password_reset': z.object({ loginProfileId: singleLineText() }),
  'client.deactivated': z.object({ clientId: singleLineText() }),
  'portal.message_received': z.object({ clientId: singleLineText(), messageId: singleLineText() }),
} satisfies Record<WebhookEventType, z.ZodType>;

/** The body Signport POSTs to an endpoint for one event type (Standard Webhooks). */
export function webhookEventBody<T extends WebhookEventType>(type: T) {
  return z.object({
    type: z.literal(type),
    timestamp: Timestamp.meta({ description: 'When the event happened (ISO 8601)' }),
    data: webhookEventData[type],
  });
}
