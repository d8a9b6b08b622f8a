import type { UserRef } from '@signport/core';
import type { AuditCertificate, AuditEvent } from '../pdf/types.js';
import type { LoadedSession } from '../sessions/load-session.js';
import type { sessionEvents } from '../db/schema/index.js';

type EventRow = typeof sessionEvents.$inferSelect;

const actions: Record<string, string> = {
  created: 'session created',
  sent: 'session sent',
  invited: 'invited',
  reminded: 'reminded',
  viewed: 'viewed',
  saved: 'saved progress',
  consented: 'consented to electronic signatures',
  named_party: 'named the next party',
  signed: 'signed',
  declined: 'declined',
  attached: 'attached a file',
};

/** The certificate of completion: parties with their consent and addresses, sender, initiator, trail. */
export function buildAuditCertificate(
  { session, parties }: Pick<LoadedSession, 'session' | 'parties'>,
  {
    sender,
    initiator,
    events,
    completedAt,
  }: {
    sender: UserRef;
    initiator: UserRef;
    events: EventRow[];
    completedAt: Date;
  },
): Omit<AuditCertificate, 'originalSha256'> {
  const roleName = (key: string) =>
    session.template.roles.find((role) => role.key === key)?.name ?? key;
  const actor = (event: EventRow): string | undefined => {
    if (event.partyId) return parties.find((party) => party.id === event.partyId)?.name;
    if (event.userId === sender.id) return sender.name;
    if (event.userId === initiator.id) return initiator.name;
    return undefined;
  };
  return {
    documentTitle: session.templateName,
    sessionId: session.id,
    completedAt,
    initiator: { name: initiator.name, email: initiator.email },
    sender: { name: sender.name, email: sender.email },
    parties: parties.map((party) => ({
      name: party.name,
      email: party.email,
      role: roleName(party.role),
      ...(party.ip && { ip: party.ip }),
      ...(party.userAgent && { userAgent: party.userAgent }),
      ...(party.consentedAt && { consentedAt: party.consentedAt }),
      ...(party.consentVersion && { disclosureVersion: party.consentVersion }),
      ...(party.viewedAt && { viewedAt: party.viewedAt }),
      ...(party.completedAt && { signedAt: party.completedAt }),
    })),
    events: events
      .filter((event) => event.type !== 'saved')
      .map((event): AuditEvent => {
        const name = actor(event);
        const detail = [event.details.email, event.details.filename].find(
          (candidate): candidate is string => typeof candidate === 'string',
        );
        return {
          at: event.at,
          action: actions[event.type] ?? event.type,
          ...(name && { actor: name }),
          ...(detail && { detail }),
          ...(event.ip && { ip: event.ip }),
        };
      }),
  };
}
