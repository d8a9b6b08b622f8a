import type { AuditEvent, WebhookEventType } from '@signport/core';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { emitEvent } from './emit-event.js';

/** The audit-trail events that are session transitions, and the webhook event each one sends. */
const webhookTypeByAuditType: Partial<Record<AuditEvent['type'], WebhookEventType>> = {
  created: 'session.created',
  sent: 'session.sent',
  viewed: 'party.viewed',
  signed: 'party.signed',
  declined: 'party.declined',
  completed: 'session.completed',
  voided: 'session.voided',
  expired: 'session.expired',
};

export interface SessionTransition {
  accountId: string;
  sessionId: string;
  type: AuditEvent['type'];
  at: Date;
  partyId?: string | undefined;
  userId?: string | undefined;
  details?: Record<string, unknown>;
}

/**
 * Sends the webhook event of a session's audit-trail event, if it is a transition. A completed
 * session's event names where to download the sealed PDF and the audit trail, never the bytes.
 */
export async function emitSessionEvent(db: DbExecutor, event: SessionTransition): Promise<void> {
  const type = webhookTypeByAuditType[event.type];
  if (!type) return;
  const documentLinks =
    type === 'session.completed'
      ? {
          documentPath: `/v1/sessions/${event.sessionId}/document.pdf`,
          auditPath: `/v1/sessions/${event.sessionId}/audit`,
        }
      : {};
  await emitEvent(db, {
    accountId: event.accountId,
    type,
    at: event.at,
    data: {
      ...event.details,
      sessionId: event.sessionId,
      ...(event.partyId ? { partyId: event.partyId } : {}),
      ...(event.userId ? { userId: event.userId } : {}),
      ...documentLinks,
    },
  });
}
