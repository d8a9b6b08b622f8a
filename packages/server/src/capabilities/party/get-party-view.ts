import { and, eq, isNull } from 'drizzle-orm';
import type { Locale, PartyView } from '@signport/core';
import { hasAttachmentFields } from '../attachments/has-attachment-fields.js';
import { listSessionAttachments } from '../attachments/list-session-attachments.js';
import type { PathSigner } from '../../platform/blobs/signed-path.js';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { sessionParties, signingSessions } from '../../platform/db/schema/index.js';
import type { PartyPrincipal } from './party-principal.js';
import { getAccountSettings } from '../accounts/get-account-settings.js';
import { loadSessionPeople } from '../sessions/session-people.js';
import { copyToInitiator } from '../sessions/copy-to-initiator.js';
import { recordEvent } from '../sessions/record-event.js';
import type { RequestOrigin } from '../../platform/http/request-origin.js';
import { buildPartyView } from './build-party-view.js';
import { loadPartySession } from './load-party-session.js';
import { markActivity } from './mark-activity.js';

/**
 * What this party sees: the pages, their own role's fields with values and locks, what others
 * filled that they may see, the workroom and the consent disclosure. The first look is recorded
 * (`viewed`) and starts a sent session.
 */
export async function getPartyView(
  deps: { db: Database; clock: Clock; paths: PathSigner },
  principal: PartyPrincipal,
  request: RequestOrigin & { locale?: Locale | undefined },
): Promise<PartyView> {
  let loaded = await loadPartySession(deps.db, principal);
  // Only the first look writes: later ones read once and take no write lock.
  if (!loaded.party.viewedAt) {
    await recordFirstView(deps, principal, request);
    loaded = await loadPartySession(deps.db, principal);
  }
  if (request.locale && !loaded.party.locale) {
    await rememberBrowserLocale(deps.db, principal, request.locale);
  }
  const { session, values } = loaded;
  const [attachments, { sender }, account] = await Promise.all([
    hasAttachmentFields(session.template)
      ? listSessionAttachments(deps.db, {
          accountId: session.accountId,
          sessionId: session.id,
          values,
        })
      : [],
    loadSessionPeople(deps.db, session),
    getAccountSettings(deps.db, session.accountId),
  ]);
  return buildPartyView(loaded, {
    attachments,
    sender,
    brokerage: account.name,
    locale: request.locale,
    paths: deps.paths,
  });
}

/** The party's first look: `viewed` in the trail, their status, and a sent session now in progress. */
async function recordFirstView(
  deps: { db: Database; clock: Clock },
  principal: PartyPrincipal,
  request: RequestOrigin,
): Promise<void> {
  const now = deps.clock();
  await deps.db.transaction(async (tx) => {
    const firstView = await tx
      .update(sessionParties)
      .set({ viewedAt: now })
      .where(
        and(
          eq(sessionParties.id, principal.partyId),
          eq(sessionParties.accountId, principal.accountId),
          isNull(sessionParties.viewedAt),
        ),
      )
      .returning({
        id: sessionParties.id,
        name: sessionParties.name,
        email: sessionParties.email,
      });
    const [party] = firstView;
    if (!party) return;
    await tx
      .update(sessionParties)
      .set({ status: 'viewed' })
      .where(and(eq(sessionParties.id, principal.partyId), eq(sessionParties.status, 'invited')));
    await recordEvent(tx, {
      accountId: principal.accountId,
      sessionId: principal.sessionId,
      type: 'viewed',
      at: now,
      partyId: principal.partyId,
      request,
    });
    const [session] = await tx
      .select()
      .from(signingSessions)
      .where(eq(signingSessions.id, principal.sessionId));
    if (!session) return;
    await markActivity(tx, session, now);
    await copyToInitiator({ db: tx, clock: deps.clock }, session, { kind: 'viewed', party });
  });
}

/** A party the sender gave no language keeps the one their browser asks for, for later emails. */
async function rememberBrowserLocale(
  db: Database,
  principal: PartyPrincipal,
  locale: Locale,
): Promise<void> {
  await db
    .update(sessionParties)
    .set({ locale })
    .where(
      and(
        eq(sessionParties.id, principal.partyId),
        eq(sessionParties.accountId, principal.accountId),
        isNull(sessionParties.locale),
      ),
    );
}
