import type { FieldValues, SavedPartyValues } from '@signport/core';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import type { PartyPrincipal } from './party-principal.js';
import { accessSession } from '../sessions/access-session.js';
import { recordEvent } from '../sessions/record-event.js';
import type { RequestOrigin } from '../../platform/http/request-origin.js';
import { checkAttachmentReferences } from './check-attachment-references.js';
import { checkPartyValues } from './check-party-values.js';
import { loadPartySession } from './load-party-session.js';
import { markActivity } from './mark-activity.js';
import { storePartyValues } from './store-party-values.js';

/** Saves a party's progress without signing ("save incomplete"); all values or none. */
export async function savePartyValues(
  deps: { db: Database; clock: Clock },
  principal: PartyPrincipal,
  values: FieldValues,
  request: RequestOrigin,
): Promise<SavedPartyValues> {
  const now = deps.clock();
  await deps.db.transaction(async (tx) => {
    const { session, parties, values: stored } = await loadPartySession(tx, principal);
    const checked = checkPartyValues(
      session.template.fields,
      accessSession(session, parties),
      principal.partyId,
      values,
    );
    checkAttachmentReferences(session.template.fields, checked, stored);
    await storePartyValues(tx, { ...principal, at: now }, checked);
    await markActivity(tx, session, now);
    await recordEvent(tx, {
      accountId: principal.accountId,
      sessionId: principal.sessionId,
      type: 'saved',
      at: now,
      partyId: principal.partyId,
      request,
      details: { fieldIds: checked.map((entry) => entry.fieldId) },
    });
  });
  return { savedAt: now.toISOString() };
}
