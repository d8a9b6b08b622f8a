import {
  mayNameParty,
  partiesToInvite,
  type NamedParties,
  type NextPartyRequest,
} from '@signport/core';
import type { z } from 'zod';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { sessionParties } from '../../platform/db/schema/index.js';
import { newId } from '../../platform/ids.js';
import type { EmbedPrincipal } from '../embed-tokens/embed-token-claims.js';
import type { PartyPrincipal } from './party-principal.js';
import { accessSession } from '../sessions/access-session.js';
import { findSenderSession } from '../sessions/find-sender-session.js';
import { inviteParties } from '../sessions/invite-parties.js';
import { recordEvent } from '../sessions/record-event.js';
import type { RequestOrigin } from '../../platform/http/request-origin.js';
import { ruleRefusal } from '../sessions/rule-refusal.js';
import { loadSessionPeople } from '../sessions/session-people.js';
import { loadPartySession } from './load-party-session.js';

/**
 * Who names: a signer through their party token, or the sender (or someone acting for them) for a
 * role the template leaves to the sender.
 */
export type Namer =
  | { kind: 'party'; principal: PartyPrincipal }
  | { kind: 'sender'; principal: EmbedPrincipal; sessionId: string };

/**
 * Names the people of a later role, where the template's routing lets this namer (core
 * `mayNameParty`): the previous signer, or the sender. Whoever's turn it already is gets their link
 * at once.
 */
export async function nameNextParty(
  deps: { db: Database; clock: Clock; publicUrl: string; partyLinkTtlDays: number },
  namer: Namer,
  input: z.output<typeof NextPartyRequest>,
  request: RequestOrigin,
): Promise<NamedParties> {
  const { principal } = namer;
  return deps.db.transaction(async (tx) => {
    const { session, parties } =
      namer.kind === 'party'
        ? await loadPartySession(tx, namer.principal)
        : await findSenderSession(tx, namer.principal, namer.sessionId);
    const rules = accessSession(session, parties);
    const allowed = mayNameParty(
      namer.kind === 'party'
        ? { kind: 'party', partyId: namer.principal.partyId }
        : { kind: 'sender' },
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
      ...(namer.kind === 'party'
        ? { partyId: namer.principal.partyId }
        : { userId: namer.principal.userId }),
      request,
      details: { role: input.role, emails: added.map((party) => party.email) },
    });
    const plan = { signingOrder: session.template.signingOrder, roles: session.template.roles };
    const due = partiesToInvite(plan, [...parties, ...inserted]).filter((party) =>
      inserted.some((added) => added.id === party.id),
    );
    // A draft's parties are invited when it is sent.
    if (due.length > 0 && session.status !== 'draft') {
      const { sender } = await loadSessionPeople(tx, session);
      await inviteParties({ ...deps, db: tx }, { session, sender, parties: due });
    }
    return {
      role: input.role,
      parties: inserted.map((party) => ({ id: party.id, name: party.name, email: party.email })),
    };
  });
}
