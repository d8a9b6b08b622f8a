import { and, eq } from 'drizzle-orm';
import { nextState, type ConsentDisclosure, type PartyConsent } from '@signport/core';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { sessionParties } from '../../platform/db/schema/index.js';
import { ApiError } from '../../platform/errors/api-error.js';
import type { PartyPrincipal } from './party-principal.js';
import { recordEvent } from '../sessions/record-event.js';
import type { RequestOrigin } from '../../platform/http/request-origin.js';
import { ruleRefusal } from '../sessions/rule-refusal.js';
import {
  assertCurrentDisclosure,
  CONSENT_DISCLOSURE_SHA256,
  consentDisclosure,
  hasCurrentConsent,
} from './consent-disclosure.js';
import { loadPartySession } from './load-party-session.js';

/**
 * A party accepts the ESIGN/UETA disclosure once, before filling anything: version, hash, time,
 * address and user agent are stored and the trail records it. Their consent then stands for every
 * later visit and for signing; accepting again changes nothing.
 */
export async function acceptConsent(
  deps: { db: Database; clock: Clock },
  principal: PartyPrincipal,
  consent: PartyConsent,
  request: RequestOrigin,
): Promise<ConsentDisclosure> {
  assertCurrentDisclosure(consent.disclosureVersion);
  return deps.db.transaction(async (tx) => {
    const { session, party } = await loadPartySession(tx, principal);
    if (hasCurrentConsent(party)) return consentDisclosure(party);
    if (party.status === 'declined' || party.status === 'completed') {
      throw new ApiError('already_completed', 'You have already answered this document.');
    }
    const signable = nextState(session.status, 'complete');
    if (!signable.ok) throw ruleRefusal(signable.error);
    const now = deps.clock();
    const accepted = {
      consentVersion: consent.disclosureVersion,
      consentSha256: CONSENT_DISCLOSURE_SHA256,
      consentedAt: now,
    };
    await tx
      .update(sessionParties)
      .set({ ...accepted, ip: request.ip, userAgent: request.userAgent })
      .where(
        and(eq(sessionParties.id, party.id), eq(sessionParties.accountId, principal.accountId)),
      );
    await recordEvent(tx, {
      accountId: principal.accountId,
      sessionId: session.id,
      type: 'consented',
      at: now,
      partyId: party.id,
      request,
      details: {
        disclosureVersion: consent.disclosureVersion,
        disclosureSha256: CONSENT_DISCLOSURE_SHA256,
      },
    });
    return consentDisclosure(accepted);
  });
}
