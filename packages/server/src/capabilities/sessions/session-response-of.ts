import type { Session, UserRef } from '@signport/core';
import { userRefOf } from '../users/load-user-refs.js';
import type { TemplateSnapshot } from '../../platform/db/schema/index.js';
import type { PartyRow, SessionRow } from './load-session.js';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** What the API's view reads of a session: of the (large) template snapshot, only the signing order. */
export type SessionSummaryRow = Omit<SessionRow, 'template'> & {
  template: Pick<TemplateSnapshot, 'signingOrder'>;
};

/** The API's view of one session, given its sender's and initiator's refs: no database access. */
export function sessionResponseOf(
  { session, parties }: { session: SessionSummaryRow; parties: PartyRow[] },
  refs: Map<string, UserRef>,
): Session {
  return {
    id: session.id,
    templateId: session.templateId,
    templateName: session.templateName,
    mode: session.mode,
    status: session.status,
    signingOrder: session.template.signingOrder,
    parties: parties.map((party) => ({
      id: party.id,
      role: party.role,
      name: party.name,
      email: party.email,
      status: party.status,
      userId: party.userId,
      invitedAt: iso(party.invitedAt),
      viewedAt: iso(party.viewedAt),
      completedAt: iso(party.completedAt),
      declinedAt: iso(party.declinedAt),
      declineReason: party.declineReason,
      locale: party.locale,
    })),
    initiator: userRefOf(refs, session.initiatorId),
    sender: userRefOf(refs, session.senderId),
    message: session.message,
    createdAt: session.createdAt.toISOString(),
    updatedAt: session.updatedAt.toISOString(),
    sentAt: iso(session.sentAt),
    completedAt: iso(session.completedAt),
    expiresAt: iso(session.expiresAt),
  };
}
