import type { DbExecutor } from '../../platform/db/open-database.js';
import { ApiError } from '../../platform/errors/api-error.js';
import type { PartyPrincipal } from './party-principal.js';
import { loadSession, type LoadedSession, type PartyRow } from '../sessions/load-session.js';

/** The session a party token opens, with that party's own row. */
export async function loadPartySession(
  db: DbExecutor,
  principal: PartyPrincipal,
): Promise<LoadedSession & { party: PartyRow }> {
  const loaded = await loadSession(db, principal.accountId, principal.sessionId);
  const party = loaded?.parties.find((candidate) => candidate.id === principal.partyId);
  if (!loaded || !party) throw new ApiError('unauthorized', 'This signing link is not valid.');
  return { ...loaded, party };
}
