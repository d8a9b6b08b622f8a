import { and, eq, isNull } from 'drizzle-orm';
import { nextState } from '@signport/core';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { partyLinks, signingSessions } from '../../platform/db/schema/index.js';
import type { EmbedPrincipal } from '../embed-tokens/embed-token-claims.js';
import { ApiError } from '../../platform/errors/api-error.js';
import { sendEmail } from '../../platform/mail/send-email.js';
import { findSenderSession } from './find-sender-session.js';
import type { LoadedSession } from './load-session.js';
import { reloadSession } from './reload-session.js';
import { recordEvent } from './record-event.js';
import type { RequestOrigin } from '../../platform/http/request-origin.js';
import { ruleRefusal } from './rule-refusal.js';
import { voidedEmail } from './session-emails.js';
import { loadSessionPeople } from './session-people.js';

/**
 * Cancels a session: every signing link stops working at once, and invited parties are told.
 *
 * @returns the session as it now stands.
 */
export async function voidSession(
  deps: { db: Database; clock: Clock },
  principal: EmbedPrincipal,
  sessionId: string,
  { reason, request }: { reason: string | undefined; request: RequestOrigin },
): Promise<LoadedSession> {
  return deps.db.transaction(async (tx) => {
    const { session, parties } = await findSenderSession(tx, principal, sessionId);
    const next = nextState(session.status, 'void');
    if (!next.ok) throw ruleRefusal(next.error);
    const now = deps.clock();
    const updated = await tx
      .update(signingSessions)
      .set({ status: next.value, updatedAt: now })
      .where(and(eq(signingSessions.id, session.id), eq(signingSessions.status, session.status)))
      .returning({ id: signingSessions.id });
    if (updated.length === 0)
      throw new ApiError('conflict', 'The session changed meanwhile; try again.');
    await tx
      .update(partyLinks)
      .set({ revokedAt: now })
      .where(
        and(
          eq(partyLinks.sessionId, session.id),
          eq(partyLinks.accountId, session.accountId),
          isNull(partyLinks.revokedAt),
        ),
      );
    await recordEvent(tx, {
      accountId: session.accountId,
      sessionId: session.id,
      type: 'voided',
      at: now,
      userId: principal.userId,
      request,
      details: reason ? { reason } : {},
    });
    const { sender } = await loadSessionPeople(tx, session);
    for (const party of parties.filter((candidate) => candidate.status !== 'waiting')) {
      await sendEmail(
        { db: tx, clock: deps.clock },
        voidedEmail({ party, sender, documentName: session.templateName, reason }),
        { accountId: session.accountId },
      );
    }
    return reloadSession(tx, session.accountId, session.id);
  });
}
