import type { UserRef } from '@signport/core';
import type { AuditCertificate, AuditEvent } from '../../platform/pdf/types.js';
import { certificateHeadings } from '../languages/certificate-headings.js';
import { describeEvent, type EventNames } from '../sessions/describe-event.js';
import type { LoadedSession } from '../sessions/load-session.js';
import type { sessionEvents } from '../../platform/db/schema/index.js';

type EventRow = typeof sessionEvents.$inferSelect;

/** The certificate of completion: parties with their consent and addresses, sender, initiator, a packet's documents, trail. */
export function buildAuditCertificate(
  { session, parties }: Pick<LoadedSession, 'session' | 'parties'>,
  {
    sender,
    initiator,
    events,
    names,
    completedAt,
  }: {
    sender: UserRef;
    initiator: UserRef;
    events: EventRow[];
    /** From `loadEventNames`. */
    names: EventNames;
    completedAt: Date;
  },
): Omit<AuditCertificate, 'originalSha256'> {
  const roleName = (key: string) =>
    session.template.roles.find((role) => role.key === key)?.name ?? key;
  return {
    headings: certificateHeadings(parties),
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
    ...(session.template.documents && {
      documents: session.template.documents.map((document) => ({
        name: document.name,
        firstPage: document.firstPage,
        lastPage: document.firstPage + document.pageCount - 1,
        originalSha256: document.pdfSha256,
      })),
    }),
    events: events
      .filter((event) => event.type !== 'saved')
      .map((event): AuditEvent => ({
        at: event.at,
        description: describeEvent(event, names),
        ...(event.ip && { ip: event.ip }),
      })),
  };
}
