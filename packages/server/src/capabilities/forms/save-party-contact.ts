import { and, eq } from 'drizzle-orm';
import { isFirstRole, type PartyContactRequest } from '@signport/core';
import type { z } from 'zod';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { sessionEvents, sessionParties } from '../../platform/db/schema/index.js';
import { ApiError } from '../../platform/errors/api-error.js';
import { sendEmail } from '../../platform/mail/send-email.js';
import type { PartyPrincipal } from '../party/party-principal.js';
import { loadPartySession } from '../party/load-party-session.js';
import { mintPartyLink } from '../party/mint-party-link.js';
import { signingPageUrl } from '../party/signing-page-url.js';
import { resumeLinkEmail } from '../sessions/lifecycle-emails.js';
import { recordEvent } from '../sessions/record-event.js';
import type { RequestOrigin } from '../../platform/http/request-origin.js';
import { loadSessionPeople } from '../sessions/session-people.js';

/**
 * A web-form party says who they are. Where the template lets parties save and come back, the first
 * time an email is given it gets one link to resume — never one per save, whatever is sent later.
 *
 * @returns whether this call sent the resume link.
 */
export async function savePartyContact(
  deps: { db: Database; clock: Clock; publicUrl: string; partyLinkTtlDays: number },
  principal: PartyPrincipal,
  contact: z.output<typeof PartyContactRequest>,
  request: RequestOrigin,
): Promise<{ resumeLinkSent: boolean }> {
  return deps.db.transaction(async (tx) => {
    const { session, party } = await loadPartySession(tx, principal);
    if (session.mode !== 'passive' || !isFirstRole(session.template.roles, party.role)) {
      throw new ApiError('forbidden', 'Your name and email were given by the sender.');
    }
    if (party.status === 'completed' || party.status === 'declined') {
      throw new ApiError('already_completed', 'You have already finished with this form.');
    }
    await tx
      .update(sessionParties)
      .set({ name: contact.name, email: contact.email })
      .where(
        and(eq(sessionParties.id, party.id), eq(sessionParties.accountId, principal.accountId)),
      );
    const now = deps.clock();
    await recordEvent(tx, {
      ...principal,
      type: 'saved',
      at: now,
      partyId: party.id,
      request,
      details: { contact: contact.email },
    });
    if (!session.template.saveIncomplete) return { resumeLinkSent: false };
    const [sent] = await tx
      .select({ id: sessionEvents.id })
      .from(sessionEvents)
      .where(
        and(
          eq(sessionEvents.accountId, principal.accountId),
          eq(sessionEvents.sessionId, session.id),
          eq(sessionEvents.partyId, party.id),
          eq(sessionEvents.type, 'resume_link_sent'),
        ),
      )
      .limit(1);
    if (sent) return { resumeLinkSent: false };
    const link = await mintPartyLink(
      { db: tx, clock: deps.clock },
      { ...principal, ttlDays: deps.partyLinkTtlDays },
    );
    const url = await signingPageUrl(tx, {
      accountId: principal.accountId,
      publicUrl: deps.publicUrl,
      token: link.token,
    });
    const { sender } = await loadSessionPeople(tx, session);
    await sendEmail(
      { db: tx, clock: deps.clock },
      resumeLinkEmail({
        party: { ...contact, locale: party.locale },
        sender,
        documentName: session.templateName,
        url,
        expiresAt: link.expiresAt,
      }),
      { accountId: principal.accountId, idempotencyKey: `form-resume:${party.id}`, urgent: true },
    );
    await recordEvent(tx, {
      ...principal,
      type: 'resume_link_sent',
      at: now,
      partyId: party.id,
      details: { email: contact.email },
    });
    return { resumeLinkSent: true };
  });
}
