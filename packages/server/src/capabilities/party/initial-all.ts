import type { InitialAllOutcome, InitialAllRequest } from '@signport/core';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { ApiError } from '../../platform/errors/api-error.js';
import type { PartyPrincipal } from './party-principal.js';
import { accessSession } from '../sessions/access-session.js';
import { recordEvent } from '../sessions/record-event.js';
import type { RequestOrigin } from '../../platform/http/request-origin.js';
import { checkPartyValues } from './check-party-values.js';
import { loadPartySession } from './load-party-session.js';
import { markActivity } from './mark-activity.js';
import { storePartyValues } from './store-party-values.js';

/**
 * "Initial all": the party's one confirmed initials image goes into every initials field of their
 * role, all or none (each checked as a saved value would be), and the audit trail records it as
 * one act with the number of fields it filled.
 */
export async function initialAll(
  deps: { db: Database; clock: Clock },
  principal: PartyPrincipal,
  { initials }: InitialAllRequest,
  request: RequestOrigin,
): Promise<InitialAllOutcome> {
  const now = deps.clock();
  const fieldIds = await deps.db.transaction(async (tx) => {
    const { session, parties, party } = await loadPartySession(tx, principal);
    const fields = session.template.fields.filter(
      (field) => field.type === 'initials' && field.role === party.role,
    );
    if (fields.length === 0) {
      throw new ApiError('validation_failed', 'This document asks you for no initials.', {
        field: 'initials',
      });
    }
    const checked = checkPartyValues(
      session.template.fields,
      accessSession(session, parties),
      principal.partyId,
      Object.fromEntries(fields.map((field) => [field.id, initials])),
    );
    await storePartyValues(tx, { ...principal, at: now }, checked);
    await markActivity(tx, session, now);
    const ids = checked.map((entry) => entry.fieldId);
    await recordEvent(tx, {
      accountId: principal.accountId,
      sessionId: principal.sessionId,
      type: 'initialed_all',
      at: now,
      partyId: principal.partyId,
      request,
      details: { count: ids.length, fieldIds: ids },
    });
    return ids;
  });
  return { fieldIds, savedAt: now.toISOString() };
}
