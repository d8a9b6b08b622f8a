import { mayNameParty, partiesToInvite, type NextPartyRequest } from '@signport/core';
import type { z } from 'zod';
import type { Clock } from '../clock.js';
import type { Database } from '../db/open-database.js';
import { sessionParties } from '../db/schema/index.js';
import { newId } from '../ids.js';
import type { PartyPrincipal } from '../middleware/party-token-auth.js';
import { accessSession } from '../sessions/access-session.js';
import { inviteParties } from '../sessions/invite-parties.js';
import { recordEvent, type RequestOrigin } from '../sessions/record-event.js';
import { ruleRefusal } from '../sessions/rule-refusal.js';
import { loadSessionPeople } from '../sessions/session-people.js';
import { loadPartySession } from './load-party-session.js';

export interface NamedParties {
  role: string;
  parties: Array<{ id: string; name: string; email: string }>;
}

/**
 * A signer names the people of a later role, where the template's routing lets them (core
 * `mayNameParty`). Whoever's turn it already is gets their link at once.
 */
export async function nameNextParty(
  deps: { db: Database; clock: Clock; publicUrl: string; partyLinkTtlDays: number },
  principal: PartyPrincipal,
  input: z.output<typeof NextPartyRequest>,
  request: RequestOrigin,
): Promise<NamedParties> {
  return deps.db.transaction(async (tx) => {
    const { session, parties } = await loadPartySession(tx, principal);
    const rules = accessSession(session, parties);
    const allowed = mayNameParty(
      { kind: 'party', partyId: principal.partyId },
      input.role,
      session.template,
      rules,
    );
    if (!allowed.ok) throw ruleRefusal(allowed.error);
    const added = input.parties.map((person, index) => ({
      id: newId('pty'),
      accountId: principal.accountId,
      sessionId: session.id,
      position: parties.length + index,
      role: input.role,
      name: person.name,
      email: person.email,
      userId: null,
      status: 'waiting' as const,
    }));
    const inserted = await tx.insert(sessionParties).values(added).returning();
    const now = deps.clock();
    await recordEvent(tx, {
      accountId: principal.accountId,
      sessionId: session.id,
      type: 'named_party',
      at: now,
      partyId: principal.partyId,
      request,
      details: { role: input.role, emails: added.map((party) => party.email) },
    });
    const plan = { signingOrder: session.template.signingOrder, roles: session.template.roles };
    const due = partiesToInvite(plan, [...parties, ...inserted]).filter((party) =>
      inserted.some((added) => added.id === party.id),
    );
    if (due.length > 0) {
      const { sender } = await loadSessionPeople(tx, session);
      await inviteParties({ ...deps, db: tx }, { session, sender, parties: due });
    }
    return {
      role: input.role,
      parties: inserted.map((party) => ({ id: party.id, name: party.name, email: party.email })),
    };
  });
}
