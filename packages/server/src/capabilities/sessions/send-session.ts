import { and, eq } from 'drizzle-orm';
import { nextState, partiesToInvite } from '@signport/core';
import type { Clock } from '../../platform/clock.js';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { signingSessions } from '../../platform/db/schema/index.js';
import type { EmbedPrincipal } from '../embed-tokens/embed-token-claims.js';
import { ApiError } from '../../platform/errors/api-error.js';
import { findSenderSession } from './find-sender-session.js';
import type { LoadedSession } from './load-session.js';
import { reloadSession } from './reload-session.js';
import { inviteParties } from './invite-parties.js';
import { copyToInitiator } from './copy-to-initiator.js';
import { recordEvent } from './record-event.js';
import type { RequestOrigin } from '../../platform/http/request-origin.js';
import { ruleRefusal } from './rule-refusal.js';
import { loadSessionPeople } from './session-people.js';

export interface SendSessionDeps {
  db: DbExecutor;
  clock: Clock;
  publicUrl: string;
  partyLinkTtlDays: number;
}

/**
 * Sends a draft: every role needs a party (unless an earlier signer names it), then the parties
 * whose turn it is (all of them in parallel order, the first role group in sequential) get their link,
 * and an initiator acting for the sender gets a copy.
 * Pass a transaction as `db` to send together with another change.
 *
 * @returns the session as it now stands.
 */
export async function sendSession(
  deps: SendSessionDeps,
  principal: EmbedPrincipal,
  sessionId: string,
  request: RequestOrigin,
): Promise<LoadedSession> {
  const { session, parties } = await findSenderSession(deps.db, principal, sessionId);
  const next = nextState(session.status, 'send');
  if (!next.ok) throw ruleRefusal(next.error);
  const unfilled = session.template.roles.find(
    (role) =>
      session.template.routing[role.key] !== 'previous_signer' &&
      !parties.some((party) => party.role === role.key),
  );
  if (unfilled) {
    throw new ApiError('conflict', `Add a party for the role “${unfilled.name}” before sending.`, {
      field: 'parties',
    });
  }
  const now = deps.clock();
  const updated = await deps.db
    .update(signingSessions)
    .set({ status: next.value, sentAt: now, updatedAt: now })
    .where(
      and(
        eq(signingSessions.id, session.id),
        eq(signingSessions.accountId, session.accountId),
        eq(signingSessions.status, session.status),
      ),
    )
    .returning({ id: signingSessions.id });
  if (updated.length === 0)
    throw new ApiError('conflict', 'The session changed meanwhile; try again.');
  await recordEvent(deps.db, {
    accountId: session.accountId,
    sessionId: session.id,
    type: 'sent',
    at: now,
    userId: principal.userId,
    request,
  });
  const plan = { signingOrder: session.template.signingOrder, roles: session.template.roles };
  const invited = partiesToInvite(plan, parties);
  await inviteParties(deps, {
    session,
    sender: (await loadSessionPeople(deps.db, session)).sender,
    parties: invited,
    userId: principal.userId,
  });
  await copyToInitiator(deps, session, { kind: 'sent', parties: invited });
  return reloadSession(deps.db, session.accountId, session.id);
}
